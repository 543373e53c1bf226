import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Access, StaffScope } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { DomainError } from '../../domain-errors.js';
import { Account } from '../auth/account.entity.js';
import { AccountKind } from '../auth/account.enums.js';
import { Customer } from '../customers/customer.entity.js';
import { ConsentPurpose, ConsentSource } from '../privacy/consent.entity.js';
import { CONSENT_TEXTS, grantConsent, hasConsent } from '../privacy/consents.js';
import { getInScope } from '../scope/staff-scope.js';
import { requireStaff, signedIn } from '../visibility/scope.js';
import { execute, query } from '../visibility/sql.js';
import { NotificationChannel, NotificationFrequency } from './notification.enums.js';
import { mobileNumber } from './notification.service.js';
import { CustomerNotifications, FailedJobView, NotificationPreferencesInput, NotificationPreferencesView, NotificationView } from './notification.types.js';
import { logPersonalDataRead } from '../privacy/access-log.js';
import { PersonalDataKind } from '../privacy/privacy.enums.js';

const JOB_WORDS: Record<string, string> = {
  'notify.event': 'Descobrir quem avisar de um acontecimento',
  'notify.deliver': 'Enviar um aviso',
  'notify.bills': 'Avisos diários de boletos',
  'notify.bookings': 'Lembretes de agendamentos',
};

/** "5511987654321" → "(11) 98765-4321". */
const phoneText = (n: string) => `(${n.slice(2, 4)}) ${n.slice(4, 9)}-${n.slice(9)}`;

async function preferencesView(ctx: Context, account: { id: string; email: string | null }, phone: string | null): Promise<NotificationPreferencesView> {
  const notifications = ctx.services.notifications;
  const p = (await notifications.preferences(ctx.em, [account.id])).get(account.id)!;
  const mobile = mobileNumber(phone);
  return {
    email: p.email, whatsapp: p.whatsapp, push: p.push, frequency: p.frequency, workLog: p.workLog,
    whatsappConsent: await hasConsent(ctx.em, account.id, ConsentPurpose.WHATSAPP), whatsappConsentText: CONSENT_TEXTS.WHATSAPP.text,
    emailAddress: account.email, whatsappNumber: mobile ? phoneText(mobile) : null,
    whatsappAvailable: notifications.hasChannel(NotificationChannel.WHATSAPP), pushAvailable: notifications.hasChannel(NotificationChannel.PUSH),
  };
}

@Resolver()
export class NotificationResolver {
  @Access('CUSTOMER', 'SYNDIC')
  @Query(() => NotificationPreferencesView, { description: 'R-NOTIFY-2: minhas preferências de aviso.' })
  async myNotificationPreferences(@Ctx() ctx: Context): Promise<NotificationPreferencesView> {
    const { account } = signedIn(ctx);
    const customer = account.customer ? await ctx.em.findOne(Customer, { id: account.customer.id }) : null;
    return preferencesView(ctx, account, customer?.phone ?? null);
  }

  @Access('CUSTOMER', 'SYNDIC')
  @Mutation(() => NotificationPreferencesView, { description: 'R-NOTIFY-2: muda minhas preferências de aviso; ligar o WhatsApp registra o consentimento (R-OPS-3).' })
  async updateNotificationPreferences(@Arg('input', () => NotificationPreferencesInput) input: NotificationPreferencesInput, @Ctx() ctx: Context): Promise<NotificationPreferencesView> {
    const { account } = signedIn(ctx);
    const now = ctx.services.clock.now();
    const current = (await ctx.services.notifications.preferences(ctx.em, [account.id])).get(account.id)!;
    const next = {
      email: input.email ?? current.email, whatsapp: input.whatsapp ?? current.whatsapp, push: input.push ?? current.push,
      frequency: input.frequency ?? current.frequency, workLog: input.workLog ?? current.workLog,
    };
    await ctx.em.transactional(async (tx) => {
      await execute(tx, `insert into notification_preference (account_id, email, whatsapp, push, frequency, work_log, updated_at) values (?, ?, ?, ?, ?, ?, ?)
        on conflict (account_id) do update set email = excluded.email, whatsapp = excluded.whatsapp, push = excluded.push, frequency = excluded.frequency, work_log = excluded.work_log, updated_at = excluded.updated_at`,
        [account.id, next.email, next.whatsapp, next.push, next.frequency, next.workLog, now]);
      if (input.whatsapp === true) await grantConsent(tx, { companyId: account.company.id, accountId: account.id, purpose: ConsentPurpose.WHATSAPP, source: ConsentSource.PORTAL, at: now });
      ctx.services.audit.record(tx, {
        actor: account, company: account.company, action: 'notification.preferences', targetType: 'Account', targetId: account.id,
        before: { ...current, waId: undefined }, after: next, ip: ctx.ip,
      });
    });
    return this.myNotificationPreferences(ctx);
  }

