import 'reflect-metadata';
import type { GraphQLInputType } from 'graphql';
import { DevelopmentDocument, DocumentCategory } from '../../documents/development-document.entity.js';
import { ScheduleTask } from '../../works/schedule-task.entity.js';
import { WorkLogEntry } from '../../works/work-log-entry.entity.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffMayCall, staffScopeOf, accessOf } from '../../../graphql/access.js';
import { createSchema } from '../../../graphql/schema.js';
import { changedTables, databaseFingerprint } from '../../../test/fingerprint.js';
import type { GraphQLClient } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { argumentsFor, idKindOf, idsIn, isIdType, operationFor, rootFields, type IdKind as Kind, type RootField, type ValuePath } from '../../../test/schema-walk.js';
import { StaffRole, World } from '../../../test/world.js';
import { AuditLog } from '../../audit/audit-log.entity.js';
import { CustomField } from '../../data-changes/custom-field.entity.js';
import { Block } from '../../developments/block.entity.js';
import { Stage } from '../../developments/stage.entity.js';
import { Development } from '../../developments/development.entity.js';
import { DataChangeRequest, DataChangeStatus } from '../../data-changes/data-change-request.entity.js';
import { PortalDomain } from '../../portal/portal-domain.entity.js';
import { Portal } from '../../portal/portal.entity.js';
import { ApiToken, TokenScope } from '../../integration/api-token.entity.js';
import { SyncRun, SyncRunStatus } from '../../integration/sync-run.entity.js';
import { FinanceRequest, FinanceRequestKind } from '../../finance/finance-request.entity.js';
import { BillingBlock, BillingBlockSource } from '../../finance/billing-block.entity.js';
import { AppointmentSlot } from '../../scheduling/appointment-slot.entity.js';
import { Appointment } from '../../scheduling/appointment.entity.js';
import { AppointmentKind } from '../../scheduling/appointment.enums.js';
import { Survey } from '../../surveys/survey.entity.js';
import { Banner } from '../../portal-extras/banner.entity.js';
import { Benefit } from '../../portal-extras/benefit.entity.js';
import { PendingDocumentation, PendingDocumentationKind } from '../../portal-extras/pending-documentation.entity.js';
import { ContactMessage } from '../../contact/contact-message.entity.js';
import { ContactType } from '../../contact/contact-type.entity.js';
import { FaqCategory } from '../../faq/faq-category.entity.js';
import { FaqEntry } from '../../faq/faq-entry.entity.js';
import { DeletionRequest } from '../../privacy/deletion-request.entity.js';

/**
 * R-OPS-4, walked over the whole schema: a MANAGER, an AGENT (and an ADMIN) limited to one development call
 * every staff query and mutation with the ids of another development of their company and of
 * another company. Each answer must be exactly the answer for an id that does not exist (same
 * code, same words: no existence leak), no answer may carry an object out of their scope, and
 * nothing may change in the database.
 */

/** Arguments that must be shaped for the call to reach its lookups (the explainer takes exactly one target). */
const OVERRIDES: Record<string, (id: (kind: Kind) => string) => Record<string, unknown>> = {
  explainVisibility: (id) => ({ input: { customerId: id('Customer'), target: { unitId: id('Unit') }, portalId: null, hostname: null } }),
  // A syndic file is for a development or for one syndic, not both: one call each.
  addSyndicFile: (id) => ({ input: { developmentId: id('Development'), syndicId: null, fileId: id('StoredFile'), name: 'Walk' } }),
};

type Variant = 'inScope' | 'otherDevelopment' | 'otherCompany' | 'missing';
const MISSING = '00000000-0000-4000-8000-00000000abcd';

let server: TestServer;
let ids: Record<Kind, Record<Exclude<Variant, 'missing'>, string>>;
/** Every id a member limited to the first development must never see. */
const outOfScope = new Set<string>();
let clients: { role: string; client: GraphQLClient }[];

