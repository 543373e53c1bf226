import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { newId } from '../../../db/ids.js';
import { Account } from '../account.entity.js';

/**
 * R-AUTH-8: a recovery code, for a staff member who lost the phone with the authenticator: ten
 * per enrolment, each good once, stored as a SHA-256 (40 random bits, checked under the sign-in
 * throttle). A new set replaces the old one.
 */
@Entity({ tableName: 'recovery_code' })
@Unique({ properties: ['account', 'codeHash'] })
export class RecoveryCode {
  [OptionalProps]?: 'id' | 'usedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Rel<Account>;

  @Property({ type: 'text' })
  codeHash!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date | null = null;
}
