/**
 * The admin app's one place for what codes mean in words (STYLE, "Words": never show a code a
 * person did not type): every schema enum the app's generated types use, the audit log's actions,
 * kinds of object and fields, and the settings a fix points to — each in pt-BR and English.
 * `__tests__/labels.test.ts` fails when an enum value, or an action or kind the server writes,
 * has no label here.
 */
import type {
  AccountKind, ContactStatus, CustomFieldType, DataChangeApproval, DataChangeStatus, DevelopmentKind, DevelopmentStatus, ErpKind, FixScreen,
  HealthIssueKind, ImpactDirection, ImpactKind, MessageAuthorKind, MessageVisibility, ParticipationRole, PortalMenu, RequestKind, ReservationStatus, SessionEventKind, SlaUnit,
  SettingAvailability, StaffPermission, StaffRole, SubjectAppliesTo, SyncRunStatus, TokenDelivery, TokenScope,
  PrepaymentMethod, BillingBlockSource, InstallmentState, BillStatus, FinanceRecordKind, PortalPermission, WorkLogStatus, WorkWeather, ScheduleTaskState, DocumentCategory,
  PendingDocumentationKind,
  AppointmentKind, SurveyQuestionKind, SurveyStatus,
  NotificationChannel, NotificationFrequency, NotificationKind, NotificationStatus,
  ConsentPurpose, ConsentSource, DeletionRequestStatus, RetainedRecordKind,
} from '../gql/graphql';
import type { Locale } from '@shared/create-i18n';

export type { Locale };
export type Words = { 'pt-BR': string; en: string };

const w = (pt: string, en: string): Words => ({ 'pt-BR': pt, en });