beforeAll(async () => {
  server = await startTestServer();
  const a = await World.create(server);
  const a2 = await a.development2('Loteamento Fora');
  const b = await World.create(server);
  const em = server.em();

  const inA = await a.customer({ name: 'Ana Dentro' });
  const { unit: u1, reservation: res1 } = await a.soldUnit(inA.customer);
  // Ana also bought in the other development: those parts of her must stay hidden.
  const { unit: u1b, reservation: res1b } = await a.soldUnit(inA.customer, { development: a2 });
  const r1 = await a.request({ openedBy: inA.account, unit: u1 });
  const r1b = await a.request({ openedBy: inA.account, unit: u1b });
  const k1 = await a.contract(res1);
  const k1b = await a.contract(res1b);

  const outA = await a.customer({ name: 'Bruno Fora' });
  const block2 = em.create(Block, { development: a2.id, name: 'Quadra 9' });
  const stage2 = em.create(Stage, { development: a2.id, name: 'Etapa 9' });
  await em.flush();
  const u2 = await a.unit({ development: a2, block: null, stage: null });
  const res2 = await a.reservation(u2, outA.customer);
  const r2 = await a.request({ openedBy: outA.account, unit: u2 });
  const k2 = await a.contract(res2);
  const area1 = await a.commonArea('Piscina', a.development);
  const area2 = await a.commonArea('Quadra', a2);
  const loc1 = await a.location('Sala', a.development);
  const loc2 = await a.location('Varanda', a2);
  const syndic2 = await a.syndic(a2);

  const inB = await b.customer({ name: 'Carla Outra Empresa' });
  const { unit: uB, reservation: resB } = await b.soldUnit(inB.customer);
  const rB = await b.request({ openedBy: inB.account, unit: uB });
  const kB = await b.contract(resB);
  const areaB = await b.commonArea('Academia');
  const locB = await b.location('Quarto');
  const staffB = await b.staff(StaffRole.ADMIN);
  const syndic1 = await a.syndic(a.development);
  const syndicB = await b.syndic();
  const sf1 = await a.syndicFile({ development: a.development });
  const sf2 = await a.syndicFile({ syndic: syndic2.syndic });
  const sfB = await b.syndicFile({ development: b.development });
  const doc1 = await a.contractDocument(k1);
  const doc2 = await a.contractDocument(k2);
  const docB = await b.contractDocument(kB);

  const portal = (name: string, company: typeof a.company, developments: (typeof a.development)[]) => {
    const p = em.create(Portal, { company: company.id, name, slug: `walk-${name.toLowerCase().replace(/\W/g, '')}-${Math.random().toString(36).slice(2, 8)}` });
    p.developments.set(developments.map((d) => em.getReference(Development, d.id)));
    return p;
  };
  const portalA1 = portal('Só Dentro', a.company, [a.development]);
  const portalA2 = portal('Só Fora', a.company, [a2]);
  const domain = (p: Portal, hostname: string) => em.create(PortalDomain, { portal: p, hostname });
  const domainA1 = domain(portalA1, `dentro-${Date.now()}.example.com`);
  const domainA2 = domain(portalA2, `fora-${Date.now()}.example.com`);
  const domainB = domain(b.portal, `outra-${Date.now()}.example.com`);
  const change = (world: World, customer: typeof inA.customer) =>
    em.create(DataChangeRequest, { company: world.company.id, customer: customer.id, status: DataChangeStatus.PENDING, original: { phone: null }, proposed: { phone: '(11) 98765-4321' }, baseVersion: customer.version });
  const dc1 = change(a, inA.customer);
  const dc2 = change(a, outA.customer);
  const dcB = change(b, inB.customer);
  const fieldA = em.create(CustomField, { company: a.company.id, key: 'capital', label: 'Capital Social' });
  const fieldB = em.create(CustomField, { company: b.company.id, key: 'capital', label: 'Capital Social' });
  const auditOf = (world: World, targetType: string, targetId: string) =>
    em.create(AuditLog, { company: world.company.id, actorLabel: 'Sistema', action: `${targetType}.update`, targetType, targetId, after: { walk: true } });
  const audits = [auditOf(a, 'Block', block2.id), auditOf(a, 'Customer', outA.customer.id), auditOf(a, 'Request', r2.id), auditOf(b, 'Block', b.block.id)];
  const auditIn = auditOf(a, 'Block', a.block.id);
  const token = (world: World) => em.create(ApiToken, { company: world.company.id, name: 'ERP', scopes: [TokenScope.INTEGRATION], tokenHash: `walk-${world.company.id}`, prefix: 'hbt_walk…' });
  const tokenA = token(a);
  const tokenB = token(b);
  const run = (world: World) => em.create(SyncRun, { company: world.company.id, status: SyncRunStatus.SUCCEEDED, startedAt: new Date(), lastActivityAt: new Date() });
  const runA = run(a);
  const runB = run(b);
  // R-NOTIFY-3: a failed job of each company in the queue's dead-letter list.
  const failedJob = async (world: World) => {
    const id = crypto.randomUUID();
    await em.getConnection().execute(`insert into pgboss.job (id, name, data, state, completed_on) values (?, 'notify.event', ?::jsonb, 'failed', now())`,
      [id, JSON.stringify({ companyId: world.company.id, event: 'request.status', id, at: new Date().toISOString() })]);
    return { id };
  };
  const jobA = await failedJob(a);
  const jobB = await failedJob(b);
  // A customer's request for a new bill (2ª via), which an ERP bill may answer (portalRequestId).
  const financeRequest = (world: World, reservation: typeof res1, customer: typeof inA.customer) =>
    em.create(FinanceRequest, { company: world.company.id, reservation: reservation.id, customer: customer.id, kind: FinanceRequestKind.SECOND_COPY, installmentIds: [], totalCents: 0 });
  const frA = financeRequest(a, res1, inA.customer);
  const frB = financeRequest(b, resB, inB.customer);
  const billingBlock = (world: World, development: typeof a.development) =>
    em.create(BillingBlock, { company: world.company.id, development: development.id, reason: 'Bloqueio do passeio', source: BillingBlockSource.STAFF });
  const bbA1 = billingBlock(a, a.development);
  const bbA2 = billingBlock(a, a2);
  const bbB = billingBlock(b, b.development);
  // Agendamentos: a slot of each development, booked for a unit there; a survey for each development.
  const slot = (development: typeof a.development) =>
    em.create(AppointmentSlot, { development: development.id, kind: AppointmentKind.VISTORIA, startsAt: new Date(Date.now() + 86_400_000), durationMinutes: 60 });
  const slotA1 = slot(a.development);
  const slotA2 = slot(a2);
  const slotB = slot(b.development);
  const booking = (s: AppointmentSlot, unit: typeof u1, customer: typeof inA.customer) =>
    em.create(Appointment, { slot: s, kind: AppointmentKind.VISTORIA, unit: unit.id, customer: customer.id });
  const apA1 = booking(slotA1, u1, inA.customer);
  const apA2 = booking(slotA2, u2, outA.customer);
  const apB = booking(slotB, uB, inB.customer);
  const survey = (world: World, development: typeof a.development) =>
    em.create(Survey, { company: world.company.id, development: development.id, title: 'Walk', opensOn: '2026-01-01', closesOn: '2026-01-02', questions: [] });
  const svA1 = survey(a, a.development);
  const svA2 = survey(a, a2);
  const svB = survey(b, b.development);
  // Banners and benefits of a portal; pending documentation of a customer in a development (portal-extras/).
  const banner = (p: Portal) => em.create(Banner, { portal: p, title: 'Walk' });
  const bnA1 = banner(portalA1);
  const bnA2 = banner(portalA2);
  const bnB = banner(b.portal);
  const benefit = (p: Portal) => em.create(Benefit, { portal: p, partner: 'Walk', title: 'Walk', description: 'Walk' });
  const beA1 = benefit(portalA1);
  const beA2 = benefit(portalA2);
  const beB = benefit(b.portal);
  const pending = (customer: typeof inA.customer, development: typeof a.development) =>
    em.create(PendingDocumentation, { customer: customer.id, development: development.id, kind: PendingDocumentationKind.PROPOSAL, description: 'Walk' });
  const pdA1 = pending(inA.customer, a.development);
  const pdA2 = pending(outA.customer, a2);
  const pdB = pending(inB.customer, b.development);
  // Fale Conosco: a contact type per company, a message about a unit of each development; a FAQ category and question per portal.
  const contactType = (world: World) => em.create(ContactType, { company: world.company.id, name: 'Dúvida' });
  const ctA = contactType(a);
  const ctB = contactType(b);
  const message = (world: World, type: ContactType, customer: typeof inA.customer, unit: typeof u1) =>
    em.create(ContactMessage, { company: world.company.id, customer: customer.id, unit: unit.id, development: unit.development.id, type, subject: 'Walk', body: 'Walk' });
  const cmA1 = message(a, ctA, inA.customer, u1);
  const cmA2 = message(a, ctA, outA.customer, u2);
  const cmB = message(b, ctB, inB.customer, uB);
  const faqCategory = (p: Portal) => em.create(FaqCategory, { portal: p, name: 'Walk' });
  const fcA1 = faqCategory(portalA1);
  const fcA2 = faqCategory(portalA2);
  const fcB = faqCategory(b.portal);
  const faqEntry = (c: FaqCategory) => em.create(FaqEntry, { category: c, question: 'Walk?', answer: 'Walk', searchText: 'walk? walk' });
  const feA1 = faqEntry(fcA1);
  const feA2 = faqEntry(fcA2);
  const feB = faqEntry(fcB);
  // A development's documents (documents/), one per development.
  const devDocument = (development: typeof a.development) => em.create(DevelopmentDocument, { development: development.id, category: DocumentCategory.OTHER, title: 'Walk' });
  const ddA1 = devDocument(a.development);
  const ddA2 = devDocument(a2);
  const ddB = devDocument(b.development);
  // The works (works/): a work log entry and a schedule stage per development.
  const logEntry = (development: typeof a.development) => em.create(WorkLogEntry, { development: development.id, date: '2026-11-02' });
  const wlA1 = logEntry(a.development);
  const wlA2 = logEntry(a2);
  const wlB = logEntry(b.development);
  const task = (development: typeof a.development) => em.create(ScheduleTask, { development: development.id, name: 'Walk', plannedStart: '2026-01-01', plannedEnd: '2026-02-01' });
  const stA1 = task(a.development);
  const stA2 = task(a2);
  const stB = task(b.development);
  // R-OPS-3: a deletion request of a customer of each development (privacy/).
  const deletion = (world: World, customer: typeof inA.customer) => em.create(DeletionRequest, { company: world.company.id, customer: customer.id, requestedAt: new Date() });
  const drA1 = deletion(a, inA.customer);
  const drA2 = deletion(a, outA.customer);
  const drB = deletion(b, inB.customer);
  await em.flush();

  const manager = await a.staff(StaffRole.MANAGER, { developments: [a.development] });
  const agent = await a.staff(StaffRole.AGENT, { developments: [a.development] });
  // An ADMIN too, so that ADMIN-only operations (data-change approvals, staff) are walked past their role check.
  const admin = await a.staff(StaffRole.ADMIN, { developments: [a.development] });
  clients = [
    { role: 'MANAGER limited to one development', client: manager.client },
    { role: 'AGENT limited to one development', client: agent.client },
    { role: 'ADMIN limited to one development', client: admin.client },
  ];

  ids = {
    Development: { inScope: a.development.id, otherDevelopment: a2.id, otherCompany: b.development.id },
    Block: { inScope: a.block.id, otherDevelopment: block2.id, otherCompany: b.block.id },
    Stage: { inScope: a.stage.id, otherDevelopment: stage2.id, otherCompany: b.stage.id },
    Unit: { inScope: u1.id, otherDevelopment: u2.id, otherCompany: uB.id },
    CommonArea: { inScope: area1.id, otherDevelopment: area2.id, otherCompany: areaB.id },
    Location: { inScope: loc1.id, otherDevelopment: loc2.id, otherCompany: locB.id },
    Request: { inScope: r1.id, otherDevelopment: r2.id, otherCompany: rB.id },
    Contract: { inScope: k1.id, otherDevelopment: k2.id, otherCompany: kB.id },
    Customer: { inScope: inA.customer.id, otherDevelopment: outA.customer.id, otherCompany: inB.customer.id },
    Account: { inScope: inA.account.id, otherDevelopment: outA.account.id, otherCompany: inB.account.id },
    StaffAccount: { inScope: manager.account.id, otherDevelopment: manager.account.id, otherCompany: staffB.account.id },
    DataChangeRequest: { inScope: dc1.id, otherDevelopment: dc2.id, otherCompany: dcB.id },
    Portal: { inScope: portalA1.id, otherDevelopment: portalA2.id, otherCompany: b.portal.id },
    PortalDomain: { inScope: domainA1.id, otherDevelopment: domainA2.id, otherCompany: domainB.id },
    ContractType: { inScope: a.types.sale.id, otherDevelopment: a.types.sale.id, otherCompany: b.types.sale.id },
    AssociationType: { inScope: a.types.spouse.id, otherDevelopment: a.types.spouse.id, otherCompany: b.types.spouse.id },
    Subject: { inScope: a.subsubjects.service.subject.id, otherDevelopment: a.subsubjects.service.subject.id, otherCompany: b.subsubjects.service.subject.id },
    Subsubject: { inScope: a.subsubjects.service.id, otherDevelopment: a.subsubjects.service.id, otherCompany: b.subsubjects.service.id },
    Workflow: { inScope: a.workflows.service.id, otherDevelopment: a.workflows.service.id, otherCompany: b.workflows.service.id },
    WorkflowStatus: { inScope: a.statuses.doing.id, otherDevelopment: a.statuses.doing.id, otherCompany: b.statuses.doing.id },
    CustomField: { inScope: fieldA.id, otherDevelopment: fieldA.id, otherCompany: fieldB.id },
    AuditTarget: { inScope: a.block.id, otherDevelopment: block2.id, otherCompany: b.block.id },
    Syndic: { inScope: syndic1.syndic.id, otherDevelopment: syndic2.syndic.id, otherCompany: syndicB.syndic.id },
    SyndicFile: { inScope: sf1.row.id, otherDevelopment: sf2.row.id, otherCompany: sfB.row.id },
    StoredFile: { inScope: doc1.file.id, otherDevelopment: doc2.file.id, otherCompany: docB.file.id },
    // Company-wide: the integration of the company (R-SYNC).
    ApiToken: { inScope: tokenA.id, otherDevelopment: tokenA.id, otherCompany: tokenB.id },
    SyncRun: { inScope: runA.id, otherDevelopment: runA.id, otherCompany: runB.id },
    FailedJob: { inScope: jobA.id, otherDevelopment: jobA.id, otherCompany: jobB.id },
    FinanceRequest: { inScope: frA.id, otherDevelopment: frA.id, otherCompany: frB.id },
    BillingBlock: { inScope: bbA1.id, otherDevelopment: bbA2.id, otherCompany: bbB.id },
    AppointmentSlot: { inScope: slotA1.id, otherDevelopment: slotA2.id, otherCompany: slotB.id },
    Appointment: { inScope: apA1.id, otherDevelopment: apA2.id, otherCompany: apB.id },
    Survey: { inScope: svA1.id, otherDevelopment: svA2.id, otherCompany: svB.id },
    Banner: { inScope: bnA1.id, otherDevelopment: bnA2.id, otherCompany: bnB.id },
    Benefit: { inScope: beA1.id, otherDevelopment: beA2.id, otherCompany: beB.id },
    PendingDocumentation: { inScope: pdA1.id, otherDevelopment: pdA2.id, otherCompany: pdB.id },
    ContactMessage: { inScope: cmA1.id, otherDevelopment: cmA2.id, otherCompany: cmB.id },
    ContactType: { inScope: ctA.id, otherDevelopment: ctA.id, otherCompany: ctB.id },
    FaqCategory: { inScope: fcA1.id, otherDevelopment: fcA2.id, otherCompany: fcB.id },
    FaqEntry: { inScope: feA1.id, otherDevelopment: feA2.id, otherCompany: feB.id },
    DevelopmentDocument: { inScope: ddA1.id, otherDevelopment: ddA2.id, otherCompany: ddB.id },
    WorkLogEntry: { inScope: wlA1.id, otherDevelopment: wlA2.id, otherCompany: wlB.id },
    ScheduleTask: { inScope: stA1.id, otherDevelopment: stA2.id, otherCompany: stB.id },
    DeletionRequest: { inScope: drA1.id, otherDevelopment: drA2.id, otherCompany: drB.id },
  };
  for (const id of [
    a2.id, block2.id, stage2.id, u1b.id, res1b.id, r1b.id, k1b.id, outA.customer.id, outA.account.id, u2.id, res2.id, r2.id, k2.id, area2.id, loc2.id,
    syndic2.syndic.id, syndic2.account.id, portalA2.id, domainA2.id, dc2.id, ...audits.map((x) => x.id),
    b.company.id, b.development.id, b.block.id, b.stage.id, b.portal.id, inB.customer.id, inB.account.id, uB.id, resB.id, rB.id, kB.id, areaB.id, locB.id,
    staffB.account.id, domainB.id, dcB.id, fieldB.id, b.types.sale.id, b.types.spouse.id, b.workflows.service.id, b.statuses.doing.id,
    sf2.row.id, sf2.file.id, doc2.file.id, syndicB.syndic.id, syndicB.account.id, sfB.row.id, sfB.file.id, docB.file.id, frB.id, bbA2.id, bbB.id,
    slotA2.id, slotB.id, apA2.id, apB.id, svA2.id, svB.id,
    bnA2.id, bnB.id, beA2.id, beB.id, pdA2.id, pdB.id,
    cmA2.id, cmB.id, ctB.id, fcA2.id, fcB.id, feA2.id, feB.id,
    ddA2.id, ddB.id, wlA2.id, wlB.id, stA2.id, stB.id, jobB.id,
    drA2.id, drB.id,
  ]) outOfScope.add(id);
  void auditIn;
});
afterAll(() => server?.stop());

