import { createHmac, timingSafeEqual } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { OutgoingMail } from '../../mail/mailer.js';
import type { JobKinds, JobQueue } from '../../queue/queue.js';
import { saoPauloDate } from '../finance/finance-words.js';
import { ConsentPurpose, ConsentSource } from '../privacy/consent.entity.js';
import { accountsWithConsent, revokeConsent } from '../privacy/consents.js';
import { execute, query } from '../visibility/sql.js';
import { ChannelError, type ChannelAdapter, type DeliveryReport, type OutgoingNotice } from './channel.js';
import { mailHtml } from './notices.js';
import { whatsappNumber } from './whatsapp/whatsapp-number.js';
import type { NoticeContent } from './notification.entity.js';
import { NotificationChannel, NotificationFrequency, NotificationKind, NotificationStatus } from './notification.enums.js';

/** Notices a person asked for (or that let them in): e-mail only, whatever their preferences say. */
const TRANSACTIONAL = new Set<NotificationKind>([NotificationKind.INVITATION, NotificationKind.MAGIC_LINK, NotificationKind.STATEMENT, NotificationKind.ONE_TIME_CODE]);
/** Their content carries a secret (or a document): cleared once sent (or given up). */
const SECRET = new Set<NotificationKind>([NotificationKind.INVITATION, NotificationKind.MAGIC_LINK, NotificationKind.ONE_TIME_CODE, NotificationKind.STATEMENT]);

export interface Preferences {
  email: boolean;
  whatsapp: boolean;
  push: boolean;
  frequency: NotificationFrequency;
  workLog: boolean;
  waId: string | null;
}
export const DEFAULT_PREFERENCES: Preferences = { email: true, whatsapp: true, push: true, frequency: NotificationFrequency.DAILY, workLog: false, waId: null };

/** One person a notice is for, with where to reach them. */
export interface NoticeRecipient {
  accountId: string;
  companyId: string;
  name: string;
  email: string | null;
  phone: string | null;
}

export interface NoticeRequest {
  kind: NotificationKind;
  /** Names the event: with the person, channel and day it is the once-only key (R-NOTIFY-3). */
  dedupeKey: string;
  /** The São Paulo date the notice belongs to (default: today). */
  day?: string;
  recipients: NoticeRecipient[];
  content: (recipient: NoticeRecipient) => NoticeContent;
  /** Only these channels (a one-time code asked for on one channel). */
  channels?: NotificationChannel[];
}

/** An account as a notice's recipient (e-mail only: the transactional mails). */
export const recipientOf = (account: { id: string; name: string; email: string; company: { id: string } }): NoticeRecipient => ({
  accountId: account.id, companyId: account.company.id, name: account.name, email: account.email, phone: null,
});

/** A rendered e-mail (mail/templates.ts) as a notice's content. */
export const noticeOfMail = (mail: OutgoingMail): NoticeContent => ({
  subject: mail.subject, text: mail.text, html: mail.html, link: mail.link,
  files: mail.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, base64: a.content.toString('base64') })),
});

/** A mobile as WhatsApp takes it ("5511987654321"); landlines and invalid numbers are null. */
export const mobileNumber = whatsappNumber;

/**
 * R-NOTIFY-1..4: notices go through the durable queue. `notify` (inside the caller's transaction)
 * writes one `notification` row per person and channel — `on conflict do nothing` on the
 * once-only key — and one delivery job per new row, with the row's id as the job's id. The worker
 * sends it through the channel's adapter; a channel failing never touches another's row.
 */
export class NotificationService {
  private channels = new Map<NotificationChannel, ChannelAdapter>();
  private queue: JobQueue | null = null;
  private orm: MikroORM | null = null;
  private unsubscribeKey: string | null = null;

  constructor(private readonly deps: { config: Config; clock: Clock; logger: Logger }) {}

  /** Plugs in the channels and the queue, and registers the job handlers (app.ts, at start). */
  attach(orm: MikroORM, queue: JobQueue, channels: ChannelAdapter[], handlers: Partial<{ [K in keyof JobKinds]: (em: EntityManager, data: JobKinds[K]) => Promise<void> }> = {}) {
    this.orm = orm;
    this.queue = queue;
    for (const c of channels) this.channels.set(c.channel, c);
    queue.handle('notify.deliver', async (data, job) => this.deliver(data.notificationId, job.retryCount >= job.retryLimit));
    for (const [kind, handler] of Object.entries(handlers)) {
      queue.handle(kind as keyof JobKinds, async (data) => handler(orm.em.fork(), data as never));
    }
  }