export const ENUM_LABELS = {
  AccountKind: { CUSTOMER: w('Cliente', 'Customer'), STAFF: w('Equipe', 'Staff'), SYNDIC: w('Síndico', 'Syndic') },
  CustomFieldType: { DATE: w('Data', 'Date'), NUMBER: w('Número', 'Number'), TEXT: w('Texto', 'Text') },
  DataChangeApproval: { MANUAL: w('Manual', 'Manual'), AUTOMATIC: w('Automática', 'Automatic') },
  DataChangeStatus: {
    PENDING: w('Pendente', 'Pending'), APPROVED: w('Aprovada', 'Approved'), REJECTED: w('Recusada', 'Rejected'),
    INACTIVE: w('Substituída por uma mais nova', 'Replaced by a newer one'), DELETED: w('Excluída', 'Deleted'),
  },
  DevelopmentKind: { DEVELOPMENT: w('Empreendimento', 'Development'), WORK: w('Obra', 'Construction work') },
  DevelopmentStatus: { IN_PROGRESS: w('Em andamento', 'In progress'), PAUSED: w('Paralisada', 'Paused'), FINISHED: w('Concluída', 'Finished') },
  ErpKind: {
    DEVELOPMENT: w('Empreendimento', 'Development'),
    BLOCK: w('Bloco', 'Block'),
    STAGE: w('Etapa', 'Stage'),
    UNIT: w('Unidade', 'Unit'),
    CUSTOMER: w('Cliente', 'Customer'),
    ASSOCIATION_TYPE: w('Tipo de associação', 'Association type'),
    RESERVATION: w('Reserva', 'Reservation'),
    CONTRACT_TYPE: w('Tipo de contrato', 'Contract type'),
    CONTRACT: w('Contrato', 'Contract'),
    INSTALLMENT_PLAN: w('Plano de parcelas', 'Installment plan'),
    INSTALLMENT: w('Parcela', 'Installment'),
    BILL: w('Boleto', 'Bill'),
    BILLING_BLOCK: w('Bloqueio de emissão', 'Billing block'),
  },
  FixScreen: {
    ACCOUNT: w('Acesso ao portal', 'Portal access'),
    ASSOCIATION_TYPE: w('Tipos de associação', 'Association types'),
    BILLING_BLOCK: w('Bloqueios de emissão de boletos', 'Billing blocks'),
    BLOCK: w('Blocos do empreendimento', 'Blocks of the development'),
    CUSTOMER: w('Cliente', 'Customer'),
    COMPANY_SETTINGS: w('Configuração da empresa', 'Company configuration'),
    CONTRACT: w('Contrato', 'Contract'),
    CONTRACT_TYPE: w('Tipos de contrato', 'Contract types'),
    DATA_CHANGE: w('Alterações cadastrais', 'Registration changes'),
    DEVELOPMENT: w('Empreendimento', 'Development'),
    PORTAL_DEVELOPMENTS: w('Empreendimentos atendidos pelo portal', 'Developments the portal serves'),
    PORTAL_DOMAINS: w('Domínios do portal', 'Portal domains'),
    PORTAL_SETTINGS: w('Configurações do portal', 'Portal settings'),
    REQUEST: w('Pedido', 'Request'),
    RESERVATION: w('Reserva (no ERP)', 'Reservation (in the ERP)'),
    STAGE: w('Etapas do empreendimento', 'Stages of the development'),
    SUBSUBJECT: w('Assuntos e subassuntos', 'Subjects and sub-subjects'),
    UNIT: w('Unidade (no ERP)', 'Unit (in the ERP)'),
    WORKFLOW: w('Workflows', 'Workflows'),
  },
  HealthIssueKind: {
    CONTRACT_SIGNED_NOT_VALIDATED: w('Contrato assinado e não validado', 'Contract signed but not validated'),
    DEVELOPMENT_WITHOUT_DOMAIN: w('Empreendimento sem domínio', 'Development without a domain'),
    INACTIVE_BLOCK_WITH_SOLD_UNITS: w('Bloco inativo com unidades vendidas', 'Inactive block with sold units'),
    INACTIVE_STAGE_WITH_SOLD_UNITS: w('Etapa inativa com unidades vendidas', 'Inactive stage with sold units'),
    MENU_ON_DEVELOPMENT_FORBIDS: w('Menu ligado que o empreendimento não permite', 'Menu on that the development does not allow'),
    MENU_WITHOUT_WORKFLOW: w('Menu sem workflow', 'Menu without a workflow'),
    PORTAL_INACTIVE: w('Portal inativo', 'Inactive portal'),
    SUBSUBJECT_INTERNAL_NAME: w('Subassunto com nome interno', 'Sub-subject with an internal name'),
    TAX_SERIES_NOT_CONFIGURED: w('Série paga fora do Demonstrativo de IR', 'Paid series missing from the income-tax statement'),
    BILLING_BLOCK_HOLDS_BILLS: w('Bloqueio de emissão segurando boletos', 'Billing block holding bills back'),
    FINANCE_CODES_MISMATCH: w('Códigos do ERP que não conferem', 'ERP codes that do not match'),
  },
  ParticipationRole: { HOLDER: w('Titular', 'Holder'), ASSOCIATE: w('Associado', 'Associate') },
  PrepaymentMethod: { COMPOUND: w('Desconto composto', 'Compound discount'), SIMPLE: w('Desconto simples', 'Simple discount') },
  BillingBlockSource: { ERP: w('Sistema da empresa (ERP)', 'The company\u2019s system (ERP)'), STAFF: w('Equipe', 'Staff') },
  InstallmentState: { PAID: w('Paga', 'Paid'), OVERDUE: w('Vencida', 'Overdue'), DUE_TODAY: w('Vence hoje', 'Due today'), OPEN: w('A vencer', 'Not yet due') },
  BillStatus: { OPEN: w('Em aberto', 'Open'), PAID: w('Paga', 'Paid'), CANCELLED: w('Cancelada', 'Cancelled') },
  FinanceRecordKind: { INSTALLMENT: w('Parcela', 'Installment'), BILL: w('Boleto', 'Bill') },
  PortalPermission: { SEE_FINANCIAL: w('Ver financeiro', 'See financial'), SEE_WORK_LOG: w('Ver diário de obra e cronograma', 'See work log and schedule'), MARK_AS_PAID: w('Marcar contas como pagas', 'Mark bills as paid') },
  /** R-NOTIFY: notices, their channels and where each delivery is. */
  NotificationChannel: { EMAIL: w('E-mail', 'E-mail'), WHATSAPP: w('WhatsApp', 'WhatsApp'), PUSH: w('Notificação no celular', 'Phone notification') },
  NotificationFrequency: { DAILY: w('Diária (segunda a sexta)', 'Daily (Monday to Friday)'), WEEKLY: w('Semanal (às segundas)', 'Weekly (Mondays)') },
  NotificationKind: {
    BILLS_DIGEST: w('Aviso de boletos', 'Bills notice'), REQUEST_STATUS: w('Situação do atendimento', 'Request status'), REQUEST_REPLY: w('Resposta da equipe', 'Staff reply'),
    WORK_LOG_ENTRY: w('Diário de obra', 'Work log'), BOOKING_CONFIRMED: w('Agendamento confirmado', 'Booking confirmed'), BOOKING_REMINDER: w('Lembrete de agendamento', 'Booking reminder'),
    INVITATION: w('Convite', 'Invitation'), MAGIC_LINK: w('Link de acesso', 'Sign-in link'), ONE_TIME_CODE: w('Código de acesso', 'Sign-in code'), STATEMENT: w('Extrato', 'Statement'),
  },
  NotificationStatus: {
    QUEUED: w('Na fila', 'Queued'), SENT: w('Enviado', 'Sent'), DELIVERED: w('Entregue', 'Delivered'), READ: w('Lido', 'Read'), FAILED: w('Falhou', 'Failed'), SKIPPED: w('Não enviado', 'Not sent'),
  },
  /** R-WORK-1: where a work log entry is in its review. */
  WorkLogStatus: { DRAFT: w('Rascunho', 'Draft'), IN_REVIEW: w('Em análise', 'In review'), APPROVED: w('Aprovado', 'Approved'), REJECTED: w('Reprovado', 'Rejected') },
  WorkWeather: { SUNNY: w('Ensolarado', 'Sunny'), CLOUDY: w('Nublado', 'Cloudy'), RAINY: w('Chuvoso', 'Rainy'), STORMY: w('Tempestade', 'Storm') },
  /** A development's document, as buyers look for it. */
  DocumentCategory: {
    OWNER_MANUAL: w('Manual do proprietário', 'Owner\'s manual'), SPECIFICATION: w('Memorial descritivo', 'Specification'), FLOOR_PLAN: w('Planta', 'Floor plan'),
    CONDOMINIUM_RULES: w('Convenção e regimento interno', 'Condominium rules'), WARRANTY: w('Termo de garantia', 'Warranty'), OTHER: w('Outro documento', 'Other document'),
  },
  /** R-CONTACT-2: a Fale Conosco message's status (the seed's Pendente, Lida, Observação, Resolvida, Fechada). */
  ContactStatus: { PENDING: w('Pendente', 'Pending'), READ: w('Lida', 'Read'), NOTE: w('Observação', 'Note'), RESOLVED: w('Resolvida', 'Resolved'), CLOSED: w('Fechada', 'Closed') },
  ScheduleTaskState: { NOT_STARTED: w('Não iniciada', 'Not started'), IN_PROGRESS: w('Em andamento', 'In progress'), DONE: w('Concluída', 'Finished') },
  PortalMenu: {
    SERVICE: w('Atendimentos', 'Service requests'),
    ASSISTANCE: w('Assistência técnica', 'Technical assistance'),
    CONTRACTS: w('Contratos', 'Contracts'),
    FINANCIAL: w('Financeiro', 'Financial'),
    SCHEDULING: w('Agendamentos', 'Scheduling'),
    BENEFITS: w('Portal de benefícios', 'Benefits portal'),
    FAQ: w('Perguntas frequentes', 'Frequently asked questions'),
    SURVEYS: w('Pesquisa', 'Surveys'),
    REFER_FRIEND: w('Indique um amigo', 'Refer a friend'),
    ADDRESS_CONFIRMATION: w('Confirmação de endereço', 'Address confirmation'),
    PENDING_PROPOSALS: w('Aviso de propostas pendentes', 'Pending proposals notice'),
    PENDING_PRE_REGISTRATIONS: w('Aviso de pré-cadastros pendentes', 'Pending pre-registrations notice'),
    DELIVERY_FORECAST: w('Previsão de entrega', 'Delivery forecast'),
    SYNDIC_ACCESS: w('Acesso do síndico', 'Syndic access'),
    LOCATION: w('Localidade (assistência)', 'Location (assistance)'),
    COMMON_AREA: w('Área comum (assistência)', 'Common area (assistance)'),
    WORK_LOG: w('Diário de obra', 'Work log'),
    SCHEDULE: w('Cronograma', 'Schedule'),
  },
  PendingDocumentationKind: { PROPOSAL: w('Proposta', 'Proposal'), PRE_REGISTRATION: w('Pré-cadastro', 'Pre-registration') },
  RequestKind: { SERVICE: w('Atendimento', 'Service request'), ASSISTANCE: w('Assistência técnica', 'Technical assistance') },
  MessageAuthorKind: { CUSTOMER: w('Cliente', 'Customer'), SYNDIC: w('Síndico', 'Syndic'), STAFF: w('Equipe', 'Team') },
  MessageVisibility: { PUBLIC: w('Resposta ao cliente', 'Reply to the customer'), INTERNAL: w('Nota interna', 'Internal note') },
  ReservationStatus: {
    SOLD: w('Vendida', 'Sold'), IN_PROGRESS: w('Em andamento', 'In progress'), CANCELLED: w('Cancelada', 'Cancelled'), RESCINDED: w('Distratada', 'Rescinded'),
  },
  SessionEventKind: { LOGIN_DEACTIVATED: w('Acesso desativado', 'Login deactivated'), SIGNED_OUT: w('Sessão encerrada', 'Signed out') },
  SettingAvailability: { SERVED: w('Disponível', 'Available'), COMING_SOON: w('Em breve', 'Coming soon') },
  SlaUnit: { HOURS: w('horas', 'hours'), DAYS: w('dias', 'days') },
  ImpactKind: {
    UNITS: w('Unidades', 'Units'), CONTRACTS: w('Contratos', 'Contracts'), REQUESTS: w('Pedidos', 'Requests'), INSTALLMENTS: w('Parcelas', 'Installments'),
    BILLS: w('Boletos', 'Bills'), MENUS: w('Menus', 'Menus'), LOGINS: w('Acesso com senha', 'Password sign-in'),
  },
  ImpactDirection: { LOST: w('Deixam de ver', 'Stop seeing'), GAINED: w('Passam a ver', 'Start seeing') },
  StaffPermission: { REACTIVATE_LOGIN: w('Reativar login (LGPD)', 'Reactivate logins (LGPD)') },
  StaffRole: { ADMIN: w('Administrador', 'Administrator'), MANAGER: w('Gestor', 'Manager'), AGENT: w('Atendente', 'Agent') },
  SyncRunStatus: {
    RUNNING: w('Em andamento', 'Running'), SUCCEEDED: w('Concluída', 'Succeeded'), FAILED: w('Com falha', 'Failed'),
    ABANDONED: w('Destravada (parou de responder)', 'Unlocked (stopped answering)'),
  },
  SubjectAppliesTo: { UNITS: w('Unidades', 'Units'), COMMON_AREAS: w('Áreas comuns', 'Common areas'), BOTH: w('Unidades e áreas comuns', 'Units and common areas') },
  TokenDelivery: { COOKIE: w('Cookie do navegador', 'Browser cookie'), BEARER: w('Token de acesso (API)', 'Access token (API)') },
  TokenScope: { READ: w('Leitura', 'Read'), INTEGRATION: w('Integração', 'Integration') },
  /** Agendamentos and Pesquisa (SPEC §11). */
  AppointmentKind: { VISTORIA: w('Vistoria', 'Inspection'), KEY_HANDOVER: w('Entrega das chaves', 'Key handover') },
  SurveyQuestionKind: { SINGLE_CHOICE: w('Escolha única', 'Single choice'), SCALE: w('Nota de 1 a 5', 'Score from 1 to 5'), TEXT: w('Resposta escrita', 'Written answer') },
  SurveyStatus: { DRAFT: w('Rascunho', 'Draft'), PUBLISHED: w('Publicada', 'Published') },
  /** R-OPS-3: what a consent is for, where it was given or withdrawn, deletion requests and what they kept. */
  ConsentPurpose: {
    WHATSAPP: w('Mensagens pelo WhatsApp', 'WhatsApp messages'), MARKETING: w('Ofertas e novidades', 'Offers and news'),
    SURVEYS: w('Pesquisas de satisfação', 'Satisfaction surveys'), REFERRAL: w('Indique um amigo', 'Refer a friend'),
  },
  ConsentSource: { PORTAL: w('pelo portal', 'on the portal'), STAFF: w('pela equipe', 'by staff'), ERP: w('pelo ERP', 'by the ERP'), CHANNEL: w('pelo próprio canal', 'through the channel itself') },
  DeletionRequestStatus: { PENDING: w('Aguardando resposta', 'Awaiting an answer'), COMPLETED: w('Atendido (dados anonimizados)', 'Carried out (data anonymised)'), REFUSED: w('Recusado', 'Refused') },
  RetainedRecordKind: {
    CUSTOMER_DOCUMENT: w('CPF/CNPJ', 'CPF/CNPJ'), CONTRACT: w('Contrato', 'Contract'), INSTALLMENT: w('Parcela', 'Installment'),
    BILL: w('Boleto', 'Bill'), REQUEST: w('Atendimento ou assistência técnica', 'Service or assistance request'),
  },
} satisfies {
  ConsentPurpose: Record<ConsentPurpose, Words>;
  ConsentSource: Record<ConsentSource, Words>;
  DeletionRequestStatus: Record<DeletionRequestStatus, Words>;
  RetainedRecordKind: Record<RetainedRecordKind, Words>;
  AccountKind: Record<AccountKind, Words>;
  CustomFieldType: Record<CustomFieldType, Words>;
  DataChangeApproval: Record<DataChangeApproval, Words>;
  DataChangeStatus: Record<DataChangeStatus, Words>;
  DevelopmentKind: Record<DevelopmentKind, Words>;
  DevelopmentStatus: Record<DevelopmentStatus, Words>;
  ErpKind: Record<ErpKind, Words>;
  FixScreen: Record<FixScreen, Words>;
  HealthIssueKind: Record<HealthIssueKind, Words>;
  ParticipationRole: Record<ParticipationRole, Words>;
  PortalMenu: Record<PortalMenu, Words>;
  PendingDocumentationKind: Record<PendingDocumentationKind, Words>;
  RequestKind: Record<RequestKind, Words>;
  MessageAuthorKind: Record<MessageAuthorKind, Words>;
  MessageVisibility: Record<MessageVisibility, Words>;
  ReservationStatus: Record<ReservationStatus, Words>;
  SessionEventKind: Record<SessionEventKind, Words>;
  SettingAvailability: Record<SettingAvailability, Words>;
  SlaUnit: Record<SlaUnit, Words>;
  ImpactKind: Record<ImpactKind, Words>;
  ImpactDirection: Record<ImpactDirection, Words>;
  StaffPermission: Record<StaffPermission, Words>;
  StaffRole: Record<StaffRole, Words>;
  SubjectAppliesTo: Record<SubjectAppliesTo, Words>;
  SyncRunStatus: Record<SyncRunStatus, Words>;
  TokenDelivery: Record<TokenDelivery, Words>;
  TokenScope: Record<TokenScope, Words>;
  PrepaymentMethod: Record<PrepaymentMethod, Words>;
  BillingBlockSource: Record<BillingBlockSource, Words>;
  InstallmentState: Record<InstallmentState, Words>;
  BillStatus: Record<BillStatus, Words>;
  FinanceRecordKind: Record<FinanceRecordKind, Words>;
  PortalPermission: Record<PortalPermission, Words>;
  WorkLogStatus: Record<WorkLogStatus, Words>;
  WorkWeather: Record<WorkWeather, Words>;
  ScheduleTaskState: Record<ScheduleTaskState, Words>;
  ContactStatus: Record<ContactStatus, Words>;
  DocumentCategory: Record<DocumentCategory, Words>;
  AppointmentKind: Record<AppointmentKind, Words>;
  SurveyQuestionKind: Record<SurveyQuestionKind, Words>;
  SurveyStatus: Record<SurveyStatus, Words>;
  NotificationChannel: Record<NotificationChannel, Words>;
  NotificationFrequency: Record<NotificationFrequency, Words>;
  NotificationKind: Record<NotificationKind, Words>;
  NotificationStatus: Record<NotificationStatus, Words>;
};

