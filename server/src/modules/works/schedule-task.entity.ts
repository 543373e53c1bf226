import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';
import { Development } from '../developments/development.entity.js';

/**
 * R-WORK-2: a task (a stage of the construction: Fundação, Estrutura…) of a development's
 * Cronograma, with planned and actual dates, its weight in the whole and its progress (0–100).
 * The schedule is per development (schedule.ts computes progress, delays and the forecast).
 */
@Entity({ tableName: 'schedule_task' })
@Index({ properties: ['development', 'position'] })
export class ScheduleTask {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | 'actualStart' | 'actualEnd' | 'weight' | 'progress' | 'position' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Development, { deleteRule: 'cascade' })
  development!: Rel<Development>;

  @Property({ type: 'text' })
  name!: string;

  /** Order in the schedule. */
  @Property({ type: 'integer', default: 0 })
  position: number = 0;

  @Property({ type: 'date' })
  plannedStart!: string;

  @Property({ type: 'date' })
  plannedEnd!: string;

  @Property({ type: 'date', nullable: true })
  actualStart?: string | null = null;

  /** Set when the task is finished. */
  @Property({ type: 'date', nullable: true })
  actualEnd?: string | null = null;

  /** Its share of the whole work (any positive number; progress is weighted by it). */
  @Property({ type: 'integer', default: 1 })
  weight: number = 1;

  /** Percent done, 0–100. */
  @Property({ type: 'integer', default: 0 })
  progress: number = 0;

  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
