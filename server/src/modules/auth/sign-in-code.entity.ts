import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';
import { Portal } from '../portal/portal.entity.js';
import { Account } from './account.entity.js';

/**
 * R-AUTH-8: a one-time sign-in code. Six digits, short-lived, single use, stored as an HMAC with
 * its own salt (never the digits), dead after five wrong tries; a new code retires the earlier ones.
 */
@Entity({ tableName: 'sign_in_code' })
@Index({ properties: ['account', 'createdAt'] })
export class SignInCode {
  [OptionalProps]?: 'id' | 'usedAt' | 'attempts' | 'hostname';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Rel<Account>;

  @ManyToOne(() => Portal, { nullable: true, deleteRule: 'cascade' })
  portal?: Rel<Portal> | null;

  @Property({ type: 'text', nullable: true })
  hostname?: string | null = null;

  @Property({ type: 'text' })
  codeHash!: string;

  @Property({ type: 'text' })
  salt!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date | null = null;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;
}
