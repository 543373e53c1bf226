import { createContext, useContext } from 'react';
import type { FixScreen, StaffPermission, StaffRole } from '../gql/graphql';

/**
 * Who may do what in the admin app, mirroring the server's rules (R-OPS-1, R-OPS-4, R-AUTH-2) so a
 * button appears only to those who may use it. The server stays the authority: it refuses anyway.
 */
export interface Staff {
  role: StaffRole;
  permissions: readonly StaffPermission[];
  /** R-OPS-4: the developments this member is limited to; empty: every development of the company. */
  developmentIds: readonly string[];
}

const EVERYONE: readonly StaffRole[] = ['ADMIN', 'MANAGER', 'AGENT'];
const MANAGERS: readonly StaffRole[] = ['ADMIN', 'MANAGER'];
const ADMINS: readonly StaffRole[] = ['ADMIN'];

/** The areas of the app and who opens them (the server's `@Access` on what each one reads). */
export const AREA_ROLES: Record<string, readonly StaffRole[]> = {
  '/admin/': EVERYONE,
  '/admin/clientes': EVERYONE,
  '/admin/explicar': EVERYONE,
  '/admin/portais': MANAGERS,
  '/admin/configuracao': MANAGERS,
  '/admin/empreendimentos': MANAGERS,
  '/admin/alteracoes': ADMINS,
  // R-OPS-1: Operações › Fale Conosco (the inbox and the pareceres).
  '/admin/fale-conosco': ADMINS,
  '/admin/pesquisas': MANAGERS,
  '/admin/auditoria': MANAGERS,
  // R-OPS-3: the customers' data deletion requests (LGPD).
  '/admin/privacidade': ADMINS,
  '/admin/equipe': ADMINS,
  // R-OPS-1, R-SYNC-1, R-SYNC-4: API tokens, their calls and the sync runs.
  '/admin/integracoes': ADMINS,
  // R-NOTIFY-3: the queue's failures (dead letters), retried by an ADMIN.
  '/admin/fila': ADMINS,
};

/** Screens opened by id, and the area whose roles they share. */
const AREA_OF: [prefix: string, area: string][] = [
  ['/admin/pedidos/', '/admin/'],
  ['/admin/contas/', '/admin/clientes'],
  ['/admin/contratos/', '/admin/configuracao'],
];

