import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { newId } from '../../../db/ids.js';
import { Account } from '../../auth/account.entity.js';
import { Session } from '../../auth/session.entity.js';

/**
 * A browser that agreed to show the portal's notifications (Web Push, RFC 8030/8291): where its
 * push service takes messages (`endpoint`, a capability URL — never shown to anyone) and the keys
 * to encrypt them for it. One per browser: the same endpoint subscribed by someone else (a shared
 * phone) moves to them. Deleted when the push service says it is gone (404/410), and when the
 * person signs out of the session it was made from (R-OPS-3: a signed-out phone stops showing
 * their notices).
 */
@Entity({ tableName: 'push_subscription' })
@Index({ properties: ['account', 'createdAt'] })
export class WebPushSubscription {
  [OptionalProps]?: 'id' | 'createdAt' | 'lastSuccessAt' | 'session';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Rel<Account>;

  /** The session it was subscribed from (the last one, when the browser subscribes again); null for older rows. */
  @Index()
  @ManyToOne(() => Session, { nullable: true, deleteRule: 'set null' })
  session?: Rel<Session> | null = null;

  @Property({ type: 'text', unique: true })
  endpoint!: string;

  /** The browser's P-256 public key (base64url, 65 bytes). */
  @Property({ type: 'text' })
  p256dh!: string;

  /** The browser's authentication secret (base64url, 16 bytes). */
  @Property({ type: 'text' })
  auth!: string;

  /** The browser and system in words, from its User-Agent ("Chrome no Android"). */
  @Property({ type: 'text' })
  userAgentLabel!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** The last message its push service accepted. */
  @Property({ type: 'timestamptz', nullable: true })
  lastSuccessAt?: Date | null = null;
}
