import type { EntityManager } from '@mikro-orm/postgresql';
import type { Account } from '../auth/account.entity.js';
import { StaffPermission, StaffRole } from '../auth/account.enums.js';
import { execute } from '../visibility/sql.js';

/**
 * A member of staff as one request sees them, built once when the request starts (before any
 * transaction): company, role, permissions, the developments they are limited to (R-OPS-4) and
 * where they call from (audit). Services take this, never the GraphQL context.
 */
export interface StaffViewer {
  readonly account: Account;
  readonly companyId: string;
  readonly role: StaffRole;
  readonly permissions: readonly StaffPermission[];
  /** R-OPS-4: the developments this member is limited to; null means every development of the company. */
  readonly developmentIds: readonly string[] | null;
  /** The caller's address, for the audit log. */
  readonly ip: string;
}

/** Reads the development limit of a staff account (one statement) and builds its viewer. */
export async function loadStaffViewer(em: EntityManager, account: Account, ip: string): Promise<StaffViewer> {
  const rows = await execute<{ development_id: string }>(em, 'select development_id from staff_development where account_id = ?', [account.id]);
  return {
    account,
    companyId: account.company.id,
    role: account.staffRole ?? StaffRole.AGENT,
    permissions: account.permissions,
    developmentIds: rows.length ? rows.map((r) => r.development_id).sort() : null,
    ip,
  };
}

export const isLimited = (staff: StaffViewer): staff is StaffViewer & { developmentIds: readonly string[] } => staff.developmentIds !== null;

export const isAdmin = (staff: StaffViewer) => staff.role === StaffRole.ADMIN;

export const hasPermission = (staff: StaffViewer, permission: StaffPermission) => isAdmin(staff) || staff.permissions.includes(permission);
