import type { EntityManager } from '@mikro-orm/postgresql';
import { encodeCursor, decodeCursor } from '../../graphql/connection.js';
import { query } from '../visibility/sql.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { DataAccessEventKind, PersonalDataKind } from './privacy.enums.js';

/** R-OPS-3: a refresh does not flood the log — one read per staff member, customer and kind in this window. */
export const READ_LOG_WINDOW_MINUTES = 10;

/**
 * R-OPS-3: records that a member of staff read part of a customer's record (the one helper every
 * admin query that reads a customer calls, after the read succeeded): who, which customer, what,
 * when and from which address — skipped when the same person read the same kind of this customer's
 * data within the last `READ_LOG_WINDOW_MINUTES` minutes. One statement.
 */
export async function logPersonalDataRead(em: EntityManager, staff: StaffViewer, customerId: string | null | undefined, kind: PersonalDataKind, at = new Date()): Promise<void> {
  if (!customerId) return;
  await query(em, `
    insert into personal_data_access (id, company_id, staff_id, staff_label, customer_id, kind, at, ip)
    select cast(:id as uuid), cast(:company as uuid), cast(:staff as uuid), :label, c.id, cast(:kind as personal_data_kind), :at, :ip
      from customer c
     where c.id = cast(:customer as uuid) and c.company_id = cast(:company as uuid)
       and not exists (
         select 1 from personal_data_access p
          where p.staff_id = cast(:staff as uuid) and p.customer_id = c.id and p.kind = cast(:kind as personal_data_kind)
            and p.at > cast(:at as timestamptz) - make_interval(mins => :window))`,
  {
    id: crypto.randomUUID(), company: staff.companyId, staff: staff.account.id, label: staff.account.name, customer: customerId,
    kind, at, ip: staff.ip, window: READ_LOG_WINDOW_MINUTES,
  });
}

/** One entry of "Quem acessou ou alterou os dados", as read from the two logs. */
export interface DataAccessRow {
  id: string;
  event: DataAccessEventKind;
  at: Date;
  actorId: string | null;
  actorName: string;
  actorIsStaff: boolean;
  /** READ: what was read. */
  readKind: PersonalDataKind | null;
  /** CHANGE: the audit action. */
  action: string | null;
  ip: string | null;
}

/**
 * R-OPS-3: the reads of a customer's record by staff (personal_data_access) and the changes made to
 * it (audit_log rows about the customer, their logins and their registration-change requests),
 * newest first, a keyset page of `size + 1` rows.
 */
export async function dataAccessRows(em: EntityManager, args: { companyId: string; customerId: string; size: number; after?: string | null }): Promise<DataAccessRow[]> {
  const cursor = args.after ? decodeCursor(args.after) : null;
  const rows = await query<{ id: string; event: DataAccessEventKind; at: Date; actor_id: string | null; actor_name: string; actor_is_staff: boolean; read_kind: PersonalDataKind | null; action: string | null; ip: string | null }>(em, `
    with targets as (
      select 'Customer'::text as type, cast(:customer as uuid)::text as id
      union all select 'Account', a.id::text from account a where a.customer_id = cast(:customer as uuid)
      union all select 'DataChangeRequest', d.id::text from data_change_request d where d.customer_id = cast(:customer as uuid)
      union all select 'ContactMessage', m.id::text from contact_message m where m.customer_id = cast(:customer as uuid)
    ), events as (
      select p.id, 'READ' as event, p.at, p.staff_id as actor_id, coalesce(s.name, p.staff_label) as actor_name, true as actor_is_staff,
             p.kind::text as read_kind, null::text as action, p.ip
        from personal_data_access p left join account s on s.id = p.staff_id
       where p.customer_id = cast(:customer as uuid) and p.company_id = cast(:company as uuid)
      union all
      select l.id, 'CHANGE', l.at, l.actor_id, coalesce(a.name, l.actor_label), coalesce(a.kind = 'STAFF', false),
             null, l.action, l.ip
        from audit_log l join targets t on t.type = l.target_type and t.id = l.target_id
        left join account a on a.id = l.actor_id
       where l.company_id = cast(:company as uuid)
    )
    select * from events
     where cast(:after_at as timestamptz) is null or (at, id) < (cast(:after_at as timestamptz), cast(:after_id as uuid))
     order by at desc, id desc
     limit :limit`,
  { customer: args.customerId, company: args.companyId, after_at: cursor?.at ?? null, after_id: cursor?.id ?? null, limit: args.size + 1 });
  return rows.map((r) => ({
    id: r.id, event: r.event, at: new Date(r.at), actorId: r.actor_id, actorName: r.actor_name, actorIsStaff: r.actor_is_staff,
    readKind: r.read_kind, action: r.action, ip: r.ip,
  }));
}

export const dataAccessCursor = (row: { at: Date; id: string }) => encodeCursor(row.at, row.id);
