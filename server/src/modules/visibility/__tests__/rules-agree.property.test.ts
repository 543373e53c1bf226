import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { aCpf } from '../../../test/world.js';
import { Account } from '../../auth/account.entity.js';
import { AccountKind } from '../../auth/account.enums.js';
import { Company } from '../../company/company.entity.js';
import { Contract } from '../../contracts/contract.entity.js';
import { loadContractFacts } from '../../contracts/contract-facts.js';
import { contractRules } from '../../contracts/contract.rules.js';
import { visibleContractsByUnit } from '../../contracts/contract.service.js';
import { ContractType } from '../../contracts/contract-type.entity.js';
import { AssociationType } from '../../customers/association-type.entity.js';
import { Customer } from '../../customers/customer.entity.js';
import { Reservation, ReservationStatus } from '../../customers/reservation.entity.js';
import { ReservationAssociate } from '../../customers/reservation-associate.entity.js';
import { Block } from '../../developments/block.entity.js';
import { CommonArea } from '../../developments/common-area.entity.js';
import { Development } from '../../developments/development.entity.js';
import { Stage } from '../../developments/stage.entity.js';
import { loadUnitFacts } from '../../developments/unit-facts.js';
import { Unit } from '../../developments/unit.entity.js';
import { unitRules } from '../../developments/unit.rules.js';
import { visibleUnits } from '../../developments/unit.service.js';
import { loadMenuFacts } from '../../portal/menu-facts.js';
import { PortalDomain } from '../../portal/portal-domain.entity.js';
import { Portal } from '../../portal/portal.entity.js';
import { RequestKind } from '../../requests/request-kind.js';
import { loadRequestFacts } from '../../requests/request-facts.js';
import { Request } from '../../requests/request.entity.js';
import { audienceParams, audienceSql } from '../../requests/request-audience.js';
import { rulesFor, visibleRequests } from '../../requests/request.service.js';
import { Subject } from '../../requests/subject.entity.js';
import { Subsubject } from '../../requests/subsubject.entity.js';
import { Workflow } from '../../requests/workflow.entity.js';
import { WorkflowStatus } from '../../requests/workflow-status.entity.js';
import { loadCommonAreaFacts, loadSyndicPlaceFacts } from '../../syndics/syndic-facts.js';
import { Syndic } from '../../syndics/syndic.entity.js';
import { syndicCommonAreaRules, syndicPlaceRules } from '../../syndics/syndic.rules.js';
import { visibleCommonAreas } from '../../syndics/syndic.service.js';
import { allPassed, evaluate } from '../explain.js';
import { query } from '../sql.js';
import type { ViewerScope } from '../rule.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const HOSTS = ['a.test', 'b.test', 'c.test'] as const;
const STATUSES = Object.values(ReservationStatus);

/** Mostly true: a configuration where things are visible exercises the rules that hide them one at a time. */
const likely = fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 });
const status = fc.oneof({ arbitrary: fc.constant(ReservationStatus.SOLD), weight: 4 }, { arbitrary: fc.constantFrom(...STATUSES), weight: 2 });