  get jobQueue(): JobQueue {
    if (!this.queue) throw new Error('the notification queue is not attached');
    return this.queue;
  }

  hasChannel(channel: NotificationChannel): boolean {
    return this.channels.has(channel);
  }

  /** Queues an event to be resolved into notices by the worker (same transaction as the change). */
  async event(em: EntityManager, companyId: string, event: string, id: string): Promise<void> {
    await this.jobQueue.enqueue(em, 'notify.event', { companyId, event, id, at: this.deps.clock.now().toISOString() });
  }

  /** R-NOTIFY-2: each account's preferences (defaults where none were saved). */
  async preferences(em: EntityManager, accountIds: string[]): Promise<Map<string, Preferences>> {
    const rows = accountIds.length
      ? await query<Preferences & { accountId: string }>(em,
        `select account_id as "accountId", email, whatsapp, push, frequency, work_log as "workLog", wa_id as "waId" from notification_preference where account_id = any(cast(:ids as uuid[]))`,
        { ids: accountIds })
      : [];
    const out = new Map(accountIds.map((id) => [id, { ...DEFAULT_PREFERENCES }]));
    for (const { accountId, ...p } of rows) out.set(accountId, p);
    return out;
  }

  /**
   * Writes the notices of one event for its recipients, on the channels each one wants and can be
   * reached on, and their delivery jobs — in the transaction of `em` (one is opened if none).
   * Returns how many notification rows were new.
   */
  async notify(em: EntityManager, request: NoticeRequest): Promise<number> {
    if (!request.recipients.length) return 0;
    if (!em.isInTransaction()) return em.transactional((tx) => this.notify(tx, request));
    const day = request.day ?? saoPauloDate(this.deps.clock.now());
    const ids = request.recipients.map((r) => r.accountId);
    const prefs = await this.preferences(em, ids);
    const whatsappOk = this.channels.has(NotificationChannel.WHATSAPP) ? await accountsWithConsent(em, ids, ConsentPurpose.WHATSAPP) : new Set<string>();
    const pushable = this.channels.has(NotificationChannel.PUSH) ? await this.pushable(em, ids) : new Set<string>();
    const rows: { id: string; company: string; account: string; channel: NotificationChannel; status: NotificationStatus; content: NoticeContent | null; subject: string; address: string | null; error: string | null }[] = [];
    for (const r of request.recipients) {
      const p = prefs.get(r.accountId)!;
      const content = request.content(r);
      const plan = this.channelsFor(request, r, p, whatsappOk.has(r.accountId), pushable.has(r.accountId));
      for (const { channel, skip, address } of plan) {
        rows.push({
          id: crypto.randomUUID(), company: r.companyId, account: r.accountId, channel, status: skip ? NotificationStatus.SKIPPED : NotificationStatus.QUEUED,
          content: skip ? null : content, subject: content.subject, address, error: skip,
        });
      }
    }
    if (!rows.length) return 0;
    const now = this.deps.clock.now();
    const inserted = await execute<{ id: string; status: NotificationStatus; company_id: string }>(em,
      `insert into notification (id, company_id, account_id, kind, channel, dedupe_key, day, status, content, subject, address, error, created_at)
       select id, company_id, account_id, ?, channel, ?, ?, status, content, subject, address, error, ?
         from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::notification_channel[], ?::notification_status[], ?::jsonb[], ?::text[], ?::text[], ?::text[])
              as t(id, company_id, account_id, channel, status, content, subject, address, error)
       on conflict on constraint notification_once do nothing
       returning id, status, company_id`,
      [request.kind, request.dedupeKey, day, now,
        arr(rows.map((r) => r.id)), arr(rows.map((r) => r.company)), arr(rows.map((r) => r.account)), arr(rows.map((r) => r.channel)), arr(rows.map((r) => r.status)),
        arr(rows.map((r) => (r.content ? JSON.stringify(r.content) : null))), arr(rows.map((r) => r.subject)), arr(rows.map((r) => r.address)), arr(rows.map((r) => r.error))]);
    // Their delivery jobs, in the same transaction, one statement (the job's id is the row's: one job per notice).
    await this.jobQueue.enqueueMany(em, 'notify.deliver', inserted.filter((r) => r.status === NotificationStatus.QUEUED)
      .map((r) => ({ id: r.id, data: { companyId: r.company_id, notificationId: r.id } })));
    return inserted.length;
  }

