import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';

/** One sign-in attempt, kept for throttling per account and per address (R-AUTH-6). */
@Entity({ tableName: 'login_attempt' })
@Index({ properties: ['identifier', 'at'] })
@Index({ properties: ['ip', 'at'] })
export class LoginAttempt {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  /** The normalised login the person typed (e-mail or document), with the portal's company. */
  @Property({ type: 'text' })
  identifier!: string;

  @Property({ type: 'text' })
  ip!: string;

  @Property({ type: 'boolean' })
  success!: boolean;

  @Property({ type: 'timestamptz' })
  at!: Date;
}
