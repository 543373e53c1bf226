import { registerEnumType } from 'type-graphql';

export enum AccountKind {
  CUSTOMER = 'CUSTOMER',
  SYNDIC = 'SYNDIC',
  STAFF = 'STAFF',
}

export enum StaffRole {
  ADMIN = 'ADMIN',
  MANAGER = 'MANAGER',
  AGENT = 'AGENT',
}

/** Grants beyond the role. ADMIN holds all of them. */
export enum StaffPermission {
  /** R-AUTH-2: reactivate a customer's login (the seed's LGPD permission). */
  REACTIVATE_LOGIN = 'REACTIVATE_LOGIN',
}

registerEnumType(AccountKind, { name: 'AccountKind', description: 'Cliente, síndico ou equipe.' });
registerEnumType(StaffRole, { name: 'StaffRole', description: 'Papel de um membro da equipe.' });
registerEnumType(StaffPermission, { name: 'StaffPermission', description: 'Permissões além do papel.' });

/**
 * R-WORK-3 (seed 001): what a portal user may do besides seeing their units; new users get all.
 */
export enum PortalPermission {
  SEE_FINANCIAL = 'SEE_FINANCIAL',
  SEE_WORK_LOG = 'SEE_WORK_LOG',
  MARK_AS_PAID = 'MARK_AS_PAID',
}
registerEnumType(PortalPermission, { name: 'PortalPermission', description: 'R-WORK-3: o que um usuário do portal pode: ver o financeiro, ver o diário de obra (e o cronograma), marcar contas como pagas.' });
export const ALL_PORTAL_PERMISSIONS = Object.values(PortalPermission);
