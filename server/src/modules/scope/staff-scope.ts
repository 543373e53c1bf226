import { LockMode, raw, type FilterQuery, type FindOneOptions, type FindOptions } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ForbiddenError, NotFoundError } from '../../domain-errors.js';
import type { NounName } from '../../pt-br.js';
import { AuditLog } from '../audit/audit-log.entity.js';
import { Account } from '../auth/account.entity.js';
import { Company } from '../company/company.entity.js';
import { ContractType } from '../contracts/contract-type.entity.js';
import { Contract } from '../contracts/contract.entity.js';
import { AssociationType } from '../customers/association-type.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { Reservation } from '../customers/reservation.entity.js';
import { CustomField } from '../data-changes/custom-field.entity.js';
import { DataChangeRequest } from '../data-changes/data-change-request.entity.js';
import { Block } from '../developments/block.entity.js';
import { CommonArea } from '../developments/common-area.entity.js';
import { Development } from '../developments/development.entity.js';
import { Location } from '../developments/location.entity.js';
import { Stage } from '../developments/stage.entity.js';
import { Unit } from '../developments/unit.entity.js';
import { PortalDomain } from '../portal/portal-domain.entity.js';
import { Portal } from '../portal/portal.entity.js';
import { Request } from '../requests/request.entity.js';
import { Subject } from '../requests/subject.entity.js';
import { Subsubject } from '../requests/subsubject.entity.js';
import { WorkflowStatus } from '../requests/workflow-status.entity.js';
import { Workflow } from '../requests/workflow.entity.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { Bill } from '../finance/bill.entity.js';
import { BillingBlock } from '../finance/billing-block.entity.js';
import { billSaleSql } from '../finance/finance.rules.js';
import { Installment } from '../finance/installment.entity.js';
import { SyndicFile } from '../syndics/syndic-file.entity.js';
import { DevelopmentDocument } from '../documents/development-document.entity.js';
import { Syndic } from '../syndics/syndic.entity.js';
import { ApiToken } from '../integration/api-token.entity.js';
import { SyncRun } from '../integration/sync-run.entity.js';
import { ScheduleTask } from '../works/schedule-task.entity.js';
import { WorkLogEntry } from '../works/work-log-entry.entity.js';
import { ContactMessage } from '../contact/contact-message.entity.js';
import { ContactType } from '../contact/contact-type.entity.js';
import { FaqCategory } from '../faq/faq-category.entity.js';
import { FaqEntry } from '../faq/faq-entry.entity.js';
import { Banner } from '../portal-extras/banner.entity.js';
import { Benefit } from '../portal-extras/benefit.entity.js';
import { PendingDocumentation } from '../portal-extras/pending-documentation.entity.js';
import { AppointmentSlot } from '../scheduling/appointment-slot.entity.js';
import { Appointment } from '../scheduling/appointment.entity.js';
import { Survey } from '../surveys/survey.entity.js';
import { isLimited, type StaffViewer } from './staff-viewer.js';

/**
 * R-OPS-4, written once: how each entity is reached by a member of staff. Every entity belongs to
 * one company (`company`, an ORM condition); entities that belong to a development are further
 * limited, for staff limited to some developments, by `limit` — an SQL condition over the row's
 * alias in which `{devs}` is the staff member's developments and `{self}` their account.
 *
 * - `limit` absent: the entity is company-wide configuration (types, workflows, subjects…): every
 *   staff member reads it; only staff without a development limit change it (FORBIDDEN otherwise).
 * - `writeLimit`: a stricter condition for changes (a portal is changed only by someone whose limit
 *   covers every development it serves).
 *
 * Out of scope reads and writes answer NOT_FOUND, exactly like a missing record.
 */
interface EntityScope {
  /** How a person names one (the NOT_FOUND message, agreeing with its gender: pt-br.ts). */
  noun: NounName;
  company(companyId: string): Record<string, unknown>;
  /** Also the name used in `audit_log.target_type`. */
  table?: string;
  limit?: (alias: string) => string;
  writeLimit?: (alias: string) => string;
}

const inDevelopments = (column: string) => `${column} = any({devs})`;

/** A customer takes part in a development through any reservation there, as holder or associate. */
const customerInDevelopments = (customerId: string) => `exists (
  select 1 from reservation r join unit u on u.id = r.unit_id
   where u.development_id = any({devs})
     and (r.holder_id = ${customerId} or exists (select 1 from reservation_associate ra where ra.reservation_id = r.id and ra.customer_id = ${customerId})))`;

