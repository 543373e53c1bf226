import { Collection, Entity, Enum, ManyToMany, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Company } from '../company/company.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { Development } from '../developments/development.entity.js';
import { Syndic } from '../syndics/syndic.entity.js';
import { ALL_PORTAL_PERMISSIONS, AccountKind, PortalPermission, StaffPermission, StaffRole } from './account.enums.js';

/**
 * Someone who signs in: a customer, a syndic or a member of staff.
 * E-mails are unique per company and kind (staff: unique everywhere, they sign in without a portal).
 */
@Entity({ tableName: 'account' })
@Unique({ properties: ['company', 'kind', 'email'] })
@Unique({ properties: ['company', 'kind', 'document'] })
@Unique({
  name: 'account_staff_email_unique',
  expression: `create unique index "account_staff_email_unique" on "account" ("email") where "kind" = 'STAFF'`,
})
@ObjectType({ description: 'Uma conta de acesso: cliente, síndico ou equipe.' })
export class Account {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | 'loginActive' | 'permissions' | 'portalPermissions' | 'totpSecret' | 'totpPendingSecret' | 'totpEnabledAt' | 'totpLastStep';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @Field(() => AccountKind)
  @Enum({ items: () => AccountKind, nativeEnumName: 'account_kind' })
  kind!: AccountKind;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  /** The registration record behind a customer's login. */
  @ManyToOne(() => Customer, { nullable: true, unique: true, deleteRule: 'cascade' })
  customer?: Rel<Customer> | null;

  /** The syndic behind a syndic's login. */
  @ManyToOne(() => Syndic, { nullable: true, unique: true, deleteRule: 'cascade' })
  syndic?: Rel<Syndic> | null;

  /** Stored lower-case. */
  @Field(() => String)
  @Property({ type: 'text' })
  email!: string;

  /** CPF or CNPJ without punctuation, upper-case (alphanumeric CNPJ). */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  document?: string | null;

  /** Argon2id; null until the person sets a password through an invitation or magic link. */
  @Property({ type: 'text', nullable: true, hidden: true })
  passwordHash?: string | null;

  /** R-AUTH-1/2: an inactive login is refused with LOGIN_INACTIVE. */
  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  loginActive: boolean = true;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  deactivatedAt?: Date | null;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  deactivatedBy?: Rel<Account> | null;

  @Field(() => StaffRole, { nullable: true })
  @Enum({ items: () => StaffRole, nativeEnumName: 'staff_role', nullable: true })
  staffRole?: StaffRole | null;

  @Field(() => [StaffPermission])
  @Enum({ items: () => StaffPermission, array: true, default: [] })
  permissions: StaffPermission[] = [];

  /** R-WORK-3: a customer's portal permissions (all for a new user); unused for staff and syndics. */
  @Field(() => [PortalPermission])
  @Enum({ items: () => PortalPermission, array: true, default: [...ALL_PORTAL_PERMISSIONS] })
  portalPermissions: PortalPermission[] = [...ALL_PORTAL_PERMISSIONS];

  /** R-OPS-4: the developments a staff member is limited to; none means all of the company's. */
  @ManyToMany(() => Development, undefined, { pivotTable: 'staff_development', joinColumn: 'account_id', inverseJoinColumn: 'development_id' })
  developments = new Collection<Development>(this);

  /** R-OPS-4: a staff account past this date cannot sign in. */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt?: Date | null;

  /** R-AUTH-4: when the customer confirmed their registration data (portals with requireDataConfirmation). */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  dataConfirmedAt?: Date | null;

  /** R-AUTH-8: the staff member's authenticator secret, sealed (two-factor/totp.ts); null until enrolled. */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  totpSecret?: string | null;

  /** A secret shown for enrolment, waiting for its first code. */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  totpPendingSecret?: string | null;

  /** R-AUTH-8: since when sign-in asks for the authenticator's code too. */
  @Property({ type: 'timestamptz', nullable: true })
  totpEnabledAt?: Date | null;

  /** The last 30-second step whose code was taken: a code is never taken twice. */
  @Property({ type: 'integer', nullable: true, hidden: true })
  totpLastStep?: number | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
