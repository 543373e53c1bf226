import { LockMode } from '@mikro-orm/core';
import { applyPatch } from '../../audit/audited-change.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import QRCode from 'qrcode';
import type { Clock } from '../../../clock.js';
import { BadInputError, ConflictError, ForbiddenError } from '../../../domain-errors.js';
import { InvalidTwoFactorCodeError } from './two-factor.errors.js';

export { InvalidTwoFactorCodeError, TwoFactorRequiredError, TwoFactorSetupRequiredError } from './two-factor.errors.js';
import type { AuditService } from '../../audit/audit.service.js';
import { Company } from '../../company/company.entity.js';
import { assertCompanyWide, getInScope, LOCKED_WRITE } from '../../scope/staff-scope.js';
import type { StaffViewer } from '../../scope/staff-viewer.js';
import { query } from '../../visibility/sql.js';
import { Account } from '../account.entity.js';
import { AccountKind, StaffRole } from '../account.enums.js';
import type { LoginThrottle } from '../login-throttle.js';
import type { SessionService } from '../session.service.js';
import { RecoveryCode } from './recovery-code.entity.js';
import {
  base32Encode, hashRecoveryCode, looksLikeRecoveryCode, matchingStep, newRecoveryCode, newTotpSecret, otpauthUri, RECOVERY_CODES, seal, unseal,
} from './totp.js';

export interface TwoFactorEnrolment {
  /** The secret in base32, in groups of four, for typing into the app by hand. */
  secret: string;
  otpauthUri: string;
  /** The same address as a QR code (SVG). */
  qrCodeSvg: string;
}

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  /** The company requires it of this account (an ADMIN, with the company setting on). */
  required: boolean;
}

/** How many wrong codes, per account, before "Minha conta" stops checking them (the sign-in throttle's window). */
const throttleKey = (accountId: string) => `two-factor:${accountId}`;

/**
 * R-AUTH-8, optional two-factor for staff: TOTP from an authenticator app, with recovery codes;
 * required of ADMINs when the company turns it on. Every change is audited (R-OPS-2) and ends the
 * person's other sessions when it weakens or resets the protection.
 */
export class TwoFactorService {
  private key: string | null = null;

  constructor(private readonly deps: { clock: Clock; audit: AuditService; sessions: SessionService; throttle: LoginThrottle }) {}

  private async sealingKey(em: EntityManager): Promise<string> {
    if (!this.key) {
      const [row] = await query<{ value: string }>(em, `select value from server_secret where name = 'two_factor'`, {});
      this.key = row!.value;
    }
    return this.key;
  }

  /** The company requires it of this account. */
  async required(em: EntityManager, account: Pick<Account, 'kind' | 'staffRole' | 'company'>): Promise<boolean> {
    if (account.kind !== AccountKind.STAFF || account.staffRole !== StaffRole.ADMIN) return false;
    const [row] = await query<{ required: boolean }>(em, `select require_admin_two_factor as required from company where id = :id`, { id: account.company.id });
    return Boolean(row?.required);
  }

  async status(em: EntityManager, accountId: string): Promise<TwoFactorStatus> {
    const account = await em.findOneOrFail(Account, { id: accountId }, { fields: ['kind', 'staffRole', 'company', 'totpEnabledAt'] });
    const left = account.totpEnabledAt ? await em.count(RecoveryCode, { account: accountId, usedAt: null }) : 0;
    return { enabled: Boolean(account.totpEnabledAt), enabledAt: account.totpEnabledAt ?? null, recoveryCodesLeft: left, required: await this.required(em, account) };
  }

  /** A new secret for the authenticator app, kept pending until its first code proves it was read. */
  async start(em: EntityManager, viewer: { account: { id: string } }): Promise<TwoFactorEnrolment> {
    const key = await this.sealingKey(em);
    return em.transactional(async (tx) => {
      const account = await this.ownStaffAccount(tx, viewer.account.id);
      if (account.totpEnabledAt) throw new ConflictError('A verificação em duas etapas já está ativa. Para trocar de aparelho, desative-a e ative de novo.');
      const secret = newTotpSecret();
      account.totpPendingSecret = seal(secret, key);
      const uri = otpauthUri({ issuer: 'Habite', account: account.email, secret });
      return {
        secret: base32Encode(secret).replace(/(.{4})(?=.)/g, '$1 '),
        otpauthUri: uri,
        qrCodeSvg: await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
      };
    });
  }