  @Access('STAFF')
  @StaffScope('Customer')
  @Query(() => CustomerNotifications, { description: 'R-NOTIFY-2 e -3: as preferências de aviso de um cliente e os avisos enviados a ele, com a situação da entrega.' })
  async customerNotifications(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<CustomerNotifications> {
    const staff = requireStaff(ctx);
    const customer = await getInScope(ctx.em, staff, Customer, customerId);
    await logPersonalDataRead(ctx.em, staff, customer.id, PersonalDataKind.NOTIFICATIONS, ctx.services.clock.now());
    const account = await ctx.em.findOne(Account, { customer: customer.id, kind: AccountKind.CUSTOMER });
    if (!account) return { accountId: null, preferences: null, sent: [] };
    const rows = await query<NotificationView>(ctx.em,
      `select id, kind, channel, status, subject, address, error, attempts, created_at as "createdAt", sent_at as "sentAt", delivered_at as "deliveredAt", read_at as "readAt"
         from notification where account_id = :account order by created_at desc, id desc limit :limit`,
      { account: account.id, limit: Math.min(200, Math.max(1, limit)) });
    const at = (v: Date | string | null) => (v === null ? null : new Date(v));
    const sent = rows.map((r) => ({ ...r, createdAt: at(r.createdAt)!, sentAt: at(r.sentAt), deliveredAt: at(r.deliveredAt), readAt: at(r.readAt) }));
    return { accountId: account.id, preferences: await preferencesView(ctx, account, customer.phone ?? null), sent };
  }

  @Access('ADMIN')
  @StaffScope('FailedJob (company-wide)')
  @Query(() => [FailedJobView], { description: 'R-NOTIFY-3: os trabalhos da fila da empresa que falharam depois de todas as tentativas.' })
  async failedJobs(@Ctx() ctx: Context): Promise<FailedJobView[]> {
    const staff = requireStaff(ctx);
    const jobs = await ctx.services.notifications.jobQueue.failed(staff.companyId);
    const notificationIds = jobs.map((j) => j.data.notificationId).filter((id): id is string => typeof id === 'string');
    const subjects = notificationIds.length
      ? new Map((await query<{ id: string; subject: string; name: string; channel: string }>(ctx.em,
        `select n.id, n.subject, a.name, n.channel from notification n join account a on a.id = n.account_id where n.id = any(cast(:ids as uuid[]))`, { ids: notificationIds })).map((r) => [r.id, r]))
      : new Map();
    const CHANNEL = { EMAIL: 'e-mail', WHATSAPP: 'WhatsApp', PUSH: 'notificação no celular' } as Record<string, string>;
    return jobs.map((j) => {
      const n = typeof j.data.notificationId === 'string' ? subjects.get(j.data.notificationId) : undefined;
      const description = n ? `Enviar "${n.subject}" para ${n.name} por ${CHANNEL[n.channel]}` : (JOB_WORDS[j.kind] ?? 'Trabalho da fila');
      return { id: j.id, description, error: j.error, retries: j.retries, createdAt: j.createdAt, failedAt: j.failedAt };
    });
  }

  @Access('ADMIN')
  @StaffScope('FailedJob (company-wide)')
  @Mutation(() => Boolean, { description: 'R-NOTIFY-3: põe de novo na fila um trabalho que falhou; auditado.' })
  async retryFailedJob(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    const staff = requireStaff(ctx);
    const notifications = ctx.services.notifications;
    const found = (await notifications.jobQueue.failed(staff.companyId, 1000)).find((j) => j.id === id);
    if (!found) throw new DomainError('NOT_FOUND', 'Este trabalho não está na lista de falhas (talvez já tenha sido tentado de novo).');
    await ctx.em.transactional(async (tx) => {
      if (typeof found.data.notificationId === 'string') await notifications.requeue(tx, found.data.notificationId);
      ctx.services.audit.staffChange(tx, staff, { action: 'queue.retry', targetType: 'Company', targetId: staff.companyId, after: { job: id, kind: found.kind } });
    });
    await notifications.jobQueue.retry(staff.companyId, id);
    return true;
  }
}

export { NotificationFrequency };
