import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { BadInputError, ConflictError, ForbiddenError } from '../../domain-errors.js';
import { decodeCursor, encodeCursor, toConnection, afterCursor } from '../../graphql/connection.js';
import type { AuditService } from '../audit/audit.service.js';
import { Account } from '../auth/account.entity.js';
import { AccountKind } from '../auth/account.enums.js';
import { Company, DataChangeApproval } from '../company/company.entity.js';
import { Contract } from '../contracts/contract.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { query } from '../visibility/sql.js';
import { findInScope, getInScope, inScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import { actorOf, type StaffViewer } from '../scope/staff-viewer.js';
import { ContractOccurrence } from './contract-occurrence.entity.js';
import { CustomField } from './custom-field.entity.js';
import { DATA_CHANGE_STATUS_WORDS, DataChangeRequest, DataChangeStatus } from './data-change-request.entity.js';
import { currentValues, normalizeValues, writeValues } from './data-fields.js';
import { OutboxMessage } from './outbox-message.entity.js';

export type FieldInput = { field: string; value?: string | null };

/** Whether another customer of the company signs in with this e-mail (such a change waits for an ADMIN, R-DATA-2). */
export async function emailInUse(em: EntityManager, customer: Pick<Customer, 'id' | 'company'>, email: string): Promise<boolean> {
  return (await em.count(Account, { company: customer.company.id, kind: AccountKind.CUSTOMER, email, customer: { $ne: customer.id } })) > 0;
}

export interface DataChangeFilter {
  from?: Date | null;
  to?: Date | null;
  developmentId?: string | null;
  status?: DataChangeStatus | null;
}

/** SPEC §6: registration changes, from the customer's edit to the record and the ERP outbox. */
export class DataChangeService {
  constructor(private readonly deps: { clock: Clock; audit: AuditService }) {}

  /**
   * R-DATA-1, R-DATA-2: a customer's edit becomes a request with the original and proposed values;
   * AUTOMATIC applies it at once, MANUAL leaves it PENDING. A newer request supersedes a pending one.
   * An e-mail that belongs to another customer is not refused (that would tell the customer whose
   * it is): the request waits for an ADMIN, who sees the clash (`emailInUse`).
   */
  async request(em: EntityManager, account: Account, ip: string, changes: FieldInput[]): Promise<DataChangeRequest> {
    if (account.kind !== AccountKind.CUSTOMER || !account.customer) throw new ForbiddenError();
    const customerId = account.customer.id;
    const customFields = await em.find(CustomField, { company: account.company.id });
    const proposed = normalizeValues(changes, customFields);
    return em.transactional(async (tx) => {
      const customer = await tx.findOneOrFail(Customer, { id: customerId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const original = currentValues(customer, Object.keys(proposed));
      const changed = Object.fromEntries(Object.entries(proposed).filter(([field, value]) => original[field] !== value));
      if (Object.keys(changed).length === 0) throw new BadInputError('changes', 'Nada foi alterado.');
      const emailInUse = changed.email ? await this.emailInUse(tx, customer, changed.email) : false;
      await tx.nativeUpdate(DataChangeRequest, { customer: customer.id, status: DataChangeStatus.PENDING }, { status: DataChangeStatus.INACTIVE });
      const company = await tx.findOneOrFail(Company, { id: customer.company.id });
      const request = tx.create(DataChangeRequest, {
        company, customer, requestedBy: tx.getReference(Account, account.id), status: DataChangeStatus.PENDING,
        original: currentValues(customer, Object.keys(changed)), proposed: changed, baseVersion: customer.version, createdAt: this.deps.clock.now(),
      });
      if (company.dataChangeApproval === DataChangeApproval.AUTOMATIC && !emailInUse) await this.apply(tx, request, customer, { actor: account, ip, admin: null });
      return request;
    });
  }

  /**
   * R-DATA-3, R-DATA-5: approve (optionally with corrected values). `seenVersion` is the version
   * of the customer record the admin looked at; if the record changed since, CONFLICT with the
   * new original values — nothing is overwritten unseen.
   */
  async approve(em: EntityManager, admin: StaffViewer, id: string, corrected: FieldInput[] | null, seenVersion: number | null): Promise<DataChangeRequest> {
    const customFields = await em.find(CustomField, { company: admin.companyId });
    const correction = corrected ? normalizeValues(corrected, customFields) : null;
    return em.transactional(async (tx) => {
      // The customer's row first, then the request's: the order a customer's new request locks them in, so the two never deadlock.
      const { customer: { id: customerId } } = await getInScope(tx, admin, DataChangeRequest, id);
      const customer = await tx.findOneOrFail(Customer, { id: customerId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const request = await this.pending(tx, admin, id);
      const expected = seenVersion ?? request.baseVersion;
      if (customer.version !== expected) {
        const fields = Object.keys({ ...request.proposed, ...(correction ?? {}) });
        throw new ConflictError('O cadastro do cliente mudou depois deste pedido. Confira os valores atuais antes de aprovar.', {
          currentValues: currentValues(customer, fields),
          currentVersion: customer.version,
        });
      }
      if (correction) {
        if (Object.keys(correction).length === 0) throw new BadInputError('corrected', 'Informe os valores corrigidos.');
        request.original = currentValues(customer, Object.keys(correction));
        request.proposed = correction;
      }
      if (request.proposed.email && (await this.emailInUse(tx, customer, request.proposed.email))) {
        throw new BadInputError('changes.email', 'Este e-mail já é usado por outro cliente: corrija-o antes de aprovar, ou recuse a alteração.');
      }
      await this.apply(tx, request, customer, { actor: admin.account, ip: admin.ip, admin: actorOf(tx, admin) });
      return request;
    });
  }

  /** R-DATA-3: refuse with a reason the customer sees. */
  async reject(em: EntityManager, admin: StaffViewer, id: string, reason: string): Promise<DataChangeRequest> {
    const text = reason.trim();
    if (!text) throw new BadInputError('reason', 'Explique ao cliente por que a alteração foi recusada.');
    if (text.length > 1000) throw new BadInputError('reason', 'No máximo 1000 caracteres.');
    return em.transactional(async (tx) => {
      const request = await this.pending(tx, admin, id);
      Object.assign(request, { status: DataChangeStatus.REJECTED, rejectionReason: text, decidedBy: actorOf(tx, admin), decidedAt: this.deps.clock.now() });
      this.deps.audit.staffChange(tx, admin, { action: 'dataChange.reject', targetType: 'DataChangeRequest', targetId: request.id, after: { reason: text } });
      return request;
    });
  }

  /** R-DATA-3: delete (kept, marked DELETED); an approved change stays in the record and cannot be deleted. */
  async delete(em: EntityManager, admin: StaffViewer, id: string): Promise<DataChangeRequest> {
    return em.transactional(async (tx) => {
      const request = await getInScope(tx, admin, DataChangeRequest, id, LOCKED_WRITE);
      if (request.status === DataChangeStatus.APPROVED) throw new ConflictError('Uma alteração aprovada já está no cadastro e não pode ser excluída.');
      const before = { status: request.status };
      Object.assign(request, { status: DataChangeStatus.DELETED, decidedBy: actorOf(tx, admin), decidedAt: this.deps.clock.now() });
      this.deps.audit.staffChange(tx, admin, { action: 'dataChange.delete', targetType: 'DataChangeRequest', targetId: request.id, before, after: { status: request.status } });
      return request;
    });
  }

  /** R-DATA-3: the staff list, newest first, filtered by date range, development and status. */
  async list(em: EntityManager, staff: StaffViewer, filter: DataChangeFilter, size: number, after: string | null) {
    const where: Record<string, unknown>[] = [];
    if (filter.status) where.push({ status: filter.status });
    if (filter.from) where.push({ createdAt: { $gte: filter.from } });
    if (filter.to) where.push({ createdAt: { $lte: filter.to } });
    // "Of this development": the same condition as a member of staff limited to it.
    if (filter.developmentId) where.push(inScope({ ...staff, developmentIds: [filter.developmentId] }, DataChangeRequest) as Record<string, unknown>);
    if (after) {
      const cursor = decodeCursor(after);
      where.push(afterCursor('createdAt', cursor));
    }
    const rows = await findInScope(em, staff, DataChangeRequest, { $and: where }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: size + 1 });
    return toConnection(rows, size, (r) => encodeCursor(r.createdAt, r.id));
  }

  /**
   * R-DATA-4: only here do values reach the customer record; the same transaction writes the ERP
   * outbox message, an occurrence on each of the customer's contracts, and the audit entry.
   */
  private async apply(tx: EntityManager, request: DataChangeRequest, customer: Customer, by: { actor: Pick<Account, 'id' | 'name' | 'email'>; ip: string; admin: Account | null }): Promise<void> {
    const { admin } = by;
    const now = this.deps.clock.now();
    const before = currentValues(customer, Object.keys(request.proposed));
    writeValues(customer, request.proposed);
    customer.version += 1;
    customer.updatedAt = now;
    if (request.proposed.email) {
      await tx.nativeUpdate(Account, { customer: customer.id }, { email: request.proposed.email });
    }
    if (request.proposed.name) await tx.nativeUpdate(Account, { customer: customer.id }, { name: request.proposed.name });
    Object.assign(request, { status: DataChangeStatus.APPROVED, decidedBy: admin, decidedAt: now });
    tx.create(OutboxMessage, {
      company: customer.company, topic: 'customer.updated', createdAt: now,
      payload: { customerId: customer.id, erpCode: customer.erpCode ?? null, document: customer.document, changes: request.proposed, dataChangeRequestId: request.id },
    });
    const contracts = await tx.find(Contract, { reservation: { $or: [{ holder: customer.id }, { id: { $in: await this.reservationsAsAssociate(tx, customer.id) } }] } });
    const summary = Object.keys(request.proposed).join(', ');
    for (const contract of contracts) {
      tx.create(ContractOccurrence, { contract, kind: 'REGISTRATION_CHANGE', description: `Alteração cadastral aprovada (${summary}).`, by: admin, at: now });
    }
    this.deps.audit.record(tx, {
      actor: by.actor, company: customer.company,
      action: admin ? 'dataChange.approve' : 'dataChange.autoApprove', targetType: 'Customer', targetId: customer.id,
      before, after: request.proposed, ip: by.ip,
    }, now);
  }

  private async reservationsAsAssociate(em: EntityManager, customerId: string): Promise<string[]> {
    const rows = await query<{ reservation_id: string }>(em, `select ra.reservation_id from reservation_associate ra where ra.customer_id = :customer`, { customer: customerId });
    return rows.map((r) => r.reservation_id);
  }

  /** Whether another customer of the company signs in with this e-mail. */
  emailInUse(em: EntityManager, customer: Customer, email: string): Promise<boolean> {
    return emailInUse(em, customer, email);
  }

  private async pending(em: EntityManager, admin: StaffViewer, id: string): Promise<DataChangeRequest> {
    const request = await getInScope(em, admin, DataChangeRequest, id, { ...LOCKED_WRITE, refresh: true });
    if (request.status !== DataChangeStatus.PENDING) throw new ConflictError(`Esta alteração já ${DATA_CHANGE_STATUS_WORDS[request.status]}: nada mais a decidir.`, { status: request.status });
    return request;
  }

}