export type EnumName = keyof typeof ENUM_LABELS;

const OTHER = w('Outro', 'Other');

/** An enum value in words; a value this build does not know yet reads "Outro", never the code. */
export function enumLabel<E extends EnumName>(locale: Locale, name: E, value: keyof (typeof ENUM_LABELS)[E] | string | null | undefined): string {
  const labels = ENUM_LABELS[name] as Record<string, Words>;
  return (value != null && Object.hasOwn(labels, value) ? labels[value as string]! : OTHER)[locale];
}

/** What the audit log's actions say (every action the server writes: grep `action:` and `audit.save(` in server/src). */
export const AUDIT_ACTIONS: Record<string, Words> = {
  'account.invite': w('Enviou o convite de acesso', 'Sent the access invitation'),
  'account.password.change': w('Trocou a própria senha', 'Changed their own password'),
  'contract.document.set': w('Trocou o documento do contrato', 'Replaced the contract document'),
  'syndicFile.add': w('Adicionou um arquivo dos síndicos', 'Added a syndic file'),
  'syndicFile.remove': w('Removeu um arquivo dos síndicos', 'Removed a syndic file'),
  'developmentDocument.add': w('Publicou um documento do empreendimento', 'Published a development document'),
  'developmentDocument.remove': w('Removeu um documento do empreendimento', 'Removed a development document'),
  'company.dataChangeApproval.update': w('Mudou a aprovação das alterações cadastrais', 'Changed how registration changes are approved'),
  'company.financial.update': w('Mudou as regras financeiras da empresa', 'Changed the company\u2019s financial rules'),
  'billingBlock.create': w('Bloqueou a emissão de boletos', 'Blocked billing'),
  'request.cancel': w('Cancelou o pedido (cliente)', 'Cancelled the request (customer)'),
  'request.assign': w('Definiu o responsável pelo pedido', 'Set the request\'s assignee'),
  'billingBlock.lift': w('Retirou um bloqueio de emissão de boletos', 'Lifted a billing block'),
  'account.portalPermissions.update': w('Mudou as permissões do usuário no portal', 'Changed the user\u2019s portal permissions'),
  'workLog.create': w('Escreveu um registro do diário de obra', 'Wrote a work log entry'),
  'appointmentSlots.publish': w('Publicou horários de agendamento', 'Published appointment times'),
  'appointmentSlot.remove': w('Retirou um horário de agendamento', 'Took back an appointment time'),
  'appointment.cancel': w('Cancelou um agendamento (com o motivo ao cliente)', 'Cancelled a booking (with the reason for the customer)'),
  'survey.create': w('Criou uma pesquisa', 'Created a survey'),
  'survey.update': w('Editou uma pesquisa', 'Edited a survey'),
  'survey.publish': w('Publicou uma pesquisa', 'Published a survey'),
  'workLog.update': w('Editou um registro do diário de obra', 'Edited a work log entry'),
  'workLog.status': w('Mudou a situação de um registro do diário de obra', 'Changed a work log entry\u2019s status'),
  'workLog.delete': w('Excluiu um registro do diário de obra', 'Deleted a work log entry'),
  'notification.preferences': w('Mudou as preferências de aviso', 'Changed the notification preferences'),
  'queue.retry': w('Pôs de novo na fila um envio que falhou', 'Put a failed send back in the queue'),
  'schedule.task.create': w('Incluiu uma etapa no cronograma', 'Added a schedule stage'),
  'schedule.task.update': w('Mudou uma etapa do cronograma', 'Changed a schedule stage'),
  'schedule.task.delete': w('Excluiu uma etapa do cronograma', 'Deleted a schedule stage'),
  'customer.create': w('Cadastrou o cliente', 'Registered the customer'),
  'dataChange.approve': w('Aprovou uma alteração cadastral', 'Approved a registration change'),
  'dataChange.autoApprove': w('Alteração cadastral aplicada automaticamente', 'Registration change applied automatically'),
  'dataChange.delete': w('Excluiu uma alteração cadastral', 'Deleted a registration change'),
  'dataChange.reject': w('Recusou uma alteração cadastral', 'Rejected a registration change'),
  'login.deactivate': w('Desativou o próprio acesso', 'Deactivated their own login'),
  'login.reactivate': w('Reativou o login', 'Reactivated the login'),
  'portal.create': w('Criou o portal', 'Created the portal'),
  'portal.delete': w('Excluiu o portal', 'Deleted the portal'),
  'portal.developments.update': w('Mudou os empreendimentos do portal', 'Changed the developments the portal serves'),
  'portal.domain.remove': w('Removeu um domínio do portal', 'Removed a portal domain'),
  'portal.domain.save': w('Salvou um domínio do portal', 'Saved a portal domain'),
  'portal.settings.update': w('Mudou configurações do portal', 'Changed portal settings'),
  'staff.create': w('Cadastrou um membro da equipe', 'Added a staff member'),
  'staff.update': w('Mudou um membro da equipe', 'Changed a staff member'),
  'viewAs.enter': w('Visualizou como cliente', 'Viewed as the customer'),
  'viewAs.start': w('Pediu para ver como cliente', 'Asked to view as the customer'),
  'apiToken.create': w('Criou um token de API', 'Created an API token'),
  'apiToken.revoke': w('Revogou um token de API', 'Revoked an API token'),
  'syncRun.open': w('Abriu uma sincronização', 'Opened a sync run'),
  'syncRun.close': w('Encerrou uma sincronização', 'Closed a sync run'),
  'syncRun.unlock': w('Destravou uma sincronização parada', 'Unlocked a stalled sync run'),
  'AssociationType.create': w('Criou um tipo de associação', 'Created an association type'),
  'AssociationType.update': w('Mudou um tipo de associação', 'Changed an association type'),
  'Block.update': w('Mudou um bloco', 'Changed a block'),
  'Contract.update': w('Mudou um contrato', 'Changed a contract'),
  'ContractType.create': w('Criou um tipo de contrato', 'Created a contract type'),
  'ContractType.update': w('Mudou um tipo de contrato', 'Changed a contract type'),
  'CustomField.create': w('Criou um campo personalizado', 'Created a custom field'),
  'ContactMessage.opinion': w('Deu um parecer no Fale Conosco', 'Gave an opinion on a Contact us message'),
  'ContactType.create': w('Criou um tipo de solicitação', 'Created a kind of request'),
  'ContactType.update': w('Mudou um tipo de solicitação', 'Changed a kind of request'),
  'FaqCategory.create': w('Criou uma categoria de perguntas frequentes', 'Created a FAQ category'),
  'FaqCategory.update': w('Mudou uma categoria de perguntas frequentes', 'Changed a FAQ category'),
  'FaqEntry.create': w('Criou uma pergunta frequente', 'Created a FAQ question'),
  'FaqEntry.update': w('Mudou uma pergunta frequente', 'Changed a FAQ question'),
  'FaqEntry.delete': w('Excluiu uma pergunta frequente', 'Deleted a FAQ question'),
  'CustomField.update': w('Mudou um campo personalizado', 'Changed a custom field'),
  'Development.update': w('Mudou um empreendimento', 'Changed a development'),
  'Stage.update': w('Mudou uma etapa', 'Changed a stage'),
  'Subject.create': w('Criou um assunto', 'Created a subject'),
  'Subject.update': w('Mudou um assunto', 'Changed a subject'),
  'Subsubject.create': w('Criou um subassunto', 'Created a sub-subject'),
  'Subsubject.update': w('Mudou um subassunto', 'Changed a sub-subject'),
  'Workflow.create': w('Criou um workflow', 'Created a workflow'),
  'Workflow.update': w('Mudou um workflow', 'Changed a workflow'),
  'WorkflowStatus.create': w('Criou uma situação de workflow', 'Created a workflow status'),
  'WorkflowStatus.update': w('Mudou uma situação de workflow', 'Changed a workflow status'),
  'Banner.create': w('Criou um banner', 'Created a banner'),
  'Banner.update': w('Mudou um banner', 'Changed a banner'),
  'Banner.delete': w('Excluiu um banner', 'Deleted a banner'),
  'Benefit.create': w('Criou um benefício', 'Created a benefit'),
  'Benefit.update': w('Mudou um benefício', 'Changed a benefit'),
  'Benefit.delete': w('Excluiu um benefício', 'Deleted a benefit'),
  'PendingDocumentation.create': w('Registrou um documento pendente', 'Recorded a pending document'),
  'PendingDocumentation.resolve': w('Marcou um documento pendente como recebido', 'Marked a pending document as received'),
  'consent.grant': w('Deu um consentimento', 'Gave a consent'),
  'consent.revoke': w('Revogou um consentimento', 'Withdrew a consent'),
  'push.subscribe': w('Ativou as notificações no celular em um aparelho', 'Turned on phone notifications on a device'),
  'push.unsubscribe': w('Desativou as notificações no celular em um aparelho', 'Turned off phone notifications on a device'),
  'privacy.export': w('Baixou a cópia dos próprios dados', 'Downloaded a copy of their data'),
  'privacy.deletion.request': w('Pediu a exclusão dos próprios dados', 'Asked for their data to be deleted'),
  'privacy.deletion.complete': w('Atendeu um pedido de exclusão: dados anonimizados', 'Carried out a deletion request: data anonymised'),
  'privacy.deletion.refuse': w('Recusou um pedido de exclusão de dados', 'Refused a data deletion request'),
  'twoFactor.enable': w('Ativou a verificação em duas etapas', 'Turned on two-step verification'),
  'twoFactor.disable': w('Desativou a verificação em duas etapas', 'Turned off two-step verification'),
  'twoFactor.recoveryCodes': w('Gerou novos códigos de recuperação', 'Generated new recovery codes'),
  'twoFactor.reset': w('Redefiniu a verificação em duas etapas de outra pessoa', 'Reset someone\u2019s two-step verification'),
  'company.requireAdminTwoFactor.update': w('Mudou a exigência de verificação em duas etapas dos administradores', 'Changed whether admins must use two-step verification'),
  'company.erpCode.update': w('Mudou o código da empresa no ERP', "Changed the company's code in the ERP"),
  'privacy.dpo.update': w('Mudou o encarregado de dados (DPO)', 'Changed the data protection officer'),
};

