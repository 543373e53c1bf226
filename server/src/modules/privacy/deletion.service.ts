import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ConflictError, DomainError } from '../../domain-errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { SessionService } from '../auth/session.service.js';
import { Customer } from '../customers/customer.entity.js';
import { getInScope } from '../scope/staff-scope.js';
import { actorOf, type StaffViewer } from '../scope/staff-viewer.js';
import { localDay } from '../scheduling/scheduling-time.js';
import { execute, query } from '../visibility/sql.js';
import { DeletionRequest } from './deletion-request.entity.js';
import { DeletionRequestStatus, RetainedRecordKind } from './privacy.enums.js';
import { ANONYMISED_NAME, LEGAL_BASIS, RETENTION_YEARS } from './retention.js';

export class DeletionRequestNotFoundError extends DomainError {
  constructor() {
    super('NOT_FOUND', 'Pedido de exclusão não encontrado.');
  }
}

const REASON_MAX = 1000;

/** R-OPS-3: the customer asks for their data to be deleted (one pending request at a time), audited. */
export async function requestDeletion(
  em: EntityManager,
  audit: AuditService,
  args: { actor: { id: string; name: string; email: string }; companyId: string; customerId: string; accountId: string; reason?: string | null; at: Date; ip: string | null },
): Promise<DeletionRequest> {
  const reason = args.reason?.trim() || null;
  if (reason && reason.length > REASON_MAX) throw new BadInputError('reason', `O motivo pode ter no máximo ${REASON_MAX.toLocaleString('pt-BR')} caracteres.`);
  return em.transactional(async (tx) => {
    await execute(tx, `select pg_advisory_xact_lock(hashtext(?))`, [`deletion:${args.customerId}`]);
    if (await tx.count(DeletionRequest, { customer: args.customerId, status: DeletionRequestStatus.PENDING })) {
      throw new ConflictError('Você já tem um pedido de exclusão em análise. Acompanhe a situação nesta página.');
    }
    const request = tx.create(DeletionRequest, { company: args.companyId, customer: args.customerId, account: args.accountId, reason, requestedAt: args.at });
    audit.record(tx, {
      actor: args.actor, company: { id: args.companyId }, ip: args.ip, action: 'privacy.deletion.request', targetType: 'Customer', targetId: args.customerId,
      after: { deletionRequestId: request.id },
    }, args.at);
    return request;
  });
}