  /** Which channels a recipient gets this notice on; `skip`: recorded as not sent, with the reason in words. */
  private channelsFor(request: NoticeRequest, r: NoticeRecipient, p: Preferences, whatsappConsent: boolean, pushSubscribed: boolean) {
    const out: { channel: NotificationChannel; skip: string | null; address: string | null }[] = [];
    const wanted = request.channels ?? (TRANSACTIONAL.has(request.kind) ? [NotificationChannel.EMAIL] : [NotificationChannel.EMAIL, NotificationChannel.WHATSAPP, NotificationChannel.PUSH]);
    const chosen = (on: boolean) => TRANSACTIONAL.has(request.kind) || on;
    if (request.kind === NotificationKind.WORK_LOG_ENTRY && !p.workLog) return out;
    for (const channel of wanted) {
      if (!this.channels.has(channel)) continue;
      if (channel === NotificationChannel.EMAIL && chosen(p.email)) {
        out.push({ channel, address: r.email, skip: r.email ? null : 'Sem e-mail no cadastro.' });
      } else if (channel === NotificationChannel.WHATSAPP && chosen(p.whatsapp)) {
        const number = mobileNumber(r.phone);
        const skip = !whatsappConsent ? 'Sem consentimento para mensagens no WhatsApp.' : !number ? 'Sem celular válido no cadastro.' : null;
        out.push({ channel, address: number, skip });
      } else if (channel === NotificationChannel.PUSH && chosen(p.push) && pushSubscribed) {
        out.push({ channel, address: null, skip: null });
      }
    }
    return out;
  }

  private async pushable(em: EntityManager, ids: string[]): Promise<Set<string>> {
    const adapter = this.channels.get(NotificationChannel.PUSH) as (ChannelAdapter & { reaches?(em: EntityManager, ids: string[]): Promise<Set<string>> }) | undefined;
    return adapter?.reaches ? adapter.reaches(em, ids) : new Set();
  }

  /** The worker: sends one notification row on its channel, once. */
  async deliver(notificationId: string, lastAttempt = false): Promise<void> {
    const em = this.orm!.em.fork();
    const [row] = await query<{ id: string; kind: NotificationKind; channel: NotificationChannel; status: NotificationStatus; content: NoticeContent | null; attempts: number;
      account_id: string; company_id: string; name: string; email: string | null; phone: string | null; wa_id: string | null; address: string | null }>(em,
      `select n.id, n.kind, n.channel, n.status, n.content, n.attempts, n.account_id, n.company_id, n.address, a.name, a.email, c.phone, np.wa_id
         from notification n join account a on a.id = n.account_id left join customer c on c.id = a.customer_id
         left join notification_preference np on np.account_id = a.id
        where n.id = :id`, { id: notificationId });
    if (!row || row.status !== NotificationStatus.QUEUED || !row.content) return;
    const adapter = this.channels.get(row.channel);
    if (!adapter) return void (await this.finish(em, row, NotificationStatus.FAILED, { error: 'O canal não está configurado neste servidor.' }));
    const content = row.channel === NotificationChannel.EMAIL ? await this.withUnsubscribe(em, row.kind, row.account_id, row.content) : { content: row.content, headers: undefined };
    const notice: OutgoingNotice = {
      notificationId: row.id, kind: row.kind,
      recipient: { accountId: row.account_id, companyId: row.company_id, name: row.name, email: row.address ?? row.email, phone: row.address ?? mobileNumber(row.phone), waId: row.wa_id },
      subject: content.content.subject, text: content.content.text, html: content.content.html, link: content.content.link,
      headers: content.headers, whatsapp: content.content.whatsapp, push: content.content.push,
      attachments: content.content.files?.map((f) => ({ filename: f.filename, contentType: f.contentType, content: Buffer.from(f.base64, 'base64') })),
    };
    try {
      const result = await adapter.send(notice);
      await this.finish(em, row, NotificationStatus.SENT, { providerMessageId: result.providerMessageId ?? null, waId: result.waId ?? null });
      if (result.waId && result.waId !== row.wa_id) {
        await execute(em, `insert into notification_preference (account_id, wa_id, updated_at) values (?, ?, ?) on conflict (account_id) do update set wa_id = excluded.wa_id`,
          [row.account_id, result.waId, this.deps.clock.now()]);
      }
    } catch (err) {
      const permanent = err instanceof ChannelError ? err.permanent : false;
      const message = err instanceof ChannelError ? err.message : `Falha ao enviar: ${(err as Error).message}`;
      if (permanent || lastAttempt) {
        await this.finish(em, row, NotificationStatus.FAILED, { error: message });
        this.deps.logger.warn({ notification: row.id, channel: row.channel, error: message }, 'notification failed');
        // A permanent refusal is recorded, not retried; exhausted retries leave the job failed (dead-letter list).
        if (!permanent) throw err;
        return;
      }
      await execute(em, `update notification set attempts = attempts + 1, error = ? where id = ?`, [message, row.id]);
      throw err;
    }
  }

