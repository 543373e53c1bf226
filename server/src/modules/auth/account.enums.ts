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
