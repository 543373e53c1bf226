import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { RequestKind, World } from '../../../test/world.js';
import { Development } from '../../developments/development.entity.js';
import { Portal } from '../../portal/portal.entity.js';
import { Request } from '../request.entity.js';
import { Subject } from '../subject.entity.js';
import { SubjectAppliesTo } from '../subject-target.js';
import { Subsubject } from '../subsubject.entity.js';

const OPEN = `mutation($i: OpenRequestInput!) { openRequest(input: $i) { id subsubject { name } } }`;
const SUBJECTS = `query($kind: RequestKind!, $target: RequestTarget) { requestSubjects(kind: $kind, target: $target) { name appliesTo subsubjects { name } } }`;
const HEALTH = `query($p: ID!) { portalHealth(portalId: $p) { kind fix { id } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** A world whose SERVICE subjects are one for units (2ª via), one for common areas, and whose ASSISTANCE subject is for both. */
async function worldWithTargets() {
  const world = await World.create(server, { showSyndicAccess: true, showCommonArea: true });
  await world.update(world.subsubjects.service.subject, { appliesTo: SubjectAppliesTo.UNITS });
  const condo = world.em.create(Subject, { company: world.company, kind: RequestKind.SERVICE, name: 'Condomínio', appliesTo: SubjectAppliesTo.COMMON_AREAS });
  const upkeep = world.em.create(Subsubject, { subject: condo, name: 'Manutenção de área comum' });
  await world.em.flush();
  return { world, upkeep };
}

const names = (data: { requestSubjects: { name: string }[] }) => data.requestSubjects.map((s) => s.name);

describe('R-REQ-8, R-REQ-3: subjects apply to units, common areas or both', () => {
  it('R-REQ-8: the syndic is offered only the subjects for common areas, whatever target is asked', async () => {
    const { world } = await worldWithTargets();
    const syndic = await (await world.syndic()).client();
    expect(names(await syndic.ok(SUBJECTS, { kind: 'SERVICE' }))).toEqual(['Condomínio']);
    expect(names(await syndic.ok(SUBJECTS, { kind: 'SERVICE', target: 'UNIT' }))).toEqual(['Condomínio']);
    expect(names(await syndic.ok(SUBJECTS, { kind: 'ASSISTANCE' }))).toEqual(['Hidráulica']);
  });

  it('R-REQ-8: a syndic\'s request with a subject for units only is BAD_USER_INPUT naming subsubjectId, and nothing is written', async () => {
    const { world, upkeep } = await worldWithTargets();
    const syndic = await (await world.syndic()).client();
    const hall = await world.commonArea('Hall');
    const refused = await syndic.request(OPEN, { i: { kind: 'SERVICE', commonAreaId: hall.id, subsubjectId: world.subsubjects.service.id, description: '2ª via' } });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'subsubjectId' }, message: expect.stringContaining('não se aplica a áreas comuns') });
    expect(await server.em().count(Request, { company: world.company.id })).toBe(0);
    expect((await syndic.ok(OPEN, { i: { kind: 'SERVICE', commonAreaId: hall.id, subsubjectId: upkeep.id, description: 'Lâmpada do hall' } })).openRequest.subsubject.name).toBe('Manutenção de área comum');
  });

  it('R-REQ-3: a customer\'s request lists the subjects for its target; a subject for the other target is refused naming subsubjectId', async () => {
    const { world, upkeep } = await worldWithTargets();
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    const client = await ana.client();
    expect(names(await client.ok(SUBJECTS, { kind: 'SERVICE', target: 'UNIT' }))).toEqual(['Financeiro']);
    expect(names(await client.ok(SUBJECTS, { kind: 'SERVICE', target: 'COMMON_AREA' }))).toEqual(['Condomínio']);
    expect(names(await client.ok(SUBJECTS, { kind: 'SERVICE' }))).toEqual(['Condomínio', 'Financeiro']);
    expect(names(await client.ok(SUBJECTS, { kind: 'ASSISTANCE', target: 'COMMON_AREA' }))).toEqual(['Hidráulica']);
    const forUnit = await client.request(OPEN, { i: { kind: 'SERVICE', unitId: unit.id, subsubjectId: upkeep.id, description: 'x' } });
    expect(forUnit.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'subsubjectId' }, message: expect.stringContaining('não se aplica a unidades') });
    // An assistance for both goes to a common area as well as to the unit.
    const pool = await world.commonArea('Piscina');
    await client.ok(OPEN, { i: { kind: 'ASSISTANCE', commonAreaId: pool.id, subsubjectId: world.subsubjects.assistance.id, description: 'Filtro' } });
    await client.ok(OPEN, { i: { kind: 'ASSISTANCE', unitId: unit.id, subsubjectId: world.subsubjects.assistance.id, description: 'Pia' } });
  });

  it('R-SET-2: staff set where a subject applies (audited); existing subjects apply to both', async () => {
    const world = await World.create(server);
    const { client } = await world.staff();
    const { requestSubjects } = await client.ok(SUBJECTS, { kind: 'SERVICE' });
    expect(requestSubjects).toEqual([{ name: 'Financeiro', appliesTo: 'BOTH', subsubjects: [{ name: '2ª via de boleto' }] }]);
    const id = world.subsubjects.service.subject.id;
    await client.ok(`mutation($i: SubjectInput!) { saveSubject(input: $i) { id appliesTo } }`, { i: { id, appliesTo: 'UNITS' } });
    const { auditLog } = await client.ok(`query($id: ID!) { auditLog(filter: { targetId: $id }) { nodes { before after } } }`, { id });
    expect(auditLog.nodes).toEqual([{ before: { appliesTo: 'BOTH' }, after: { appliesTo: 'UNITS' } }]);
    expect(names(await client.ok(SUBJECTS, { kind: 'SERVICE', target: 'COMMON_AREA' }))).toEqual([]);
  });
});

describe('R-REQ-2, R-EXPLAIN-3: a display name of one portal', () => {
  /** The world's portal plus a second portal of the same company serving the same development. */
  async function twoPortals() {
    const world = await World.create(server);
    const em = server.em();
    const second = em.create(Portal, { company: world.company.id, name: 'Portal Segundo', slug: `${world.portal.slug}-2` });
    second.developments.add(em.getReference(Development, world.development.id));
    const coded = em.create(Subsubject, { subject: world.subsubjects.assistance.subject.id, name: 'ACB-07 Fissura em reboco (NBR 15575)' });
    await em.flush();
    return { world, second, coded };
  }

  it('R-REQ-2: a portal\'s own display name wins over every portal\'s; another portal shows every portal\'s (or the real name); staff see the real name and each portal\'s', async () => {
    const { world, second, coded } = await twoPortals();
    const { client: staff } = await world.staff();
    const save = `mutation($i: SubsubjectInput!) { saveSubsubject(input: $i) { name portalDisplayName displayNamesByPortal { portalId displayName } } }`;
    const { saveSubsubject } = await staff.ok(save, { i: { id: coded.id, displayNamesByPortal: [{ portalId: world.portal.id, displayName: ' Fissura na parede ' }] } });
    expect(saveSubsubject).toEqual({ name: 'ACB-07 Fissura em reboco (NBR 15575)', portalDisplayName: null, displayNamesByPortal: [{ portalId: world.portal.id, displayName: 'Fissura na parede' }] });

    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    const here = await ana.client();
    const there = await ana.client({ 'x-habite-portal': second.slug });
    const opened = await here.ok(OPEN, { i: { kind: 'ASSISTANCE', unitId: unit.id, subsubjectId: coded.id, description: 'Trinca' } });
    expect(opened.openRequest.subsubject.name).toBe('Fissura na parede');
    const read = `query($id: ID!) { request(id: $id) { subsubject { name } } }`;
    expect((await there.ok(read, { id: opened.openRequest.id })).request.subsubject.name).toBe('ACB-07 Fissura em reboco (NBR 15575)');
    expect((await staff.ok(read, { id: opened.openRequest.id })).request.subsubject.name).toBe('ACB-07 Fissura em reboco (NBR 15575)');

    // Every portal's name fills in where a portal has none of its own; empty text removes a portal's own.
    await staff.ok(save, { i: { id: coded.id, portalDisplayName: 'Fissura', displayNamesByPortal: [] } });
    expect((await there.ok(read, { id: opened.openRequest.id })).request.subsubject.name).toBe('Fissura');
    expect((await here.ok(read, { id: opened.openRequest.id })).request.subsubject.name).toBe('Fissura na parede');
    await staff.ok(save, { i: { id: coded.id, displayNamesByPortal: [{ portalId: world.portal.id, displayName: '' }] } });
    expect((await here.ok(read, { id: opened.openRequest.id })).request.subsubject.name).toBe('Fissura');
  });

  it('R-REQ-2: a portal of another company is BAD_USER_INPUT naming displayNamesByPortal, and nothing is written', async () => {
    const { world, coded } = await twoPortals();
    const other = await World.create(server);
    const { client } = await world.staff();
    const result = await client.request(`mutation($i: SubsubjectInput!) { saveSubsubject(input: $i) { id } }`, {
      i: { id: coded.id, name: 'Outro nome', displayNamesByPortal: [{ portalId: other.portal.id, displayName: 'Fissura' }] },
    });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'displayNamesByPortal' });
    const fresh = await server.em().findOneOrFail(Subsubject, { id: coded.id });
    expect([fresh.name, fresh.portalDisplayNames]).toEqual(['ACB-07 Fissura em reboco (NBR 15575)', {}]);
  });

  it('R-EXPLAIN-3: the internal-name warning is per portal: fixed where the portal has a display name, still there on the other', async () => {
    const { world, second, coded } = await twoPortals();
    const { client } = await world.staff();
    const warns = async (portalId: string) =>
      (await client.ok(HEALTH, { p: portalId })).portalHealth.some((i: { kind: string; fix: { id: string } }) => i.kind === 'SUBSUBJECT_INTERNAL_NAME' && i.fix.id === coded.id);
    expect([await warns(world.portal.id), await warns(second.id)]).toEqual([true, true]);
    await client.ok(`mutation($i: SubsubjectInput!) { saveSubsubject(input: $i) { id } }`, { i: { id: coded.id, displayNamesByPortal: [{ portalId: world.portal.id, displayName: 'Fissura na parede' }] } });
    expect([await warns(world.portal.id), await warns(second.id)]).toEqual([false, true]);
  });
});
