import type { NotificationChannel, NotificationKind } from './notification.enums.js';

/** Who a notice goes to, as the channels need it. */
export interface Recipient {
  accountId: string;
  companyId: string;
  name: string;
  email: string | null;
  /** Brazilian mobile in E.164 without '+', e.g. 5511987654321 (customer.phone, normalised). */
  phone: string | null;
  /** The WhatsApp ID the Cloud API returned for this phone last time (older numbers may lack the ninth digit). */
  waId: string | null;
}

/** One notice, rendered for every channel; each adapter takes the part it needs. */
export interface OutgoingNotice {
  /** The `notification` row this delivery is (one per recipient, notice and channel). */
  notificationId: string;
  kind: NotificationKind;
  recipient: Recipient;
  /** E-mail. */
  subject: string;
  text: string;
  html: string;
  /** The portal page the notice is about (absolute URL). */
  link?: string;
  /** Extra e-mail headers (List-Unsubscribe, List-Unsubscribe-Post — RFC 8058). */
  headers?: Record<string, string>;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
  /** WhatsApp: an approved template and its body parameters, in order (language pt_BR). */
  whatsapp?: { template: string; params: string[] };
  /** Web Push: what the phone shows, and where a tap leads. */
  push?: { title: string; body: string; url: string };
}

/** What a channel answered when it accepted the notice. */
export interface ChannelResult {
  /** The provider's message id (WhatsApp `wamid…`, SMTP Message-ID); delivery statuses arrive with it. */
  providerMessageId?: string;
  /** WhatsApp: the `wa_id` the API resolved the phone to (store it, use it next time). */
  waId?: string;
}

/**
 * A channel that refused. `permanent`: retrying cannot help (bad number, template not approved,
 * outside the 24-hour window, subscription gone) — recorded as FAILED at once. Otherwise the queue
 * retries with backoff; `retryAfterMs` (rate limit) is a hint for the next attempt.
 */
export class ChannelError extends Error {
  override name = 'ChannelError';
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly code?: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** One way out (e-mail through SMTP, WhatsApp Cloud API, Web Push). Never a stub: tests run a local server speaking the real protocol. */
export interface ChannelAdapter {
  readonly channel: NotificationChannel;
  send(notice: OutgoingNotice): Promise<ChannelResult>;
  close?(): Promise<void> | void;
}

/** A delivery status the provider reported later (WhatsApp webhook, push service). */
export interface DeliveryReport {
  channel: NotificationChannel;
  providerMessageId: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  at: Date;
  waId?: string;
  errorCode?: string;
  errorMessage?: string;
}