const ACTION_BY_VERB: Record<string, Words> = {
  create: w('Criou um registro', 'Created a record'),
  update: w('Mudou um registro', 'Changed a record'),
  delete: w('Excluiu um registro', 'Deleted a record'),
};

/** An audit action in words; one this build does not know reads by its verb, or "Registrou uma ação" — never the code. */
export function actionLabel(locale: Locale, action: string): string {
  const words = Object.hasOwn(AUDIT_ACTIONS, action) ? AUDIT_ACTIONS[action] : ACTION_BY_VERB[action.split('.').at(-1) ?? ''];
  return (words ?? w('Registrou uma ação', 'Recorded an action'))[locale];
}

/** The kinds of object the audit log points to (`targetType`, the server's entity names). */
export const TARGET_TYPES: Record<string, Words> = {
  Account: w('Acesso', 'Login'),
  ApiToken: w('Token de API', 'API token'),
  SyncRun: w('Sincronização', 'Sync run'),
  BillingBlock: w('Bloqueio de emissão', 'Billing block'),
  WorkLogEntry: w('Registro do diário de obra', 'Work log entry'),
  ScheduleTask: w('Etapa do cronograma', 'Schedule stage'),
  AppointmentSlot: w('Horário de agendamento', 'Appointment time'),
  Appointment: w('Agendamento', 'Booking'),
  Survey: w('Pesquisa', 'Survey'),
  Request: w('Pedido', 'Request'),
  AssociationType: w('Tipo de associação', 'Association type'),
  Block: w('Bloco', 'Block'),
  Company: w('Empresa', 'Company'),
  Contract: w('Contrato', 'Contract'),
  ContractType: w('Tipo de contrato', 'Contract type'),
  Customer: w('Cliente', 'Customer'),
  CustomField: w('Campo personalizado', 'Custom field'),
  ContactMessage: w('Mensagem do Fale Conosco', 'Contact us message'),
  ContactType: w('Tipo de solicitação', 'Kind of request'),
  FaqCategory: w('Categoria de perguntas frequentes', 'FAQ category'),
  FaqEntry: w('Pergunta frequente', 'FAQ question'),
  DataChangeRequest: w('Alteração cadastral', 'Registration change'),
  Development: w('Empreendimento', 'Development'),
  Portal: w('Portal', 'Portal'),
  Stage: w('Etapa', 'Stage'),
  Subject: w('Assunto', 'Subject'),
  Subsubject: w('Subassunto', 'Sub-subject'),
  SyndicFile: w('Arquivo dos síndicos', 'Syndic file'),
  DevelopmentDocument: w('Documento do empreendimento', 'Development document'),
  Workflow: w('Workflow', 'Workflow'),
  WorkflowStatus: w('Situação de workflow', 'Workflow status'),
  Banner: w('Banner', 'Banner'),
  Benefit: w('Benefício', 'Benefit'),
  PendingDocumentation: w('Documento pendente', 'Pending document'),
};