const portalServes = (portalId: string) =>
  `exists (select 1 from portal_development pd where pd.portal_id = ${portalId} and pd.development_id = any({devs}))`;
const portalWithin = (portalId: string) =>
  `${portalServes(portalId)} and not exists (select 1 from portal_development pd where pd.portal_id = ${portalId} and pd.development_id <> all({devs}))`;

/** A contract is in a development through its reservation's unit. */
const contractLimit = (a: string) =>
  `exists (select 1 from reservation r join unit u on u.id = r.unit_id where r.id = ${a}.reservation_id and u.development_id = any({devs}))`;

/** A syndic file belongs to a development directly, or through its syndic. */
const syndicFileLimit = (a: string) =>
  `coalesce(${a}.development_id, (select s.development_id from syndic s where s.id = ${a}.syndic_id)) = any({devs})`;

/** A sale's financial record is in a development through the sale's unit. */
const saleLimit = (sale: string) =>
  `exists (select 1 from reservation r join unit u on u.id = r.unit_id where r.id = ${sale} and u.development_id = any({devs}))`;
const billLimit = (a: string) => saleLimit(billSaleSql(a));

/** A stored file follows its owner; one not attached yet is its uploader's alone. */
const storedFileLimit = (a: string) => `((${a}.owner_id is null and ${a}.created_by_id = {self})
  or (${a}.owner_kind = 'CONTRACT_DOCUMENT' and exists (select 1 from contract c where c.id = ${a}.owner_id and ${contractLimit('c')}))
  or (${a}.owner_kind = 'SYNDIC_FILE' and exists (select 1 from syndic_file sf where sf.id = ${a}.owner_id and ${syndicFileLimit('sf')}))
  or (${a}.owner_kind = 'PAYMENT_PROOF' and exists (select 1 from bill pb where pb.id = ${a}.owner_id and ${billLimit('pb')}))
  or (${a}.owner_kind = 'DEVELOPMENT_DOCUMENT' and exists (select 1 from development_document dd where dd.id = ${a}.owner_id and ${inDevelopments('dd.development_id')}))
  or (${a}.owner_kind = 'BANNER_IMAGE' and exists (select 1 from banner bn where bn.id = ${a}.owner_id and ${portalServes('bn.portal_id')}))
  or (${a}.owner_kind in ('WORK_LOG_PHOTO', 'WORK_LOG_ATTACHMENT') and exists (select 1 from work_log_entry wl where wl.id = ${a}.owner_id and ${inDevelopments('wl.development_id')})))`;

const ofCompany = (companyId: string) => ({ company: companyId });
const ofDevelopmentCompany = (companyId: string) => ({ development: { company: companyId } });