  private async finish(em: EntityManager, row: { id: string; kind: NotificationKind }, status: NotificationStatus, fields: { providerMessageId?: string | null; waId?: string | null; error?: string | null }) {
    const now = this.deps.clock.now();
    await execute(em,
      `update notification set status = ?, attempts = attempts + 1, sent_at = case when ? = 'SENT' then ? else sent_at end,
              provider_message_id = coalesce(?, provider_message_id), wa_id = coalesce(?, wa_id), error = ?,
              content = case when ? then null else content end
        where id = ?`,
      [status, status, now, fields.providerMessageId ?? null, fields.waId ?? null, fields.error ?? null, SECRET.has(row.kind), row.id]);
  }

  /** A delivery status the provider reported (WhatsApp webhook): only forward (sent → delivered → read), or failed. */
  async report(report: DeliveryReport): Promise<void> {
    const em = this.orm!.em.fork();
    const [known] = await query<{ n: number }>(em, `select count(*)::int as n from notification where provider_message_id = :id and channel = cast(:channel as notification_channel)`,
      { id: report.providerMessageId, channel: report.channel });
    if (!known?.n) {
      // The provider may report a message before the worker stored its id: a recent one is refused,
      // so the provider posts it again (Meta retries); an old unknown id is someone else's and ignored.
      if (this.deps.clock.now().getTime() - report.at.getTime() < 5 * 60_000) throw new Error(`delivery report for an unknown message ${report.providerMessageId}`);
      return;
    }
    const order = { sent: 1, delivered: 2, read: 3, failed: 4 } as const;
    const status = { sent: NotificationStatus.SENT, delivered: NotificationStatus.DELIVERED, read: NotificationStatus.READ, failed: NotificationStatus.FAILED }[report.status];
    await execute(em,
      `update notification set status = ?,
              delivered_at = case when ? >= 2 and ? < 4 then coalesce(delivered_at, ?) else delivered_at end,
              read_at = case when ? = 3 then ? else read_at end,
              error = case when ? = 4 then ? else error end,
              wa_id = coalesce(?, wa_id)
        where provider_message_id = ? and channel = ?
          and (case status when 'QUEUED' then 0 when 'SENT' then 1 when 'DELIVERED' then 2 when 'READ' then 3 else 4 end) < ?`,
      [status, order[report.status], order[report.status], report.at, order[report.status], report.at, order[report.status],
        report.errorMessage ? `O WhatsApp informou falha na entrega: ${report.errorMessage}${report.errorCode ? ` (${report.errorCode})` : ''}` : 'O canal informou falha na entrega.',
        report.waId ?? null, report.providerMessageId, report.channel, order[report.status]]);
  }

