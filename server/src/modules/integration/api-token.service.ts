import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import { BadInputError } from '../../domain-errors.js';
import type { AuditService } from '../audit/audit.service.js';
import { applyPatch } from '../audit/audited-change.js';
import { Company } from '../company/company.entity.js';
import { requiredName } from '../audit/audited-change.js';
import { hashSecret, newSecret } from '../auth/secret-token.js';
import { assertCompanyWide, getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import { actorOf, type StaffViewer } from '../scope/staff-viewer.js';
import { execute, query } from '../visibility/sql.js';
import { ApiToken, TokenScope } from './api-token.entity.js';
import { TOKEN_PREFIX, type TokenViewer } from './token-viewer.js';

export interface CreateApiTokenInput {
  name: string;
  scopes: TokenScope[];
  expiresAt?: Date | null;
}

/** What a call made with a token leaves in its log (R-SYNC-1). */
export interface ApiCallRecord {
  operation: string;
  outcome: string;
  rows: number;
  ms: number;
}

/** How often a token's "last used" moves (every call is in the log anyway). */
const LAST_USED_EVERY_MS = 60_000;

/** R-SYNC-1: API tokens — created by an ADMIN and shown once, stored hashed, revocable, every use logged. */
export class ApiTokenService {
  constructor(private readonly deps: { clock: Clock; audit: AuditService }) {}

  /** The token behind a bearer secret, if it is live: one prepared statement, never cached (a revocation counts at once). */
  async authenticate(em: EntityManager, secret: string): Promise<TokenViewer | null> {
    const [row] = await query<{ id: string; company_id: string; name: string; scopes: TokenScope[] }>(
      em,
      `select id, company_id, name, scopes from api_token
        where token_hash = :hash and revoked_at is null and (expires_at is null or expires_at > :now)`,
      { hash: hashSecret(secret), now: this.deps.clock.now() },
    );
    return row ? { id: row.id, companyId: row.company_id, name: row.name, scopes: row.scopes } : null;
  }

  /** A new token: the secret is in the answer and nowhere else, ever. */
  async create(em: EntityManager, staff: StaffViewer, input: CreateApiTokenInput): Promise<{ token: ApiToken; secret: string }> {
    assertCompanyWide(staff);
    const name = requiredName(input.name, 'name', 100)!;
    const scopes = [...new Set(input.scopes)].sort();
    if (scopes.length === 0) throw new BadInputError('scopes', 'Escolha ao menos um escopo: leitura ou integração.');
    const now = this.deps.clock.now();
    if (input.expiresAt && input.expiresAt <= now) throw new BadInputError('expiresAt', 'A validade deve estar no futuro.');
    const secret = `${TOKEN_PREFIX}${newSecret()}`;
    const token = await em.transactional(async (tx) => {
      const token = tx.create(ApiToken, {
        company: staff.companyId, name, scopes, tokenHash: hashSecret(secret), prefix: `${secret.slice(0, 10)}…`,
        createdBy: actorOf(tx, staff), createdAt: now, expiresAt: input.expiresAt ?? null,
      });
      this.deps.audit.staffChange(tx, staff, { action: 'apiToken.create', targetType: 'ApiToken', targetId: token.id, after: { name, scopes, expiresAt: input.expiresAt?.toISOString() ?? null } });
      return token;
    });
    return { token, secret };
  }

  /** Revoked at once: the next call with it is refused. */
  async revoke(em: EntityManager, staff: StaffViewer, id: string): Promise<ApiToken> {
    assertCompanyWide(staff);
    return em.transactional(async (tx) => {
      const token = await getInScope(tx, staff, ApiToken, id, LOCKED_WRITE);
      if (token.revokedAt) return token;
      token.revokedAt = this.deps.clock.now();
      this.deps.audit.staffChange(tx, staff, { action: 'apiToken.revoke', targetType: 'ApiToken', targetId: token.id, before: { revoked: false }, after: { revoked: true } });
      return token;
    });
  }

  /**
   * R-FIN-1: the company's code in the ERP — what its installment plans, installments and bills
   * carry as `companyCode`; a record whose code is not this one is hidden from the customer. Set by
   * an ADMIN (audited); blank clears it.
   */
  async setCompanyErpCode(em: EntityManager, staff: StaffViewer, typed: string | null | undefined): Promise<Company> {
    assertCompanyWide(staff);
    const erpCode = (typed ?? '').trim() || null;
    if (erpCode && erpCode.length > 100) throw new BadInputError('erpCode', 'O código da empresa no ERP deve ter no máximo 100 caracteres.');
    return em.transactional(async (tx) => {
      const company = await getInScope(tx, staff, Company, staff.companyId, LOCKED_WRITE);
      const { before, after } = applyPatch(company, { erpCode });
      if (Object.keys(after).length) this.deps.audit.staffChange(tx, staff, { action: 'company.erpCode.update', targetType: 'Company', targetId: company.id, before, after });
      return company;
    });
  }

  /** Logs a call made with a token, and moves its "last used" (at most once a minute), in one statement. */
  async recordCall(em: EntityManager, token: TokenViewer, call: ApiCallRecord): Promise<void> {
    const now = this.deps.clock.now();
    await execute(
      em,
      `with touched as (
         update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?) returning id)
       insert into api_call (id, token_id, company_id, operation, at, outcome, rows, ms) values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?)`,
      [now, token.id, new Date(now.getTime() - LAST_USED_EVERY_MS), token.id, token.companyId, call.operation.slice(0, 200), now, call.outcome, call.rows, call.ms],
    );
  }
}
