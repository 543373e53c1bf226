import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { RequestKind, ReservationStatus, World } from '../../../test/world.js';

const EXPLAIN = `query($i: ExplainVisibilityInput!) { explainVisibility(input: $i) { visible subject hostname checks { ruleId label passed detail fix { screen id label setting } } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

type Check = { ruleId: string; passed: boolean; detail: string; fix: { screen: string; id: string; setting: string | null } | null };
const failed = (explanation: { checks: Check[] }) => explanation.checks.filter((c) => !c.passed);

describe('R-EXPLAIN-1: staff ask why a customer does (not) see something, and get the rule and the fix', () => {
  it('R-EXPLAIN-1: FAQ "unidade não aparece mesmo com a reserva Vendida" → the inactive block, with a link to it', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    await world.update(world.block, { active: false });
    const { client } = await world.staff();
    const { explainVisibility } = await client.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { unitId: unit.id } } });
    expect(explainVisibility.visible).toBe(false);
    expect(explainVisibility.checks.map((c: Check) => [c.ruleId, c.passed])).toEqual([
      ['R-UNIT-1', true], ['R-UNIT-2', false], ['R-UNIT-2', true], ['R-UNIT-3', true], ['R-UNIT-3', true], ['R-PORTAL-3', true],
    ]);
    expect(failed(explainVisibility)[0]).toMatchObject({ detail: 'O bloco "Bloco A" está inativo.', fix: { screen: 'BLOCK', id: world.block.id } });
  });

  it('R-EXPLAIN-1: FAQ "associado não visualiza unidades" → the association type without "Visualiza Unidades Portal"', async () => {
    const world = await World.create(server);
    const holder = await world.customer();
    const guarantor = await world.customer();
    const unit = await world.unit();
    await world.reservation(unit, holder.customer, ReservationStatus.SOLD, [{ customer: guarantor.customer, type: world.types.guarantor }]);
    const { client } = await world.staff();
    const { explainVisibility } = await client.ok(EXPLAIN, { i: { customerId: guarantor.customer.id, target: { unitId: unit.id } } });
    expect(failed(explainVisibility)).toEqual([expect.objectContaining({ ruleId: 'R-UNIT-1', detail: expect.stringContaining('"Fiador"'), fix: expect.objectContaining({ screen: 'ASSOCIATION_TYPE', id: world.types.guarantor.id }) })]);
  });

  it('R-EXPLAIN-1: FAQ "contratos não exibidos" → Exibir Contratos, assinado e validado, tipo visível', async () => {
    const world = await World.create(server, { showContracts: false });
    const ana = await world.customer();
    const { reservation } = await world.soldUnit(ana.customer);
    const contract = await world.contract(reservation, { validated: false, type: world.types.internal });
    const { client } = await world.staff();
    const { explainVisibility } = await client.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { contractId: contract.id } } });
    expect(failed(explainVisibility).map((c: Check) => [c.ruleId, c.fix?.screen, c.fix?.setting])).toEqual([
      ['R-CONTRACT-1', 'PORTAL_SETTINGS', 'showContracts'], ['R-CONTRACT-2', 'CONTRACT', null], ['R-CONTRACT-3', 'CONTRACT_TYPE', null],
    ]);
    expect(explainVisibility.checks.find((c: Check) => c.ruleId === 'R-CONTRACT-4').passed).toBe(true);
  });

  it('R-EXPLAIN-1: FAQ "cliente não consegue abrir atendimentos" → the development permission and the menu', async () => {
    const world = await World.create(server, { showServiceMenu: false });
    await world.update(world.development, { allowServiceRequests: false });
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const { client } = await world.staff();
    const { explainVisibility } = await client.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { menu: 'SERVICE' } } });
    expect(failed(explainVisibility).map((c: Check) => [c.ruleId, c.fix?.screen, c.fix?.setting])).toEqual([
      ['R-SET-1', 'PORTAL_SETTINGS', 'showServiceMenu'], ['R-REQ-1', 'DEVELOPMENT', 'allowServiceRequests'],
    ]);
  });

  it('R-EXPLAIN-1: FAQ "Usuário não pode acessar esse painel" → the domain binding, naming the right address', async () => {
    const world = await World.create(server);
    const lots = await world.development2('Loteamento Serena');
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer, { development: lots });
    await world.bindDomain(`torre-${world.portal.slug}.test`, [world.development]);
    await world.bindDomain(`lotes-${world.portal.slug}.test`, [lots]);
    const { client } = await world.staff();
    const asked = await client.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { unitId: unit.id }, hostname: `torre-${world.portal.slug}.test` } });
    expect(failed(asked.explainVisibility)).toEqual([expect.objectContaining({ ruleId: 'R-PORTAL-3', detail: expect.stringContaining(`lotes-${world.portal.slug}.test`), fix: expect.objectContaining({ screen: 'PORTAL_DOMAINS' }) })]);
    // Without an address, the explainer takes the one the customer should use: visible.
    const bare = await client.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { unitId: unit.id } } });
    expect(bare.explainVisibility).toMatchObject({ visible: true, hostname: `lotes-${world.portal.slug}.test` });
  });

  it('R-EXPLAIN-1: FAQ "login do usuário inativo" → who deactivated it and when', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    await (await ana.client()).ok(`mutation { deactivateMyLogin }`);
    const { client } = await world.staff();
    const { explainVisibility } = await client.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { login: true } } });
    expect(failed(explainVisibility)).toEqual([expect.objectContaining({ ruleId: 'R-AUTH-1', detail: expect.stringMatching(/desativado por o próprio cliente|próprio cliente/), fix: expect.objectContaining({ screen: 'ACCOUNT', id: ana.account.id }) })]);
  });

  it('R-EXPLAIN-1: FAQ "acesso do síndico não aparece" → Exibir acesso do síndico', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { client } = await world.staff();
    const { explainVisibility } = await client.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { menu: 'SYNDIC_ACCESS' } } });
    expect(failed(explainVisibility)).toEqual([expect.objectContaining({ ruleId: 'R-REQ-8', fix: expect.objectContaining({ setting: 'showSyndicAccess' }) })]);
  });

  it('R-EXPLAIN-1: a finished assistance past the SLA → R-REQ-5, pointing at the SLA setting', async () => {
    const world = await World.create(server, { finishedAssistanceSlaMinutes: 60 });
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    const old = await world.request({ openedBy: ana.account, unit, kind: RequestKind.ASSISTANCE, status: world.statuses.aDone, finishedAt: new Date(Date.now() - 2 * 3_600_000) });
    const { client } = await world.staff();
    const { explainVisibility } = await client.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { requestId: old.id } } });
    expect(failed(explainVisibility)).toEqual([expect.objectContaining({ ruleId: 'R-REQ-5', fix: expect.objectContaining({ setting: 'finishedAssistanceSla' }) })]);
  });

  it('R-EXPLAIN-1: a visible unit says so, every rule passing; only staff may ask; one target only', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { unit } = await world.soldUnit(ana.customer);
    const { client } = await world.staff();
    const { explainVisibility } = await client.ok(EXPLAIN, { i: { customerId: ana.customer.id, target: { unitId: unit.id } } });
    expect(explainVisibility.visible).toBe(true);
    expect(failed(explainVisibility)).toEqual([]);
    expect((await (await ana.client()).request(EXPLAIN, { i: { customerId: ana.customer.id, target: { unitId: unit.id } } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const two = await client.request(EXPLAIN, { i: { customerId: ana.customer.id, target: { unitId: unit.id, menu: 'FAQ' } } });
    expect(two.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'target' });
  });
});