export function targetTypeLabel(locale: Locale, type: string): string {
  return (Object.hasOwn(TARGET_TYPES, type) ? TARGET_TYPES[type]! : w('Registro', 'Record'))[locale];
}

/** Settings a fix may point to that are not in the portal settings catalog (`portalSettingsCatalog` names the rest). */
export const SETTING_LABELS: Record<string, Words> = {
  active: w('Portal ativo', 'Portal active'),
  allowServiceRequests: w('Permite abrir atendimentos pelo portal', 'Allows service requests through the portal'),
  allowAssistanceRequests: w('Permite abrir assistências pelo portal', 'Allows assistance requests through the portal'),
  commonAreas: w('Áreas comuns', 'Common areas'),
  dataChangeApproval: w('Aprovação de alterações cadastrais', 'Registration change approval'),
  overdueBlocksBills: w('Regra de inadimplência', 'Overdue rule'),
  secondCopyAllowed: w('2ª via pelo portal', 'Reissued bills through the portal'),
  prepaymentAllowed: w('Antecipação de parcelas', 'Prepayment of installments'),
  prepaymentRateBasisPoints: w('Taxa de desconto da antecipação', 'Prepayment discount rate'),
  prepaymentMethod: w('Método de desconto da antecipação', 'Prepayment discount method'),
  cardPaymentAllowed: w('Pagamento com cartão de crédito', 'Credit card payments'),
  SEE_FINANCIAL: w('Ver financeiro', 'See financial'),
  MARK_AS_PAID: w('Marcar como pago', 'Mark as paid'),
  SEE_WORK_LOG: w('Ver diário de obra', 'See work log'),
};

