import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { BadInputError, NotFoundError } from '../../domain-errors.js';
import { afterCursor, decodeCursor, encodeCursor, toConnection } from '../../graphql/connection.js';
import type { AuditService } from '../audit/audit.service.js';
import { requiredName } from '../audit/audited-change.js';
import { Account } from '../auth/account.entity.js';
import { Company } from '../company/company.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { Development } from '../developments/development.entity.js';
import { Unit } from '../developments/unit.entity.js';
import { visibleUnits } from '../developments/unit.service.js';
import { Portal } from '../portal/portal.entity.js';
import { assertCompanyWide, findInScope, getInScope, inScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import { actorOf, type StaffViewer } from '../scope/staff-viewer.js';
import type { ViewerScope } from '../visibility/rule.js';
import { ContactMessage } from './contact-message.entity.js';
import { ContactType } from './contact-type.entity.js';
import type { AddOpinionInput, ContactFilter, ContactTypeInput, SendContactMessageInput } from './contact.input.js';
import { Opinion } from './opinion.entity.js';

export interface ContactDeps {
  audit: AuditService;
  clock: Clock;
}

/** What a message screen names: its type, its unit with block and development, the customer, the pareceres. */
const MESSAGE_POPULATE = ['type', 'unit.block', 'development', 'customer', 'opinions.author'] as const;
const populated = { populate: MESSAGE_POPULATE as unknown as never[], strategy: 'select-in' as const };

const SUBJECT_MAX = 200;
const BODY_MAX = 5000;

function text(value: string | null | undefined, field: string, max: number, empty: string): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed) throw new BadInputError(field, empty);
  if (trimmed.length > max) throw new BadInputError(field, `No máximo ${max} caracteres.`);
  return trimmed;
}

/** The contact types of a company, in order (customers: only the active ones). */
export function contactTypes(em: EntityManager, companyId: string, onlyActive: boolean): Promise<ContactType[]> {
  return em.find(ContactType, { company: companyId, ...(onlyActive ? { active: true } : {}) }, { orderBy: [{ position: 'asc' }, { name: 'asc' }] });
}

/**
 * R-CONTACT-1: a customer sends a message about one of the units they see (R-UNIT-*: any other
 * unit answers NOT_FOUND, exactly like a missing one) or in general.
 */
export async function sendContactMessage(em: EntityManager, scope: ViewerScope & { customerId: string }, companyId: string, input: SendContactMessageInput): Promise<ContactMessage> {
  const subject = text(input.subject, 'subject', SUBJECT_MAX, 'Informe o assunto da mensagem.');
  const body = text(input.body, 'body', BODY_MAX, 'Escreva sua mensagem.');
  const type = await em.findOne(ContactType, { id: input.typeId, company: companyId, active: true });
  if (!type) throw new BadInputError('typeId', 'Escolha um tipo de solicitação da lista.');
  let unit: Unit | null = null;
  if (input.unitId) {
    [unit = null] = await visibleUnits(em, scope, [input.unitId]);
    if (!unit) throw new NotFoundError('Unidade');
  }
  const message = em.create(ContactMessage, {
    company: em.getReference(Company, companyId), portal: em.getReference(Portal, scope.portalId),
    customer: em.getReference(Customer, scope.customerId), sentBy: em.getReference(Account, scope.accountId),
    unit: unit ? em.getReference(Unit, unit.id) : null, development: unit ? em.getReference(Development, unit.development.id) : null,
    type, subject, body,
  });
  await em.flush();
  return em.findOneOrFail(ContactMessage, { id: message.id }, { ...populated, refresh: true });
}

/**
 * The customer's own messages, newest first. R-UNIT-4: one about a unit they no longer see is
 * hidden with the unit; general ones always show. Never another customer's.
 */
export async function myContactMessages(em: EntityManager, scope: ViewerScope & { customerId: string }): Promise<ContactMessage[]> {
  const messages = await em.find(ContactMessage, { customer: scope.customerId }, { ...populated, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: 100 });
  const unitIds = [...new Set(messages.flatMap((m) => (m.unit ? [m.unit.id] : [])))];
  const seen = new Set((unitIds.length ? await visibleUnits(em, scope, unitIds) : []).map((u) => u.id));
  return messages.filter((m) => !m.unit || seen.has(m.unit.id));
}

/** R-CONTACT-2: the inbox with its five filters, within the staff member's scope (R-OPS-4), newest first. */
export async function listContactMessages(em: EntityManager, staff: StaffViewer, filter: ContactFilter, size: number, after: string | null) {
  const where: FilterQuery<ContactMessage>[] = [];
  if (filter.status) where.push({ status: filter.status });
  if (filter.typeId) where.push({ type: filter.typeId });
  if (filter.customerId) where.push({ customer: filter.customerId });
  if (filter.blockId) where.push({ unit: { block: filter.blockId } });
  // "Of this development": the same condition as a member of staff limited to it (general messages of its customers included).
  if (filter.developmentId) where.push(inScope({ ...staff, developmentIds: [filter.developmentId] }, ContactMessage));
  if (after) where.push(afterCursor('createdAt', decodeCursor(after)) as FilterQuery<ContactMessage>);
  const rows = await findInScope(em, staff, ContactMessage, { $and: where }, { ...populated, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: size + 1 });
  return toConnection(rows, size, (r) => encodeCursor(r.createdAt, r.id));
}

export function contactMessageInScope(em: EntityManager, staff: StaffViewer, id: string): Promise<ContactMessage> {
  return getInScope(em, staff, ContactMessage, id, populated);
}

/** R-CONTACT-2: a parecer sets the message's status; every one is kept; audited (R-OPS-2). */
export async function addOpinion(em: EntityManager, staff: StaffViewer, deps: ContactDeps, input: AddOpinionInput): Promise<ContactMessage> {
  const body = text(input.text, 'text', BODY_MAX, 'Escreva o parecer.');
  const id = await em.transactional(async (tx) => {
    const message = await getInScope(tx, staff, ContactMessage, input.messageId, LOCKED_WRITE);
    const now = deps.clock.now();
    const before = { status: message.status };
    tx.create(Opinion, { message, author: actorOf(tx, staff), status: input.status, text: body, visibleToCustomer: input.visibleToCustomer, createdAt: now });
    message.status = input.status;
    message.updatedAt = now;
    deps.audit.staffChange(tx, staff, {
      action: 'ContactMessage.opinion', targetType: 'ContactMessage', targetId: message.id,
      before, after: { status: input.status, visibleToCustomer: input.visibleToCustomer },
    });
    return message.id;
  });
  return getInScope(em.fork(), staff, ContactMessage, id, populated);
}

/** Creates or changes a contact type (company-wide configuration, R-SET-2: audited). */
export async function saveContactType(em: EntityManager, staff: StaffViewer, deps: ContactDeps, input: ContactTypeInput): Promise<ContactType> {
  if (!input.id) assertCompanyWide(staff);
  const name = requiredName(input.id ? input.name : (input.name ?? ''), 'name', 120);
  if (input.position !== undefined && input.position !== null && (input.position < 0 || input.position > 9999)) throw new BadInputError('position', 'A ordem vai de 0 a 9999.');
  return deps.audit.save(em, staff, ContactType, {
    load: input.id ? (tx) => getInScope(tx, staff, ContactType, input.id!, LOCKED_WRITE) : undefined,
    create: (tx) => tx.create(ContactType, { company: tx.getReference(Company, staff.companyId), name: name! }),
    patch: { name, active: input.active ?? undefined, position: input.position ?? undefined },
  });
}