/** The pending request, locked, of a customer within this member of staff's reach; NOT_FOUND otherwise. */
async function pendingInScope(tx: EntityManager, staff: StaffViewer, id: string): Promise<DeletionRequest> {
  const request = await tx.findOne(DeletionRequest, { id, company: staff.companyId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!request) throw new DeletionRequestNotFoundError();
  await getInScope(tx, staff, Customer, request.customer.id).catch(() => {
    throw new DeletionRequestNotFoundError();
  });
  if (request.status !== DeletionRequestStatus.PENDING) {
    throw new ConflictError(request.status === DeletionRequestStatus.COMPLETED ? 'Este pedido de exclusão já foi atendido.' : 'Este pedido de exclusão já foi recusado.');
  }
  return request;
}

/** R-OPS-3: staff refuse a request, with the reason the customer will read (e.g. a contract in force). Audited. */
export async function refuseDeletion(em: EntityManager, audit: AuditService, staff: StaffViewer, args: { id: string; reason: string; at: Date }): Promise<DeletionRequest> {
  const reason = args.reason?.trim();
  if (!reason) throw new BadInputError('reason', 'Explique ao cliente por que o pedido foi recusado (por exemplo, um contrato ainda em vigor).');
  if (reason.length > REASON_MAX) throw new BadInputError('reason', `O motivo pode ter no máximo ${REASON_MAX.toLocaleString('pt-BR')} caracteres.`);
  return em.transactional(async (tx) => {
    const request = await pendingInScope(tx, staff, args.id);
    Object.assign(request, {
      status: DeletionRequestStatus.REFUSED, decidedAt: args.at, decidedBy: actorOf(tx, staff), decidedByLabel: staff.account.name, refusalReason: reason,
    });
    audit.staffChange(tx, staff, {
      action: 'privacy.deletion.refuse', targetType: 'Customer', targetId: request.customer.id,
      before: { status: DeletionRequestStatus.PENDING }, after: { status: DeletionRequestStatus.REFUSED, refusalReason: reason },
    });
    return request;
  });
}

/**
 * R-OPS-3: carries out a deletion request, in one transaction:
 * - records what must be kept — the sales' contracts, installments and bills, the requests (and the
 *   CPF/CNPJ that identifies the party in them) — each with its legal basis and the date until
 *   which it is kept (`RETENTION_YEARS` after the end of the contract, retention.ts);
 * - anonymises the rest: name → "Titular anonimizado"; e-mail, phone, address and custom fields
 *   cleared; the login closed (no password, sessions ended, links voided) and renamed; consents
 *   revoked; notification preferences off, addresses and contents of sent notices cleared, queued
 *   ones dropped; push subscriptions, saved cards, referrals and address confirmations removed;
 *   registration-change requests emptied (pending ones deleted); Fale Conosco texts and written
 *   survey answers removed;
 * - audits it (without personal data).
 * The audit log itself keeps its entries (the record of who did what, LGPD art. 37).
 */
export async function completeDeletion(
  em: EntityManager,
  deps: { audit: AuditService; sessions: SessionService },
  staff: StaffViewer,
  args: { id: string; at: Date },
): Promise<DeletionRequest> {
  const today = localDay(args.at);
  const { request, revoked } = await em.transactional(async (tx) => {
    const request = await pendingInScope(tx, staff, args.id);
    const customerId = request.customer.id;
    const params = { customer: customerId, company: staff.companyId, request: request.id, today, years: RETENTION_YEARS, at: args.at };
    const accounts = (await query<{ id: string }>(tx, `select id from account where customer_id = cast(:customer as uuid)`, { customer: customerId })).map((a) => a.id);

    // 1. What is kept, and until when: each sale's records until RETENTION_YEARS after its end.
    await query(tx, `
      with sales as (
        select r.id, r.holder_id = cast(:customer as uuid) as held from reservation r where r.holder_id = cast(:customer as uuid)
        union select ra.reservation_id, false from reservation_associate ra where ra.customer_id = cast(:customer as uuid)
      ), plan_installments as (
        select i.*, p.reservation_id, p.series from installment i join installment_plan p on p.id = i.plan_id where p.reservation_id in (select id from sales)
      ), sale_bills as (
        select b.*, coalesce(b.reservation_id, pi.reservation_id) as sale_id from bill b left join plan_installments pi on pi.id = b.installment_id
         where b.customer_id = cast(:customer as uuid) or b.reservation_id in (select id from sales where held) or pi.reservation_id in (select id from sales where held)
      ), sale_end as (
        select s.id, s.held, greatest(cast(:today as date),
          coalesce((select max(greatest(pi.due_date, coalesce(pi.paid_at, pi.due_date))) from plan_installments pi where pi.reservation_id = s.id), cast(:today as date)),
          coalesce((select max(sb.due_date) from sale_bills sb where sb.sale_id = s.id), cast(:today as date))) as ends
          from sales s
      ), kept as (
        select 'CONTRACT' as kind, c.id as record_id, c.title || ' · ' || u.name as description, se.ends from contract c
          join sale_end se on se.id = c.reservation_id join reservation r on r.id = c.reservation_id join unit u on u.id = r.unit_id
        union all
        select 'INSTALLMENT', pi.id, 'Parcela ' || pi.number || ' (' || pi.series || ') · ' || u.name || ' · vencimento ' || to_char(pi.due_date, 'DD/MM/YYYY'), se.ends
          from plan_installments pi join sale_end se on se.id = pi.reservation_id and se.held join reservation r on r.id = pi.reservation_id join unit u on u.id = r.unit_id
        union all
        select 'BILL', sb.id, 'Boleto · vencimento ' || to_char(sb.due_date, 'DD/MM/YYYY'), coalesce(se.ends, greatest(sb.due_date, cast(:today as date)))
          from sale_bills sb left join sale_end se on se.id = sb.sale_id
        union all
        select 'REQUEST', q.id, case q.kind when 'SERVICE' then 'Atendimento' else 'Assistência técnica' end || ' · Protocolo nº ' || q.number,
               greatest(cast(:today as date), coalesce(q.finished_at::date, cast(:today as date)))
          from request q where q.opened_by_id = any(cast(:accounts as uuid[]))
      )
      insert into retained_record (id, company_id, customer_id, deletion_request_id, kind, record_id, description, legal_basis, retain_until, created_at)
      select gen_random_uuid(), cast(:company as uuid), cast(:customer as uuid), cast(:request as uuid), cast(k.kind as retained_record_kind), k.record_id, k.description,
             case k.kind when 'CONTRACT' then :basis_contract when 'INSTALLMENT' then :basis_installment when 'BILL' then :basis_bill else :basis_request end,
             (k.ends + make_interval(years => :years))::date, :at
        from kept k`,
    {
      ...params, accounts,
      basis_contract: LEGAL_BASIS.CONTRACT, basis_installment: LEGAL_BASIS.INSTALLMENT, basis_bill: LEGAL_BASIS.BILL, basis_request: LEGAL_BASIS.REQUEST,
    });
    const [{ until }] = await query<{ until: string | null }>(tx, `select to_char(max(retain_until), 'YYYY-MM-DD') as until from retained_record where deletion_request_id = cast(:request as uuid)`, params);
    // The CPF/CNPJ stays while any record that names the party does; with nothing kept, it goes too.
    if (until) {
      await query(tx, `insert into retained_record (id, company_id, customer_id, deletion_request_id, kind, record_id, description, legal_basis, retain_until, created_at)
        values (gen_random_uuid(), cast(:company as uuid), cast(:customer as uuid), cast(:request as uuid), 'CUSTOMER_DOCUMENT', cast(:customer as uuid), 'CPF/CNPJ do cadastro', :basis, cast(:until as date), :at)`,
      { ...params, until, basis: LEGAL_BASIS[RetainedRecordKind.CUSTOMER_DOCUMENT] });
    }

    // 2. The rest is anonymised.
    await query(tx, `update customer set name = :name, email = null, phone = null, street = null, street_number = null, complement = null, district = null, city = null,
        state = null, postal_code = null, custom_fields = '{}'::jsonb, version = version + 1, updated_at = :at,
        document = case when cast(:keep_document as boolean) then document else 'ANONIMIZADO-' || upper(substr(replace(id::text, '-', ''), 1, 12)) end
      where id = cast(:customer as uuid)`, { ...params, name: ANONYMISED_NAME, keep_document: Boolean(until) });
    if (accounts.length) {
      const ids = { ids: accounts, at: args.at, staff: staff.account.id, name: ANONYMISED_NAME };
      await query(tx, `update account set name = :name, email = 'anonimizado-' || id::text || '@anonimizado.invalid', document = null, password_hash = null,
          login_active = false, deactivated_at = coalesce(deactivated_at, :at), deactivated_by_id = coalesce(deactivated_by_id, cast(:staff as uuid)), updated_at = :at
        where id = any(cast(:ids as uuid[]))`, ids);
      await query(tx, `delete from account_token where account_id = any(cast(:ids as uuid[]))`, ids);
      await query(tx, `update consent set revoked_at = :at, revoked_source = 'STAFF' where account_id = any(cast(:ids as uuid[])) and revoked_at is null`, ids);
      await query(tx, `insert into notification_preference (account_id, email, whatsapp, push, updated_at) select unnest(cast(:ids as uuid[])), false, false, false, :at
        on conflict (account_id) do update set email = false, whatsapp = false, push = false, wa_id = null, updated_at = excluded.updated_at`, ids);
      await query(tx, `delete from notification where account_id = any(cast(:ids as uuid[])) and status = 'QUEUED'`, ids);
      await query(tx, `update notification set address = null, content = null, wa_id = null where account_id = any(cast(:ids as uuid[]))`, ids);
      const [{ push }] = await query<{ push: string | null }>(tx, `select to_regclass('push_subscription')::text as push`, {});
      if (push) await query(tx, `delete from push_subscription where account_id = any(cast(:ids as uuid[]))`, ids);
    }
    await query(tx, `update payment_card set removed_at = :at where customer_id = cast(:customer as uuid) and removed_at is null`, params);
    await query(tx, `delete from referral where customer_id = cast(:customer as uuid)`, params);
    await query(tx, `delete from address_confirmation where customer_id = cast(:customer as uuid)`, params);
    await query(tx, `delete from data_change_request where customer_id = cast(:customer as uuid) and status = 'PENDING'`, params);
    await query(tx, `update data_change_request set original = '{}'::jsonb, proposed = '{}'::jsonb where customer_id = cast(:customer as uuid)`, params);
    await query(tx, `update contact_message set subject = 'Mensagem removida a pedido do titular', body = 'Conteúdo removido a pedido do titular (LGPD, art. 18, VI).' where customer_id = cast(:customer as uuid)`, params);
    await query(tx, `update survey_response set answered_by_id = null,
        answers = coalesce((select jsonb_agg(a || '{"text": null}'::jsonb) from jsonb_array_elements(answers) a), '[]'::jsonb)
      where customer_id = cast(:customer as uuid)`, params);
    const revoked: { id: string; sessions: string[] }[] = [];
    for (const id of accounts) revoked.push({ id, sessions: await deps.sessions.revoke(tx, { id }) });

    Object.assign(request, {
      status: DeletionRequestStatus.COMPLETED, decidedAt: args.at, decidedBy: actorOf(tx, staff), decidedByLabel: staff.account.name, retainedUntil: until,
    });
    deps.audit.staffChange(tx, staff, {
      action: 'privacy.deletion.complete', targetType: 'Customer', targetId: customerId,
      before: { status: DeletionRequestStatus.PENDING }, after: { status: DeletionRequestStatus.COMPLETED, retainedUntil: until },
    });
    return { request, revoked };
  });
  for (const { id, sessions } of revoked) deps.sessions.announceRevoked(id, sessions, 'LOGIN_DEACTIVATED');
  return request;
}
