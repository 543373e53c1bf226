import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { newId } from '../../db/ids.js';
import { Account } from '../auth/account.entity.js';
import { Company } from '../company/company.entity.js';

/** R-OPS-3: what a consent is for — only the purposes that rest on consent (not those the contract requires). */
export enum ConsentPurpose {
  /** Messages on WhatsApp (R-NOTIFY-2): recorded before any message is sent. */
  WHATSAPP = 'WHATSAPP',
  MARKETING = 'MARKETING',
  SURVEYS = 'SURVEYS',
  /** Indique um amigo: the friend's data goes to the company's sales team. */
  REFERRAL = 'REFERRAL',
}
registerEnumType(ConsentPurpose, { name: 'ConsentPurpose', description: 'R-OPS-3: WhatsApp, ofertas, pesquisas, indique um amigo.' });

/** Where a consent was given or revoked. */
export enum ConsentSource {
  PORTAL = 'PORTAL',
  STAFF = 'STAFF',
  ERP = 'ERP',
  /** A reply on the channel itself (e.g. "PARAR" on WhatsApp) or the e-mail's unsubscribe link. */
  CHANNEL = 'CHANNEL',
}
registerEnumType(ConsentSource, { name: 'ConsentSource', description: 'Onde o consentimento foi dado ou revogado: portal, equipe, ERP, pelo próprio canal.' });

/**
 * R-OPS-3: one consent, as given: purpose, the version of the text the person agreed to, when and
 * where. Revoking stamps `revokedAt` (the row stays as the record); giving it again is a new row.
 * At most one row per account and purpose is in force (revokedAt null).
 */
@Entity({ tableName: 'consent' })
@Index({ name: 'consent_in_force_unique', expression: `create unique index "consent_in_force_unique" on "consent" ("account_id", "purpose") where "revoked_at" is null` })
export class Consent {
  [OptionalProps]?: 'id' | 'grantedAt' | 'revokedAt' | 'revokedSource';

  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Rel<Company>;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Rel<Account>;

  @Enum({ items: () => ConsentPurpose, nativeEnumName: 'consent_purpose' })
  purpose!: ConsentPurpose;

  /** The version of the text shown when it was given (e.g. "whatsapp-2026-12"). */
  @Property({ type: 'text' })
  textVersion!: string;

  @Enum({ items: () => ConsentSource, nativeEnumName: 'consent_source' })
  source!: ConsentSource;

  @Property({ type: 'timestamptz' })
  grantedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null = null;

  @Enum({ items: () => ConsentSource, nativeEnumName: 'consent_source', nullable: true })
  revokedSource?: ConsentSource | null = null;
}
