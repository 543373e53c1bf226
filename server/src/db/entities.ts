import { Account } from '../modules/auth/account.entity.js';
import { AccountToken } from '../modules/auth/account-token.entity.js';
import { LoginAttempt } from '../modules/auth/login-attempt.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { AuditLog } from '../modules/audit/audit-log.entity.js';
import { Company } from '../modules/company/company.entity.js';
import { Portal } from '../modules/portal/portal.entity.js';
import { PortalDomain } from '../modules/portal/portal-domain.entity.js';

/** Every entity, listed once (no folder scanning: the same list works compiled and under vitest). */
export const entities = [Company, Portal, PortalDomain, Account, Session, AccountToken, LoginAttempt, AuditLog];
