import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../auth/account.entity.js';
import { StaffPermission, StaffRole } from '../auth/account.enums.js';

/**
 * A member of staff as one request sees them, built once when the request starts (before any
 * transaction): company, role, permissions, the developments they are limited to (R-OPS-4) and
 * where they call from (audit). Services take this, never the GraphQL context.
 */
export interface StaffViewer {
  /** A plain row (db/plain-rows.ts): read it; to write it as an actor, use `actorOf`. */
  readonly account: Account;
  readonly companyId: string;
  readonly role: StaffRole;
  readonly permissions: readonly StaffPermission[];
  /** R-OPS-4: the developments this member is limited to; null means every development of the company. */
  readonly developmentIds: readonly string[] | null;
  /** The caller's address, for the audit log. */
  readonly ip: string;
}

/** The viewer of a staff account whose development limit was read with its session (modules/auth/session.service.ts). */
export function staffViewerOf(account: Account, developmentIds: readonly string[] | null, ip: string): StaffViewer {
  return {
    account,
    companyId: account.company.id,
    role: account.staffRole ?? StaffRole.AGENT,
    permissions: account.permissions,
    developmentIds: developmentIds?.length ? [...developmentIds].sort() : null,
    ip,
  };
}

/** The member's account as a reference of this EntityManager, to write as who did something (audit, history, decisions). */
export const actorOf = (em: EntityManager, staff: StaffViewer): Account => em.getReference(Account, staff.account.id);

export const isLimited = (staff: StaffViewer): staff is StaffViewer & { developmentIds: readonly string[] } => staff.developmentIds !== null;

export const isAdmin = (staff: StaffViewer) => staff.role === StaffRole.ADMIN;

export const hasPermission = (staff: StaffViewer, permission: StaffPermission) => isAdmin(staff) || staff.permissions.includes(permission);
