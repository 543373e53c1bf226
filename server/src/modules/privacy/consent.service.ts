import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import { execute, query } from '../visibility/sql.js';
import { ConsentPurpose, ConsentSource } from './consent.entity.js';
import { CONSENT_TEXTS } from './consents.js';
import type { ConsentRecord, ConsentState } from './privacy.types.js';

/** The order the purposes are shown in. */
export const CONSENT_PURPOSES: readonly ConsentPurpose[] = [ConsentPurpose.WHATSAPP, ConsentPurpose.MARKETING, ConsentPurpose.SURVEYS, ConsentPurpose.REFERRAL];

interface Row { id: string; account_id: string; purpose: ConsentPurpose; text_version: string; source: ConsentSource; granted_at: Date; revoked_at: Date | null; revoked_source: ConsentSource | null }

/**
 * R-OPS-3: every purpose that rests on consent, for these logins (a customer's: usually one), with
 * the text in force today, whether a consent is in force (and on which version of the text), and
 * every record, newest first. One statement.
 */
export async function consentStates(em: EntityManager, accountIds: readonly string[]): Promise<ConsentState[]> {
  const rows = accountIds.length ? await query<Row>(em,
    `select id, account_id, purpose, text_version, source, granted_at, revoked_at, revoked_source from consent
      where account_id = any(cast(:ids as uuid[])) order by granted_at desc, id desc`, { ids: [...accountIds] }) : [];
  return CONSENT_PURPOSES.map((purpose) => {
    const mine = rows.filter((r) => r.purpose === purpose);
    const inForce = mine.find((r) => !r.revoked_at) ?? null;
    const lastRevoked = mine.filter((r) => r.revoked_at).map((r) => new Date(r.revoked_at!)).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
    const current = CONSENT_TEXTS[purpose];
    const history: ConsentRecord[] = mine.map((r) => ({
      id: r.id, textVersion: r.text_version, source: r.source, grantedAt: new Date(r.granted_at),
      revokedAt: r.revoked_at ? new Date(r.revoked_at) : null, revokedSource: r.revoked_source,
    }));
    return {
      purpose, granted: Boolean(inForce), text: current.text, textVersion: current.version,
      outdated: Boolean(inForce && inForce.text_version !== current.version),
      grantedAt: inForce ? new Date(inForce.granted_at) : null, source: inForce?.source ?? null,
      revokedAt: inForce ? null : lastRevoked, history,
    };
  });
}

/**
 * R-OPS-3: gives or withdraws one consent of a login, idempotently: giving records a new row with
 * the current text's version (a consent in force on an older text is closed and given again on the
 * new one); withdrawing stamps `revokedAt` on the one in force. A real change is audited (on the
 * customer) in the same transaction; a repeated one writes nothing. True when something changed.
 */
export async function changeConsent(
  em: EntityManager,
  audit: AuditService,
  args: {
    actor: { id: string; name: string; email: string }; companyId: string; accountId: string; customerId: string | null;
    purpose: ConsentPurpose; granted: boolean; source: ConsentSource; at: Date; ip: string | null;
  },
): Promise<boolean> {
  const { purpose, at, source } = args;
  const version = CONSENT_TEXTS[purpose].version;
  return em.transactional(async (tx) => {
    // Two clicks at once: the second waits for the first and then finds nothing to do.
    await execute(tx, `select pg_advisory_xact_lock(hashtext(?))`, [`consent:${args.accountId}:${purpose}`]);
    const [inForce] = await query<{ id: string; text_version: string }>(tx,
      `select id, text_version from consent where account_id = cast(:account as uuid) and purpose = cast(:purpose as consent_purpose) and revoked_at is null`,
      { account: args.accountId, purpose });
    if (args.granted && inForce?.text_version === version) return false;
    if (!args.granted && !inForce) return false;
    if (inForce) {
      await query(tx, `update consent set revoked_at = :at, revoked_source = cast(:source as consent_source) where id = cast(:id as uuid)`, { at, source, id: inForce.id });
    }
    if (args.granted) {
      await query(tx, `insert into consent (id, company_id, account_id, purpose, text_version, source, granted_at)
        values (cast(:id as uuid), cast(:company as uuid), cast(:account as uuid), cast(:purpose as consent_purpose), :version, cast(:source as consent_source), :at)`,
      { id: crypto.randomUUID(), company: args.companyId, account: args.accountId, purpose, version, source, at });
    }
    audit.record(tx, {
      actor: args.actor, company: { id: args.companyId }, ip: args.ip,
      action: args.granted ? 'consent.grant' : 'consent.revoke',
      targetType: args.customerId ? 'Customer' : 'Account', targetId: args.customerId ?? args.accountId,
      before: { purpose, granted: Boolean(inForce), textVersion: inForce?.text_version ?? null },
      after: { purpose, granted: args.granted, textVersion: args.granted ? version : null },
    }, at);
    return true;
  });
}
