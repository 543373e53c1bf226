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
import { Development, DevelopmentKind } from '../../developments/development.entity.js';
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
import { Bill, BillPayer, BillStatus } from '../../finance/bill.entity.js';
import { BillingBlock, BillingBlockSource } from '../../finance/billing-block.entity.js';
import { loadBillFacts, loadInstallmentFacts } from '../../finance/finance-facts.js';
import { saoPauloDate } from '../../finance/finance-words.js';
import { billRules, installmentRules } from '../../finance/finance.rules.js';
import { visibleBills, visibleInstallments } from '../../finance/finance.service.js';
import { Installment } from '../../finance/installment.entity.js';
import { InstallmentPlan } from '../../finance/installment-plan.entity.js';
import { ALL_PORTAL_PERMISSIONS, PortalPermission } from '../../auth/account.enums.js';
import { ScheduleTask } from '../../works/schedule-task.entity.js';
import { WorkLogEntry } from '../../works/work-log-entry.entity.js';
import { WorkLogStatus } from '../../works/work-log.enums.js';
import { loadSchedulePlaceFacts, loadWorkLogFacts } from '../../works/works-facts.js';
import { scheduleRules, workLogRules } from '../../works/works.rules.js';
import { visibleScheduleDevelopments, visibleWorkLog } from '../../works/works.service.js';
import { DevelopmentDocument, DocumentCategory } from '../../documents/development-document.entity.js';
import { loadDocumentFacts } from '../../documents/document-facts.js';
import { documentRules } from '../../documents/document.rules.js';
import { visibleDocuments } from '../../documents/document.service.js';
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
    showFinancial: likely, showStandaloneBills: fc.boolean(), associatesSeeHolderBills: fc.boolean(),
    showCustomerPayments: likely, showBuilderPayments: fc.boolean(),
    // R-WORK-1: the work log statuses the portal shows (mostly with APPROVED; sometimes none).
    workLogStatuses: fc.oneof({ arbitrary: fc.constant(null).map(() => [WorkLogStatus.APPROVED]), weight: 2 }, { arbitrary: fc.subarray(Object.values(WorkLogStatus)), weight: 2 }),
  }),
  /** R-WORK-3: whether each customer has "See work log". */
  seeWorkLog: fc.array(likely, { minLength: 3, maxLength: 3 }),
  overdueBlocksBills: fc.boolean(),
  holderBills: fc.record({ a: likely, b: fc.boolean() }),
  developments: fc.array(fc.record({
    served: likely, blockActive: likely, stageActive: likely, areas: fc.nat(2), work: fc.boolean(),
    billingBlock: fc.oneof({ arbitrary: fc.constant('none' as const), weight: 3 }, { arbitrary: fc.constantFrom('development' as const, 'block' as const, 'lifted' as const), weight: 1 }),
    // SPEC §9: work log entries of the development or of its block (tower), and whether it has a schedule.
    workLog: fc.array(fc.record({ status: fc.constantFrom(...Object.values(WorkLogStatus)), tower: fc.boolean() }), { maxLength: 3 }),
    schedule: fc.boolean(),
    // R-UNIT-4: documents for the whole development, its tower, or one of its units (by index among the development's units).
    documents: fc.array(fc.oneof(fc.constant({ place: 'development' as const, unit: 0 }), fc.constant({ place: 'block' as const, unit: 0 }), fc.record({ place: fc.constant('unit' as const), unit: fc.nat(3) })), { maxLength: 3 }),
  }), { minLength: 1, maxLength: 3 }),
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
          // SPEC §8: installments with bills, and standalone bills; the codes they carry, right or one wrong (R-FIN-1).
          wrongCode: fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: fc.constantFrom('company', 'development', 'unit', 'customer', 'sale', 'missing', 'no-sale'), weight: 1 }),
          installments: fc.array(fc.record({
            dueInDays: fc.integer({ min: -40, max: 40 }), paid: fc.boolean(),
            bills: fc.array(fc.record({ status: fc.constantFrom(BillStatus.OPEN, BillStatus.PAID, BillStatus.CANCELLED), superseded: fc.boolean(), payer: fc.constantFrom(BillPayer.CUSTOMER, BillPayer.BUILDER) }), { maxLength: 2 }),
          }), { maxLength: 3 }),
          standaloneBills: fc.array(fc.constantFrom(BillStatus.OPEN, BillStatus.PAID, BillStatus.CANCELLED), { maxLength: 1 }),
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
    finishedAssistanceSlaMinutes: config.portal.slaMinutes, showFinancial: config.portal.showFinancial,
    showStandaloneBills: config.portal.showStandaloneBills, associatesSeeHolderBills: config.portal.associatesSeeHolderBills,
    showCustomerPayments: config.portal.showCustomerPayments, showBuilderPayments: config.portal.showBuilderPayments,
    workLogStatuses: config.portal.workLogStatuses,
  });
  company.erpCode = 'E1';
  company.overdueBlocksBills = config.overdueBlocksBills;
  const developments = config.developments.map((d, i) => {
    const development = em.create(Development, { company, name: `D${i}`, erpCode: `D${i}`, kind: d.work ? DevelopmentKind.WORK : DevelopmentKind.DEVELOPMENT });
    if (d.served) portal.developments.add(development);
    const block = em.create(Block, { development, name: 'B', active: d.blockActive });
    for (const [n, w] of d.workLog.entries()) {
      em.create(WorkLogEntry, { development, block: w.tower ? block : null, date: `2026-11-${String(n + 1).padStart(2, '0')}`, status: w.status });
    }
    if (d.schedule) em.create(ScheduleTask, { development, name: 'Estrutura', plannedStart: '2026-01-01', plannedEnd: '2026-06-30' });
    if (d.billingBlock !== 'none') {
      em.create(BillingBlock, {
        company, development, block: d.billingBlock === 'block' ? block : null, reason: 'Bloqueio', source: BillingBlockSource.STAFF,
        active: d.billingBlock !== 'lifted',
      });
    }
    return {
      development,
      block,
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
  const types = {
    a: em.create(AssociationType, { company, name: 'A', seesUnitsInPortal: config.types.a, seesHolderBills: config.holderBills.a }),
    b: em.create(AssociationType, { company, name: 'B', seesUnitsInPortal: config.types.b, seesHolderBills: config.holderBills.b }),
  };
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
    const customer = em.create(Customer, { company, name: `C${i}`, document: aCpf(), erpCode: `C${i}` });
    const portalPermissions = ALL_PORTAL_PERMISSIONS.filter((p) => p !== PortalPermission.SEE_WORK_LOG || config.seeWorkLog[i]);
    const account = em.create(Account, { company, kind: AccountKind.CUSTOMER, name: `C${i}`, email: `c${i}@${suffix}.test`, customer, portalPermissions });
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
  const today = saoPauloDate(now);
  const dayFrom = (days: number) => saoPauloDate(new Date(new Date(`${today}T12:00:00-03:00`).getTime() + days * 86_400_000));
  let code = 0;
  for (const [unitIndex, u] of config.units.entries()) {
    const d = dev(u.development);
    const unit = em.create(Unit, { development: d.development, block: u.hasBlock ? d.block : null, stage: u.hasStage ? d.stage : null, name: 'U', erpCode: `U${unitIndex}` });
    for (const r of u.reservations) {
      const reservation = em.create(Reservation, { unit, holder: customers[r.holder]!.customer, status: r.status, erpCode: `V${++code}` });
      const codes = {
        companyCode: 'E1', developmentCode: d.development.erpCode, unitCode: unit.erpCode, customerCode: `C${r.holder}`, saleCode: reservation.erpCode,
        ...(r.wrongCode && r.wrongCode !== 'no-sale' ? { [`${r.wrongCode === 'missing' ? 'unit' : r.wrongCode}Code`]: r.wrongCode === 'missing' ? null : 'X' } : {}),
      };
      const sale = r.wrongCode === 'no-sale' ? null : reservation;
      const stamps = { createdAt: now, updatedAt: now };
      const plan = em.create(InstallmentPlan, { company, reservation: sale, erpCode: `P${++code}`, series: 'Mensais', ...codes, ...stamps });
      for (const [n, i] of r.installments.entries()) {
        const installment = em.create(Installment, {
          company, plan, erpCode: `I${++code}`, number: n + 1, dueDate: dayFrom(i.dueInDays), amountCents: 1000,
          paidCents: i.paid ? 1000 : null, paidAt: i.paid ? dayFrom(i.dueInDays) : null, ...codes, ...stamps,
        });
        let later: Bill | null = null;
        for (const b of [...i.bills].reverse()) {
          later = em.create(Bill, {
            company, erpCode: `B${++code}`, installment, dueDate: installment.dueDate, amountCents: 1000, digitableLine: '0'.repeat(47),
            status: b.status, supersededBy: b.superseded ? later : null, payer: b.payer, ...codes, ...stamps,
          });
        }
      }
      for (const status of r.standaloneBills) {
        em.create(Bill, { company, erpCode: `B${++code}`, reservation: sale, dueDate: dayFrom(3), amountCents: 500, digitableLine: '0'.repeat(47), status, ...codes, ...stamps });
      }
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
  for (const [i, d] of config.developments.entries()) {
    const { development, block } = developments[i]!;
    const units = (await em.find(Unit, { development }, { orderBy: { id: 'asc' } }));
    for (const doc of d.documents) {
      const unit = doc.place === 'unit' ? units[doc.unit % Math.max(units.length, 1)] : undefined;
      if (doc.place === 'unit' && !unit) continue;
      em.create(DevelopmentDocument, { development, block: doc.place === 'block' ? block : null, unit: unit ?? null, category: DocumentCategory.OTHER, title: 'Doc' });
    }
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
    installments: (await em.find(Installment, { company })).map((i) => i.id),
    bills: (await em.find(Bill, { company })).map((b) => b.id),
    workLog: (await em.find(WorkLogEntry, { development: { company } })).map((w) => w.id),
    developments: developments.map((d) => d.development.id),
    documents: (await em.find(DevelopmentDocument, { development: { company } })).map((d) => d.id),
  };
  return { em, scopes, all };
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('R-EXPLAIN-2: every rule has one definition, whose list face and explanation face agree', () => {
  it('R-EXPLAIN-2, R-REQ-8, R-REQ-9, R-WORK-1, R-WORK-2, R-UNIT-4: on hundreds of random configurations, "appears in the list" equals "the explanation says visible", for every viewer (customers and syndics) and object', async () => {
    let checked = 0;
    let syndicsChecked = 0;
    let audiencesChecked = 0;
    let financeChecked = 0;
    let financeVisible = 0;
    let worksChecked = 0;
    let worksVisible = 0;
    let documentsChecked = 0;
    let documentsVisible = 0;
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

          // SPEC §8: installments and bills (R-FIN-1, R-FIN-2, R-FIN-3, R-FIN-9, R-FIN-10, R-UNIT-4, the menu).
          const listedInstallments = sorted((await visibleInstallments(em, scope)).map((i) => i.id));
          const installmentFacts = await loadInstallmentFacts(em, scope, all.installments);
          const explainedInstallments = sorted(all.installments.filter((id) => scope.customerId && allPassed(evaluate(installmentRules, installmentFacts.get(id)!))));
          expect(listedInstallments, 'installments').toEqual(explainedInstallments);
          const listedBills = sorted((await visibleBills(em, scope)).map((b) => b.id));
          const billFacts = await loadBillFacts(em, scope, all.bills);
          const explainedBills = sorted(all.bills.filter((id) => scope.customerId && allPassed(evaluate(billRules, billFacts.get(id)!))));
          expect(listedBills, 'bills').toEqual(explainedBills);
          financeChecked += all.installments.length + all.bills.length;
          financeVisible += listedInstallments.length + listedBills.length;

          // SPEC §9: the work log entries (R-WORK-1, R-WORK-3, R-UNIT-4 by tower) and the schedules (R-WORK-2).
          const listedLog = sorted((await visibleWorkLog(em, scope)).rows.map((w) => w.id));
          const logFacts = await loadWorkLogFacts(em, scope, all.workLog);
          const explainedLog = sorted(all.workLog.filter((id) => scope.customerId && allPassed(evaluate(workLogRules, logFacts.get(id)!))));
          expect(listedLog, 'work log').toEqual(explainedLog);
          const listedSchedules = sorted((await visibleScheduleDevelopments(em, scope)).map((d) => d.id));
          const explainedSchedules: string[] = [];
          for (const id of all.developments) {
            if (scope.customerId && allPassed(evaluate(scheduleRules('d.id'), (await loadSchedulePlaceFacts(em, scope, id))!))) explainedSchedules.push(id);
          }
          expect(listedSchedules, 'schedules').toEqual(sorted(explainedSchedules));
          worksChecked += all.workLog.length + all.developments.length;

          // R-UNIT-4: the development's documents (of the development, a tower, or one unit).
          const listedDocuments = sorted((await visibleDocuments(em, scope)).map((d) => d.id));
          const documentFacts = await loadDocumentFacts(em, scope, all.documents);
          const explainedDocuments = sorted(all.documents.filter((id) => scope.customerId && allPassed(evaluate(documentRules, documentFacts.get(id)!))));
          expect(listedDocuments, 'documents').toEqual(explainedDocuments);
          documentsChecked += all.documents.length;
          documentsVisible += listedDocuments.length;
          worksVisible += listedLog.length;

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
    expect(financeChecked).toBeGreaterThan(1000);
    expect(financeVisible).toBeGreaterThan(50);
    expect(worksChecked).toBeGreaterThan(500);
    // Not vacuous: some work-log entries were visible. How many swings with the random configurations
    // (22, 52 and 83 in three runs of 200): a bound of 30 failed a clean run by chance.
    expect(worksVisible).toBeGreaterThan(5);
    expect(documentsChecked).toBeGreaterThan(300);
    expect(documentsVisible).toBeGreaterThan(30);
  }, 300_000);
});