/** The staff root fields the walk calls: everything staff may call but their own session and static lists. */
async function staffFields(): Promise<RootField[]> {
  const schema = await createSchema();
  return rootFields(schema).filter((f) => {
    const scope = staffScopeOf(f.field);
    return staffMayCall(accessOf(f.field) ?? []) && scope !== 'self' && scope !== 'static';
  });
}

/** The arguments of a call for one variant, and whether any id in them belongs to a development (not company-wide configuration). */
function argsFor(root: RootField, variant: Variant): Record<string, unknown> {
  return callFor(root, variant).args;
}

function callFor(root: RootField, variant: Variant): { args: Record<string, unknown>; byDevelopment: boolean } {
  let byDevelopment = false;
  const id = (kind: Kind) => {
    if (ids[kind].otherDevelopment !== ids[kind].inScope) byDevelopment = true;
    return variant === 'missing' ? MISSING : ids[kind][variant];
  };
  const override = OVERRIDES[root.name];
  if (override) {
    const args = override(id);
    return { args, byDevelopment };
  }
  const args = argumentsFor(root, (where: ValuePath, type: GraphQLInputType) => {
    if (!isIdType(type)) return undefined;
    const kind = idKindOf(where);
    if (!kind) throw new Error(`the walk does not know what ${where.root}(${where.path.join('.')}) names: add it to ID_KINDS`);
    const isList = type.toString().startsWith('[');
    return isList ? [id(kind)] : id(kind);
  });
  return { args, byDevelopment };
}