  /** The first code from the app turns it on; answers the recovery codes, shown this once. */
  async confirm(em: EntityManager, viewer: { account: { id: string }; ip: string }, code: string): Promise<string[]> {
    const digits = sixDigits(code, 'twoFactorCode');
    const key = await this.sealingKey(em);
    await this.deps.throttle.check(em, throttleKey(viewer.account.id), viewer.ip);
    const result = await em.transactional(async (tx) => {
      const account = await this.ownStaffAccount(tx, viewer.account.id);
      if (account.totpEnabledAt) throw new ConflictError('A verificação em duas etapas já está ativa.');
      if (!account.totpPendingSecret) throw new ConflictError('Comece de novo: gere o código QR e leia-o no aplicativo.');
      const step = matchingStep(unseal(account.totpPendingSecret, key), digits, this.deps.clock.now(), null);
      if (step === null) return null;
      const now = this.deps.clock.now();
      account.totpSecret = account.totpPendingSecret;
      account.totpPendingSecret = null;
      account.totpEnabledAt = now;
      account.totpLastStep = step;
      const codes = await this.replaceRecoveryCodes(tx, account, now);
      this.deps.audit.record(tx, { actor: account, company: account.company, action: 'twoFactor.enable', targetType: 'Account', targetId: account.id, after: { twoFactorEnabled: true } });
      return codes;
    });
    if (!result) {
      await this.deps.throttle.record(em, throttleKey(viewer.account.id), viewer.ip, false);
      throw new InvalidTwoFactorCodeError();
    }
    return result;
  }

  /** Turns it off, with a current code; never for an ADMIN whose company requires it. */
  async disable(em: EntityManager, viewer: { account: { id: string }; session: { id: string }; ip: string }, code: string): Promise<void> {
    const revoked = await this.withCode(em, viewer, code, async (tx, account) => {
      if (await this.required(tx, account)) throw new ForbiddenError('A empresa exige verificação em duas etapas para administradores: ela não pode ser desativada.');
      const before = { twoFactorEnabled: true };
      this.clear(account);
      await tx.nativeDelete(RecoveryCode, { account: account.id });
      this.deps.audit.record(tx, { actor: account, company: account.company, action: 'twoFactor.disable', targetType: 'Account', targetId: account.id, before, after: { twoFactorEnabled: false } });
      return this.revokeOthers(tx, account.id, viewer.session.id);
    });
    this.deps.sessions.announceRevoked(viewer.account.id, revoked, 'SIGNED_OUT');
  }

  /** A new set of recovery codes (the old ones stop working), with a current code. */
  async regenerate(em: EntityManager, viewer: { account: { id: string }; ip: string }, code: string): Promise<string[]> {
    return this.withCode(em, viewer, code, async (tx, account) => {
      const codes = await this.replaceRecoveryCodes(tx, account, this.deps.clock.now());
      this.deps.audit.record(tx, { actor: account, company: account.company, action: 'twoFactor.recoveryCodes', targetType: 'Account', targetId: account.id });
      return codes;
    });
  }

  /** An ADMIN resets a colleague's two-step verification (a lost phone): their sessions end, they enrol again. */
  async reset(em: EntityManager, staff: StaffViewer, accountId: string): Promise<Account> {
    const { account, revoked } = await em.transactional(async (tx) => {
      const target = await getInScope(tx, staff, Account, { id: accountId, kind: AccountKind.STAFF }, LOCKED_WRITE);
      assertCompanyWide(staff);
      if (target.id === staff.account.id) throw new BadInputError('accountId', 'Para a sua própria conta, use "Minha conta".');
      if (!target.totpEnabledAt) throw new ConflictError(`${target.name} não usa verificação em duas etapas.`);
      this.clear(target);
      await tx.nativeDelete(RecoveryCode, { account: target.id });
      this.deps.audit.staffChange(tx, staff, { action: 'twoFactor.reset', targetType: 'Account', targetId: target.id, before: { twoFactorEnabled: true }, after: { twoFactorEnabled: false } });
      const ids = await this.deps.sessions.revoke(tx, target);
      return { account: target, revoked: ids };
    });
    this.deps.sessions.announceRevoked(account.id, revoked, 'SIGNED_OUT');
    return account;
  }

