import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Company } from '../company/company.entity.js';
import { ApiToken } from './api-token.entity.js';

export enum SyncRunStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  /** Unlocked by an ADMIN after its process stopped answering (R-SYNC-4). */
  ABANDONED = 'ABANDONED',
}
registerEnumType(SyncRunStatus, { name: 'SyncRunStatus', description: 'R-SYNC-4: situação de uma sincronização.' });

/**
 * R-SYNC-4, "Sincronização das Bases": a run of the ERP's batches, with status, start, end, counts
 * and an error log. One RUNNING run per company at a time: a unique index on the company where the
 * status is RUNNING — a lock that outlives a crashed process, which an ADMIN unlocks (audited).
 */
@Entity({ tableName: 'sync_run' })
@Index({ properties: ['company', 'startedAt'] })
@Index({ name: 'sync_run_one_running_per_company', expression: `create unique index "sync_run_one_running_per_company" on "sync_run" ("company_id") where "status" = 'RUNNING'` })
@ObjectType({ description: 'R-SYNC-4: uma sincronização das bases (execução do ERP), com situação, início, fim, contagens e erros.' })
export class SyncRun {
  [OptionalProps]?: 'id' | 'inserted' | 'updated' | 'unchanged' | 'failedRows' | 'batches';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @Field(() => SyncRunStatus)
  @Enum({ items: () => SyncRunStatus, nativeEnumName: 'sync_run_status' })
  status!: SyncRunStatus;

  @Field(() => String, { nullable: true, description: 'O que a execução diz de si (ex.: "carga noturna").' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @ManyToOne(() => ApiToken, { nullable: true, deleteRule: 'set null' })
  startedByToken?: Rel<ApiToken> | null;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  startedByAccount?: Rel<Account> | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;

  /** Last batch or call of the run: a RUNNING run silent for long is stale (R-SYNC-4). */
  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  lastActivityAt!: Date;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  batches: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  inserted: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  updated: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  unchanged: number = 0;

  @Field(() => Int, { description: 'Linhas recusadas (os lotes com erro não gravam nada).' })
  @Property({ type: 'integer', default: 0 })
  failedRows: number = 0;
}
