import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { GraphQLJSON } from '../../graphql/scalars.js';
import { ErpKind } from './erp-kind.js';
import { SyncRun } from './sync-run.entity.js';

/** R-SYNC-4: a row the ERP sent during a run that was refused, with the row itself. */
@Entity({ tableName: 'sync_run_error' })
@Index({ properties: ['run', 'at'] })
@ObjectType({ description: 'R-SYNC-4: uma linha recusada numa sincronização, com o motivo e a linha enviada.' })
export class SyncRunError {
  [OptionalProps]?: 'id';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => SyncRun, { deleteRule: 'cascade' })
  run!: Rel<SyncRun>;

  @Field(() => ErpKind)
  @Enum({ items: () => ErpKind, nativeEnumName: 'erp_kind' })
  kind!: ErpKind;

  @Field(() => Int, { description: 'A posição da linha no lote (a partir de 0).' })
  @Property({ type: 'integer' })
  rowIndex!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  erpCode?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  field?: string | null;

  @Field(() => String)
  @Property({ type: 'text' })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  message!: string;

  /** The row as the ERP sent it (the admin app shows it field by field, in words). */
  @Field(() => GraphQLJSON, { description: 'A linha como o ERP a enviou.' })
  @Property({ type: 'jsonb' })
  row!: Record<string, unknown>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at!: Date;
}