  /** The company's rule for ADMINs (audited); ADMINs without it are asked to enrol at their next request. */
  async setRequired(em: EntityManager, staff: StaffViewer, required: boolean): Promise<Company> {
    const company = await em.transactional(async (tx) => {
      const found = await getInScope(tx, staff, Company, staff.companyId, LOCKED_WRITE);
      assertCompanyWide(staff);
      // Who turns the rule on shows it works first (their own is on): the rule then holds them too.
      if (required && !found.requireAdminTwoFactor) {
        const [self] = await query<{ on: boolean }>(tx, `select totp_enabled_at is not null as on from account where id = :id`, { id: staff.account.id });
        if (!self?.on) throw new BadInputError('requireAdminTwoFactor', 'Ative primeiro a verificação em duas etapas na sua própria conta ("Minha conta"); depois exija-a dos administradores.');
      }
      const { before, after } = applyPatch(found, { requireAdminTwoFactor: required });
      if (Object.keys(after).length) this.deps.audit.staffChange(tx, staff, { action: 'company.requireAdminTwoFactor.update', targetType: 'Company', targetId: found.id, before, after });
      return found;
    });
    const admins = await em.find(Account, { company: company.id, kind: AccountKind.STAFF, staffRole: StaffRole.ADMIN }, { fields: ['id'] });
    this.deps.sessions.changed({ accountIds: admins.map((a) => a.id) });
    return company;
  }

  /**
   * Sign-in's second step: the authenticator's code (each 30-second code taken once) or an unused
   * recovery code (then used up). In the caller's transaction, with the account row locked.
   */
  async verify(tx: EntityManager, accountId: string, typed: string): Promise<'totp' | 'recovery' | null> {
    const account = await tx.findOneOrFail(Account, { id: accountId }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['totpSecret'] });
    if (!account.totpEnabledAt || !account.totpSecret) return null;
    const code = typed.replace(/\s/g, '');
    if (/^\d{6}$/.test(code)) {
      const step = matchingStep(unseal(account.totpSecret, await this.sealingKey(tx)), code, this.deps.clock.now(), account.totpLastStep ?? null);
      if (step === null) return null;
      account.totpLastStep = step;
      return 'totp';
    }
    if (!looksLikeRecoveryCode(typed)) return null;
    const used = await tx.nativeUpdate(RecoveryCode, { account: account.id, codeHash: hashRecoveryCode(typed), usedAt: null }, { usedAt: this.deps.clock.now() });
    return used === 1 ? 'recovery' : null;
  }

  private async withCode<T>(em: EntityManager, viewer: { account: { id: string }; ip: string }, code: string, then: (tx: EntityManager, account: Account) => Promise<T>): Promise<T> {
    if (code.trim() === '') throw new BadInputError('twoFactorCode', 'Digite o código do aplicativo autenticador (ou um código de recuperação).');
    await this.deps.throttle.check(em, throttleKey(viewer.account.id), viewer.ip);
    const outcome = await em.transactional(async (tx) => {
      const account = await this.ownStaffAccount(tx, viewer.account.id);
      if (!account.totpEnabledAt) throw new ConflictError('A verificação em duas etapas não está ativa.');
      if (!(await this.verify(tx, account.id, code))) return { ok: false as const };
      return { ok: true as const, value: await then(tx, account) };
    });
    if (!outcome.ok) {
      await this.deps.throttle.record(em, throttleKey(viewer.account.id), viewer.ip, false);
      throw new InvalidTwoFactorCodeError();
    }
    return outcome.value;
  }

  private async ownStaffAccount(tx: EntityManager, id: string): Promise<Account> {
    const account = await tx.findOneOrFail(Account, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['totpSecret', 'totpPendingSecret'] });
    if (account.kind !== AccountKind.STAFF) throw new ForbiddenError('A verificação em duas etapas é para a equipe.');
    return account;
  }

  private async replaceRecoveryCodes(tx: EntityManager, account: Account, now: Date): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
    await tx.nativeDelete(RecoveryCode, { account: account.id });
    for (const code of codes) tx.persist(tx.create(RecoveryCode, { account, codeHash: hashRecoveryCode(code), createdAt: now }));
    return codes;
  }

  private clear(account: Account): void {
    account.totpSecret = null;
    account.totpPendingSecret = null;
    account.totpEnabledAt = null;
    account.totpLastStep = null;
  }

  private async revokeOthers(tx: EntityManager, accountId: string, keep: string): Promise<string[]> {
    const others = await query<{ id: string }>(tx, `select id from session where account_id = :account and revoked_at is null and id <> :keep`, { account: accountId, keep });
    for (const { id } of others) await this.deps.sessions.revoke(tx, { id: accountId }, { id });
    return others.map((o) => o.id);
  }
}

function sixDigits(typed: string, field: string): string {
  const code = typed.replace(/\s/g, '');
  if (!/^\d{6}$/.test(code)) throw new BadInputError(field, 'Digite os 6 dígitos que o aplicativo autenticador mostra.');
  return code;
}
