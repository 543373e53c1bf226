import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Company } from '../company/company.entity.js';

/** R-SYNC-1: what a token may do. `INTEGRATION` includes everything `READ` may. */
export enum TokenScope {
  /** Queries: developments, units, customers, reservations, sync runs. */
  READ = 'READ',
  /** Also the upserts, the outbox and sync runs. */
  INTEGRATION = 'INTEGRATION',
}
registerEnumType(TokenScope, { name: 'TokenScope', description: 'R-SYNC-1: o que um token pode fazer (INTEGRATION inclui READ).' });

/**
 * R-SYNC-1: a third party's key to the GraphQL API (an ERP, a BI tool). Created by an ADMIN and
 * shown once; only the SHA-256 of its secret is stored. It sees only its company.
 */
@Entity({ tableName: 'api_token' })
@Index({ properties: ['company', 'createdAt'] })
@ObjectType({ description: 'R-SYNC-1: um token de API de um sistema integrado (ERP, BI): só a empresa dele, com os escopos dados.' })
export class ApiToken {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => [TokenScope])
  @Enum({ items: () => TokenScope, array: true })
  scopes!: TokenScope[];

  @Property({ type: 'text', unique: true, hidden: true })
  tokenHash!: string;

  /** The secret's first characters, to tell tokens apart on screen ("hbt_3kq9…"). */
  @Field(() => String, { description: 'O começo do token, para reconhecê-lo (o resto nunca é mostrado de novo).' })
  @Property({ type: 'text' })
  prefix!: string;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  createdBy?: Rel<Account> | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Último uso (atualizado a cada minuto, no máximo).' })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;
}
