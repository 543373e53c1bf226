import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../logger.js';
import type { JobKinds } from '../../queue/queue.js';
import { billRules, billSaleSql, saleCandidatesSql, TODAY_SQL } from '../finance/finance.rules.js';
import { saoPauloDate } from '../finance/finance-words.js';
import { perViewer } from '../requests/request-audience.js';
import { customerRequestCandidatesSql, customerRequestRules, syndicRequestRules } from '../requests/request.rules.js';
import { KIND_NAMES } from '../scheduling/appointment.enums.js';
import { allOf, query } from '../visibility/sql.js';
import { WORK_LOG_FROM } from '../works/works.service.js';
import { developmentCandidatesSql, workLogRules } from '../works/works.rules.js';
import { unitCandidatesSql, unitRules } from '../developments/unit.rules.js';
import { dateTimeText } from '../../pt-br.js';
import { noticeViewers, VIEWERS_CTE, viewerKey, viewerParams, viewersWho, type NoticeViewer } from './audience.js';
import { billsDigest, bookingNotice, requestReplyNotice, requestStatusNotice, workLogNotice, type DigestBill } from './notices.js';
import { NotificationFrequency, NotificationKind } from './notification.enums.js';
import type { NotificationService } from './notification.service.js';

/**
 * What happens in Habite that notifies someone, resolved by the worker (never in the request that
 * caused it): who sees the thing by the lists' own rules, and what they are told. Each event is
 * queued in the transaction of its change (`notifications.event(tx, …)`).
 */
export const NoticeEvent = {
  REQUEST_STATUS: 'request.status',
  REQUEST_REPLY: 'request.reply',
  WORK_LOG_PUBLISHED: 'worklog.published',
  BOOKING_CONFIRMED: 'booking.confirmed',
} as const;

/** A link into the portal the person uses: their portal's domain when they came through one, else the server's address. */
export function portalLink(notifications: NotificationService, viewer: Pick<NoticeViewer, 'hostname'>, path: string): string {
  const host = viewer.hostname;
  const loopback = !host || host === 'localhost' || host === '127.0.0.1' || host.endsWith('.localhost');
  return loopback ? `${notifications.publicBase()}${path}` : `https://${host}${path}`;
}

const firstName = (name: string) => name.split(/\s+/)[0] ?? name;

export function noticeHandlers(notifications: NotificationService, logger: Logger) {
  return {
    'notify.event': async (em: EntityManager, data: JobKinds['notify.event']) => {
      switch (data.event) {
        case NoticeEvent.REQUEST_STATUS: return requestStatus(em, notifications, data);
        case NoticeEvent.REQUEST_REPLY: return requestReply(em, notifications, data);
        case NoticeEvent.WORK_LOG_PUBLISHED: return workLogPublished(em, notifications, data);
        case NoticeEvent.BOOKING_CONFIRMED: return booking(em, notifications, data, false);
        default: logger.warn({ event: data.event }, 'unknown notice event');
      }
    },
    'notify.bills': async (em: EntityManager, data: JobKinds['notify.bills']) => {
      await billsDigestRun(em, notifications, { at: data.at ? new Date(data.at) : new Date(), companyId: data.companyId });
    },
    'notify.bookings': async (em: EntityManager, data: JobKinds['notify.bookings']) => {
      await bookingReminders(em, notifications, data.at ? new Date(data.at) : new Date());
    },
  };
}

/** Of the request's opener and the customers on its unit, those who see the request now (R-REQ rules). */
async function requestAudience(em: EntityManager, companyId: string, requestId: string, at: Date): Promise<NoticeViewer[]> {
  const [target] = await query<{ opened_by_id: string; unit_id: string | null }>(em, `select opened_by_id, unit_id from request where id = :id`, { id: requestId });
  if (!target) return [];
  const related = target.unit_id
    ? (await query<{ customer_id: string }>(em, `select r.holder_id as customer_id from reservation r where r.unit_id = :unit
        union select ra.customer_id from reservation_associate ra join reservation r on r.id = ra.reservation_id where r.unit_id = :unit`, { unit: target.unit_id })).map((r) => r.customer_id)
    : [];
  const viewers = [
    ...(await noticeViewers(em, companyId, { accountIds: [target.opened_by_id] })),
    ...(related.length ? await noticeViewers(em, companyId, { customerIds: related }) : []),
  ].filter((v, i, all) => all.findIndex((o) => viewerKey(o.accountId, o.portalId, o.hostname) === viewerKey(v.accountId, v.portalId, v.hostname)) === i);
  return viewersWho(em, viewers, 'request rq',
    `rq.id = :request and case when :syndic is null then ${customerRequestCandidatesSql} and ${allOf(customerRequestRules)} else ${allOf(syndicRequestRules)} end`,
    { request: requestId, now: at });
}

