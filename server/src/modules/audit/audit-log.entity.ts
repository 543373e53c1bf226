import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSON } from '../../graphql/scalars.js';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Company } from '../company/company.entity.js';

/** R-OPS-2: who did what to which object, when, from where. Append-only (a trigger refuses UPDATE and DELETE). */
@Entity({ tableName: 'audit_log' })
@Index({ properties: ['company', 'at'] })
@Index({ properties: ['targetType', 'targetId'] })
@ObjectType({ description: 'Registro de auditoria: quem fez o quê, quando e de onde.' })
export class AuditLog {
  [OptionalProps]?: 'id' | 'at';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { nullable: true, deleteRule: 'cascade' })
  company?: Rel<Company> | null;

  /** Null for the system itself (migrations, ERP jobs). */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  actor?: Rel<Account> | null;

  /** Who it was when it happened (name and e-mail), kept even if the account goes away. */
  @Field(() => String)
  @Property({ type: 'text' })
  actorLabel!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  action!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  targetType!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  targetId?: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'jsonb', nullable: true })
  before?: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'jsonb', nullable: true })
  after?: unknown;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  ip?: string | null;

  /** R-EXPLAIN-4: what the change hid from customers and showed them, as its preview counted (impact.service.ts). */
  @Property({ type: 'jsonb', nullable: true })
  impact?: unknown;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at: Date = new Date();
}