const SCOPES = new Map<Function, EntityScope>([
  [Development, { noun: 'Empreendimento', table: 'development', company: ofCompany, limit: (a) => inDevelopments(`${a}.id`) }],
  [Block, { noun: 'Bloco', table: 'block', company: ofDevelopmentCompany, limit: (a) => inDevelopments(`${a}.development_id`) }],
  [Stage, { noun: 'Etapa', table: 'stage', company: ofDevelopmentCompany, limit: (a) => inDevelopments(`${a}.development_id`) }],
  [Unit, { noun: 'Unidade', table: 'unit', company: ofDevelopmentCompany, limit: (a) => inDevelopments(`${a}.development_id`) }],
  [CommonArea, { noun: 'Área comum', company: ofDevelopmentCompany, limit: (a) => inDevelopments(`${a}.development_id`) }],
  [Location, { noun: 'Localidade', company: ofDevelopmentCompany, limit: (a) => inDevelopments(`${a}.development_id`) }],
  [Syndic, { noun: 'Síndico', company: ofDevelopmentCompany, limit: (a) => inDevelopments(`${a}.development_id`) }],
  [Request, { noun: 'Pedido', table: 'request', company: ofCompany, limit: (a) => inDevelopments(`${a}.development_id`) }],
  [Reservation, {
    noun: 'Reserva', company: (c) => ({ unit: { development: { company: c } } }),
    limit: (a) => `exists (select 1 from unit u where u.id = ${a}.unit_id and u.development_id = any({devs}))`,
  }],
  [Contract, { noun: 'Contrato', table: 'contract', company: (c) => ({ type: { company: c } }), limit: contractLimit }],
  [SyndicFile, {
    noun: 'Arquivo', table: 'syndic_file', company: (c) => ({ $or: [{ development: { company: c } }, { syndic: { company: c } }] }), limit: syndicFileLimit,
  }],
  [DevelopmentDocument, { noun: 'Documento', table: 'development_document', company: ofDevelopmentCompany, limit: (a) => inDevelopments(`${a}.development_id`) }],
  [Bill, { noun: 'Boleto', table: 'bill', company: ofCompany, limit: billLimit }],
  [Installment, {
    noun: 'Parcela', table: 'installment', company: ofCompany,
    limit: (a) => saleLimit(`(select ip.reservation_id from installment_plan ip where ip.id = ${a}.plan_id)`),
  }],
  [BillingBlock, { noun: 'Bloqueio de emissão', table: 'billing_block', company: ofCompany, limit: (a) => inDevelopments(`${a}.development_id`) }],
  [StoredFile, { noun: 'Arquivo', table: 'stored_file', company: ofCompany, limit: storedFileLimit }],
  [WorkLogEntry, { noun: 'Registro do diário', table: 'work_log_entry', company: ofDevelopmentCompany, limit: (a) => inDevelopments(`${a}.development_id`) }],
  [ScheduleTask, { noun: 'Tarefa do cronograma', table: 'schedule_task', company: ofDevelopmentCompany, limit: (a) => inDevelopments(`${a}.development_id`) }],
  [Customer, { noun: 'Cliente', table: 'customer', company: ofCompany, limit: (a) => customerInDevelopments(`${a}.id`) }],
  [Account, {
    noun: 'Conta', table: 'account', company: ofCompany,
    // A limited member sees their own account, and the logins of customers and syndics of their developments.
    limit: (a) => `(${a}.id = {self}
      or (${a}.customer_id is not null and ${customerInDevelopments(`${a}.customer_id`)})
      or (${a}.syndic_id is not null and exists (select 1 from syndic s where s.id = ${a}.syndic_id and s.development_id = any({devs}))))`,
  }],
  [DataChangeRequest, { noun: 'Alteração cadastral', table: 'data_change_request', company: ofCompany, limit: (a) => customerInDevelopments(`${a}.customer_id`) }],
  [Portal, { noun: 'Portal', table: 'portal', company: ofCompany, limit: (a) => portalServes(`${a}.id`), writeLimit: (a) => portalWithin(`${a}.id`) }],
  [PortalDomain, {
    noun: 'Endereço', company: (c) => ({ portal: { company: c } }),
    limit: (a) => portalServes(`${a}.portal_id`), writeLimit: (a) => portalWithin(`${a}.portal_id`),
  }],
  // R-CONTACT-2 (decision): a Fale Conosco message about a unit is in the unit's development; a general one is in every
  // development where its customer has a reservation (as data changes are).
  [ContactMessage, {
    noun: 'Mensagem', table: 'contact_message', company: ofCompany,
    limit: (a) => `(${a}.development_id = any({devs}) or (${a}.development_id is null and ${customerInDevelopments(`${a}.customer_id`)}))`,
  }],
  // A portal's FAQ follows its portal: read by who reaches the portal, changed by who may change it.
  [FaqCategory, {
    noun: 'Categoria', table: 'faq_category', company: (c) => ({ portal: { company: c } }),
    limit: (a) => portalServes(`${a}.portal_id`), writeLimit: (a) => portalWithin(`${a}.portal_id`),
  }],
  [FaqEntry, {
    noun: 'Pergunta', table: 'faq_entry', company: (c) => ({ category: { portal: { company: c } } }),
    limit: (a) => `exists (select 1 from faq_category fc where fc.id = ${a}.category_id and ${portalServes('fc.portal_id')})`,
    writeLimit: (a) => `exists (select 1 from faq_category fc where fc.id = ${a}.category_id and ${portalWithin('fc.portal_id')})`,
  }],
  // A portal's banners and benefits follow their portal, as its FAQ does (portal-extras/).
  [Banner, {
    noun: 'Banner', table: 'banner', company: (c) => ({ portal: { company: c } }),
    limit: (a) => portalServes(`${a}.portal_id`), writeLimit: (a) => portalWithin(`${a}.portal_id`),
  }],
  [Benefit, {
    noun: 'Benefício', table: 'benefit', company: (c) => ({ portal: { company: c } }),
    limit: (a) => portalServes(`${a}.portal_id`), writeLimit: (a) => portalWithin(`${a}.portal_id`),
  }],
  // A pending document of a proposal or pre-registration is in its development.
  [PendingDocumentation, {
    noun: 'Documento pendente', table: 'pending_documentation', company: (c) => ({ development: { company: c } }),
    limit: (a) => inDevelopments(`${a}.development_id`),
  }],
  // Agendamentos: a slot is in its development; a booking, in its unit's.
  [AppointmentSlot, { noun: 'Horário', table: 'appointment_slot', company: ofDevelopmentCompany, limit: (a) => inDevelopments(`${a}.development_id`) }],
  [Appointment, {
    noun: 'Agendamento', table: 'appointment', company: (c) => ({ unit: { development: { company: c } } }),
    limit: (a) => `exists (select 1 from unit u where u.id = ${a}.unit_id and u.development_id = any({devs}))`,
  }],
  // Pesquisa: a survey for one development is in it; one for every customer is read by all staff, changed only by staff without a limit.
  [Survey, {
    noun: 'Pesquisa', table: 'survey', company: ofCompany,
    limit: (a) => `(${a}.development_id is null or ${a}.development_id = any({devs}))`, writeLimit: (a) => inDevelopments(`${a}.development_id`),
  }],
  [AuditLog, { noun: 'Registro de auditoria', company: ofCompany, limit: (a) => auditInScope(a) }],
  // Company-wide configuration.
  [Company, { noun: 'Empresa', table: 'company', company: (c) => ({ id: c }) }],
  [AssociationType, { noun: 'Tipo de associação', table: 'association_type', company: ofCompany }],
  [ContractType, { noun: 'Tipo de contrato', table: 'contract_type', company: ofCompany }],
  [ContactType, { noun: 'Tipo de solicitação', table: 'contact_type', company: ofCompany }],
  [CustomField, { noun: 'Campo personalizado', table: 'custom_field', company: ofCompany }],
  [Subject, { noun: 'Assunto', table: 'subject', company: ofCompany }],
  [Subsubject, { noun: 'Subassunto', table: 'subsubject', company: (c) => ({ subject: { company: c } }) }],
  [Workflow, { noun: 'Workflow', table: 'workflow', company: ofCompany }],
  [WorkflowStatus, { noun: 'Situação', table: 'workflow_status', company: (c) => ({ workflow: { company: c } }) }],
  // R-SYNC-1, R-SYNC-4: the company's integration (tokens, sync runs) is company-wide.
  [ApiToken, { noun: 'Token de API', table: 'api_token', company: ofCompany }],
  [SyncRun, { noun: 'Sincronização', table: 'sync_run', company: ofCompany }],
]);

