import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';
import { Portal } from '../portal/portal.entity.js';
import { Account } from './account.entity.js';

export enum AccountTokenPurpose {
  INVITATION = 'INVITATION',
  MAGIC_LINK = 'MAGIC_LINK',
  /** R-WORK-4: opens the client portal as this customer, read-only, for the staff member in `issuedBy`. */
  VIEW_AS = 'VIEW_AS',
}

/** A single-use, expiring secret sent by e-mail (invitation, magic link). Stored hashed. */
@Entity({ tableName: 'account_token' })
export class AccountToken {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Rel<Account>;

  @Enum({ items: () => AccountTokenPurpose, nativeEnumName: 'account_token_purpose' })
  purpose!: AccountTokenPurpose;

  @ManyToOne(() => Portal, { nullable: true, deleteRule: 'cascade' })
  portal?: Rel<Portal> | null;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'cascade' })
  issuedBy?: Rel<Account> | null;

  @Property({ type: 'text', nullable: true })
  hostname?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date | null;
}