/** A random configuration: everything the visibility rules look at, drawn independently. */
const configuration = fc.record({
  portal: fc.record({
    active: likely, showContracts: likely, showServiceMenu: likely, showAssistanceMenu: likely,
    showSyndicAccess: likely, slaMinutes: fc.constantFrom(0, 30, 60, 1440, 10080),
  }),
  developments: fc.array(fc.record({ served: likely, blockActive: likely, stageActive: likely, areas: fc.nat(2) }), { minLength: 1, maxLength: 3 }),
  bindings: fc.array(fc.record({ host: fc.constantFrom(...HOSTS), developments: fc.subarray([0, 1, 2]) }), { maxLength: 3 }),
  types: fc.record({ a: likely, b: fc.boolean() }),
  contractTypes: fc.record({ a: likely, b: fc.boolean() }),
  showFinished: fc.record({ service: fc.boolean(), assistance: fc.boolean() }),
  units: fc.array(
    fc.record({
      development: fc.nat(2), hasBlock: fc.boolean(), hasStage: fc.boolean(),
      reservations: fc.array(
        fc.record({
          holder: fc.nat(2), status,
          associates: fc.array(fc.record({ customer: fc.nat(2), type: fc.constantFrom('a', 'b') }), { maxLength: 2 }),
          contracts: fc.array(fc.record({ signed: likely, validated: likely, type: fc.constantFrom('a', 'b') }), { maxLength: 2 }),
        }),
        { minLength: 1, maxLength: 2 },
      ),
      requests: fc.array(
        fc.record({ kind: fc.constantFrom(RequestKind.SERVICE, RequestKind.ASSISTANCE), opener: fc.nat(4), finishedMinutesAgo: fc.option(fc.constantFrom(5, 45, 90, 2000, 20000)) }),
        { maxLength: 3 },
      ),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  commonAreaRequests: fc.array(
    fc.record({ kind: fc.constantFrom(RequestKind.SERVICE, RequestKind.ASSISTANCE), opener: fc.nat(4), development: fc.nat(2), area: fc.nat(1), finishedMinutesAgo: fc.option(fc.constantFrom(5, 90, 20000)) }),
    { maxLength: 4 },
  ),
  /** Two syndics (R-REQ-8), of any development: served or not, bound to the address or not. */
  syndics: fc.array(fc.record({ development: fc.nat(2) }), { minLength: 2, maxLength: 2 }),
  viewerHosts: fc.array(fc.option(fc.constantFrom(...HOSTS)), { minLength: 5, maxLength: 5 }),
  clockMinutes: fc.integer({ min: -120, max: 120 }),
});

type Configuration = typeof configuration extends fc.Arbitrary<infer T> ? T : never;

async function build(config: Configuration) {
  const em = server.em();
  const company = em.create(Company, { name: 'Propriedade' });
  const portal = em.create(Portal, {
    company, name: 'P', slug: `prop-${Math.random().toString(36).slice(2)}`, active: config.portal.active, showContracts: config.portal.showContracts,
    showServiceMenu: config.portal.showServiceMenu, showAssistanceMenu: config.portal.showAssistanceMenu, showSyndicAccess: config.portal.showSyndicAccess,
    finishedAssistanceSlaMinutes: config.portal.slaMinutes,
  });
  const developments = config.developments.map((d, i) => {
    const development = em.create(Development, { company, name: `D${i}` });
    if (d.served) portal.developments.add(development);
    return {
      development,
      block: em.create(Block, { development, name: 'B', active: d.blockActive }),
      stage: em.create(Stage, { development, name: 'S', active: d.stageActive }),
      areas: Array.from({ length: d.areas }, (_, j) => em.create(CommonArea, { development, name: `Área ${j}` })),
    };
  });
  const dev = (i: number) => developments[i % developments.length]!;
  const suffix = portal.slug;
  for (const binding of config.bindings) {
    const hostname = `${suffix}.${binding.host}`;
    if (portal.domains.getItems().some((d) => d.hostname === hostname)) continue;
    const domain = em.create(PortalDomain, { portal, hostname });
    portal.domains.add(domain);
    domain.developments.set([...new Set(binding.developments.map((i) => dev(i).development))].filter((d) => portal.developments.contains(d)));
  }
  const types = { a: em.create(AssociationType, { company, name: 'A', seesUnitsInPortal: config.types.a }), b: em.create(AssociationType, { company, name: 'B', seesUnitsInPortal: config.types.b }) };
  const contractTypes = { a: em.create(ContractType, { company, name: 'A', visibleToCustomer: config.contractTypes.a }), b: em.create(ContractType, { company, name: 'B', visibleToCustomer: config.contractTypes.b }) };
  const workflows = {
    SERVICE: em.create(Workflow, { company, kind: RequestKind.SERVICE, name: 'S', showFinishedInPortal: config.showFinished.service }),
    ASSISTANCE: em.create(Workflow, { company, kind: RequestKind.ASSISTANCE, name: 'A', showFinishedInPortal: config.showFinished.assistance }),
  };
  const status = (kind: RequestKind, final: boolean) => em.create(WorkflowStatus, { workflow: workflows[kind], name: final ? 'Fim' : 'Aberto', isFinal: final, position: final ? 1 : 0 });
  const statuses = { SERVICE: [status(RequestKind.SERVICE, false), status(RequestKind.SERVICE, true)], ASSISTANCE: [status(RequestKind.ASSISTANCE, false), status(RequestKind.ASSISTANCE, true)] };
  const subjects = {
    SERVICE: em.create(Subsubject, { subject: em.create(Subject, { company, kind: RequestKind.SERVICE, name: 'S' }), name: 's' }),
    ASSISTANCE: em.create(Subsubject, { subject: em.create(Subject, { company, kind: RequestKind.ASSISTANCE, name: 'A' }), name: 'a' }),
  };
  const customers = [0, 1, 2].map((i) => {
    const customer = em.create(Customer, { company, name: `C${i}`, document: aCpf() });
    const account = em.create(Account, { company, kind: AccountKind.CUSTOMER, name: `C${i}`, email: `c${i}@${suffix}.test`, customer });
    return { customer, account };
  });
  const syndics = config.syndics.map((s, i) => {
    const syndic = em.create(Syndic, { company, development: dev(s.development).development, name: `Síndico ${i}` });
    const account = em.create(Account, { company, kind: AccountKind.SYNDIC, name: `Síndico ${i}`, email: `s${i}@${suffix}.test`, syndic });
    return { syndic, account };
  });
  // Customers and syndics open requests of every kind, even ones the portal would refuse (a syndic on a unit): the rules must still agree.
  const openers = [...customers.map((c) => c.account), ...syndics.map((s) => s.account)];
  const now = new Date(Date.now() + config.clockMinutes * 60_000);
  let number = 0;
  const request = (kind: RequestKind, opener: number, finishedMinutesAgo: number | null, target: { unit?: Unit; area?: CommonArea; development: Development }) =>
    em.create(Request, {
      company, number: ++number, kind, development: target.development, unit: target.unit ?? null, commonArea: target.area ?? null,
      subject: subjects[kind].subject, subsubject: subjects[kind], status: statuses[kind][finishedMinutesAgo === null ? 0 : 1]!,
      openedBy: openers[opener % openers.length]!, description: 'x', createdAt: new Date(Date.now() - number * 1000),
      finishedAt: finishedMinutesAgo === null ? null : new Date(now.getTime() - finishedMinutesAgo * 60_000),
    });
  for (const u of config.units) {
    const d = dev(u.development);
    const unit = em.create(Unit, { development: d.development, block: u.hasBlock ? d.block : null, stage: u.hasStage ? d.stage : null, name: 'U' });
    for (const r of u.reservations) {
      const reservation = em.create(Reservation, { unit, holder: customers[r.holder]!.customer, status: r.status });
      const seen = new Set<number>();
      for (const a of r.associates) {
        if (seen.has(a.customer)) continue;
        seen.add(a.customer);
        em.create(ReservationAssociate, { reservation, customer: customers[a.customer]!.customer, associationType: types[a.type] });
      }
      for (const c of r.contracts) em.create(Contract, { reservation, type: contractTypes[c.type], title: 'C', signed: c.signed, validated: c.validated });
    }
    for (const q of u.requests) request(q.kind, q.opener, q.finishedMinutesAgo, { unit, development: d.development });
  }
  for (const q of config.commonAreaRequests) {
    const { areas, development } = dev(q.development);
    const area = areas[q.area % Math.max(areas.length, 1)];
    if (area) request(q.kind, q.opener, q.finishedMinutesAgo, { area, development });
  }
  await em.flush();

  const scopes: ViewerScope[] = [
    ...customers.map(({ customer, account }, i) => ({
      accountId: account.id, customerId: customer.id, syndicId: null, portalId: portal.id, now,
      hostname: config.viewerHosts[i] ? `${suffix}.${config.viewerHosts[i]}` : null,
    })),
    ...syndics.map(({ syndic, account }, i) => ({
      accountId: account.id, customerId: null, syndicId: syndic.id, portalId: portal.id, now,
      hostname: config.viewerHosts[3 + i] ? `${suffix}.${config.viewerHosts[3 + i]}` : null,
    })),
  ];
  const all = {
    units: (await em.find(Unit, { development: { company } })).map((u) => u.id),
    contracts: (await em.find(Contract, { type: { company } })).map((c) => c.id),
    requests: (await em.find(Request, { company })).map((r) => r.id),
    commonAreas: developments.flatMap((d) => d.areas.map((a) => a.id)),
  };
  return { em, scopes, all };
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('R-EXPLAIN-2: every rule has one definition, whose list face and explanation face agree', () => {
  it('R-EXPLAIN-2, R-REQ-8, R-REQ-9: on hundreds of random configurations, "appears in the list" equals "the explanation says visible", for every viewer (customers and syndics) and object', async () => {
    let checked = 0;
    let syndicsChecked = 0;
    let audiencesChecked = 0;
    await fc.assert(
      fc.asyncProperty(configuration, async (config) => {
        const { em, scopes, all } = await build(config);
        for (const scope of scopes) {
          const listedUnits = sorted((await visibleUnits(em, scope)).map((u) => u.id));
          const unitFacts = await loadUnitFacts(em, scope, all.units);
          const explainedUnits = sorted(all.units.filter((id) => scope.customerId && allPassed(evaluate(unitRules, unitFacts.get(id)!))));
          expect(listedUnits, 'units').toEqual(explainedUnits);

          const listedContracts = sorted([...(await visibleContractsByUnit(em, scope)).values()].flat().map((c) => c.id));
          const contractFacts = await loadContractFacts(em, scope, all.contracts);
          const explainedContracts = sorted(all.contracts.filter((id) => scope.customerId && allPassed(evaluate(contractRules, contractFacts.get(id)!))));
          expect(listedContracts, 'contracts').toEqual(explainedContracts);

          const listedRequests = sorted((await visibleRequests(em, scope)).map((r) => r.id));
          const requestFacts = await loadRequestFacts(em, scope, all.requests);
          const explainedRequests = sorted(all.requests.filter((id) => allPassed(evaluate(rulesFor(scope), requestFacts.get(id)!))));
          expect(listedRequests, 'requests').toEqual(explainedRequests);
          checked += all.units.length + all.contracts.length + all.requests.length;

          // R-REQ-8: the common areas a syndic sees (and may open requests for), and whether the portal reaches their development at all (their menus).
          const listedAreas = sorted((await visibleCommonAreas(em, scope)).map((a) => a.id));
          const areaFacts = await loadCommonAreaFacts(em, scope, all.commonAreas);
          const explainedAreas = sorted(all.commonAreas.filter((id) => scope.syndicId && allPassed(evaluate(syndicCommonAreaRules, areaFacts.get(id)!))));
          expect(listedAreas, 'common areas').toEqual(explainedAreas);
          if (scope.syndicId) {
            const reached = (await loadMenuFacts(em, scope)).developments.length > 0;
            const explained = allPassed(evaluate(syndicPlaceRules('s.development_id'), (await loadSyndicPlaceFacts(em, scope))!));
            expect(reached, 'syndic development within reach').toBe(explained);
            syndicsChecked += 1;
          }
          checked += all.commonAreas.length;
        }

        // R-REQ-9: the live fan-out decides who sees a request for every subscriber in one statement:
        // the same viewers whose list shows it.
        const viewers = scopes.map((s, i) => ({ key: String(i), accountId: s.accountId, customerId: s.customerId, syndicId: s.syndicId, portalId: s.portalId, hostname: s.hostname }));
        const listedBy = await Promise.all(scopes.map(async (s) => new Set((await visibleRequests(em, s)).map((r) => r.id))));
        for (const id of all.requests) {
          const audience = await query<{ key: string }>(em, audienceSql, audienceParams(id, viewers, scopes[0]!.now));
          expect(sorted(audience.map((r) => r.key)), 'live audience').toEqual(sorted(viewers.filter((_, i) => listedBy[i]!.has(id)).map((v) => v.key)));
          audiencesChecked += 1;
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200), seed: process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : undefined },
    );
    expect(checked).toBeGreaterThan(1000);
    expect(syndicsChecked).toBeGreaterThan(100);
    expect(audiencesChecked).toBeGreaterThan(200);
  }, 300_000);
});
