import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { inLocale, type Locale, type Said } from '../../locale.js';

/** Whose eyes a visibility question is asked for: a customer (or syndic) in one portal, through one address, at one time. */
export interface ViewerScope {
  accountId: string;
  /** The customer record behind the login (customers), or null (syndics). */
  customerId: string | null;
  syndicId: string | null;
  portalId: string;
  /** The hostname the person came through (R-PORTAL-3); null for API clients. */
  hostname: string | null;
  now: Date;
}

/** The admin screens a failed rule points to. */
export enum FixScreen {
  PORTAL_SETTINGS = 'PORTAL_SETTINGS',
  PORTAL_DEVELOPMENTS = 'PORTAL_DEVELOPMENTS',
  PORTAL_DOMAINS = 'PORTAL_DOMAINS',
  DEVELOPMENT = 'DEVELOPMENT',
  BLOCK = 'BLOCK',
  STAGE = 'STAGE',
  ASSOCIATION_TYPE = 'ASSOCIATION_TYPE',
  CONTRACT_TYPE = 'CONTRACT_TYPE',
  CONTRACT = 'CONTRACT',
  RESERVATION = 'RESERVATION',
  UNIT = 'UNIT',
  WORKFLOW = 'WORKFLOW',
  SUBSUBJECT = 'SUBSUBJECT',
  ACCOUNT = 'ACCOUNT',
  REQUEST = 'REQUEST',
  /** A registration-change request in the data-changes screen. */
  DATA_CHANGE = 'DATA_CHANGE',
  /** The company's configuration (e.g. the approval mode of registration changes, the financial rules). */
  COMPANY_SETTINGS = 'COMPANY_SETTINGS',
  /** A customer's page (e.g. their ERP code). */
  CUSTOMER = 'CUSTOMER',
  /** The billing blocks of a development (R-FIN-10). */
  BILLING_BLOCK = 'BILLING_BLOCK',
}
registerEnumType(FixScreen, { name: 'FixScreen', description: 'Tela do app administrativo onde se corrige uma regra.' });

@ObjectType({ description: 'Onde corrigir: a tela, o registro e, se for uma configuração, qual.' })
export class FixLink {
  @Field(() => FixScreen)
  screen!: FixScreen;

  @Field(() => String)
  id!: string;

  @Field(() => String, { description: 'O que mudar, em palavras.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'A configuração do portal, quando é uma.' })
  setting?: string | null;
}

/** A fix as rules write it: its label in both languages (`FixLink` is what the caller reads, in theirs). */
export interface Fix {
  screen: FixScreen;
  id: string;
  label: Said;
  setting?: string | null;
}

export const fixIn = (fix: Fix, locale: Locale): FixLink => ({ ...fix, label: inLocale(fix.label, locale), setting: fix.setting ?? null });

export interface RuleOutcome {
  passed: boolean;
  /** In words a staff member understands: what was found. */
  detail: Said;
  fix?: Fix | null;
}

/**
 * One visibility rule, written once with its two faces: `sql`, a boolean condition over the
 * aliases of the list query (named parameters :account, :customer, :syndic, :portal, :hostname,
 * :now), and `check`, the same rule over one object's loaded facts, which says why.
 * A property-based test (visibility/__tests__) proves they agree on generated data.
 */
export interface Rule<Facts> {
  id: string;
  /** What must hold, as a sentence. */
  label: Said;
  sql: string;
  check(facts: Facts): RuleOutcome;
}

export const pass = (detail: Said): RuleOutcome => ({ passed: true, detail });
export const fail = (detail: Said, fix?: Fix | null): RuleOutcome => ({ passed: false, detail, fix: fix ?? null });
