import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';
import { Portal } from '../portal/portal.entity.js';
import { Account } from './account.entity.js';

/** How the session was opened (decides, e.g., whether a password may be set without the current one). */
export enum SessionMethod {
  PASSWORD = 'PASSWORD',
  MAGIC_LINK = 'MAGIC_LINK',
  INVITATION = 'INVITATION',
  /** R-WORK-4: staff viewing the portal as this customer (read-only). */
  VIEW_AS = 'VIEW_AS',
  /** R-AUTH-8: a one-time code by e-mail or WhatsApp. */
  ONE_TIME_CODE = 'ONE_TIME_CODE',
}

/** A signed-in session. Only the SHA-256 of its token is stored. */
@Entity({ tableName: 'session' })
export class Session {
  [OptionalProps]?: 'id' | 'createdAt' | 'lastSeenAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @Index()
  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Rel<Account>;

  @Enum({ items: () => SessionMethod, nativeEnumName: 'session_method' })
  method!: SessionMethod;

  /** The portal the customer signed in through; null for staff and API clients. */
  @ManyToOne(() => Portal, { nullable: true, deleteRule: 'cascade' })
  portal?: Rel<Portal> | null;

  /** The hostname used at sign-in (R-PORTAL-3 decides what that domain shows). */
  @Property({ type: 'text', nullable: true })
  hostname?: string | null;

  /** R-WORK-4: a read-only "view as client" session opened by this staff member. */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'cascade' })
  viewedBy?: Rel<Account> | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  lastSeenAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  ip?: string | null;

  @Property({ type: 'text', nullable: true })
  userAgent?: string | null;
}
