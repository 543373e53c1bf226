import { registerEnumType } from 'type-graphql';

/** R-NOTIFY-2: how a notice reaches a person. */
export enum NotificationChannel {
  EMAIL = 'EMAIL',
  WHATSAPP = 'WHATSAPP',
  PUSH = 'PUSH',
}
registerEnumType(NotificationChannel, { name: 'NotificationChannel', description: 'R-NOTIFY-2: e-mail, WhatsApp ou notificação no celular (push).' });

/** What a notice is about (R-NOTIFY-1, R-NOTIFY-4, R-AUTH-8). */
export enum NotificationKind {
  /** The daily (or weekly) notice of bills due today and overdue (R-NOTIFY-1). */
  BILLS_DIGEST = 'BILLS_DIGEST',
  REQUEST_STATUS = 'REQUEST_STATUS',
  REQUEST_REPLY = 'REQUEST_REPLY',
  WORK_LOG_ENTRY = 'WORK_LOG_ENTRY',
  BOOKING_CONFIRMED = 'BOOKING_CONFIRMED',
  BOOKING_REMINDER = 'BOOKING_REMINDER',
  INVITATION = 'INVITATION',
  MAGIC_LINK = 'MAGIC_LINK',
  ONE_TIME_CODE = 'ONE_TIME_CODE',
  STATEMENT = 'STATEMENT',
}
registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'Do que trata o aviso: boletos, atendimento, diário de obra, agendamento, convite, link ou código de acesso, extrato.' });

/** Where one delivery of a notice on one channel is (R-NOTIFY-3). */
export enum NotificationStatus {
  /** Waiting in the queue (or for its retry). */
  QUEUED = 'QUEUED',
  /** Accepted by the channel (SMTP server, WhatsApp Cloud API, push service). */
  SENT = 'SENT',
  /** The channel says it reached the phone (WhatsApp, push). */
  DELIVERED = 'DELIVERED',
  /** The person opened it (WhatsApp read receipt). */
  READ = 'READ',
  /** Given up: a permanent error, or every retry failed. The error says why. */
  FAILED = 'FAILED',
  /** Not sent on purpose: no consent, no address, channel turned off — the reason says which. */
  SKIPPED = 'SKIPPED',
}
registerEnumType(NotificationStatus, { name: 'NotificationStatus', description: 'Na fila, enviado, entregue, lido, falhou ou não enviado (com o motivo).' });

/** R-NOTIFY-2: how often the digest-type notices (bills) come. */
export enum NotificationFrequency {
  /** Monday to Friday. */
  DAILY = 'DAILY',
  /** Mondays. */
  WEEKLY = 'WEEKLY',
}
registerEnumType(NotificationFrequency, { name: 'NotificationFrequency', description: 'R-NOTIFY-2: diário (segunda a sexta) ou semanal (às segundas).' });