/** What an answer says, without the parts that name the request (path, locations). */
function outcome(result: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }) {
  if (result.errors?.length) return { error: result.errors.map((e) => ({ code: e.extensions?.code, message: e.message })) };
  return { data: 'ok' };
}

describe('R-OPS-4: staff limited to a development reach nothing else, through any staff field', () => {
  it('R-OPS-4: every staff query and mutation answers an id of another development or company exactly like a missing one, leaks no object and writes nothing', async () => {
    const fields = await staffFields();
    expect(fields.length).toBeGreaterThan(40);
    const problems: string[] = [];
    for (const { role, client } of clients) {
      for (const root of fields) {
        const query = operationFor(root);
        const call = async (variant: Variant) => {
          const before = await databaseFingerprint(server);
          const result = await client.request(query, argsFor(root, variant));
          const changed = changedTables(before, await databaseFingerprint(server));
          if (changed.length) problems.push(`${role} ${root.name} (${variant}) changed ${changed.join(', ')}`);
          if (client.lastResponse!.status >= 500) problems.push(`${role} ${root.name} (${variant}) answered HTTP ${client.lastResponse!.status}`);
          const leaked = [...idsIn(result.data)].filter((id) => outOfScope.has(id));
          if (leaked.length) problems.push(`${role} ${root.name} (${variant}) answered objects out of scope: ${leaked.join(', ')}`);
          if (result.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) problems.push(`${role} ${root.name} (${variant}): INTERNAL_SERVER_ERROR`);
          return outcome(result);
        };
        const missing = await call('missing');
        // Company-wide configuration (types, workflows…) of their own company is readable by every member: not "another development".
        const variants = callFor(root, 'missing').byDevelopment ? (['otherDevelopment', 'otherCompany'] as const) : (['otherCompany'] as const);
        for (const variant of variants) {
          const answer = await call(variant);
          if (JSON.stringify(answer) !== JSON.stringify(missing)) {
            problems.push(`${role} ${root.name} (${variant}) answered ${JSON.stringify(answer)}, but for a missing id ${JSON.stringify(missing)}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('R-OPS-4: the same member reaches what is in their development (the walk can tell the difference)', async () => {
    const { client } = clients[0]!;
    const read = async (query: string, variables: Record<string, unknown>) => (await client.request(query, variables)).errors?.[0]?.extensions?.code ?? 'OK';
    expect(await read(`query($id: ID!) { unit(id: $id) { id } }`, { id: ids.Unit.inScope })).toBe('OK');
    expect(await read(`query($id: ID!) { request(id: $id) { id } }`, { id: ids.Request.inScope })).toBe('OK');
    expect(await read(`query($id: ID!) { customer(id: $id) { id } }`, { id: ids.Customer.inScope })).toBe('OK');
    expect(await read(`query($id: ID!) { account(id: $id) { id } }`, { id: ids.Account.inScope })).toBe('OK');
    expect(await read(`query($id: ID!) { contract(id: $id) { id } }`, { id: ids.Contract.inScope })).toBe('OK');
    expect(await read(`query($id: ID!) { portal(id: $id) { id } }`, { id: ids.Portal.inScope })).toBe('OK');
    expect(await read(`query($id: ID!) { dataChangeRequest(id: $id) { id } }`, { id: ids.DataChangeRequest.inScope })).toBe('FORBIDDEN');
    const { customer } = await client.ok(`query($id: ID!) { customer(id: $id) { participations { unit { id } } } }`, { id: ids.Customer.inScope });
    expect(customer.participations.map((p: { unit: { id: string } }) => p.unit.id)).toEqual([ids.Unit.inScope]);
    const { auditLog } = await client.ok(`{ auditLog(first: 100) { nodes { targetId } } }`);
    expect(auditLog.nodes.map((n: { targetId: string }) => n.targetId)).toContain(ids.Block.inScope);
    expect(auditLog.nodes.map((n: { targetId: string }) => n.targetId)).not.toContain(ids.Block.otherDevelopment);
    const changed = await client.request(`mutation($id: ID!) { setBlockActive(id: $id, active: false) { id active } }`, { id: ids.Block.inScope });
    expect(changed.data?.setBlockActive).toEqual({ id: ids.Block.inScope, active: false });
    const config = await client.request(`mutation($i: ContractTypeInput!) { saveContractType(input: $i) { id } }`, { i: { id: ids.ContractType.inScope, name: 'Outro nome' } });
    expect(config.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