/** The area an address belongs to (its query and hash aside). */
export function areaOf(path: string): string {
  const bare = path.replace(/[?#].*$/, '');
  if (bare === '/admin' || bare === '/admin/') return '/admin/';
  const byId = AREA_OF.find(([prefix]) => bare.startsWith(prefix));
  if (byId) return byId[1];
  return Object.keys(AREA_ROLES).find((area) => area !== '/admin/' && (bare === area || bare.startsWith(`${area}/`))) ?? bare;
}

export function canOpen(staff: Staff, path: string): boolean {
  return AREA_ROLES[areaOf(path)]?.includes(staff.role) ?? true;
}

export type Action =
  /** R-AUTH-2: the REACTIVATE_LOGIN permission, or ADMIN. */
  | 'reactivateLogin'
  | 'sendInvitation'
  | 'createPortal'
  | 'activatePortal'
  | 'deletePortal'
  /** A portal's settings, developments and domains (a limited member: only portals whose developments are all theirs). */
  | 'configurePortal'
  /** Company-wide configuration: types, subjects, workflows, custom fields (R-OPS-4: not for limited staff). */
  | 'changeConfiguration'
  | 'changeApprovalMode'
  /** A development's permissions, delivery date, blocks and stages; a contract's status. */
  | 'configureDevelopments'
  | 'manageStaff'
  | 'decideDataChanges'
  /** R-SYNC-1, R-SYNC-4: create and revoke API tokens, unlock a sync run (company-wide: not for limited staff). */
  | 'manageIntegration'
  /** SPEC §8: the company's financial rules (company-wide: not for limited staff). */
  | 'changeFinancialRules'
  /** R-FIN-10: billing blocks of a development. */
  | 'manageBillingBlocks'
  /** R-WORK-3: a portal user's permissions. */
  | 'setPortalPermissions'
  /** R-WORK-1, R-WORK-2: write and review the work log, enter the schedule's tasks. */
  | 'writeWorks';

const isLimited = (staff: Staff) => staff.developmentIds.length > 0;
const within = (staff: Staff, developmentIds: readonly string[] = []) => !isLimited(staff) || developmentIds.every((id) => staff.developmentIds.includes(id));

/** Whether this member of staff may do `action` (on a portal serving `developmentIds`, for the portal actions). */
export function can(staff: Staff, action: Action, on: { developmentIds?: readonly string[] } = {}): boolean {
  const { role } = staff;
  switch (action) {
    case 'reactivateLogin':
      return role === 'ADMIN' || staff.permissions.includes('REACTIVATE_LOGIN');
    case 'sendInvitation':
    case 'configureDevelopments':
    case 'manageBillingBlocks':
    case 'setPortalPermissions':
    case 'writeWorks':
      return MANAGERS.includes(role);
    case 'createPortal':
      return role === 'ADMIN' && !isLimited(staff);
    case 'activatePortal':
    case 'deletePortal':
      return role === 'ADMIN' && within(staff, on.developmentIds);
    case 'configurePortal':
      return MANAGERS.includes(role) && within(staff, on.developmentIds);
    case 'changeConfiguration':
      return MANAGERS.includes(role) && !isLimited(staff);
    case 'changeApprovalMode':
    case 'changeFinancialRules':
    case 'manageStaff':
    case 'manageIntegration':
      return role === 'ADMIN' && !isLimited(staff);
    case 'decideDataChanges':
      return role === 'ADMIN';
  }
}

/**
 * Whether a fix of the explainer or the health check is one this member can make: they open its
 * screen and may change what it points to. Otherwise the app shows the fix as text.
 */
export function canFix(staff: Staff, fix: { screen: FixScreen; setting?: string | null }, route: string | null): boolean {
  if (!route || !canOpen(staff, route)) return false;
  switch (fix.screen) {
    case 'ACCOUNT':
      return can(staff, 'reactivateLogin') || can(staff, 'sendInvitation');
    case 'PORTAL_SETTINGS':
      return fix.setting === 'active' ? can(staff, 'activatePortal') : can(staff, 'configurePortal');
    case 'PORTAL_DEVELOPMENTS':
    case 'PORTAL_DOMAINS':
      return can(staff, 'configurePortal');
    case 'ASSOCIATION_TYPE':
    case 'CONTRACT_TYPE':
    case 'SUBSUBJECT':
    case 'WORKFLOW':
      return can(staff, 'changeConfiguration');
    case 'COMPANY_SETTINGS':
      if (fix.setting === 'erpCode') return can(staff, 'manageIntegration');
      return fix.setting === 'dataChangeApproval' ? can(staff, 'changeApprovalMode')
        : FINANCIAL_RULES.includes(fix.setting ?? '') ? can(staff, 'changeFinancialRules') : can(staff, 'changeConfiguration');
    case 'BILLING_BLOCK':
      return can(staff, 'manageBillingBlocks');
    case 'DATA_CHANGE':
      return can(staff, 'decideDataChanges');
    case 'DEVELOPMENT':
    case 'BLOCK':
    case 'STAGE':
    case 'CONTRACT':
      return can(staff, 'configureDevelopments');
    default:
      return true;
  }
}

/** The company's financial rules a fix may point to (COMPANY_SETTINGS). */
const FINANCIAL_RULES = ['overdueBlocksBills', 'secondCopyAllowed', 'prepaymentAllowed', 'prepaymentRateBasisPoints', 'prepaymentMethod', 'cardPaymentAllowed'];

/** The roles that may open an area, for "ask someone who can" texts. */
export const rolesFor = (path: string): readonly StaffRole[] => AREA_ROLES[areaOf(path)] ?? EVERYONE;

export const StaffContext = createContext<Staff | null>(null);

/** The signed-in member of staff (inside the app's shell). */
export function useStaff(): Staff {
  const staff = useContext(StaffContext);
  if (!staff) throw new Error('useStaff outside the signed-in shell');
  return staff;
}
