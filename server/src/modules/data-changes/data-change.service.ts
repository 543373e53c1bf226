import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../domain-errors.js';
import type { Context } from '../../graphql/context.js';
import { decodeCursor, encodeCursor, toConnection } from '../../graphql/connection.js';
import type { AuditService } from '../audit/audit.service.js';
import { Account } from '../auth/account.entity.js';
import { AccountKind } from '../auth/account.enums.js';
import { Company, DataChangeApproval } from '../company/company.entity.js';
import { Contract } from '../contracts/contract.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { query } from '../visibility/sql.js';
import { customersInStaffScope, customersOfDevelopments, staffOf } from '../visibility/scope.js';
import { ContractOccurrence } from './contract-occurrence.entity.js';
import { CustomField } from './custom-field.entity.js';
import { DataChangeRequest, DataChangeStatus } from './data-change-request.entity.js';
import { currentValues, normalizeValues, writeValues } from './data-fields.js';
import { OutboxMessage } from './outbox-message.entity.js';

export type FieldInput = { field: string; value?: string | null };

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
   */
  async request(ctx: Context, changes: FieldInput[]): Promise<DataChangeRequest> {
    const account = this.customerAccount(ctx);
    const customerId = account.customer!.id;
    const { em } = ctx;
    const customFields = await em.find(CustomField, { company: account.company });
    const proposed = normalizeValues(changes, customFields);
    return em.transactional(async (tx) => {
      const customer = await tx.findOneOrFail(Customer, { id: customerId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const original = currentValues(customer, Object.keys(proposed));
      const changed = Object.fromEntries(Object.entries(proposed).filter(([field, value]) => original[field] !== value));
      if (Object.keys(changed).length === 0) throw new BadInputError('changes', 'Nada foi alterado.');
      if (changed.email) await this.assertEmailFree(tx, customer, changed.email);
      await tx.nativeUpdate(DataChangeRequest, { customer: customer.id, status: DataChangeStatus.PENDING }, { status: DataChangeStatus.INACTIVE });
      const company = await tx.findOneOrFail(Company, { id: customer.company.id });
      const request = tx.create(DataChangeRequest, {
        company, customer, requestedBy: account, status: DataChangeStatus.PENDING,
        original: currentValues(customer, Object.keys(changed)), proposed: changed, baseVersion: customer.version, createdAt: this.deps.clock.now(),
      });
      if (company.dataChangeApproval === DataChangeApproval.AUTOMATIC) await this.apply(ctx, tx, request, customer, null);
      return request;
    });
  }

  /**
   * R-DATA-3, R-DATA-5: approve (optionally with corrected values). `seenVersion` is the version
   * of the customer record the admin looked at; if the record changed since, CONFLICT with the
   * new original values — nothing is overwritten unseen.
   */
  async approve(ctx: Context, id: string, corrected: FieldInput[] | null, seenVersion: number | null): Promise<DataChangeRequest> {
    const admin = this.admin(ctx);
    const customFields = await ctx.em.find(CustomField, { company: admin.company });
    const correction = corrected ? normalizeValues(corrected, customFields) : null;
    return ctx.em.transactional(async (tx) => {
      const request = await this.pending(tx, admin, id);
      const customer = await tx.findOneOrFail(Customer, { id: request.customer.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
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
      if (request.proposed.email) await this.assertEmailFree(tx, customer, request.proposed.email);
      await this.apply(ctx, tx, request, customer, admin);
      return request;
    });
  }

  /** R-DATA-3: refuse with a reason the customer sees. */
  async reject(ctx: Context, id: string, reason: string): Promise<DataChangeRequest> {
    const admin = this.admin(ctx);
    const text = reason.trim();
    if (!text) throw new BadInputError('reason', 'Explique ao cliente por que a alteração foi recusada.');
    if (text.length > 1000) throw new BadInputError('reason', 'No máximo 1000 caracteres.');
    return ctx.em.transactional(async (tx) => {
      const request = await this.pending(tx, admin, id);
      Object.assign(request, { status: DataChangeStatus.REJECTED, rejectionReason: text, decidedBy: admin, decidedAt: this.deps.clock.now() });
      this.deps.audit.record(tx, { actor: admin, company: admin.company, action: 'dataChange.reject', targetType: 'DataChangeRequest', targetId: request.id, after: { reason: text }, ip: ctx.ip }, this.deps.clock.now());
      return request;
    });
  }

  /** R-DATA-3: delete (kept, marked DELETED); an approved change stays in the record and cannot be deleted. */
  async delete(ctx: Context, id: string): Promise<DataChangeRequest> {
    const admin = this.admin(ctx);
    return ctx.em.transactional(async (tx) => {
      const request = await tx.findOne(DataChangeRequest, { id, company: admin.company });
      if (!request) throw new NotFoundError('Alteração cadastral');
      if (request.status === DataChangeStatus.APPROVED) throw new ConflictError('Uma alteração aprovada já está no cadastro e não pode ser excluída.');
      const before = { status: request.status };
      Object.assign(request, { status: DataChangeStatus.DELETED, decidedBy: admin, decidedAt: this.deps.clock.now() });
      this.deps.audit.record(tx, { actor: admin, company: admin.company, action: 'dataChange.delete', targetType: 'DataChangeRequest', targetId: request.id, before, after: { status: request.status }, ip: ctx.ip }, this.deps.clock.now());
      return request;
    });
  }

  /** R-DATA-3: the staff list, newest first, filtered by date range, development and status. */
  async list(ctx: Context, filter: DataChangeFilter, size: number, after: string | null) {
    const staff = staffOf(ctx)!;
    const where: Record<string, unknown>[] = [{ company: staff.company }];
    const allowed = await customersInStaffScope(ctx);
    if (allowed) where.push({ customer: { $in: allowed } });
    if (filter.status) where.push({ status: filter.status });
    if (filter.from) where.push({ createdAt: { $gte: filter.from } });
    if (filter.to) where.push({ createdAt: { $lte: filter.to } });
    if (filter.developmentId) where.push({ customer: { $in: await customersOfDevelopments(ctx.em, [filter.developmentId]) } });
    if (after) {
      const cursor = decodeCursor(after);
      where.push({ $or: [{ createdAt: { $lt: cursor.at } }, { createdAt: cursor.at, id: { $lt: cursor.id } }] });
    }
    const rows = await ctx.em.find(DataChangeRequest, { $and: where }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: size + 1 });
    return toConnection(rows, size, (r) => encodeCursor(r.createdAt, r.id));
  }

  /**
   * R-DATA-4: only here do values reach the customer record; the same transaction writes the ERP
   * outbox message, an occurrence on each of the customer's contracts, and the audit entry.
   */
  private async apply(ctx: Context, tx: EntityManager, request: DataChangeRequest, customer: Customer, admin: Account | null): Promise<void> {
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
      actor: admin ?? (ctx.viewer.kind === 'account' ? ctx.viewer.account : null), company: customer.company,
      action: admin ? 'dataChange.approve' : 'dataChange.autoApprove', targetType: 'Customer', targetId: customer.id,
      before, after: request.proposed, ip: ctx.ip,
    }, now);
  }

  private async reservationsAsAssociate(em: EntityManager, customerId: string): Promise<string[]> {
    const rows = await query<{ reservation_id: string }>(em, `select ra.reservation_id from reservation_associate ra where ra.customer_id = :customer`, { customer: customerId });
    return rows.map((r) => r.reservation_id);
  }

  private async assertEmailFree(em: EntityManager, customer: Customer, email: string): Promise<void> {
    const taken = await em.count(Account, { company: customer.company.id, kind: AccountKind.CUSTOMER, email, customer: { $ne: customer.id } });
    if (taken) throw new BadInputError('changes.email', 'Este e-mail já é usado por outro cliente.');
  }

  private async pending(em: EntityManager, admin: Account, id: string): Promise<DataChangeRequest> {
    const request = await em.findOne(DataChangeRequest, { id, company: admin.company }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!request) throw new NotFoundError('Alteração cadastral');
    if (request.status !== DataChangeStatus.PENDING) throw new ConflictError(`Esta alteração já está na situação ${request.status}.`, { status: request.status });
    return request;
  }

  private customerAccount(ctx: Context): Account {
    const viewer = ctx.viewer;
    if (viewer.kind !== 'account' || viewer.account.kind !== AccountKind.CUSTOMER || !viewer.account.customer) throw new ForbiddenError();
    return viewer.account;
  }

  private admin(ctx: Context): Account {
    return staffOf(ctx)!;
  }
}
