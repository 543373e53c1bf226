import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';
import { Company } from '../company/company.entity.js';
import { Development } from '../developments/development.entity.js';
import { SurveyQuestionKind, SurveyStatus } from './survey.enums.js';

/** A question of a survey (kept with the survey: they change together, only while it is a draft). */
export interface SurveyQuestion {
  id: string;
  kind: SurveyQuestionKind;
  text: string;
  /** The options of a SINGLE_CHOICE question, in order. */
  options: string[];
}

/**
 * Pesquisa (SPEC §11, showSurveys): a survey of the company, for every customer of the portal or
 * only those with a unit in one development, open on the days of its period once published.
 */
@Entity({ tableName: 'survey' })
@Index({ properties: ['company', 'closesOn'] })
export class Survey {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | 'status' | 'development' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  /** Only customers with a unit here answer it (null: every customer of the portal). */
  @ManyToOne(() => Development, { nullable: true, deleteRule: 'cascade' })
  development?: Rel<Development> | null = null;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'date' })
  opensOn!: string;

  @Property({ type: 'date' })
  closesOn!: string;

  @Enum({ items: () => SurveyStatus, nativeEnumName: 'survey_status', default: SurveyStatus.DRAFT })
  status: SurveyStatus = SurveyStatus.DRAFT;

  @Property({ type: 'jsonb' })
  questions!: SurveyQuestion[];

  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}