async function requestStatus(em: EntityManager, notifications: NotificationService, data: JobKinds['notify.event']) {
  const [change] = await query<{ request_id: string; number: number; kind: string; subject: string; status: string; comment: string | null }>(em,
    `select rq.id as request_id, rq.number, rq.kind, s.name as subject, ws.name as status, sc.comment
       from request_status_change sc join request rq on rq.id = sc.request_id join subject s on s.id = rq.subject_id join workflow_status ws on ws.id = sc.to_status_id
      where sc.id = :id`, { id: data.id });
  if (!change) return;
  const at = new Date(data.at);
  const audience = await requestAudience(em, data.companyId, change.request_id, at);
  const byAccount = new Map(audience.map((v) => [v.accountId, v]));
  await notifications.notify(em, {
    kind: NotificationKind.REQUEST_STATUS, dedupeKey: `request-status:${data.id}`, day: saoPauloDate(at), recipients: audience,
    content: (r) => requestStatusNotice({ name: firstName(r.name), number: change.number, subject: change.subject, status: change.status, comment: change.comment,
      link: portalLink(notifications, byAccount.get(r.accountId)!, `/pedidos/${change.request_id}`) }),
  });
}

async function requestReply(em: EntityManager, notifications: NotificationService, data: JobKinds['notify.event']) {
  const [message] = await query<{ request_id: string; number: number; subject: string; body: string; author: string; visibility: string; author_kind: string; author_id: string }>(em,
    `select rq.id as request_id, rq.number, s.name as subject, m.body, a.name as author, m.visibility, m.author_kind, m.author_id
       from request_message m join request rq on rq.id = m.request_id join subject s on s.id = rq.subject_id join account a on a.id = m.author_id
      where m.id = :id`, { id: data.id });
  // Internal notes never reach customers, by any channel (R-REQ).
  if (!message || message.visibility !== 'PUBLIC' || message.author_kind !== 'STAFF') return;
  const at = new Date(data.at);
  const audience = (await requestAudience(em, data.companyId, message.request_id, at)).filter((v) => v.accountId !== message.author_id);
  const byAccount = new Map(audience.map((v) => [v.accountId, v]));
  await notifications.notify(em, {
    kind: NotificationKind.REQUEST_REPLY, dedupeKey: `request-reply:${data.id}`, day: saoPauloDate(at), recipients: audience,
    content: (r) => requestReplyNotice({ name: firstName(r.name), number: message.number, subject: message.subject, author: firstName(message.author), body: message.body,
      link: portalLink(notifications, byAccount.get(r.accountId)!, `/pedidos/${message.request_id}`) }),
  });
}