  /**
   * A message a person sent to the company's WhatsApp: "PARAR" (or SAIR, STOP, CANCELAR) withdraws
   * their WhatsApp consent (R-OPS-3), as the consent text promises. The person is found by the
   * wa_id the API gave for them, or by the mobile in their cadastro.
   */
  async inbound(message: { waId: string; phone: string; text: string | null; at: Date }): Promise<void> {
    if (!/^\s*(parar|sair|stop|cancelar|descadastrar)\s*[.!]?\s*$/i.test(message.text ?? '')) return;
    const em = this.orm!.em.fork();
    const rows = await query<{ id: string; phone: string | null }>(em,
      `select a.id, c.phone from account a left join customer c on c.id = a.customer_id left join notification_preference np on np.account_id = a.id
        where np.wa_id = :waId or right(regexp_replace(coalesce(c.phone, ''), '\\D', '', 'g'), 8) = right(:phone, 8)`,
      { waId: message.waId, phone: message.phone });
    const accounts = rows.filter((r) => whatsappNumber(r.phone) === message.phone || rows.length === 1).map((r) => r.id);
    for (const accountId of accounts) {
      await revokeConsent(em, { accountId, purpose: ConsentPurpose.WHATSAPP, source: ConsentSource.CHANNEL, at: message.at });
    }
    this.deps.logger.info({ accounts: accounts.length }, 'WhatsApp opt-out by message');
  }

  /** Puts a failed notification back in the queue (staff, from the dead-letter list). */
  async requeue(em: EntityManager, notificationId: string): Promise<void> {
    await execute(em, `update notification set status = 'QUEUED', error = null where id = ? and status = 'FAILED' and content is not null`, [notificationId]);
  }

  // R-NOTIFY-2: one-click unsubscribe (RFC 8058) from the digest-type e-mails.

  private async key(em: EntityManager): Promise<string> {
    if (!this.unsubscribeKey) {
      const [row] = await query<{ value: string }>(em, `select value from server_secret where name = 'unsubscribe'`, {});
      this.unsubscribeKey = row!.value;
    }
    return this.unsubscribeKey;
  }

  async unsubscribeToken(em: EntityManager, accountId: string): Promise<string> {
    const mac = createHmac('sha256', await this.key(em)).update(`unsubscribe:${accountId}`).digest('base64url').slice(0, 32);
    return `${accountId}.${mac}`;
  }

  /** The account a token names, when its signature holds. */
  async accountOfToken(em: EntityManager, token: string): Promise<string | null> {
    const [accountId, mac] = token.split('.');
    if (!accountId || !mac || !/^[0-9a-f-]{36}$/.test(accountId)) return null;
    const expected = (await this.unsubscribeToken(em, accountId)).split('.')[1]!;
    const a = Buffer.from(mac);
    const b = Buffer.from(expected);
    return a.length === b.length && timingSafeEqual(a, b) ? accountId : null;
  }

  /** Turns the e-mail channel off for the digest-type notices (the link in every such e-mail). */
  async unsubscribeEmail(em: EntityManager, accountId: string): Promise<void> {
    await execute(em, `insert into notification_preference (account_id, email, updated_at) values (?, false, ?) on conflict (account_id) do update set email = false, updated_at = excluded.updated_at`,
      [accountId, this.deps.clock.now()]);
  }

  private async withUnsubscribe(em: EntityManager, kind: NotificationKind, accountId: string, content: NoticeContent): Promise<{ content: NoticeContent; headers?: Record<string, string> }> {
    if (TRANSACTIONAL.has(kind)) return { content };
    const url = `${this.publicBase()}/notificacoes/descadastrar?t=${encodeURIComponent(await this.unsubscribeToken(em, accountId))}`;
    const footer = `Você recebe este e-mail porque tem acesso ao portal. Para não receber mais avisos por e-mail, <a href="${url}">cancele aqui</a> ou mude suas preferências no portal.`;
    return {
      content: { ...content, text: `${content.text}\nPara não receber mais avisos por e-mail: ${url}\n`, html: content.html.replace('</body>', `<p style="font-size:13px;color:#4b5563">${footer}</p></body>`) },
      headers: { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    };
  }

  /** Where links in notices point when the person's portal domain is unknown (PUBLIC_URL, else the server's own address). */
  publicBase(): string {
    return (this.deps.config.publicUrl ?? this.base ?? `http://localhost:${this.deps.config.port}`).replace(/\/$/, '');
  }

  /** The server's own address, once it listens. */
  base: string | null = null;
}

/** A PostgreSQL array literal (items as text; null is NULL). */
function arr(values: readonly (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${v.replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
}

export { mailHtml };
