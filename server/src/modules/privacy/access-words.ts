import { say, type Said } from '../../locale.js';
import { PersonalDataKind } from './privacy.enums.js';

/** R-OPS-3: what a read of the customer's record was, in words (the person never reads a code). */
const READS: Record<PersonalDataKind, Said> = {
  [PersonalDataKind.PROFILE]: say('Consultou o cadastro', 'Read the registration data'),
  [PersonalDataKind.FINANCE]: say('Consultou o financeiro', 'Read the financial data'),
  [PersonalDataKind.NOTIFICATIONS]: say('Consultou os avisos enviados e as preferências', 'Read the notices sent and the preferences'),
  [PersonalDataKind.DOCUMENTS]: say('Consultou os documentos pendentes', 'Read the pending documents'),
  [PersonalDataKind.PRIVACY]: say('Consultou os consentimentos e pedidos de privacidade', 'Read the consents and privacy requests'),
};

/** The changes that concern a customer's data, in words; anything else reads by its verb. */
const CHANGES: Record<string, Said> = {
  'customer.create': say('Cadastrou o cliente', 'Registered the customer'),
  'dataChange.approve': say('Aprovou uma alteração cadastral', 'Approved a registration change'),
  'dataChange.autoApprove': say('Alteração cadastral aplicada automaticamente', 'Registration change applied automatically'),
  'dataChange.reject': say('Recusou uma alteração cadastral', 'Rejected a registration change'),
  'dataChange.delete': say('Excluiu uma alteração cadastral', 'Deleted a registration change'),
  'account.invite': say('Enviou o convite de acesso', 'Sent the access invitation'),
  'account.password.change': say('Trocou a senha', 'Changed the password'),
  'account.portalPermissions.update': say('Mudou as permissões de acesso ao portal', 'Changed the portal permissions'),
  'login.deactivate': say('Desativou o acesso ao portal', 'Deactivated the portal login'),
  'login.reactivate': say('Reativou o acesso ao portal', 'Reactivated the portal login'),
  'notification.preferences': say('Mudou as preferências de aviso', 'Changed the notification preferences'),
  'viewAs.start': say('Pediu para ver o portal como o cliente', 'Asked to view the portal as the customer'),
  'viewAs.enter': say('Viu o portal como o cliente', 'Viewed the portal as the customer'),
  'ContactMessage.opinion': say('Respondeu uma mensagem do Fale Conosco', 'Answered a Contact us message'),
  'consent.grant': say('Deu um consentimento', 'Gave a consent'),
  'consent.revoke': say('Revogou um consentimento', 'Withdrew a consent'),
  'push.subscribe': say('Ativou as notificações no celular em um aparelho', 'Turned on phone notifications on a device'),
  'push.unsubscribe': say('Desativou as notificações no celular em um aparelho', 'Turned off phone notifications on a device'),
  'privacy.export': say('Baixou a cópia dos dados', 'Downloaded the copy of the data'),
  'privacy.deletion.request': say('Pediu a exclusão dos dados', 'Asked for the data to be deleted'),
  'privacy.deletion.complete': say('Atendeu o pedido de exclusão: dados anonimizados', 'Carried out the deletion request: data anonymised'),
  'privacy.deletion.refuse': say('Recusou o pedido de exclusão', 'Refused the deletion request'),
};

const BY_VERB: Record<string, Said> = {
  create: say('Criou um registro', 'Created a record'),
  update: say('Mudou um registro', 'Changed a record'),
  delete: say('Excluiu um registro', 'Deleted a record'),
};

export const readWords = (kind: PersonalDataKind): Said => READS[kind];

export const changeWords = (name: string): Said => CHANGES[name] ?? BY_VERB[name.split('.').at(-1) ?? ''] ?? say('Registrou uma ação', 'Recorded an action');
