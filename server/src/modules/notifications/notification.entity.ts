import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Company } from '../company/company.entity.js';
import { NotificationChannel, NotificationFrequency, NotificationKind, NotificationStatus } from './notification.enums.js';

/** What a notice says, rendered once when it is queued (secrets are cleared once it is sent). */
export interface NoticeContent {
  subject: string;
  text: string;
  html: string;
  link?: string;
  whatsapp?: { template: string; params: string[] };
  push?: { title: string; body: string; url: string };
  /** Files the e-mail carries (the statement's PDF), base64; cleared once sent. */
  files?: { filename: string; contentType: string; base64: string }[];
}

/**
 * R-NOTIFY-3: one delivery — a notice to one person on one channel. The unique key makes
 * "nothing twice for the same event, channel and day" a fact of the database: `dedupeKey` names
 * the event (a status change, a reply, the bills digest of that person), `day` is its São Paulo
 * date. Created in the same transaction as its delivery job; the worker moves it on.
 */
@Entity({ tableName: 'notification' })
@Unique({ name: 'notification_once', properties: ['account', 'dedupeKey', 'channel', 'day'] })
@Index({ properties: ['account', 'createdAt'] })
@Index({ name: 'notification_provider_id_index', properties: ['providerMessageId'] })
export class Notification {
  [OptionalProps]?: 'id' | 'createdAt' | 'status' | 'attempts' | 'error' | 'sentAt' | 'deliveredAt' | 'readAt' | 'providerMessageId' | 'waId' | 'address';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Rel<Account>;

  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind!: NotificationKind;

  @Enum({ items: () => NotificationChannel, nativeEnumName: 'notification_channel' })
  channel!: NotificationChannel;

  @Property({ type: 'text' })
  dedupeKey!: string;

  /** The São Paulo date of the event (aaaa-mm-dd). */
  @Property({ type: 'date' })
  day!: string;

  @Enum({ items: () => NotificationStatus, nativeEnumName: 'notification_status', default: NotificationStatus.QUEUED })
  status: NotificationStatus = NotificationStatus.QUEUED;

  /** Null once sent when it carried a secret (magic link, code, invitation). */
  @Property({ type: 'jsonb', nullable: true })
  content?: NoticeContent | null;

  /** The subject, kept for the admin's history even when the content is cleared. */
  @Property({ type: 'text' })
  subject!: string;

  /** Where it went: the e-mail address or phone (masked for nobody: staff see it, as they see the cadastro). */
  @Property({ type: 'text', nullable: true })
  address?: string | null = null;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  /** Why it failed or was not sent, in words. */
  @Property({ type: 'text', nullable: true })
  error?: string | null = null;

  @Property({ type: 'text', nullable: true })
  providerMessageId?: string | null = null;

  @Property({ type: 'text', nullable: true })
  waId?: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt?: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  readAt?: Date | null = null;
}

/** R-NOTIFY-2: a person's choices. No row: the defaults (e-mail and WhatsApp, daily, no work-log notices). */
@Entity({ tableName: 'notification_preference' })
export class NotificationPreference {
  [OptionalProps]?: 'email' | 'whatsapp' | 'push' | 'frequency' | 'workLog' | 'updatedAt' | 'waId';

  @ManyToOne(() => Account, { primary: true, deleteRule: 'cascade' })
  account!: Rel<Account>;

  @Property({ type: 'boolean', default: true })
  email: boolean = true;

  /** WhatsApp also needs the person's consent in force (privacy/consent.entity.ts). */
  @Property({ type: 'boolean', default: true })
  whatsapp: boolean = true;

  /** Push also needs a subscribed phone. */
  @Property({ type: 'boolean', default: true })
  push: boolean = true;

  @Enum({ items: () => NotificationFrequency, nativeEnumName: 'notification_frequency', default: NotificationFrequency.DAILY })
  frequency: NotificationFrequency = NotificationFrequency.DAILY;

  /** A new approved entry of the Diário de Obra (off unless the person wants it). */
  @Property({ type: 'boolean', default: false })
  workLog: boolean = false;

  /** The WhatsApp ID the Cloud API last resolved this person's phone to (may lack the ninth digit). */
  @Property({ type: 'text', nullable: true })
  waId?: string | null = null;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
