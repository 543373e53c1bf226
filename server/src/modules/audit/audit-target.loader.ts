import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Loaders } from '../../graphql/loaders.js';
import { Account } from '../auth/account.entity.js';
import { Company } from '../company/company.entity.js';
import { ContractType } from '../contracts/contract-type.entity.js';
import { Contract } from '../contracts/contract.entity.js';
import { AssociationType } from '../customers/association-type.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { CustomField } from '../data-changes/custom-field.entity.js';
import { DataChangeRequest } from '../data-changes/data-change-request.entity.js';
import { Block } from '../developments/block.entity.js';
import { Development } from '../developments/development.entity.js';
import { Stage } from '../developments/stage.entity.js';
import { ApiToken } from '../integration/api-token.entity.js';
import { BillingBlock } from '../finance/billing-block.entity.js';
import { ScheduleTask } from '../works/schedule-task.entity.js';
import { WorkLogEntry } from '../works/work-log-entry.entity.js';
import { Appointment } from '../scheduling/appointment.entity.js';
import { AppointmentSlot } from '../scheduling/appointment-slot.entity.js';
import { spokenAt } from '../scheduling/scheduling-time.js';
import { Survey } from '../surveys/survey.entity.js';
import { SyncRun } from '../integration/sync-run.entity.js';
import { Request } from '../requests/request.entity.js';
import { Portal } from '../portal/portal.entity.js';
import { dateTimeText } from '../../pt-br.js';
import { Subject } from '../requests/subject.entity.js';
import { SyndicFile } from '../syndics/syndic-file.entity.js';
import { DevelopmentDocument } from '../documents/development-document.entity.js';
import { Subsubject } from '../requests/subsubject.entity.js';
import { WorkflowStatus } from '../requests/workflow-status.entity.js';
import { Workflow } from '../requests/workflow.entity.js';
import { findInScope } from '../scope/staff-scope.js';
import { Banner } from '../portal-extras/banner.entity.js';
import { Benefit } from '../portal-extras/benefit.entity.js';
import { PendingDocumentation } from '../portal-extras/pending-documentation.entity.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { ContactMessage } from '../contact/contact-message.entity.js';
import { ContactType as ContactKind } from '../contact/contact-type.entity.js';
import { FaqCategory } from '../faq/faq-category.entity.js';
import { FaqEntry } from '../faq/faq-entry.entity.js';

type Named = { id: string };
interface Namer<T extends Named> {
  entity: { new (...args: never[]): T };
  populate?: string[];
  name(row: T): string;
}
const namer = <T extends Named>(n: Namer<T>) => n as unknown as Namer<Named>;

/**
 * How a person names each kind of object the audit log points to (`audit_log.target_type`, the
 * entity's name), so the log says "Residencial Jardins · Torre B", never an id. Every kind the
 * server audits is here; `__tests__/audit-names.test.ts` fails on one that is not.
 */
