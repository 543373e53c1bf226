import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Company } from '../company/company.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { PersonalDataKind } from './privacy.enums.js';

/**
 * R-OPS-3: a member of staff read part of a customer's record. Written by `logPersonalDataRead`
 * (access-log.ts), at most once per staff member, customer and kind in `READ_LOG_WINDOW_MINUTES`.
 */
@Entity({ tableName: 'personal_data_access' })
export class PersonalDataAccess {
  [OptionalProps]?: 'id' | 'at' | 'ip';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  staff?: Rel<Account> | null;

  /** Who it was when they read (name), kept if the account goes away. */
  @Property({ type: 'text' })
  staffLabel!: string;

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @Enum({ items: () => PersonalDataKind, nativeEnumName: 'personal_data_kind' })
  kind!: PersonalDataKind;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Property({ type: 'text', nullable: true })
  ip?: string | null = null;
}