/**
 * The fields the audit log's before/after hold, beyond the portal settings (named by the catalog)
 * and the company's custom fields (`custom.<key>`, named by their label).
 */
export const AUDIT_FIELDS: Record<string, Words> = {
  ...SETTING_LABELS,
  // R-OPS-3: consents, deletion requests, the data-protection officer.
  purpose: w('Finalidade', 'Purpose'),
  granted: w('Consentimento dado', 'Consent given'),
  textVersion: w('Versão do texto', 'Text version'),
  deletionRequestId: w('Pedido de exclusão', 'Deletion request'),
  retainedUntil: w('Guardado até', 'Kept until'),
  refusalReason: w('Motivo da recusa', 'Reason for refusing'),
  files: w('Arquivos', 'Files'),
  dpoName: w('Nome do encarregado', 'Officer\u2019s name'),
  dpoEmail: w('E-mail do encarregado', 'Officer\u2019s e-mail'),
  dpoPhone: w('Telefone do encarregado', 'Officer\u2019s phone'),
  active: w('Ativo', 'Active'),
  name: w('Nome', 'Name'),
  label: w('Nome', 'Name'),
  slug: w('Nome curto (endereço)', 'Short name (address)'),
  developmentIds: w('Empreendimentos', 'Developments'),
  developmentId: w('Empreendimento', 'Development'),
  blockId: w('Bloco', 'Block'),
  portalPermissions: w('Permissões no portal', 'Portal permissions'),
  hostname: w('Endereço (domínio)', 'Address (domain)'),
  portalId: w('Portal', 'Portal'),
  finishedAssistanceSlaMinutes: w('SLA da exibição de assistência finalizada', 'How long a finished repair stays visible'),
  finishedAssistanceSlaUnit: w('Unidade do SLA', 'SLA unit'),
  role: w('Papel', 'Role'),
  staffRole: w('Papel', 'Role'),
  permissions: w('Permissões', 'Permissions'),
  expiresAt: w('Validade', 'Expires'),
  loginActive: w('Login ativo', 'Login active'),
  deactivatedAt: w('Desativado em', 'Deactivated on'),
  reason: w('Motivo', 'Reason'),
  status: w('Situação', 'Status'),
  type: w('Tipo', 'Type'),
  kind: w('Tipo de pedido', 'Request kind'),
  position: w('Posição', 'Position'),
  deliveryDate: w('Data de entrega', 'Delivery date'),
  portalDisplayName: w('Nome de exibição no portal', 'Name shown in the portal'),
  showFinishedInPortal: w('Exibir assistência com situação Fim', 'Show repairs in a final status'),
  isFinal: w('Situação final (Fim)', 'Final status'),
  isInitial: w('Situação inicial', 'Initial status'),
  visibleToCustomer: w('Exibir ao cliente', 'Shown to the customer'),
  signed: w('Assinado', 'Signed'),
  validated: w('Validado', 'Validated'),
  signedAt: w('Assinado em', 'Signed on'),
  seesUnitsInPortal: w('Visualiza unidades no portal', 'Sees units in the portal'),
  seesHolderBills: w('Vê boletos do titular', 'Sees the holder\u2019s bills'),
  document: w('CPF/CNPJ', 'CPF/CNPJ'),
  email: w('E-mail', 'E-mail'),
  phone: w('Telefone', 'Phone'),
  postalCode: w('CEP', 'Postal code'),
  street: w('Logradouro', 'Street'),
  streetNumber: w('Número', 'Number'),
  complement: w('Complemento', 'Complement'),
  district: w('Bairro', 'District'),
  city: w('Cidade', 'City'),
  state: w('UF', 'State'),
  scopes: w('Escopos', 'Scopes'),
  revoked: w('Revogado', 'Revoked'),
  note: w('Observação', 'Note'),
  lastActivityAt: w('Última atividade', 'Last activity'),
  date: w('Data', 'Date'),
  weather: w('Tempo', 'Weather'),
  occurrences: w('Ocorrências', 'What happened'),
  labour: w('Mão de obra', 'Workforce'),
  block: w('Torre', 'Tower'),
  development: w('Empreendimento', 'Development'),
  photosAdded: w('Fotos incluídas', 'Photos added'),
  attachmentsAdded: w('Anexos incluídos', 'Attachments added'),
  filesRemoved: w('Arquivos retirados', 'Files removed'),
  reviewNote: w('Motivo da reprovação', 'Reason for rejection'),
  reviewedAt: w('Revisado em', 'Reviewed on'),
  reviewedBy: w('Revisado por', 'Reviewed by'),
  plannedStart: w('Início previsto', 'Planned start'),
  plannedEnd: w('Término previsto', 'Planned end'),
  actualStart: w('Início real', 'Actual start'),
  actualEnd: w('Término real', 'Actual end'),
  weight: w('Peso', 'Weight'),
  progress: w('Progresso (%)', 'Progress (%)'),
};

