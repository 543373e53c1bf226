import { registerEnumType } from 'type-graphql';

/** R-OPS-3: what part of a customer's record a member of staff read (personal_data_access.kind). */
export enum PersonalDataKind {
  /** Cadastro: name, CPF/CNPJ, contacts, address, login (the admin `customer` and `account` queries). */
  PROFILE = 'PROFILE',
  /** Financeiro: installments, bills, payments (`customerFinance`). */
  FINANCE = 'FINANCE',
  /** Avisos: notification preferences and what was sent (`customerNotifications`). */
  NOTIFICATIONS = 'NOTIFICATIONS',
  /** Documentos pendentes (`customerPendingDocumentation`). */
  DOCUMENTS = 'DOCUMENTS',
  /** Privacidade: consents and deletion requests (`customerConsents`). */
  PRIVACY = 'PRIVACY',
}
registerEnumType(PersonalDataKind, { name: 'PersonalDataKind', description: 'R-OPS-3: a parte dos dados do cliente que a equipe consultou: cadastro, financeiro, avisos, documentos, privacidade.' });

/** R-OPS-3: an entry of "who accessed or changed the data": a read (personal_data_access) or a change (audit_log). */
export enum DataAccessEventKind {
  READ = 'READ',
  CHANGE = 'CHANGE',
}
registerEnumType(DataAccessEventKind, { name: 'DataAccessEventKind', description: 'Consulta (leitura) ou alteração dos dados do cliente.' });

/** R-OPS-3: where a customer's request to delete their data stands. */
export enum DeletionRequestStatus {
  PENDING = 'PENDING',
  /** Carried out: what is not under a retention duty was anonymised; the rest is kept until its date. */
  COMPLETED = 'COMPLETED',
  /** Refused, with the reason told to the customer (e.g. a contract still in force). */
  REFUSED = 'REFUSED',
}
registerEnumType(DeletionRequestStatus, { name: 'DeletionRequestStatus', description: 'Pedido de exclusão de dados: aguardando, atendido ou recusado (com o motivo).' });

/** R-OPS-3: what was kept when a deletion was carried out, each with its legal basis and end date. */
export enum RetainedRecordKind {
  /** The CPF/CNPJ on the (anonymised) registration: it identifies the party in the kept contracts and tax records. */
  CUSTOMER_DOCUMENT = 'CUSTOMER_DOCUMENT',
  CONTRACT = 'CONTRACT',
  INSTALLMENT = 'INSTALLMENT',
  BILL = 'BILL',
  /** Atendimentos and assistências técnicas: the construction warranty and the defence of rights. */
  REQUEST = 'REQUEST',
}
registerEnumType(RetainedRecordKind, { name: 'RetainedRecordKind', description: 'O que foi guardado após a exclusão: CPF/CNPJ, contratos, parcelas, boletos, pedidos.' });
