import { registerEnumType } from 'type-graphql';

/** What the ERP sends (R-SYNC-2), each kind keyed by the ERP's own code within the company. */
export enum ErpKind {
  DEVELOPMENT = 'DEVELOPMENT',
  BLOCK = 'BLOCK',
  STAGE = 'STAGE',
  UNIT = 'UNIT',
  CUSTOMER = 'CUSTOMER',
  ASSOCIATION_TYPE = 'ASSOCIATION_TYPE',
  RESERVATION = 'RESERVATION',
  CONTRACT_TYPE = 'CONTRACT_TYPE',
  CONTRACT = 'CONTRACT',
  INSTALLMENT_PLAN = 'INSTALLMENT_PLAN',
  INSTALLMENT = 'INSTALLMENT',
  BILL = 'BILL',
  BILLING_BLOCK = 'BILLING_BLOCK',
}
registerEnumType(ErpKind, { name: 'ErpKind', description: 'R-SYNC-2: o tipo de registro que o ERP envia.' });