/** Audit entries name their target by entity name and id: in scope when the target is, or when the member acted. */
function auditInScope(a: string): string {
  const uuid = `(case when ${a}.target_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then ${a}.target_id::uuid end)`;
  const byTarget = [...SCOPES].flatMap(([entity, scope]) => {
    if (!scope.table || entity === AuditLog) return [];
    const name = (entity as { name: string }).name;
    if (!scope.limit) return [`${a}.target_type = '${name}'`];
    return [`(${a}.target_type = '${name}' and exists (select 1 from ${scope.table} t where t.id = ${uuid} and ${scope.limit('t')}))`];
  });
  return `(${a}.actor_id = {self} or ${byTarget.join('\n or ')})`;
}

const LIMITED = 'Sua conta está limitada a alguns empreendimentos: esta configuração vale para toda a empresa (ou para outros empreendimentos) e só pode ser alterada por quem não tem esse limite.';

function scopeOfEntity(entity: Function): EntityScope {
  const scope = SCOPES.get(entity);
  if (!scope) throw new Error(`no staff scope declared for ${entity.name}`);
  return scope;
}

/** Turns `{devs}` and `{self}` into positional parameters (arrays as PostgreSQL array literals). */
function bind(sql: string, staff: StaffViewer & { developmentIds: readonly string[] }) {
  const params: string[] = [];
  const text = sql.replace(/\{(devs|self)\}/g, (_, name: string) => {
    params.push(name === 'devs' ? `{${staff.developmentIds.join(',')}}` : staff.account.id);
    return name === 'devs' ? 'cast(? as uuid[])' : 'cast(? as uuid)';
  });
  return { text, params };
}

export type ScopeMode = 'read' | 'write';

