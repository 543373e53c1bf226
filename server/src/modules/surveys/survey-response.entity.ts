import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { Survey } from './survey.entity.js';

/** One answer to a question: the option's index, the 1–5 score or the text. */
export interface SurveyAnswer {
  questionId: string;
  choice: number | null;
  scale: number | null;
  text: string | null;
}

/** A customer's answers to a survey: one per customer, enforced by the unique constraint. */
@Entity({ tableName: 'survey_response' })
@Unique({ name: 'survey_response_survey_customer_unique', properties: ['survey', 'customer'] })
export class SurveyResponse {
  [OptionalProps]?: 'id' | 'createdAt' | 'answeredBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Survey, { deleteRule: 'cascade' })
  survey!: Rel<Survey>;

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  answeredBy?: Rel<Account> | null = null;

  @Property({ type: 'jsonb' })
  answers!: SurveyAnswer[];

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