/** A work-log entry customers can now see: those who see it by R-WORK-1..3 and asked for these notices. */
async function workLogPublished(em: EntityManager, notifications: NotificationService, data: JobKinds['notify.event']) {
  const [entry] = await query<{ development_id: string; development: string; date: string }>(em,
    `select w.development_id, d.name as development, cast(w.date as text) as date from work_log_entry w join development d on d.id = w.development_id where w.id = :id`, { id: data.id });
  if (!entry) return;
  const customers = (await query<{ customer_id: string }>(em,
    `select r.holder_id as customer_id from reservation r join unit u on u.id = r.unit_id where u.development_id = :dev
     union select ra.customer_id from reservation_associate ra join reservation r on r.id = ra.reservation_id join unit u on u.id = r.unit_id where u.development_id = :dev`,
    { dev: entry.development_id })).map((r) => r.customer_id);
  if (!customers.length) return;
  const at = new Date(data.at);
  const viewers = await noticeViewers(em, data.companyId, { customerIds: customers });
  const audience = await viewersWho(em, viewers, WORK_LOG_FROM, `w.id = :entry and w.development_id in ${developmentCandidatesSql} and ${allOf(workLogRules)}`, { entry: data.id, now: at });
  const byAccount = new Map(audience.map((v) => [v.accountId, v]));
  await notifications.notify(em, {
    kind: NotificationKind.WORK_LOG_ENTRY, dedupeKey: `work-log:${data.id}`, day: saoPauloDate(at), recipients: audience,
    content: (r) => workLogNotice({ name: firstName(r.name), developmentName: entry.development, date: entry.date, link: portalLink(notifications, byAccount.get(r.accountId)!, '/diario-de-obra') }),
  });
}

async function booking(em: EntityManager, notifications: NotificationService, data: { companyId: string; id: string; at: string }, reminder: boolean) {
  const [appointment] = await query<{ customer_id: string; unit_id: string; kind: 'VISTORIA' | 'KEY_HANDOVER'; unit: string; starts_at: Date; status: string; slot_id: string }>(em,
    `select ap.customer_id, ap.unit_id, ap.kind, u.name as unit, s.starts_at, ap.status, ap.slot_id from appointment ap join appointment_slot s on s.id = ap.slot_id join unit u on u.id = ap.unit_id where ap.id = :id`,
    { id: data.id });
  if (!appointment || appointment.status !== 'BOOKED') return;
  const at = new Date(data.at);
  // The customer, at the first of their portal addresses that shows the unit (R-UNIT rules), else at their first.
  const viewers = await noticeViewers(em, data.companyId, { customerIds: [appointment.customer_id] });
  const showing = await viewersWho(em, viewers, 'unit u join development d on d.id = u.development_id left join block b on b.id = u.block_id',
    `u.id = :unit and u.id in ${unitCandidatesSql} and ${allOf(unitRules)}`, { unit: appointment.unit_id, now: at });
  const audience = [...showing, ...viewers.filter((v, i) => !showing.some((o) => o.accountId === v.accountId) && viewers.findIndex((o) => o.accountId === v.accountId) === i)];
  const byAccount = new Map(audience.map((v) => [v.accountId, v]));
  await notifications.notify(em, {
    kind: reminder ? NotificationKind.BOOKING_REMINDER : NotificationKind.BOOKING_CONFIRMED, dedupeKey: `${reminder ? 'booking-reminder' : 'booking'}:${data.id}:${appointment.slot_id}`, day: saoPauloDate(at), recipients: audience,
    content: (r) => bookingNotice({ name: firstName(r.name), reminder, what: KIND_NAMES[appointment.kind].pt.toLowerCase(), unitName: appointment.unit, when: dateTimeText(appointment.starts_at),
      link: portalLink(notifications, byAccount.get(r.accountId)!, '/agendamentos') }),
  });
}

/** At 18:00: tomorrow's appointments (São Paulo) get their reminder. */
export async function bookingReminders(em: EntityManager, notifications: NotificationService, at: Date) {
  const rows = await query<{ id: string; company_id: string }>(em,
    `select ap.id, d.company_id from appointment ap join appointment_slot s on s.id = ap.slot_id join development d on d.id = s.development_id
      where ap.status = 'BOOKED' and cast((s.starts_at at time zone 'America/Sao_Paulo') as date) = cast((cast(:at as timestamptz) at time zone 'America/Sao_Paulo') as date) + 1`,
    { at });
  for (const row of rows) await booking(em, notifications, { companyId: row.company_id, id: row.id, at: at.toISOString() }, true);
}