/**
 * The condition that keeps a query on `entity` within what this member of staff may reach, to be
 * AND-ed with the query's own. `write`: for changes (portals need every development they serve
 * within the limit; `getInScope` also refuses company-wide configuration to limited staff).
 */
export function inScope<T>(staff: StaffViewer, entity: { new (...args: never[]): T }, mode: ScopeMode = 'read'): FilterQuery<T> {
  const scope = scopeOfEntity(entity);
  const where: Record<string | symbol, unknown> = { ...scope.company(staff.companyId) };
  if (!isLimited(staff)) return where as FilterQuery<T>;
  const limit = mode === 'write' ? (scope.writeLimit ?? scope.limit) : scope.limit;
  if (!limit) return where as FilterQuery<T>;
  // The alias is MikroORM's for the queried entity; the condition is evaluated as a boolean.
  const bound = (alias: string) => bind(limit(alias), staff);
  const key = raw((alias: string) => bound(alias).text, bound('x').params);
  where[key as unknown as string] = true;
  return where as FilterQuery<T>;
}

/** The one record `where` selects, if this member of staff may reach it; NOT_FOUND otherwise (missing or out of scope alike). */
export async function getInScope<T extends object>(
  em: EntityManager,
  staff: StaffViewer,
  entity: { new (...args: never[]): T },
  where: string | FilterQuery<NoInfer<T>>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  options: FindOneOptions<T, any> & { mode?: ScopeMode } = {},
): Promise<T> {
  const { mode, populate, ...findOptions } = options;
  const own = typeof where === 'string' ? { id: where } : where;
  // A row lock is taken on the row alone: with relations joined in, PostgreSQL re-checks the join
  // against a concurrently updated row and returns nothing — NOT_FOUND for a record that exists.
  const locking = Boolean(findOptions.lockMode);
  const found = (await em.findOne(entity, { $and: [own, inScope(staff, entity, mode)] } as FilterQuery<T>, { ...findOptions, ...(locking ? {} : { populate }) } as FindOneOptions<T>)) as T | null;
  if (found && locking && populate) await em.populate(found, populate as never, { refresh: true } as never);
  const scope = scopeOfEntity(entity);
  if (!found) throw new NotFoundError(scope.noun);
  // Company-wide configuration: found (so it exists and may be read), but not changed by limited staff.
  if (mode === 'write' && !scope.limit) assertCompanyWide(staff);
  return found;
}

/** Options for `getInScope` when the record is about to change: locked until the transaction ends, write scope. */
export const LOCKED_WRITE = { lockMode: LockMode.PESSIMISTIC_WRITE, mode: 'write' } as const;

/** Every record `where` selects within this member of staff's reach. */
export function findInScope<T extends object>(
  em: EntityManager,
  staff: StaffViewer,
  entity: { new (...args: never[]): T },
  where: FilterQuery<NoInfer<T>> = {} as FilterQuery<T>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  options: FindOptions<T, any> = {},
): Promise<T[]> {
  return em.find(entity, { $and: [where, inScope(staff, entity)] } as FilterQuery<T>, options as FindOptions<T>) as Promise<T[]>;
}

/** Ids (of one entity) that this member of staff reaches, in the order given; the others are dropped. */
export async function idsInScope<T extends { id: string }>(em: EntityManager, staff: StaffViewer, entity: { new (...args: never[]): T }, ids: readonly string[]): Promise<T[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const rows = await findInScope(em, staff, entity, { id: { $in: unique } } as unknown as FilterQuery<T>);
  return unique.flatMap((id) => rows.filter((r) => r.id === id));
}

/** The developments these ids name, all within this member of staff's reach; BAD_USER_INPUT naming `field` otherwise. */
export async function developmentsInScope(em: EntityManager, staff: StaffViewer, ids: readonly string[], field = 'developmentIds'): Promise<Development[]> {
  const found = await idsInScope(em, staff, Development, ids);
  if (found.length !== new Set(ids).size) throw new BadInputError(field, 'Empreendimento não encontrado nesta empresa.');
  return found;
}

/** Company-wide changes (configuration, staff, approval mode) are for staff without a development limit. */
export function assertCompanyWide(staff: StaffViewer): void {
  if (isLimited(staff)) throw new ForbiddenError(LIMITED);
}

/** The entities with a declared scope (for the schema-walk test and the review snapshot). */
export const scopedEntities = () => [...SCOPES.keys()].map((e) => e.name);
