import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Block } from '../developments/block.entity.js';
import { Development } from '../developments/development.entity.js';
import { WorkLogStatus, WorkWeather } from './work-log.enums.js';

/** One role on site that day and how many people worked in it. */
export interface LabourLine {
  role: string;
  headcount: number;
}

/**
 * R-WORK-1: a day of the Diário de Obra of a development — or of one of its blocks (towers): an
 * entry of a block reaches only customers who see a unit of that block. Photos and attachments
 * are stored files (WORK_LOG_PHOTO, WORK_LOG_ATTACHMENT) owned by the entry. Staff write it
 * (DRAFT), send it to review (IN_REVIEW) and approve or reject it; customers see the statuses
 * their portal lists (works.rules.ts).
 */
@Entity({ tableName: 'work_log_entry' })
@Index({ properties: ['development', 'date'] })
export class WorkLogEntry {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | 'block' | 'status' | 'weather' | 'occurrences' | 'labour' | 'reviewNote' | 'reviewedAt' | 'reviewedBy' | 'createdBy' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Development, { deleteRule: 'cascade' })
  development!: Rel<Development>;

  /** Null: the whole development; a block: only that tower's customers. */
  @ManyToOne(() => Block, { nullable: true, deleteRule: 'cascade' })
  block?: Rel<Block> | null = null;

  /** The day on site (aaaa-mm-dd, São Paulo). */
  @Property({ type: 'date' })
  date!: string;

  @Enum({ items: () => WorkLogStatus, nativeEnumName: 'work_log_status', default: WorkLogStatus.DRAFT })
  status: WorkLogStatus = WorkLogStatus.DRAFT;

  @Enum({ items: () => WorkWeather, nativeEnumName: 'work_weather', nullable: true })
  weather?: WorkWeather | null = null;

  /** What happened that day (ocorrências), in the team's words. */
  @Property({ type: 'text', default: '' })
  occurrences: string = '';

  /** Mão de obra: roles and headcount. */
  @Property({ type: 'jsonb', default: '[]' })
  labour: LabourLine[] = [];

  /** Why it was rejected (staff only). */
  @Property({ type: 'text', nullable: true })
  reviewNote?: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt?: Date | null = null;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  reviewedBy?: Rel<Account> | null = null;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  createdBy?: Rel<Account> | null = null;

  /** Bumped by every change: a save made against an older version conflicts (no lost update). */
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