const NAMERS: Record<string, Namer<Named>> = {
  Account: namer<Account>({ entity: Account, name: (a) => a.name }),
  ContactMessage: namer<ContactMessage>({ entity: ContactMessage, populate: ['customer'], name: (m) => `Fale Conosco · ${m.customer.name} · ${m.subject}` }),
  ContactType: namer<ContactKind>({ entity: ContactKind, name: (t) => `Tipo de solicitação · ${t.name}` }),
  FaqCategory: namer<FaqCategory>({ entity: FaqCategory, populate: ['portal'], name: (c) => `Perguntas frequentes · ${c.portal.name} · ${c.name}` }),
  FaqEntry: namer<FaqEntry>({ entity: FaqEntry, populate: ['category.portal'], name: (e) => `Perguntas frequentes · ${e.category.portal.name} · ${e.question}` }),
  ApiToken: namer<ApiToken>({ entity: ApiToken, name: (t) => t.name }),
  AssociationType: namer<AssociationType>({ entity: AssociationType, name: (t) => t.name }),
  BillingBlock: namer<BillingBlock>({ entity: BillingBlock, populate: ['development', 'block'], name: (b) => `Bloqueio de emissão · ${b.development.name}${b.block ? ` · ${b.block.name}` : ''}` }),
  ScheduleTask: namer<ScheduleTask>({ entity: ScheduleTask, populate: ['development'], name: (t) => `Cronograma · ${t.development.name} · ${t.name}` }),
  WorkLogEntry: namer<WorkLogEntry>({ entity: WorkLogEntry, populate: ['development'], name: (w) => `Diário de obra · ${w.development.name} · ${w.date.split('-').reverse().join('/')}` }),
  Appointment: namer<Appointment>({ entity: Appointment, populate: ['unit', 'slot'], name: (a) => `Agendamento · ${a.unit.name} · ${spokenAt(a.slot.startsAt)}` }),
  AppointmentSlot: namer<AppointmentSlot>({ entity: AppointmentSlot, populate: ['development'], name: (s) => `Horário · ${s.development.name} · ${spokenAt(s.startsAt)}` }),
  Survey: namer<Survey>({ entity: Survey, name: (s) => `Pesquisa · ${s.title}` }),
  Block: namer<Block>({ entity: Block, populate: ['development'], name: (b) => `${b.development.name} · ${b.name}` }),
  Company: namer<Company>({ entity: Company, name: (c) => c.name }),
  Contract: namer<Contract>({ entity: Contract, populate: ['reservation.unit'], name: (c) => `${c.title} · ${c.reservation.unit.name}` }),
  ContractType: namer<ContractType>({ entity: ContractType, name: (t) => t.name }),
  Customer: namer<Customer>({ entity: Customer, name: (c) => c.name }),
  CustomField: namer<CustomField>({ entity: CustomField, name: (f) => f.label }),
  DataChangeRequest: namer<DataChangeRequest>({ entity: DataChangeRequest, populate: ['customer'], name: (r) => r.customer.name }),
  Development: namer<Development>({ entity: Development, name: (d) => d.name }),
  Portal: namer<Portal>({ entity: Portal, name: (p) => p.name }),
  Request: namer<Request>({ entity: Request, name: (r) => `${r.kind === 'SERVICE' ? 'Atendimento' : 'Assistência técnica'} nº ${r.number}` }),
  Stage: namer<Stage>({ entity: Stage, populate: ['development'], name: (s) => `${s.development.name} · ${s.name}` }),
  Subject: namer<Subject>({ entity: Subject, name: (s) => s.name }),
  Subsubject: namer<Subsubject>({ entity: Subsubject, populate: ['subject'], name: (s) => `${s.subject.name} · ${s.name}` }),
  SyndicFile: namer<SyndicFile>({ entity: SyndicFile, name: (f) => f.name }),
  DevelopmentDocument: namer<DevelopmentDocument>({ entity: DevelopmentDocument, name: (d) => d.title }),
  SyncRun: namer<SyncRun>({ entity: SyncRun, name: (r) => r.note ?? `Sincronização de ${dateTimeText(r.startedAt)}` }),
  Workflow: namer<Workflow>({ entity: Workflow, name: (w) => w.name }),
  Banner: namer<Banner>({ entity: Banner, populate: ['portal'], name: (b) => `Banner · ${b.portal.name} · ${b.title}` }),
  Benefit: namer<Benefit>({ entity: Benefit, populate: ['portal'], name: (b) => `Benefício · ${b.portal.name} · ${b.partner}: ${b.title}` }),
  PendingDocumentation: namer<PendingDocumentation>({ entity: PendingDocumentation, populate: ['customer'], name: (p) => `Documento pendente · ${p.customer.name} · ${p.description}` }),
  WorkflowStatus: namer<WorkflowStatus>({ entity: WorkflowStatus, populate: ['workflow'], name: (s) => `${s.workflow.name} · ${s.name}` }),
};

/** The kinds of object the audit log can name. */
export const namedTargetTypes = () => Object.keys(NAMERS);

/** Keys of `before`/`after` that hold ids of other objects, and their kind. */
const REFERENCES: Record<string, string> = { developmentIds: 'Development', portalId: 'Portal' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The names of objects of one kind, by id, within this member of staff's reach (R-OPS-4): one
 * query per kind per request, however many entries ask. Out of reach or gone: null.
 */
export function auditNames(em: EntityManager, staff: StaffViewer, loaders: Loaders, type: string): DataLoader<string, string | null> | null {
  const n = NAMERS[type];
  if (!n) return null;
  return loaders.scoped(`auditNames:${type}`, () => new DataLoader<string, string | null>(async (ids) => {
    const valid = ids.filter((id) => UUID.test(id));
    const rows = valid.length ? await findInScope(em, staff, n.entity, { id: { $in: valid } }, n.populate ? { populate: n.populate as never } : {}) : [];
    const names = new Map(rows.map((row) => [row.id, n.name(row)]));
    return ids.map((id) => names.get(id) ?? null);
  }));
}

/** The ids `before`/`after` point to (developments, a portal), with their kind. */
export function referencedIds(...snapshots: unknown[]): { type: string; id: string }[] {
  const found = new Map<string, { type: string; id: string }>();
  for (const snapshot of snapshots) {
    if (!snapshot || typeof snapshot !== 'object') continue;
    for (const [key, value] of Object.entries(snapshot)) {
      const type = REFERENCES[key];
      if (!type) continue;
      for (const id of Array.isArray(value) ? value : [value]) {
        if (typeof id === 'string' && UUID.test(id)) found.set(`${type}:${id}`, { type, id });
      }
    }
  }
  return [...found.values()];
}
