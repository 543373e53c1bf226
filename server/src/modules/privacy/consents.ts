import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../visibility/sql.js';
import { ConsentPurpose, ConsentSource } from './consent.entity.js';

/** The accounts among `accountIds` whose consent for `purpose` is in force (one statement). */
export async function accountsWithConsent(em: EntityManager, accountIds: string[], purpose: ConsentPurpose): Promise<Set<string>> {
  if (!accountIds.length) return new Set();
  const rows = await query<{ account_id: string }>(em,
    `select account_id from consent where account_id = any(cast(:ids as uuid[])) and purpose = cast(:purpose as consent_purpose) and revoked_at is null`,
    { ids: accountIds, purpose });
  return new Set(rows.map((r) => r.account_id));
}

export async function hasConsent(em: EntityManager, accountId: string, purpose: ConsentPurpose): Promise<boolean> {
  return (await accountsWithConsent(em, [accountId], purpose)).has(accountId);
}

/** R-OPS-3: the text a person agrees to for each purpose, and its version (a new text gets a new version). */
export const CONSENT_TEXTS: Record<ConsentPurpose, { version: string; text: string }> = {
  WHATSAPP: {
    version: 'whatsapp-2026-12',
    text: 'Aceito receber pelo WhatsApp, no celular do meu cadastro, avisos sobre meus boletos, atendimentos, agendamentos e a obra. Posso cancelar quando quiser, aqui ou respondendo PARAR.',
  },
  MARKETING: {
    version: 'marketing-2026-12',
    text: 'Aceito receber ofertas e novidades da incorporadora e de seus parceiros por e-mail e WhatsApp. Posso cancelar quando quiser.',
  },
  SURVEYS: {
    version: 'surveys-2026-12',
    text: 'Aceito ser convidado a responder pesquisas de satisfação. Minhas respostas ajudam a melhorar o atendimento. Posso cancelar quando quiser.',
  },
  REFERRAL: {
    version: 'referral-2026-12',
    text: 'Declaro que a pessoa que indico concordou em receber o contato da equipe de vendas, e autorizo o envio dos dados dela para esse fim.',
  },
};

/** Gives a consent (no-op when one is in force), with the current text's version. */
export async function grantConsent(em: EntityManager, args: { companyId: string; accountId: string; purpose: ConsentPurpose; source: ConsentSource; at: Date }): Promise<boolean> {
  const rows = await query<{ id: string }>(em,
    `insert into consent (id, company_id, account_id, purpose, text_version, source, granted_at)
     values (cast(:id as uuid), cast(:company as uuid), cast(:account as uuid), cast(:purpose as consent_purpose), :version, cast(:source as consent_source), :at)
     on conflict (account_id, purpose) where revoked_at is null do nothing returning id`,
    { id: crypto.randomUUID(), company: args.companyId, account: args.accountId, purpose: args.purpose, version: CONSENT_TEXTS[args.purpose].version, source: args.source, at: args.at });
  return rows.length > 0;
}

/** Revokes the consent in force, if any; true when one was revoked. */
export async function revokeConsent(em: EntityManager, args: { accountId: string; purpose: ConsentPurpose; source: ConsentSource; at: Date }): Promise<boolean> {
  const rows = await query<{ id: string }>(em,
    `update consent set revoked_at = :at, revoked_source = cast(:source as consent_source)
      where account_id = cast(:account as uuid) and purpose = cast(:purpose as consent_purpose) and revoked_at is null returning id`,
    { account: args.accountId, purpose: args.purpose, source: args.source, at: args.at });
  return rows.length > 0;
}