/** Which enum an audited field's value belongs to, by the kind of object (a `status` is a development's or a registration change's). */
export function auditFieldEnum(field: string, targetType: string): EnumName | null {
  switch (field) {
    case 'role':
    case 'staffRole':
      return 'StaffRole';
    case 'permissions':
      return 'StaffPermission';
    case 'scopes':
      return 'TokenScope';
    case 'dataChangeApproval':
      return 'DataChangeApproval';
    case 'finishedAssistanceSlaUnit':
      return 'SlaUnit';
    case 'kind':
      return 'RequestKind';
    case 'type':
      return targetType === 'CustomField' ? 'CustomFieldType' : null;
    case 'status':
      return targetType === 'Development' ? 'DevelopmentStatus' : targetType === 'DataChangeRequest' ? 'DataChangeStatus' : targetType === 'SyncRun' ? 'SyncRunStatus' : null;
    default:
      return null;
  }
}

/** The words the audit log's values are written in. */
export const VALUE_WORDS = {
  yes: w('Sim', 'Yes'),
  no: w('Não', 'No'),
  empty: w('vazio', 'empty'),
  outOfReach: w('fora do seu alcance ou removido', 'outside your reach or removed'),
  otherField: w('Outro campo', 'Other field'),
  customField: w('Campo personalizado', 'Custom field'),
  severalValues: w('vários valores', 'several values'),
  hour: w('hora', 'hour'),
  hours: w('horas', 'hours'),
  day: w('dia', 'day'),
  days: w('dias', 'days'),
};

/**
 * R-SYNC-1: how a call made with an API token ended — `OK`, or the code of the first error the
 * caller got (the codes the server's one error mapper sends).
 */
export const API_CALL_OUTCOMES: Record<string, Words> = {
  OK: w('Concluída', 'Succeeded'),
  ROWS_REFUSED: w('Lote recusado: linhas com erro (nada gravado)', 'Batch refused: rows with errors (nothing written)'),
  BAD_USER_INPUT: w('Recusada: dados inválidos', 'Refused: invalid data'),
  UNAUTHENTICATED: w('Recusada: sem acesso válido', 'Refused: no valid access'),
  FORBIDDEN: w('Recusada: o token não pode chamar esta operação', 'Refused: the token may not call this operation'),
  NOT_FOUND: w('Não encontrado', 'Not found'),
  CONFLICT: w('Recusada: conflito', 'Refused: conflict'),
  FEATURE_DISABLED: w('Recusada: recurso desligado', 'Refused: feature turned off'),
  RATE_LIMITED: w('Recusada: limite de chamadas atingido', 'Refused: call limit reached'),
  GRAPHQL_PARSE_FAILED: w('Recusada: consulta mal escrita', 'Refused: malformed query'),
  GRAPHQL_VALIDATION_FAILED: w('Recusada: consulta inválida', 'Refused: invalid query'),
  BAD_REQUEST: w('Recusada: pedido inválido', 'Refused: invalid request'),
  PERSISTED_QUERY_NOT_FOUND: w('Recusada: consulta guardada não encontrada', 'Refused: stored query not found'),
  OPERATION_RESOLUTION_FAILURE: w('Recusada: operação não encontrada na consulta', 'Refused: operation not found in the query'),
  QUERY_TOO_COMPLEX: w('Recusada: consulta pesada demais', 'Refused: query too costly'),
  QUERY_TOO_DEEP: w('Recusada: consulta aninhada demais', 'Refused: query nested too deeply'),
  QUERY_TOO_MANY_ALIASES: w('Recusada: apelidos demais na consulta', 'Refused: too many aliases'),
  QUERY_TOO_LARGE: w('Recusada: consulta grande demais', 'Refused: query too large'),
  QUERY_TIMEOUT: w('Interrompida: demorou demais', 'Stopped: took too long'),
  PREVIEW_UNAVAILABLE: w('Prévia indisponível: demorou demais', 'Preview unavailable: took too long'),
  INTERNAL_SERVER_ERROR: w('Erro no servidor', 'Server error'),
};