/** Monday = 1 … Sunday = 7, of a São Paulo date. */
const weekday = (isoDate: string) => {
  const d = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
};
const minusDays = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * R-NOTIFY-1 and -2: the bills digest of one São Paulo day. Daily: Monday to Friday; weekly:
 * Mondays. It lists the bills the person sees (the bill rules of SPEC §8, as their portal would
 * show them) that are open and not marked paid, and either fall due today — on a Monday also those
 * that fell due on the weekend, payable on the next business day — or are overdue. Never
 * otherwise: a person with nothing due or overdue gets nothing. Once per person, channel and day
 * (the notification's unique key), however many times it runs.
 */
export async function billsDigestRun(em: EntityManager, notifications: NotificationService, options: { at: Date; companyId?: string; batch?: number }): Promise<number> {
  const today = saoPauloDate(options.at);
  const dow = weekday(today);
  if (dow > 5) return 0;
  const frequencies = dow === 1 ? [NotificationFrequency.DAILY, NotificationFrequency.WEEKLY] : [NotificationFrequency.DAILY];
  // Due "now": today, and on Mondays the weekend before.
  const dueFrom = dow === 1 ? minusDays(today, 2) : today;
  const companies = options.companyId
    ? [options.companyId]
    : (await query<{ id: string }>(em, `select id from company order by id`, {})).map((r) => r.id);
  let written = 0;
  for (const companyId of companies) {
    const viewers = (await noticeViewers(em, companyId)).filter((v) => v.customerId);
    const prefs = await notifications.preferences(em, [...new Set(viewers.map((v) => v.accountId))]);
    const due = viewers.filter((v) => frequencies.includes(prefs.get(v.accountId)!.frequency));
    // Batches of people (all the addresses of one person in the same batch), each committed with its deliveries.
    const byPerson = new Map<string, NoticeViewer[]>();
    for (const v of due) {
      const theirs = byPerson.get(v.accountId);
      if (theirs) theirs.push(v);
      else byPerson.set(v.accountId, [v]);
    }
    const accounts = [...byPerson.keys()];
    const size = options.batch ?? 500;
    for (let i = 0; i < accounts.length; i += size) {
      const batch = accounts.slice(i, i + size).flatMap((account) => byPerson.get(account)!);
      const at = new Map(batch.map((v) => [viewerKey(v.accountId, v.portalId, v.hostname), v]));
      const rows = await query<{ account: string; portal: string; hostname: string | null; id: string; due_date: string; amount_cents: number; unit: string }>(em,
        `with ${VIEWERS_CTE}
         select v.account, v.portal, v.hostname, bl.id, cast(bl.due_date as text) as due_date, cast(bl.amount_cents as float8) as amount_cents, u.name as unit
           from viewers v join bill bl on ${billSaleSql('bl')} in ${perViewer(saleCandidatesSql)}
           join reservation r on r.id = ${billSaleSql('bl')} join unit u on u.id = r.unit_id
          where bl.status = 'OPEN' and bl.superseded_by_id is null and bl.marked_paid_at is null and bl.due_date <= ${TODAY_SQL}
            and ${perViewer(allOf(billRules))}
          order by v.account, bl.due_date, bl.id, v.n`,
        { ...viewerParams(batch), now: options.at });
      // A person seen through several addresses (R-PORTAL-3) counts each bill once; the link uses the first address that shows one.
      const bills = new Map<string, DigestBill[]>();
      const byAccount = new Map<string, NoticeViewer>();
      for (const row of rows) {
        const list = bills.get(row.account) ?? [];
        if (!list.some((b) => b.id === row.id)) list.push({ id: row.id, dueDate: row.due_date, amountCents: row.amount_cents, unitName: row.unit, dueNow: row.due_date >= dueFrom });
        bills.set(row.account, list);
        if (!byAccount.has(row.account)) byAccount.set(row.account, at.get(viewerKey(row.account, row.portal, row.hostname))!);
      }
      for (const list of bills.values()) list.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
      const recipients = [...byAccount.values()];
      if (!recipients.length) continue;
      // One transaction per batch: its notices and their delivery jobs commit together.
      written += await em.transactional((tx) => notifications.notify(tx, {
        kind: NotificationKind.BILLS_DIGEST, dedupeKey: 'bills', day: today, recipients,
        content: (r) => billsDigest({ name: firstName(r.name), portalName: '', bills: bills.get(r.accountId)!, link: portalLink(notifications, byAccount.get(r.accountId)!, '/financeiro') }),
      }));
    }
  }
  return written;
}