/** An API call's outcome in words; a code this build does not know reads "Recusada (outro motivo)" — never the code. */
export function apiCallOutcomeLabel(locale: Locale, outcome: string): string {
  return (Object.hasOwn(API_CALL_OUTCOMES, outcome) ? API_CALL_OUTCOMES[outcome]! : w('Recusada (outro motivo)', 'Refused (other reason)'))[locale];
}

/** R-SYNC-2: why the ERP's row was refused (`UpsertRowError.code`, kept in a sync run's error log). */
export const ROW_ERROR_CODES: Record<string, Words> = {
  REQUIRED: w('Campo obrigatório ausente', 'Required field missing'),
  INVALID: w('Valor inválido', 'Invalid value'),
  TOO_LONG: w('Valor longo demais', 'Value too long'),
  NOT_FOUND: w('Referência a um código que não existe', 'Refers to a code that does not exist'),
  DUPLICATE: w('Código repetido no lote', 'Code repeated in the batch'),
  CONFLICT: w('Conflito com o que já está gravado', 'Conflicts with what is stored'),
};

export function rowErrorLabel(locale: Locale, code: string): string {
  return (Object.hasOwn(ROW_ERROR_CODES, code) ? ROW_ERROR_CODES[code]! : w('Recusada (outro motivo)', 'Refused (other reason)'))[locale];
}

/** R-SYNC-2: the fields of the rows the ERP sends (server/src/modules/integration/upsert/upsert.inputs.ts), as staff call them. */
export const ERP_FIELDS: Record<string, Words> = {
  code: w('Código no ERP', 'ERP code'),
  name: w('Nome', 'Name'),
  kind: w('Tipo', 'Kind'),
  deliveryDate: w('Previsão de entrega', 'Delivery forecast'),
  status: w('Situação', 'Status'),
  developmentCode: w('Empreendimento (código no ERP)', 'Development (ERP code)'),
  blockCode: w('Bloco (código no ERP)', 'Block (ERP code)'),
  stageCode: w('Etapa (código no ERP)', 'Stage (ERP code)'),
  unitCode: w('Unidade (código no ERP)', 'Unit (ERP code)'),
  customerCode: w('Cliente (código no ERP)', 'Customer (ERP code)'),
  holderCode: w('Titular (código no ERP)', 'Holder (ERP code)'),
  associationTypeCode: w('Tipo de associação (código no ERP)', 'Association type (ERP code)'),
  typeCode: w('Tipo de contrato (código no ERP)', 'Contract type (ERP code)'),
  saleCode: w('Venda (código no ERP)', 'Sale (ERP code)'),
  companyCode: w('Empresa (código no ERP)', 'Company (ERP code)'),
  planCode: w('Plano de parcelas (código no ERP)', 'Installment plan (ERP code)'),
  installmentCode: w('Parcela (código no ERP)', 'Installment (ERP code)'),
  supersededByCode: w('Boleto que o substitui (código no ERP)', 'Bill that replaces it (ERP code)'),
  payer: w('Quem paga', 'Payer'),
  portalRequestId: w('Pedido do portal atendido', 'Portal request answered'),
  active: w('Ativo', 'Active'),
  reason: w('Motivo', 'Reason'),
  document: w('CPF/CNPJ', 'CPF/CNPJ'),
  email: w('E-mail', 'E-mail'),
  phone: w('Telefone', 'Phone'),
  seesUnitsInPortal: w('Visualiza unidades no portal', 'Sees units in the portal'),
  seesHolderBills: w('Vê boletos do titular', 'Sees the holder\u2019s bills'),
  participants: w('Associados', 'Associates'),
  visibleToCustomer: w('Exibir ao cliente', 'Shown to the customer'),
  title: w('Título', 'Title'),
  signed: w('Assinado', 'Signed'),
  validated: w('Validado', 'Validated'),
  signedAt: w('Assinado em', 'Signed on'),
  series: w('Série', 'Series'),
  paymentMethod: w('Forma de pagamento', 'Payment method'),
  number: w('Número da parcela', 'Installment number'),
  dueDate: w('Vencimento', 'Due date'),
  amount: w('Valor', 'Amount'),
  paidAmount: w('Valor pago', 'Amount paid'),
  paidAt: w('Data do pagamento', 'Payment date'),
  digitableLine: w('Linha digitável', 'Digitable line'),
  pixCode: w('PIX copia e cola', 'PIX copy and paste'),
  idempotencyKey: w('Chave de idempotência', 'Idempotency key'),
  runId: w('Sincronização', 'Sync run'),
};

/**
 * Values of the ERP's rows that are codes of the schema's enums, by field and kind of row (a
 * `status` is a reservation's, a development's or a bill's). The enums the app itself shows are in
 * ENUM_LABELS; these two only reach it inside a refused row.
 */
export const ERP_VALUE_LABELS: Record<'BillStatus' | 'PaymentMethod', Record<string, Words>> = {
  BillStatus: { OPEN: w('Em aberto', 'Open'), PAID: w('Pago', 'Paid'), CANCELLED: w('Cancelado', 'Cancelled') },
  PaymentMethod: { BOLETO: w('Boleto', 'Bill'), CARD: w('Cartão', 'Card') },
};
