/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  /** A nova senha: ao menos 8 caracteres, com letras e números. */
  password: string;
  token: string;
  tokenDelivery?: TokenDelivery;
};

/** Cliente, síndico ou equipe. */
export type AccountKind =
  | 'CUSTOMER'
  | 'STAFF'
  | 'SYNDIC';

/** Um documento do empreendimento para os compradores: do empreendimento todo, de uma torre ou de uma unidade. */
export type AddDevelopmentDocumentInput = {
  /** Só para os clientes desta torre (bloco). */
  blockId?: string | number | null | undefined;
  category: DocumentCategory;
  developmentId: string | number;
  /** O id devolvido pelo envio (POST /files, finalidade DEVELOPMENT_DOCUMENT). */
  fileId: string | number;
  /** Como o cliente vê o documento; sem ele, o nome do arquivo. */
  title?: string | null | undefined;
  /** Só para os clientes desta unidade. */
  unitId?: string | number | null | undefined;
};

/** R-CONTACT-2: um parecer: a nova situação e o texto. */
export type AddOpinionInput = {
  messageId: string | number;
  status: ContactStatus;
  text: string;
  /** O cliente lê este parecer; falso: nota interna. */
  visibleToCustomer: boolean;
};

/** Um documento pendente de uma proposta ou pré-cadastro do cliente num empreendimento. */
export type AddPendingDocumentationInput = {
  customerId: string | number;
  description: string;
  developmentId: string | number;
  kind: PendingDocumentationKind;
};

/** R-REQ-10: um arquivo dos síndicos, do empreendimento (todos os síndicos dele) ou de um síndico. */
export type AddSyndicFileInput = {
  /** Para todos os síndicos deste empreendimento (informe este ou syndicId). */
  developmentId?: string | number | null | undefined;
  /** O id devolvido pelo envio (POST /files, finalidade SYNDIC_FILE). */
  fileId: string | number;
  /** Como o síndico vê o arquivo; sem ele, o nome do arquivo. */
  name?: string | null | undefined;
  /** Só para este síndico. */
  syndicId?: string | number | null | undefined;
};

/** VISTORIA: vistoria da unidade; KEY_HANDOVER: entrega das chaves. */
export type AppointmentKind =
  | 'KEY_HANDOVER'
  | 'VISTORIA';

/** Dar um pedido a um membro da equipe (ou a ninguém). */
export type AssignRequestInput = {
  /** Nulo: tirar o responsável. */
  assigneeId?: string | number | null | undefined;
  requestId: string | number;
};

/** Um tipo de associação. */
export type AssociationTypeChange = {
  input: AssociationTypeInput;
};

/** Criar (sem id) ou alterar um tipo de associação. */
export type AssociationTypeInput = {
  id?: string | number | null | undefined;
  name?: string | null | undefined;
  /** R-FIN-3 */
  seesHolderBills?: boolean | null | undefined;
  /** R-UNIT-1: "Visualiza Unidades Portal". */
  seesUnitsInPortal?: boolean | null | undefined;
};

/** Filtros do log de auditoria. */
export type AuditLogFilter = {
  /** Ação exata, ou prefixo terminado em "." (ex.: "login."). */
  action?: string | null | undefined;
  actorId?: string | number | null | undefined;
  from?: string | null | undefined;
  targetId?: string | number | null | undefined;
  targetType?: string | null | undefined;
  to?: string | null | undefined;
};

/** Cria (sem id, com o portal e a imagem) ou altera um banner da página inicial do cliente. */
export type BannerInput = {
  active?: boolean | null | undefined;
  /** O público: empreendimentos do portal; lista vazia: todos os clientes do portal. */
  developmentIds?: Array<string | number> | null | undefined;
  /** AAAA-MM-DD; vazio: sem fim. */
  endsOn?: string | null | undefined;
  id?: string | number | null | undefined;
  /** Uma imagem enviada em POST /files (tipo BANNER_IMAGE); obrigatória ao criar; ao alterar, troca a imagem. */
  imageFileId?: string | number | null | undefined;
  /** https://…; vazio: sem link. */
  link?: string | null | undefined;
  /** Obrigatório ao criar. */
  portalId?: string | number | null | undefined;
  /** AAAA-MM-DD; vazio: desde já. */
  startsOn?: string | null | undefined;
  /** O texto alternativo da imagem; obrigatório ao criar. */
  title?: string | null | undefined;
};

/** Cria (sem id, com o portal) ou altera um benefício do Portal de benefícios. */
export type BenefitInput = {
  active?: boolean | null | undefined;
  coupon?: string | null | undefined;
  description?: string | null | undefined;
  discount?: string | null | undefined;
  id?: string | number | null | undefined;
  /** https://… */
  link?: string | null | undefined;
  partner?: string | null | undefined;
  /** Obrigatório ao criar. */
  portalId?: string | number | null | undefined;
  title?: string | null | undefined;
};

/** Situação do boleto. */
export type BillStatus =
  | 'CANCELLED'
  | 'OPEN'
  | 'PAID';

/** Um bloqueio de emissão de boletos. */
export type BillingBlockChange = {
  input: BillingBlockInput;
};

/** R-FIN-10: um bloqueio de emissão de boletos num empreendimento ou num bloco dele. */
export type BillingBlockInput = {
  /** Sem bloco: o empreendimento inteiro. */
  blockId?: string | number | null | undefined;
  developmentId: string | number;
  /** O motivo, em palavras que o cliente lê no portal. */
  reason: string;
};

/** Retirar um bloqueio de emissão de boletos. */
export type BillingBlockLift = {
  id: string | number;
};

/** Quem bloqueou a emissão: o ERP ou a equipe. */
export type BillingBlockSource =
  | 'ERP'
  | 'STAFF';

/** Ativar ou inativar um bloco. */
export type BlockActiveChange = {
  active: boolean;
  id: string | number;
};

/** Mudar a situação de um pedido, com um comentário público opcional. */
export type ChangeRequestStatusInput = {
  /** Visível ao cliente no histórico. */
  comment?: string | null | undefined;
  /** A situação que quem muda estava vendo: se outra pessoa já mudou o pedido, CONFLICT em vez de sobrescrever. */
  expectedStatusId?: string | number | null | undefined;
  requestId: string | number;
  statusId: string | number;
};

/** R-OPS-3: WhatsApp, ofertas, pesquisas, indique um amigo. */
export type ConsentPurpose =
  | 'MARKETING'
  | 'REFERRAL'
  | 'SURVEYS'
  | 'WHATSAPP';

/** Onde o consentimento foi dado ou revogado: portal, equipe, ERP, pelo próprio canal. */
export type ConsentSource =
  | 'CHANNEL'
  | 'ERP'
  | 'PORTAL'
  | 'STAFF';

/** R-CONTACT-2: filtros do Fale Conosco: empreendimento, bloco/quadra, cliente, tipo e situação. */
export type ContactFilter = {
  /** Bloco (torre) ou quadra. */
  blockId?: string | number | null | undefined;
  customerId?: string | number | null | undefined;
  developmentId?: string | number | null | undefined;
  status?: ContactStatus | null | undefined;
  typeId?: string | number | null | undefined;
};

/** R-CONTACT-2: situação de uma mensagem do Fale Conosco: PENDING (Pendente), READ (Lida), NOTE (Observação), RESOLVED (Resolvida), CLOSED (Fechada). */
export type ContactStatus =
  | 'CLOSED'
  | 'NOTE'
  | 'PENDING'
  | 'READ'
  | 'RESOLVED';

/** Cria (sem id) ou altera um Tipo de Solicitação. */
export type ContactTypeInput = {
  active?: boolean | null | undefined;
  id?: string | number | null | undefined;
  /** Obrigatório ao criar. */
  name?: string | null | undefined;
  position?: number | null | undefined;
};

/** Marcar um contrato como assinado e/ou validado (R-CONTRACT-2). */
export type ContractStatusInput = {
  contractId: string | number;
  signed?: boolean | null | undefined;
  validated?: boolean | null | undefined;
};

/** Um tipo de contrato. */
export type ContractTypeChange = {
  input: ContractTypeInput;
};

/** Criar (sem id) ou alterar um tipo de contrato. */
export type ContractTypeInput = {
  id?: string | number | null | undefined;
  name?: string | null | undefined;
  /** R-CONTRACT-3 */
  visibleToCustomer?: boolean | null | undefined;
};

/** R-SYNC-1: um novo token de API. */
export type CreateApiTokenInput = {
  /** Validade; sem ela, vale até ser revogado. */
  expiresAt?: string | null | undefined;
  /** Para quem é (ex.: "ERP Sienge — carga noturna"). */
  name: string;
  /** READ: consultas; INTEGRATION: também gravar lotes, ler a fila de saída e as sincronizações. */
  scopes: Array<TokenScope>;
};

export type CreatePortalInput = {
  developmentIds?: Array<string | number>;
  name: string;
  /** Nome curto para endereços (letras minúsculas, números e hífens). */
  slug: string;
};

/** Novo membro da equipe; recebe um convite por e-mail. */
export type CreateStaffAccountInput = {
  /** R-OPS-4: limitado a estes empreendimentos (vazio: todos). */
  developmentIds?: Array<string | number>;
  email: string;
  /** Depois desta data o acesso deixa de funcionar. */
  expiresAt?: string | null | undefined;
  name: string;
  permissions?: Array<StaffPermission>;
  role: StaffRole;
};

export type CustomFieldInput = {
  active?: boolean | null | undefined;
  id?: string | number | null | undefined;
  /** Obrigatório ao criar: letras minúsculas, números e _. */
  key?: string | null | undefined;
  label?: string | null | undefined;
  position?: number | null | undefined;
  type?: CustomFieldType | null | undefined;
};

export type CustomFieldType =
  | 'DATE'
  | 'NUMBER'
  | 'TEXT';

/** R-DATA-2: aprovação automática ou manual das alterações cadastrais. */
export type DataChangeApproval =
  | 'AUTOMATIC'
  | 'MANUAL';

/** R-DATA-3: filtros das alterações cadastrais. */
export type DataChangeFilter = {
  developmentId?: string | number | null | undefined;
  from?: string | null | undefined;
  status?: DataChangeStatus | null | undefined;
  to?: string | null | undefined;
};

/** R-DATA-3: situação de uma alteração cadastral. */
export type DataChangeStatus =
  | 'APPROVED'
  | 'DELETED'
  | 'INACTIVE'
  | 'PENDING'
  | 'REJECTED';

/** R-OPS-3: o encarregado de dados (nome, e-mail e telefone; vazio apaga). */
export type DataProtectionOfficerInput = {
  email?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
};

/** Pedido de exclusão de dados: aguardando, atendido ou recusado (com o motivo). */
export type DeletionRequestStatus =
  | 'COMPLETED'
  | 'PENDING'
  | 'REFUSED';

/** As permissões de um empreendimento. */
export type DevelopmentChange = {
  input: DevelopmentSettingsInput;
};

/** Empreendimento vendido em unidades, ou obra por administração. */
export type DevelopmentKind =
  | 'DEVELOPMENT'
  | 'WORK';

/** Permissões e datas de um empreendimento. */
export type DevelopmentSettingsInput = {
  /** R-REQ-1 */
  allowAssistanceRequests?: boolean | null | undefined;
  /** R-REQ-1 */
  allowServiceRequests?: boolean | null | undefined;
  /** R-UNIT-5: data de entrega (aaaa-mm-dd). */
  deliveryDate?: string | null | undefined;
  id: string | number;
  status?: DevelopmentStatus | null | undefined;
};

/** Situação do empreendimento ou obra (o "status da Obra" da lista de portais). */
export type DevelopmentStatus =
  | 'FINISHED'
  | 'IN_PROGRESS'
  | 'PAUSED';

/** Tipo de documento do empreendimento: manual do proprietário, memorial descritivo, planta, convenção e regimento, termo de garantia, outro. */
export type DocumentCategory =
  | 'CONDOMINIUM_RULES'
  | 'FLOOR_PLAN'
  | 'OTHER'
  | 'OWNER_MANUAL'
  | 'SPECIFICATION'
  | 'WARRANTY';

/** R-SYNC-2: o tipo de registro que o ERP envia. */
export type ErpKind =
  | 'ASSOCIATION_TYPE'
  | 'BILL'
  | 'BILLING_BLOCK'
  | 'BLOCK'
  | 'CONTRACT'
  | 'CONTRACT_TYPE'
  | 'CUSTOMER'
  | 'DEVELOPMENT'
  | 'INSTALLMENT'
  | 'INSTALLMENT_PLAN'
  | 'RESERVATION'
  | 'STAGE'
  | 'UNIT';

/** Sobre quem é a pergunta (um cliente ou um síndico, exatamente um) e o quê. */
export type ExplainVisibilityInput = {
  customerId?: string | number | null | undefined;
  /** O endereço usado pelo cliente; sem ele, um vinculado ao empreendimento. */
  hostname?: string | null | undefined;
  /** O portal; sem ele, o primeiro que atende o empreendimento. */
  portalId?: string | number | null | undefined;
  /** R-REQ-8: o síndico, no lugar de um cliente. */
  syndicId?: string | number | null | undefined;
  target: VisibilityTarget;
};

/** Cria (sem id, com o portal) ou altera uma categoria das perguntas frequentes. */
export type FaqCategoryInput = {
  active?: boolean | null | undefined;
  id?: string | number | null | undefined;
  /** Obrigatório ao criar. */
  name?: string | null | undefined;
  /** Obrigatório ao criar. */
  portalId?: string | number | null | undefined;
  position?: number | null | undefined;
};

/** Cria (sem id, com a categoria) ou altera uma pergunta frequente. */
export type FaqEntryInput = {
  active?: boolean | null | undefined;
  /** Obrigatória ao criar. */
  answer?: string | null | undefined;
  /** Obrigatória ao criar; ao alterar, move a pergunta para outra categoria do mesmo portal. */
  categoryId?: string | number | null | undefined;
  id?: string | number | null | undefined;
  position?: number | null | undefined;
  /** Obrigatória ao criar. */
  question?: string | null | undefined;
};

/** Um campo e seu novo valor (vazio limpa o campo). */
export type FieldValueInput = {
  /** name, email, phone, postalCode, street, streetNumber, complement, district, city, state ou custom.<chave>. */
  field: string;
  value?: string | null | undefined;
};

/** Parcela ou boleto. */
export type FinanceRecordKind =
  | 'BILL'
  | 'INSTALLMENT';

/** As regras financeiras da empresa (SPEC §8); as omitidas ficam como estão. */
export type FinancialRulesInput = {
  cardPaymentAllowed?: boolean | null | undefined;
  overdueBlocksBills?: boolean | null | undefined;
  prepaymentAllowed?: boolean | null | undefined;
  prepaymentMethod?: PrepaymentMethod | null | undefined;
  prepaymentRateBasisPoints?: number | null | undefined;
  secondCopyAllowed?: boolean | null | undefined;
};

/** Tela do app administrativo onde se corrige uma regra. */
export type FixScreen =
  | 'ACCOUNT'
  | 'ASSOCIATION_TYPE'
  | 'BILLING_BLOCK'
  | 'BLOCK'
  | 'COMPANY_SETTINGS'
  | 'CONTRACT'
  | 'CONTRACT_TYPE'
  | 'CUSTOMER'
  | 'DATA_CHANGE'
  | 'DEVELOPMENT'
  | 'PORTAL_DEVELOPMENTS'
  | 'PORTAL_DOMAINS'
  | 'PORTAL_SETTINGS'
  | 'REQUEST'
  | 'RESERVATION'
  | 'STAGE'
  | 'SUBSUBJECT'
  | 'UNIT'
  | 'WORKFLOW';

export type HealthIssueKind =
  | 'BILLING_BLOCK_HOLDS_BILLS'
  | 'CONTRACT_SIGNED_NOT_VALIDATED'
  | 'DEVELOPMENT_WITHOUT_DOMAIN'
  | 'FINANCE_CODES_MISMATCH'
  | 'INACTIVE_BLOCK_WITH_SOLD_UNITS'
  | 'INACTIVE_STAGE_WITH_SOLD_UNITS'
  | 'MENU_ON_DEVELOPMENT_FORBIDS'
  | 'MENU_WITHOUT_WORKFLOW'
  | 'PORTAL_INACTIVE'
  | 'SUBSUBJECT_INTERNAL_NAME'
  | 'TAX_SERIES_NOT_CONFIGURED';

/** R-EXPLAIN-4: a mudança a prever — um só campo, com o nome da mutação que a salva e os argumentos dela. */
export type ImpactChangeInput = {
  createBillingBlock?: BillingBlockChange | null | undefined;
  liftBillingBlock?: BillingBlockLift | null | undefined;
  removePortalDomain?: PortalDomainRemoval | null | undefined;
  saveAssociationType?: AssociationTypeChange | null | undefined;
  saveContractType?: ContractTypeChange | null | undefined;
  savePortalDomain?: PortalDomainChange | null | undefined;
  saveWorkflow?: WorkflowChange | null | undefined;
  setBlockActive?: BlockActiveChange | null | undefined;
  setPortalActive?: PortalActiveChange | null | undefined;
  setPortalDevelopments?: PortalDevelopmentsChange | null | undefined;
  setStageActive?: StageActiveChange | null | undefined;
  updateDevelopment?: DevelopmentChange | null | undefined;
  updatePortalSettings?: PortalSettingsChange | null | undefined;
};

/** Se a mudança esconde (LOST) ou mostra (GAINED). */
export type ImpactDirection =
  | 'GAINED'
  | 'LOST';

/** O que uma mudança esconde ou mostra aos clientes. */
export type ImpactKind =
  | 'BILLS'
  | 'CONTRACTS'
  | 'INSTALLMENTS'
  | 'LOGINS'
  | 'MENUS'
  | 'REQUESTS'
  | 'UNITS';

/** Uma página dos clientes afetados de um tipo, num sentido. */
export type ImpactPageInput = {
  /** O cursor da página anterior (`nextCursor`). */
  after?: string | null | undefined;
  direction?: ImpactDirection | null | undefined;
  /** Quantos exemplos (até 100; 10 se omitido). */
  first?: number | null | undefined;
  kind?: ImpactKind | null | undefined;
};

/** Paga, vencida, vence hoje ou a vencer (em America/Sao_Paulo). */
export type InstallmentState =
  | 'DUE_TODAY'
  | 'OPEN'
  | 'OVERDUE'
  | 'PAID';

/** Mão de obra de um dia: a função e quantas pessoas. */
export type LabourLineInput = {
  headcount: number;
  role: string;
};

/** Quem escreveu a mensagem: o cliente, o síndico ou a equipe. */
export type MessageAuthorKind =
  | 'CUSTOMER'
  | 'STAFF'
  | 'SYNDIC';

/** PUBLIC: resposta que o cliente vê; INTERNAL: nota interna, só a equipe vê. */
export type MessageVisibility =
  | 'INTERNAL'
  | 'PUBLIC';

/** R-NOTIFY-2: e-mail, WhatsApp ou notificação no celular (push). */
export type NotificationChannel =
  | 'EMAIL'
  | 'PUSH'
  | 'WHATSAPP';

/** R-NOTIFY-2: diário (segunda a sexta) ou semanal (às segundas). */
export type NotificationFrequency =
  | 'DAILY'
  | 'WEEKLY';

/** Do que trata o aviso: boletos, atendimento, diário de obra, agendamento, convite, link ou código de acesso, extrato. */
export type NotificationKind =
  | 'BILLS_DIGEST'
  | 'BOOKING_CONFIRMED'
  | 'BOOKING_REMINDER'
  | 'INVITATION'
  | 'MAGIC_LINK'
  | 'ONE_TIME_CODE'
  | 'REQUEST_REPLY'
  | 'REQUEST_STATUS'
  | 'STATEMENT'
  | 'WORK_LOG_ENTRY';

/** Na fila, enviado, entregue, lido, falhou ou não enviado (com o motivo). */
export type NotificationStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'QUEUED'
  | 'READ'
  | 'SENT'
  | 'SKIPPED';

/** Titular ou associado de uma reserva. */
export type ParticipationRole =
  | 'ASSOCIATE'
  | 'HOLDER';

/** PROPOSAL: proposta; PRE_REGISTRATION: pré-cadastro. */
export type PendingDocumentationKind =
  | 'PRE_REGISTRATION'
  | 'PROPOSAL';

/** Ativar ou inativar um portal. */
export type PortalActiveChange = {
  active: boolean;
  portalId: string | number;
};

/** Os empreendimentos que um portal atende. */
export type PortalDevelopmentsChange = {
  developmentIds: Array<string | number>;
  portalId: string | number;
};

/** Um endereço do portal e seus empreendimentos. */
export type PortalDomainChange = {
  input: PortalDomainInput;
};

/** R-PORTAL-3: um endereço do portal e os empreendimentos vinculados a ele. */
export type PortalDomainInput = {
  /** Vazio: o endereço não restringe empreendimentos (se nenhum outro restringir). */
  developmentIds?: Array<string | number>;
  hostname: string;
  portalId: string | number;
};

/** Remover um endereço do portal. */
export type PortalDomainRemoval = {
  domainId: string | number;
};

/** Menus e funcionalidades do portal que dependem de configuração. */
export type PortalMenu =
  | 'ADDRESS_CONFIRMATION'
  | 'ASSISTANCE'
  | 'BENEFITS'
  | 'COMMON_AREA'
  | 'CONTRACTS'
  | 'DELIVERY_FORECAST'
  | 'FAQ'
  | 'FINANCIAL'
  | 'LOCATION'
  | 'PENDING_PRE_REGISTRATIONS'
  | 'PENDING_PROPOSALS'
  | 'REFER_FRIEND'
  | 'SCHEDULE'
  | 'SCHEDULING'
  | 'SERVICE'
  | 'SURVEYS'
  | 'SYNDIC_ACCESS'
  | 'WORK_LOG';

/** R-WORK-3: o que um usuário do portal pode: ver o financeiro, ver o diário de obra (e o cronograma), marcar contas como pagas. */
export type PortalPermission =
  | 'MARK_AS_PAID'
  | 'SEE_FINANCIAL'
  | 'SEE_WORK_LOG';

/** As configurações de um portal. */
export type PortalSettingsChange = {
  input: PortalSettingsInput;
  portalId: string | number;
};

/** Configurações do portal a alterar; as omitidas ficam como estão. */
export type PortalSettingsInput = {
  associatesSeeHolderBills?: boolean | null | undefined;
  /** R-REQ-5: o SLA, na unidade de finishedAssistanceSlaUnit. */
  finishedAssistanceSla?: number | null | undefined;
  finishedAssistanceSlaUnit?: SlaUnit | null | undefined;
  loginEnabled?: boolean | null | undefined;
  loginText1?: string | null | undefined;
  loginText2?: string | null | undefined;
  logoUrl?: string | null | undefined;
  name?: string | null | undefined;
  primaryColor?: string | null | undefined;
  requireDataConfirmation?: boolean | null | undefined;
  secondaryColor?: string | null | undefined;
  showAddressConfirmation?: boolean | null | undefined;
  showAssistanceMenu?: boolean | null | undefined;
  showBenefits?: boolean | null | undefined;
  showBuilderPayments?: boolean | null | undefined;
  showCommonArea?: boolean | null | undefined;
  showContracts?: boolean | null | undefined;
  showCustomerPayments?: boolean | null | undefined;
  showDeliveryForecast?: boolean | null | undefined;
  showFaq?: boolean | null | undefined;
  showFinancial?: boolean | null | undefined;
  showLocation?: boolean | null | undefined;
  showPendingPreRegistrationsPopup?: boolean | null | undefined;
  showPendingProposalsPopup?: boolean | null | undefined;
  showReferFriend?: boolean | null | undefined;
  showScheduling?: boolean | null | undefined;
  showServiceMenu?: boolean | null | undefined;
  showStandaloneBills?: boolean | null | undefined;
  showSurveys?: boolean | null | undefined;
  showSyndicAccess?: boolean | null | undefined;
  /** R-FIN-5: as séries do Demonstrativo de IR, como o ERP as nomeia. */
  taxSeries?: Array<string> | null | undefined;
  whiteLabelName?: string | null | undefined;
  /** R-WORK-1: as situações do diário de obra que o cliente vê; vazio oculta o menu. */
  workLogStatuses?: Array<WorkLogStatus> | null | undefined;
};

/** R-FIN-11: método de desconto da antecipação (composto ou simples). */
export type PrepaymentMethod =
  | 'COMPOUND'
  | 'SIMPLE';

/** Agendamentos: publicar horários em lote, nos mesmos horários de cada dia de um período. */
export type PublishAppointmentSlotsInput = {
  developmentId: string | number;
  /** Duração de cada horário, em minutos (15 a 480). */
  durationMinutes: number;
  /** Primeiro dia (aaaa-mm-dd). */
  firstDay: string;
  kind: AppointmentKind;
  /** Último dia (aaaa-mm-dd), até 92 dias depois do primeiro. */
  lastDay: string;
  /** Os horários de início em cada dia, em Brasília (hh:mm). */
  times: Array<string>;
  /** Dias da semana (0 = domingo … 6 = sábado); por padrão, de segunda a sexta. */
  weekdays?: Array<number>;
};

/** Uma mensagem na conversa de um pedido: resposta (cliente, síndico ou equipe) ou nota interna (só a equipe). */
export type ReplyToRequestInput = {
  body: string;
  /** Fotos enviadas antes (POST /files, finalidade REQUEST_PHOTO), até 10. */
  photoIds?: Array<string | number> | null | undefined;
  requestId: string | number;
  /** Só a equipe: INTERNAL é uma nota interna que o cliente nunca vê. Padrão: PUBLIC. */
  visibility?: MessageVisibility | null | undefined;
};

/** Filtros da lista de pedidos da equipe. */
export type RequestFilter = {
  /** Pedidos das unidades do cliente ou abertos por ele. */
  customerId?: string | number | null | undefined;
  developmentId?: string | number | null | undefined;
  /** Abertos a partir de. */
  from?: string | null | undefined;
  kind?: RequestKind | null | undefined;
  /** true: em aberto; false: finalizados. */
  open?: boolean | null | undefined;
  statusId?: string | number | null | undefined;
  /** Abertos até. */
  to?: string | null | undefined;
};

/** Atendimento (SERVICE) ou assistência técnica (ASSISTANCE). */
export type RequestKind =
  | 'ASSISTANCE'
  | 'SERVICE';

/** Situação da reserva (só Vendida mostra a unidade no portal). */
export type ReservationStatus =
  | 'CANCELLED'
  | 'IN_PROGRESS'
  | 'RESCINDED'
  | 'SOLD';

/** O que foi guardado após a exclusão: CPF/CNPJ, contratos, parcelas, boletos, pedidos. */
export type RetainedRecordKind =
  | 'BILL'
  | 'CONTRACT'
  | 'CUSTOMER_DOCUMENT'
  | 'INSTALLMENT'
  | 'REQUEST';

/** R-WORK-2: uma tarefa do cronograma a criar (sem id) ou mudar. */
export type SaveScheduleTaskInput = {
  actualEnd?: string | null | undefined;
  actualStart?: string | null | undefined;
  developmentId: string | number;
  id?: string | number | null | undefined;
  name: string;
  plannedEnd: string;
  plannedStart: string;
  position?: number | null | undefined;
  progress?: number;
  version?: number | null | undefined;
  weight?: number;
};

/** R-WORK-1: um registro do diário de obra a criar (sem id) ou mudar. */
export type SaveWorkLogEntryInput = {
  /** Anexos enviados (POST /files, WORK_LOG_ATTACHMENT) a anexar. */
  attachmentIds?: Array<string | number>;
  /** A torre; vazio: o empreendimento todo. */
  blockId?: string | number | null | undefined;
  /** O dia (aaaa-mm-dd). */
  date: string;
  developmentId: string | number;
  id?: string | number | null | undefined;
  labour?: Array<LabourLineInput>;
  occurrences?: string;
  /** Fotos enviadas (POST /files, WORK_LOG_PHOTO) a anexar. */
  photoIds?: Array<string | number>;
  /** Fotos ou anexos do registro a retirar. */
  removeFileIds?: Array<string | number>;
  /** A versão lida (obrigatória ao mudar): outra pessoa salvou antes? CONFLICT. */
  version?: number | null | undefined;
  weather?: WorkWeather | null | undefined;
};

/** R-WORK-2: não iniciada, em andamento ou concluída. */
export type ScheduleTaskState =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

export type SessionEventKind =
  | 'LOGIN_DEACTIVATED'
  | 'SIGNED_OUT';

/** SERVED: a configuração já muda o portal; COMING_SOON: o recurso ainda não existe (em breve) e não pode ser ligado. */
export type SettingAvailability =
  | 'COMING_SOON'
  | 'SERVED';

/** Entrar com e-mail (ou CPF/CNPJ) e senha. */
export type SignInInput = {
  /** SYNDIC pela entrada do síndico; STAFF no app administrativo. */
  kind?: AccountKind;
  /** E-mail, CPF ou CNPJ (com ou sem pontuação). */
  login: string;
  password: string;
  tokenDelivery?: TokenDelivery;
  /** R-AUTH-8: o código do aplicativo autenticador (ou um código de recuperação), para a equipe com verificação em duas etapas. Sem ele, a resposta é TWO_FACTOR_REQUIRED. */
  twoFactorCode?: string | null | undefined;
};

/** Unidade em que o SLA é mostrado ao administrador. */
export type SlaUnit =
  | 'DAYS'
  | 'HOURS';

/** Permissões além do papel. */
export type StaffPermission =
  | 'REACTIVATE_LOGIN';

/** Papel de um membro da equipe. */
export type StaffRole =
  | 'ADMIN'
  | 'AGENT'
  | 'MANAGER';

/** Ativar ou inativar uma etapa. */
export type StageActiveChange = {
  active: boolean;
  id: string | number;
};

/** Onde o assunto se aplica: unidades, áreas comuns ou ambas. */
export type SubjectAppliesTo =
  | 'BOTH'
  | 'COMMON_AREAS'
  | 'UNITS';

/** Criar (sem id) ou alterar um assunto. */
export type SubjectInput = {
  active?: boolean | null | undefined;
  /** Onde o assunto se aplica (ao criar, sem ele: BOTH). */
  appliesTo?: SubjectAppliesTo | null | undefined;
  id?: string | number | null | undefined;
  /** Obrigatório ao criar. */
  kind?: RequestKind | null | undefined;
  name?: string | null | undefined;
};

/** Criar (sem id) ou alterar um subassunto. */
export type SubsubjectInput = {
  active?: boolean | null | undefined;
  /** R-REQ-2: nomes próprios de alguns portais (os portais não citados ficam como estão). */
  displayNamesByPortal?: Array<SubsubjectPortalNameInput> | null | undefined;
  id?: string | number | null | undefined;
  /** O nome real, que a equipe vê. */
  name?: string | null | undefined;
  /** R-REQ-2: o nome que os portais mostram; vazio usa o nome real. */
  portalDisplayName?: string | null | undefined;
  /** Obrigatório ao criar. */
  subjectId?: string | number | null | undefined;
};

/** R-REQ-2: o nome de exibição de um subassunto num portal; vazio volta ao nome de exibição geral. */
export type SubsubjectPortalNameInput = {
  displayName: string;
  portalId: string | number;
};

/** Pesquisa: cria (sem id) ou muda uma pesquisa em rascunho. */
export type SurveyInput = {
  /** Último dia (aaaa-mm-dd). */
  closesOn: string;
  /** Só clientes com unidade neste empreendimento (sem: todos). */
  developmentId?: string | number | null | undefined;
  id?: string | number | null | undefined;
  /** Primeiro dia (aaaa-mm-dd). */
  opensOn: string;
  questions: Array<SurveyQuestionInput>;
  title: string;
  /** A versão lida (para mudar). */
  version?: number | null | undefined;
};

/** Pesquisa: uma pergunta. */
export type SurveyQuestionInput = {
  /** A pergunta que já existe (sem: uma nova). */
  id?: string | null | undefined;
  kind: SurveyQuestionKind;
  options?: Array<string>;
  text: string;
};

/** SINGLE_CHOICE: uma opção; SCALE: nota de 1 a 5; TEXT: resposta escrita. */
export type SurveyQuestionKind =
  | 'SCALE'
  | 'SINGLE_CHOICE'
  | 'TEXT';

/** DRAFT: rascunho, só a equipe vê; PUBLISHED: publicada, os clientes respondem no período. */
export type SurveyStatus =
  | 'DRAFT'
  | 'PUBLISHED';

/** R-SYNC-4: situação de uma sincronização. */
export type SyncRunStatus =
  | 'ABANDONED'
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** Como o token da sessão é entregue. */
export type TokenDelivery =
  | 'BEARER'
  | 'COOKIE';

/** R-SYNC-1: o que um token pode fazer (INTEGRATION inclui READ). */
export type TokenScope =
  | 'INTEGRATION'
  | 'READ';

/** Alterar papel, permissões, validade ou empreendimentos de um membro da equipe (R-OPS-4). */
export type UpdateStaffAccountInput = {
  /** Vazio: todos os empreendimentos. */
  developmentIds?: Array<string | number> | null | undefined;
  /** Vazio: sem validade. */
  expiresAt?: string | null | undefined;
  id: string | number;
  permissions?: Array<StaffPermission> | null | undefined;
  role?: StaffRole | null | undefined;
};

/** O que explicar: exatamente um. */
export type VisibilityTarget = {
  /** SPEC §8: um boleto. */
  billId?: string | number | null | undefined;
  /** R-REQ-8: quais áreas comuns o síndico vê (só para síndico). */
  commonAreas?: boolean | null | undefined;
  contractId?: string | number | null | undefined;
  /** R-DATA: por que a alteração cadastral do cliente (não) foi aplicada. */
  dataChange?: boolean | null | undefined;
  /** R-UNIT-4: um documento do empreendimento (manual do proprietário, memorial descritivo…). */
  documentId?: string | number | null | undefined;
  /** SPEC §8: uma parcela. */
  installmentId?: string | number | null | undefined;
  /** Por que o cliente (ou o síndico) não consegue entrar. */
  login?: boolean | null | undefined;
  menu?: PortalMenu | null | undefined;
  requestId?: string | number | null | undefined;
  unitId?: string | number | null | undefined;
  /** R-WORK-1: um registro do diário de obra ("por que o cliente não vê o diário" é o menu WORK_LOG). */
  workLogEntryId?: string | number | null | undefined;
};

/** R-WORK-1: rascunho, em revisão, aprovado ou reprovado. */
export type WorkLogStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'REJECTED';

/** O tempo no canteiro: ensolarado, nublado, chuvoso ou tempestade. */
export type WorkWeather =
  | 'CLOUDY'
  | 'RAINY'
  | 'STORMY'
  | 'SUNNY';

/** Um workflow de pedidos. */
export type WorkflowChange = {
  input: WorkflowInput;
};

/** Criar (sem id) ou alterar o workflow de um tipo de pedido. */
export type WorkflowInput = {
  /** Prazo de atendimento em horas (o relógio de SLA da equipe); 0 tira o prazo. */
  dueHours?: number | null | undefined;
  id?: string | number | null | undefined;
  /** Obrigatório ao criar. */
  kind?: RequestKind | null | undefined;
  name?: string | null | undefined;
  /** R-REQ-6: "Exibir assistência com situação Fim". */
  showFinishedInPortal?: boolean | null | undefined;
};

/** Criar (sem id) ou alterar uma situação de workflow. */
export type WorkflowStatusInput = {
  id?: string | number | null | undefined;
  /** Situação final ("Fim"). */
  isFinal?: boolean | null | undefined;
  isInitial?: boolean | null | undefined;
  name?: string | null | undefined;
  position?: number | null | undefined;
  /** Obrigatório ao criar. */
  workflowId?: string | number | null | undefined;
};

export type MyTwoFactorQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTwoFactorQuery = { myTwoFactor: { enabled: boolean, enabledAt: string | null, recoveryCodesLeft: number, required: boolean } };

export type StartTwoFactorEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type StartTwoFactorEnrolmentMutation = { startTwoFactorEnrolment: { secret: string, otpauthUri: string, qrCodeSvg: string } };

export type ConfirmTwoFactorEnrolmentMutationVariables = Exact<{
  twoFactorCode: string;
}>;


export type ConfirmTwoFactorEnrolmentMutation = { confirmTwoFactorEnrolment: Array<string> };

export type RegenerateRecoveryCodesMutationVariables = Exact<{
  twoFactorCode: string;
}>;


export type RegenerateRecoveryCodesMutation = { regenerateRecoveryCodes: Array<string> };

export type DisableTwoFactorMutationVariables = Exact<{
  twoFactorCode: string;
}>;


export type DisableTwoFactorMutation = { disableTwoFactor: boolean };

export type StaffViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffViewerQuery = { me: { id: string, name: string, kind: AccountKind, staffRole: StaffRole | null, permissions: Array<StaffPermission>, developments: Array<{ id: string }> } | null };

export type StaffSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type StaffSignOutMutation = { signOut: boolean };

export type StaffSessionEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StaffSessionEventsSubscription = { sessionEvents: { kind: SessionEventKind } };

export type AuditQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditQuery = { auditLog: { nodes: Array<{ id: string, at: string, action: string, actorLabel: string, targetType: string, targetLabel: string | null, impactSummary: string | null, before: unknown, after: unknown, ip: string | null, references: Array<{ id: string, name: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AuditVocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditVocabularyQuery = { portalSettingsCatalog: Array<{ key: string, label: string }>, customFields: Array<{ id: string, key: string, label: string }> };

export type StaffAcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type StaffAcceptInvitationMutation = { acceptInvitation: { account: { id: string } } };

export type StaffSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type StaffSignInMutation = { signIn: { account: { id: string } } };

export type ConfigQueryVariables = Exact<{ [key: string]: never; }>;


export type ConfigQuery = { me: { id: string, company: { id: string, dataChangeApproval: DataChangeApproval } } | null, associationTypes: Array<{ id: string, name: string, seesUnitsInPortal: boolean, seesHolderBills: boolean }>, contractTypes: Array<{ id: string, name: string, visibleToCustomer: boolean }>, portals: Array<{ id: string, name: string }>, service: Array<{ id: string, name: string, active: boolean, appliesTo: SubjectAppliesTo, subsubjects: Array<{ id: string, name: string, portalDisplayName: string | null, active: boolean, displayNamesByPortal: Array<{ portalId: string, displayName: string }> }> }>, assistance: Array<{ id: string, name: string, active: boolean, appliesTo: SubjectAppliesTo, subsubjects: Array<{ id: string, name: string, portalDisplayName: string | null, active: boolean, displayNamesByPortal: Array<{ portalId: string, displayName: string }> }> }>, workflows: Array<{ id: string, kind: RequestKind, name: string, showFinishedInPortal: boolean, dueHours: number | null, statuses: Array<{ id: string, name: string, isFinal: boolean, isInitial: boolean, position: number }> }>, customFields: Array<{ id: string, key: string, label: string, type: CustomFieldType, active: boolean }> };

export type ConfigSubjectFragment = { id: string, name: string, active: boolean, appliesTo: SubjectAppliesTo, subsubjects: Array<{ id: string, name: string, portalDisplayName: string | null, active: boolean, displayNamesByPortal: Array<{ portalId: string, displayName: string }> }> };

export type SaveAssociationTypeMutationVariables = Exact<{
  input: AssociationTypeInput;
}>;


export type SaveAssociationTypeMutation = { saveAssociationType: { id: string } };

export type SaveContractTypeMutationVariables = Exact<{
  input: ContractTypeInput;
}>;


export type SaveContractTypeMutation = { saveContractType: { id: string } };

export type SaveSubjectMutationVariables = Exact<{
  input: SubjectInput;
}>;


export type SaveSubjectMutation = { saveSubject: { id: string } };

export type SaveSubsubjectMutationVariables = Exact<{
  input: SubsubjectInput;
}>;


export type SaveSubsubjectMutation = { saveSubsubject: { id: string } };

export type SaveWorkflowMutationVariables = Exact<{
  input: WorkflowInput;
}>;


export type SaveWorkflowMutation = { saveWorkflow: { id: string } };

export type SaveWorkflowStatusMutationVariables = Exact<{
  input: WorkflowStatusInput;
}>;


export type SaveWorkflowStatusMutation = { saveWorkflowStatus: { id: string } };

export type SaveCustomFieldMutationVariables = Exact<{
  input: CustomFieldInput;
}>;


export type SaveCustomFieldMutation = { saveCustomField: { id: string } };

export type SetDataChangeApprovalMutationVariables = Exact<{
  mode: DataChangeApproval;
}>;


export type SetDataChangeApprovalMutation = { setDataChangeApproval: { id: string, dataChangeApproval: DataChangeApproval } };

export type ContractQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractQuery = { contract: { id: string, title: string, signed: boolean, validated: boolean, signedAt: string | null, documentUrl: string | null, document: { id: string, name: string, size: number, url: string } | null, type: { id: string, name: string, visibleToCustomer: boolean }, unit: { id: string, name: string }, occurrences: Array<{ id: string, kind: string, description: string, at: string }> } };

export type SetContractDocumentMutationVariables = Exact<{
  contractId: string | number;
  fileId?: string | number | null | undefined;
}>;


export type SetContractDocumentMutation = { setContractDocument: { id: string } };

export type SetContractStatusMutationVariables = Exact<{
  input: ContractStatusInput;
}>;


export type SetContractStatusMutation = { setContractStatus: { id: string, signed: boolean, validated: boolean } };

export type ContactInboxQueryVariables = Exact<{
  filter?: ContactFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ContactInboxQuery = { contactMessages: { nodes: Array<{ id: string, subject: string, status: ContactStatus, createdAt: string, updatedAt: string, customerName: string | null, unitName: string | null, blockName: string | null, developmentName: string | null, type: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ContactFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactFilterOptionsQuery = { developments: Array<{ id: string, name: string, blocks: Array<{ id: string, name: string }> }>, contactTypes: Array<{ id: string, name: string }>, customers: { nodes: Array<{ id: string, name: string }> } };

export type ContactMessageQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactMessageQuery = { contactMessage: { id: string, subject: string, body: string, status: ContactStatus, createdAt: string, customerId: string | null, customerName: string | null, unitName: string | null, blockName: string | null, developmentName: string | null, type: { id: string, name: string }, opinions: Array<{ id: string, status: ContactStatus, text: string, visibleToCustomer: boolean, createdAt: string, authorName: string | null }> } };

export type AddOpinionMutationVariables = Exact<{
  input: AddOpinionInput;
}>;


export type AddOpinionMutation = { addOpinion: { id: string, status: ContactStatus } };

export type ContactTypesConfigQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactTypesConfigQuery = { contactTypes: Array<{ id: string, name: string, active: boolean, position: number }> };

export type SaveContactTypeMutationVariables = Exact<{
  input: ContactTypeInput;
}>;


export type SaveContactTypeMutation = { saveContactType: { id: string, name: string, active: boolean, position: number } };

export type AccountDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountDetailQuery = { account: { name: string, kind: AccountKind, id: string, email: string, loginActive: boolean, deactivatedAt: string | null, customer: { id: string, name: string } | null, deactivatedBy: { id: string, name: string } | null } };

export type CustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerQuery = { customer: { id: string, name: string, document: string, email: string | null, phone: string | null, city: string | null, state: string | null, account: { id: string, email: string, loginActive: boolean, deactivatedAt: string | null, deactivatedBy: { id: string, name: string } | null } | null, participations: Array<{ role: ParticipationRole, associationType: { id: string, name: string } | null, reservation: { id: string, status: ReservationStatus, contracts: Array<{ id: string, title: string }> }, unit: { id: string, name: string } }> }, requests: { nodes: Array<{ id: string, number: number, kind: RequestKind, status: { id: string, name: string }, subsubject: { id: string, name: string } }> } };

export type StartViewAsMutationVariables = Exact<{
  id: string | number;
}>;


export type StartViewAsMutation = { startViewAsClient: string };

export type CustomersQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type CustomersQuery = { customers: { nodes: Array<{ id: string, name: string, document: string, email: string | null, account: { id: string, loginActive: boolean } | null }> } };

export type LoginStatusFragment = { id: string, email: string, loginActive: boolean, deactivatedAt: string | null, deactivatedBy: { id: string, name: string } | null };

export type ReactivateLoginMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateLoginMutation = { reactivateLogin: { id: string, loginActive: boolean } };

export type SendInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type SendInvitationMutation = { sendInvitation: { id: string } };

export type DataChangeFieldsFragment = { id: string, status: DataChangeStatus, createdAt: string, rejectionReason: string | null, decidedByName: string | null, baseVersion: number, emailInUse: boolean, customer: { id: string, name: string, version: number } | null, fields: Array<{ field: string, label: string, original: string | null, proposed: string | null, changed: boolean }> };

export type DataChangesQueryVariables = Exact<{
  filter?: DataChangeFilter | null | undefined;
}>;


export type DataChangesQuery = { dataChangeRequests: { nodes: Array<{ id: string, status: DataChangeStatus, createdAt: string, rejectionReason: string | null, decidedByName: string | null, baseVersion: number, emailInUse: boolean, customer: { id: string, name: string, version: number } | null, fields: Array<{ field: string, label: string, original: string | null, proposed: string | null, changed: boolean }> }> }, developments: Array<{ id: string, name: string }> };

export type LinkedDataChangeQueryVariables = Exact<{
  id: string | number;
}>;


export type LinkedDataChangeQuery = { dataChangeRequest: { id: string, status: DataChangeStatus, createdAt: string, rejectionReason: string | null, decidedByName: string | null, baseVersion: number, emailInUse: boolean, customer: { id: string, name: string, version: number } | null, fields: Array<{ field: string, label: string, original: string | null, proposed: string | null, changed: boolean }> } };

export type ApproveDataChangeMutationVariables = Exact<{
  id: string | number;
  corrected?: Array<FieldValueInput> | FieldValueInput | null | undefined;
  seenVersion?: number | null | undefined;
}>;


export type ApproveDataChangeMutation = { approveDataChange: { id: string, status: DataChangeStatus } };

export type RejectDataChangeMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectDataChangeMutation = { rejectDataChange: { id: string, status: DataChangeStatus } };

export type DeleteDataChangeMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteDataChangeMutation = { deleteDataChange: { id: string, status: DataChangeStatus } };

export type DevelopmentDocumentsQueryVariables = Exact<{
  id: string | number;
}>;


export type DevelopmentDocumentsQuery = { development: { id: string, blocks: Array<{ id: string, name: string }>, documents: Array<{ id: string, title: string, category: DocumentCategory, url: string, unitName: string | null, block: { id: string, name: string } | null, file: { id: string, size: number } | null }> } };

export type AddDevelopmentDocumentMutationVariables = Exact<{
  input: AddDevelopmentDocumentInput;
}>;


export type AddDevelopmentDocumentMutation = { addDevelopmentDocument: { id: string } };

export type RemoveDevelopmentDocumentMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveDevelopmentDocumentMutation = { removeDevelopmentDocument: boolean };

export type DevelopmentsFullQueryVariables = Exact<{ [key: string]: never; }>;


export type DevelopmentsFullQuery = { developments: Array<{ id: string, name: string, kind: DevelopmentKind, deliveryDate: string | null, status: DevelopmentStatus, allowServiceRequests: boolean, allowAssistanceRequests: boolean, blocks: Array<{ id: string, name: string, active: boolean }>, stages: Array<{ id: string, name: string, active: boolean }>, commonAreas: Array<{ id: string, name: string }> }> };

export type UpdateDevelopmentMutationVariables = Exact<{
  input: DevelopmentSettingsInput;
}>;


export type UpdateDevelopmentMutation = { updateDevelopment: { id: string } };

export type SetBlockActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;


export type SetBlockActiveMutation = { setBlockActive: { id: string, active: boolean } };

export type SetStageActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;


export type SetStageActiveMutation = { setStageActive: { id: string, active: boolean } };

export type DevelopmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DevelopmentsQuery = { developments: Array<{ id: string, name: string, kind: DevelopmentKind, deliveryDate: string | null, allowServiceRequests: boolean, allowAssistanceRequests: boolean }> };

export type SyndicFilesQueryVariables = Exact<{
  id: string | number;
}>;


export type SyndicFilesQuery = { development: { id: string, syndicFiles: Array<{ id: string, name: string, url: string, file: { id: string, size: number } | null }>, syndics: Array<{ id: string, name: string, files: Array<{ id: string, name: string, url: string, file: { id: string, size: number } | null }> }> } };

export type SyndicFileRowFragment = { id: string, name: string, url: string, file: { id: string, size: number } | null };

export type AddSyndicFileMutationVariables = Exact<{
  input: AddSyndicFileInput;
}>;


export type AddSyndicFileMutation = { addSyndicFile: { id: string } };

export type RemoveSyndicFileMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveSyndicFileMutation = { removeSyndicFile: boolean };

export type ExplainerOptionsQueryVariables = Exact<{
  customerId: string | number;
}>;


export type ExplainerOptionsQuery = { customer: { id: string, name: string, participations: Array<{ unit: { id: string, name: string }, reservation: { id: string, contracts: Array<{ id: string, title: string }> } }> }, requests: { nodes: Array<{ id: string, number: number, subsubject: { id: string, name: string } }> } };

export type ExplainerCustomersQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ExplainerCustomersQuery = { customers: { nodes: Array<{ id: string, name: string, document: string }> } };

export type ExplainerSyndicsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplainerSyndicsQuery = { developments: Array<{ id: string, name: string, syndics: Array<{ id: string, name: string }> }> };

export type ExplainerSyndicRequestsQueryVariables = Exact<{
  developmentId: string | number;
}>;


export type ExplainerSyndicRequestsQuery = { requests: { nodes: Array<{ id: string, number: number, subsubject: { id: string, name: string }, unit: { id: string, name: string } | null, commonArea: { id: string, name: string } | null }> } };

export type ExplainQueryVariables = Exact<{
  input: ExplainVisibilityInput;
}>;


export type ExplainQuery = { explainVisibility: { visible: boolean, subject: string, hostname: string | null, portal: { id: string, name: string }, checks: Array<{ ruleId: string, label: string, passed: boolean, detail: string, fix: { screen: FixScreen, id: string, label: string, setting: string | null } | null }> } };

export type CustomerExtrasQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerExtrasQuery = { customer: { id: string, addressConfirmedAt: string | null, participations: Array<{ unit: { id: string, development: { id: string, name: string } } }> }, customerPendingDocumentation: Array<{ id: string, kind: PendingDocumentationKind, description: string, developmentName: string, createdAt: string, resolvedAt: string | null }> };

export type AddPendingDocumentationMutationVariables = Exact<{
  input: AddPendingDocumentationInput;
}>;


export type AddPendingDocumentationMutation = { addPendingDocumentation: { id: string } };

export type ResolvePendingDocumentationMutationVariables = Exact<{
  id: string | number;
}>;


export type ResolvePendingDocumentationMutation = { resolvePendingDocumentation: { id: string } };

export type PortalExtrasQueryVariables = Exact<{
  portalId: string | number;
}>;


export type PortalExtrasQuery = { portal: { id: string, name: string, developments: Array<{ id: string, name: string }> }, portalBanners: Array<{ id: string, title: string, link: string | null, startsOn: string | null, endsOn: string | null, active: boolean, thumbnailUrl: string | null, developmentIds: Array<string> }>, portalBenefits: Array<{ id: string, partner: string, title: string, description: string, discount: string | null, coupon: string | null, link: string | null, active: boolean }> };

export type SaveBannerMutationVariables = Exact<{
  input: BannerInput;
}>;


export type SaveBannerMutation = { saveBanner: { id: string } };

export type DeleteBannerMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteBannerMutation = { deleteBanner: boolean };

export type SaveBenefitMutationVariables = Exact<{
  input: BenefitInput;
}>;


export type SaveBenefitMutation = { saveBenefit: { id: string } };

export type DeleteBenefitMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteBenefitMutation = { deleteBenefit: boolean };

export type PortalFaqQueryVariables = Exact<{
  portalId: string | number;
}>;


export type PortalFaqQuery = { portal: { id: string, name: string, showFaq: boolean }, portalFaq: Array<{ id: string, name: string, position: number, active: boolean, entries: Array<{ id: string, question: string, answer: string, position: number, active: boolean }> }> };

export type SaveFaqCategoryMutationVariables = Exact<{
  input: FaqCategoryInput;
}>;


export type SaveFaqCategoryMutation = { saveFaqCategory: { id: string } };

export type SaveFaqEntryMutationVariables = Exact<{
  input: FaqEntryInput;
}>;


export type SaveFaqEntryMutation = { saveFaqEntry: { id: string } };

export type DeleteFaqEntryMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteFaqEntryMutation = { deleteFaqEntry: boolean };

export type BillingBlocksQueryVariables = Exact<{
  developmentId: string | number;
}>;


export type BillingBlocksQuery = { billingBlocks: Array<{ id: string, blockId: string | null, blockName: string | null, reason: string, source: BillingBlockSource, active: boolean, createdAt: string, createdByName: string | null, endedAt: string | null, endedByName: string | null, customersHeld: number }> };

export type CreateBillingBlockMutationVariables = Exact<{
  input: BillingBlockInput;
}>;


export type CreateBillingBlockMutation = { createBillingBlock: { id: string } };

export type LiftBillingBlockMutationVariables = Exact<{
  id: string | number;
}>;


export type LiftBillingBlockMutation = { liftBillingBlock: { id: string, active: boolean } };

export type CustomerFinanceQueryVariables = Exact<{
  customerId: string | number;
}>;


export type CustomerFinanceQuery = { customerFinance: Array<{ reservationId: string, unitName: string, developmentName: string, saleCode: string | null, holder: boolean, portalName: string, records: Array<{ kind: FinanceRecordKind, id: string, description: string, dueDate: string, state: InstallmentState | null, billStatus: BillStatus | null, superseded: boolean, visible: boolean, failedRule: string | null, reason: string | null, markedPaidAt: string | null, markedPaidByName: string | null, proofUrl: string | null, amount: { amount: string } }> }> };

export type StaffFinanceChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StaffFinanceChangedSubscription = { staffFinanceChanged: { reservationId: string } };

export type FinancialRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type FinancialRulesQuery = { me: { id: string, company: { id: string, overdueBlocksBills: boolean, secondCopyAllowed: boolean, prepaymentAllowed: boolean, prepaymentRateBasisPoints: number, prepaymentMethod: PrepaymentMethod, cardPaymentAllowed: boolean } } | null };

export type UpdateFinancialRulesMutationVariables = Exact<{
  input: FinancialRulesInput;
}>;


export type UpdateFinancialRulesMutation = { updateFinancialRules: { id: string, overdueBlocksBills: boolean, secondCopyAllowed: boolean, prepaymentAllowed: boolean, prepaymentRateBasisPoints: number, prepaymentMethod: PrepaymentMethod, cardPaymentAllowed: boolean } };

export type PortalPermissionsQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalPermissionsQuery = { account: { id: string, kind: AccountKind, portalPermissions: Array<PortalPermission> } };

export type SetPortalPermissionsMutationVariables = Exact<{
  id: string | number;
  permissions: Array<PortalPermission> | PortalPermission;
}>;


export type SetPortalPermissionsMutation = { setPortalPermissions: { id: string, portalPermissions: Array<PortalPermission> } };

export type ImpactPreviewQueryVariables = Exact<{
  change: ImpactChangeInput;
  page?: ImpactPageInput | null | undefined;
}>;


export type ImpactPreviewQuery = { impactPreview: { nothingChanges: boolean, summary: string, kinds: Array<{ kind: ImpactKind, direction: ImpactDirection, customers: number, objects: number, summary: string, nextCursor: string | null, examples: Array<{ customerId: string, customerName: string, objectId: string, objectLabel: string, ruleId: string | null, ruleLabel: string | null }> }> } };

export type ApiCallsQueryVariables = Exact<{
  tokenId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type ApiCallsQuery = { apiCalls: { nodes: Array<{ id: string, at: string, operation: string, outcome: string, rows: number, ms: number, token: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ApiCallTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiCallTokensQuery = { apiTokens: Array<{ id: string, name: string, prefix: string }> };

export type SyncRunQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type SyncRunQuery = { syncRun: { id: string, status: SyncRunStatus, stale: boolean, note: string | null, startedAt: string, finishedAt: string | null, lastActivityAt: string, startedBy: string, batches: number, inserted: number, updated: number, unchanged: number, failedRows: number, errors: { nodes: Array<{ id: string, at: string, kind: ErpKind, rowIndex: number, erpCode: string | null, field: string | null, code: string, message: string, row: unknown }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type CloseSyncRunMutationVariables = Exact<{
  id: string | number;
  status: SyncRunStatus;
}>;


export type CloseSyncRunMutation = { closeSyncRun: { id: string, status: SyncRunStatus, finishedAt: string | null, stale: boolean } };

export type UnlockSyncRunMutationVariables = Exact<{
  id: string | number;
}>;


export type UnlockSyncRunMutation = { unlockSyncRun: { id: string, status: SyncRunStatus, finishedAt: string | null, stale: boolean } };

export type SyncRunsQueryVariables = Exact<{
  status?: SyncRunStatus | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type SyncRunsQuery = { syncRuns: { nodes: Array<{ id: string, status: SyncRunStatus, stale: boolean, note: string | null, startedAt: string, finishedAt: string | null, startedBy: string, batches: number, inserted: number, updated: number, unchanged: number, failedRows: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OpenSyncRunMutationVariables = Exact<{
  note?: string | null | undefined;
}>;


export type OpenSyncRunMutation = { openSyncRun: { id: string, status: SyncRunStatus } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, prefix: string, scopes: Array<TokenScope>, createdAt: string, createdByName: string | null, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, active: boolean }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { secret: string, token: { id: string, name: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, revokedAt: string | null, active: boolean } };

export type CompanyErpCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyErpCodeQuery = { me: { id: string, company: { id: string, erpCode: string | null } } | null };

export type SetCompanyErpCodeMutationVariables = Exact<{
  erpCode?: string | null | undefined;
}>;


export type SetCompanyErpCodeMutation = { setCompanyErpCode: { id: string, erpCode: string | null } };

export type CustomerNotificationsQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerNotificationsQuery = { customerNotifications: { accountId: string | null, preferences: { email: boolean, whatsapp: boolean, whatsappConsent: boolean, push: boolean, frequency: NotificationFrequency, workLog: boolean, whatsappNumber: string | null } | null, sent: Array<{ id: string, kind: NotificationKind, channel: NotificationChannel, status: NotificationStatus, subject: string, address: string | null, error: string | null, createdAt: string, sentAt: string | null, deliveredAt: string | null, readAt: string | null }> } };

export type FailedJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type FailedJobsQuery = { failedJobs: Array<{ id: string, description: string, error: string | null, retries: number, createdAt: string, failedAt: string | null }> };

export type RetryFailedJobMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryFailedJobMutation = { retryFailedJob: boolean };

export type PortalQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalQuery = { portal: { id: string, name: string, slug: string, active: boolean, loginEnabled: boolean, requireDataConfirmation: boolean, showScheduling: boolean, showServiceMenu: boolean, showAssistanceMenu: boolean, showBenefits: boolean, showFaq: boolean, showSurveys: boolean, showReferFriend: boolean, showAddressConfirmation: boolean, showPendingProposalsPopup: boolean, showPendingPreRegistrationsPopup: boolean, showLocation: boolean, showSyndicAccess: boolean, showCommonArea: boolean, showDeliveryForecast: boolean, showContracts: boolean, showFinancial: boolean, showStandaloneBills: boolean, associatesSeeHolderBills: boolean, taxSeries: Array<string>, workLogStatuses: Array<WorkLogStatus>, showCustomerPayments: boolean, showBuilderPayments: boolean, finishedAssistanceSla: number, finishedAssistanceSlaUnit: SlaUnit, loginText1: string | null, loginText2: string | null, whiteLabelName: string | null, logoUrl: string | null, primaryColor: string | null, secondaryColor: string | null, developments: Array<{ id: string, name: string }>, domains: Array<{ id: string, hostname: string, developments: Array<{ id: string, name: string }> }> }, portalSettingsCatalog: Array<{ key: string, group: string, label: string, help: string, availability: SettingAvailability }>, developments: Array<{ id: string, name: string, kind: DevelopmentKind }>, portalHealth: Array<{ kind: HealthIssueKind, message: string, affected: number, fix: { screen: FixScreen, id: string, label: string, setting: string | null } }> };

export type UpdatePortalSettingsMutationVariables = Exact<{
  id: string | number;
  input: PortalSettingsInput;
}>;


export type UpdatePortalSettingsMutation = { updatePortalSettings: { id: string } };

export type SetPortalActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;


export type SetPortalActiveMutation = { setPortalActive: { id: string, active: boolean } };

export type SetPortalDevelopmentsMutationVariables = Exact<{
  id: string | number;
  developmentIds: Array<string | number> | string | number;
}>;


export type SetPortalDevelopmentsMutation = { setPortalDevelopments: { id: string } };

export type SavePortalDomainMutationVariables = Exact<{
  input: PortalDomainInput;
}>;


export type SavePortalDomainMutation = { savePortalDomain: { id: string } };

export type RemovePortalDomainMutationVariables = Exact<{
  id: string | number;
}>;


export type RemovePortalDomainMutation = { removePortalDomain: boolean };

export type DeletePortalMutationVariables = Exact<{
  id: string | number;
  confirmName: string;
}>;


export type DeletePortalMutation = { deletePortal: boolean };

export type PortalsQueryVariables = Exact<{
  search?: string | null | undefined;
  active?: boolean | null | undefined;
  developmentStatus?: DevelopmentStatus | null | undefined;
}>;


export type PortalsQuery = { portals: Array<{ id: string, name: string, slug: string, active: boolean, developments: Array<{ id: string, name: string, kind: DevelopmentKind, status: DevelopmentStatus }> }> };

export type CreatePortalMutationVariables = Exact<{
  input: CreatePortalInput;
}>;


export type CreatePortalMutation = { createPortal: { id: string } };

export type CustomerConsentsQueryVariables = Exact<{
  customerId: string | number;
}>;


export type CustomerConsentsQuery = { customerConsents: Array<{ purpose: ConsentPurpose, granted: boolean, outdated: boolean, grantedAt: string | null, source: ConsentSource | null, revokedAt: string | null, history: Array<{ textVersion: string, source: ConsentSource, grantedAt: string, revokedAt: string | null, revokedSource: ConsentSource | null }> }> };

export type CustomerDeletionRequestsQueryVariables = Exact<{
  customerId: string | number;
}>;


export type CustomerDeletionRequestsQuery = { deletionRequests: { nodes: Array<{ id: string, customerId: string, customerName: string, status: DeletionRequestStatus, reason: string | null, requestedAt: string, decidedAt: string | null, decidedByName: string | null, refusalReason: string | null, retainedUntil: string | null, retained: Array<{ id: string, kind: RetainedRecordKind, description: string, legalBasis: string, retainUntil: string }> }> } };

export type CustomerDataAccessLogQueryVariables = Exact<{
  customerId: string | number;
  after?: string | null | undefined;
}>;


export type CustomerDataAccessLogQuery = { customerDataAccessLog: { nodes: Array<{ id: string, at: string, who: string, byStaff: boolean, what: string, ip: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DeletionRequestFieldsFragment = { id: string, customerId: string, customerName: string, status: DeletionRequestStatus, reason: string | null, requestedAt: string, decidedAt: string | null, decidedByName: string | null, refusalReason: string | null, retainedUntil: string | null, retained: Array<{ id: string, kind: RetainedRecordKind, description: string, legalBasis: string, retainUntil: string }> };

export type CompleteDeletionRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteDeletionRequestMutation = { completeDeletionRequest: { id: string, customerId: string, customerName: string, status: DeletionRequestStatus, reason: string | null, requestedAt: string, decidedAt: string | null, decidedByName: string | null, refusalReason: string | null, retainedUntil: string | null, retained: Array<{ id: string, kind: RetainedRecordKind, description: string, legalBasis: string, retainUntil: string }> } };

export type RefuseDeletionRequestMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RefuseDeletionRequestMutation = { refuseDeletionRequest: { id: string, customerId: string, customerName: string, status: DeletionRequestStatus, reason: string | null, requestedAt: string, decidedAt: string | null, decidedByName: string | null, refusalReason: string | null, retainedUntil: string | null, retained: Array<{ id: string, kind: RetainedRecordKind, description: string, legalBasis: string, retainUntil: string }> } };

export type DeletionRequestsQueryVariables = Exact<{
  status?: DeletionRequestStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type DeletionRequestsQuery = { deletionRequests: { nodes: Array<{ id: string, customerId: string, customerName: string, status: DeletionRequestStatus, reason: string | null, requestedAt: string, decidedAt: string | null, decidedByName: string | null, refusalReason: string | null, retainedUntil: string | null, retained: Array<{ id: string, kind: RetainedRecordKind, description: string, legalBasis: string, retainUntil: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DataProtectionOfficerQueryVariables = Exact<{ [key: string]: never; }>;


export type DataProtectionOfficerQuery = { dataProtectionOfficer: { name: string | null, email: string | null, phone: string | null } | null };

export type UpdateDataProtectionOfficerMutationVariables = Exact<{
  input: DataProtectionOfficerInput;
}>;


export type UpdateDataProtectionOfficerMutation = { updateDataProtectionOfficer: { name: string | null, email: string | null, phone: string | null } };

export type StaffRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffRequestQuery = { request: { id: string, number: number, kind: RequestKind, description: string, createdAt: string, openedByName: string, finishedAt: string | null, cancelled: boolean, ratingScore: number | null, ratingComment: string | null, openedBy: { id: string, customer: { id: string, name: string } | null } | null, status: { id: string, name: string }, subject: { id: string, name: string }, subsubject: { id: string, name: string, portalDisplayName: string | null }, development: { id: string, name: string }, unit: { id: string, name: string } | null, commonArea: { id: string, name: string } | null, location: { id: string, name: string } | null, assignee: { id: string, name: string } | null, assignableStaff: Array<{ id: string, name: string }>, sla: { openedAt: string, elapsedMinutes: number, dueHours: number | null, dueAt: string | null, remainingMinutes: number | null, overdue: boolean } | null, photos: Array<{ id: string, name: string, url: string, thumbnailUrl: string | null }>, messages: Array<{ id: string, body: string, createdAt: string, visibility: MessageVisibility, authorKind: MessageAuthorKind, authorName: string, photos: Array<{ id: string, name: string, url: string, thumbnailUrl: string | null }> }>, history: Array<{ id: string, at: string, comment: string | null, changedByName: string | null, fromStatus: { id: string, name: string } | null, toStatus: { id: string, name: string } }> }, workflows: Array<{ id: string, kind: RequestKind, statuses: Array<{ id: string, name: string, isFinal: boolean }> }> };

export type StaffReplyMutationVariables = Exact<{
  input: ReplyToRequestInput;
}>;


export type StaffReplyMutation = { replyToRequest: { id: string } };

export type AssignRequestMutationVariables = Exact<{
  input: AssignRequestInput;
}>;


export type AssignRequestMutation = { assignRequest: { id: string, assignee: { id: string, name: string } | null } };

export type StaffRequestChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StaffRequestChangedSubscription = { requestListChanged: { id: string } };

export type ChangeStatusMutationVariables = Exact<{
  input: ChangeRequestStatusInput;
}>;


export type ChangeStatusMutation = { changeRequestStatus: { id: string, status: { id: string } } };

export type DeskQueryVariables = Exact<{
  filter?: RequestFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type DeskQuery = { requests: { nodes: Array<{ id: string, number: number, kind: RequestKind, createdAt: string, openedByName: string, status: { id: string, name: string, isFinal: boolean }, sla: { remainingMinutes: number | null, overdue: boolean } | null, subsubject: { id: string, name: string }, development: { id: string, name: string }, unit: { id: string, name: string } | null, commonArea: { id: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DeskFiltersQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskFiltersQuery = { developments: Array<{ id: string, name: string }>, workflows: Array<{ id: string, kind: RequestKind, statuses: Array<{ id: string, name: string }> }> };

export type RequestListChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RequestListChangedSubscription = { requestListChanged: { id: string } };

export type StaffAppointmentSlotsQueryVariables = Exact<{
  developmentId: string | number;
}>;


export type StaffAppointmentSlotsQuery = { staffAppointmentSlots: Array<{ id: string, kind: AppointmentKind, day: string, time: string, durationMinutes: number, booking: { id: string, unitName: string, customerName: string, bookedAt: string } | null }> };

export type PublishAppointmentSlotsMutationVariables = Exact<{
  input: PublishAppointmentSlotsInput;
}>;


export type PublishAppointmentSlotsMutation = { publishAppointmentSlots: number };

export type RemoveAppointmentSlotMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveAppointmentSlotMutation = { removeAppointmentSlot: boolean };

export type CancelAppointmentAsStaffMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelAppointmentAsStaffMutation = { cancelAppointmentAsStaff: boolean };

export type StaffQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffQuery = { staffAccounts: Array<{ id: string, name: string, email: string, staffRole: StaffRole | null, permissions: Array<StaffPermission>, expiresAt: string | null, loginActive: boolean, twoFactorEnabled: boolean | null, developments: Array<{ id: string, name: string }> }>, developments: Array<{ id: string, name: string }>, me: { id: string, company: { id: string, requireAdminTwoFactor: boolean } } | null };

export type CreateStaffMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type CreateStaffMutation = { createStaffAccount: { id: string } };

export type UpdateStaffMutationVariables = Exact<{
  input: UpdateStaffAccountInput;
}>;


export type UpdateStaffMutation = { updateStaffAccount: { id: string } };

export type ResetStaffTwoFactorMutationVariables = Exact<{
  accountId: string | number;
}>;


export type ResetStaffTwoFactorMutation = { resetStaffTwoFactor: { id: string, twoFactorEnabled: boolean | null } };

export type SetRequireAdminTwoFactorMutationVariables = Exact<{
  requireAdminTwoFactor: boolean;
}>;


export type SetRequireAdminTwoFactorMutation = { setRequireAdminTwoFactor: { id: string, requireAdminTwoFactor: boolean } };

export type StaffSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffSurveysQuery = { staffSurveys: Array<{ id: string, title: string, opensOn: string, closesOn: string, status: SurveyStatus, developmentName: string | null, responses: number, version: number, questions: Array<{ id: string, kind: SurveyQuestionKind, text: string, options: Array<string> }> }> };

export type SaveSurveyMutationVariables = Exact<{
  input: SurveyInput;
}>;


export type SaveSurveyMutation = { saveSurvey: { id: string, status: SurveyStatus, version: number } };

export type PublishSurveyMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishSurveyMutation = { publishSurvey: { id: string, status: SurveyStatus } };

export type SurveyResultsQueryVariables = Exact<{
  id: string | number;
}>;


export type SurveyResultsQuery = { surveyResults: { surveyId: string, title: string, responses: number, questions: Array<{ questionId: string, kind: SurveyQuestionKind, text: string, answered: number, average: number | null, texts: Array<string>, counts: Array<{ label: string, count: number }> }> } };

export type UploadLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type UploadLimitsQuery = { uploadLimits: { maxBytes: number } };

export type FixSettingsCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type FixSettingsCatalogQuery = { portalSettingsCatalog: Array<{ key: string, label: string }> };

export type StaffScheduleViewFragment = { developmentId: string, progress: number, plannedProgress: number, plannedEnd: string | null, forecastEnd: string | null, delayDays: number, delayText: string | null, tasks: Array<{ id: string, name: string, position: number, plannedStart: string, plannedEnd: string, actualStart: string | null, actualEnd: string | null, weight: number, progress: number, state: ScheduleTaskState, delayDays: number, delayText: string | null, forecastEnd: string, version: number | null }> };

export type StaffScheduleQueryVariables = Exact<{
  developmentId: string | number;
}>;


export type StaffScheduleQuery = { staffSchedule: { developmentId: string, progress: number, plannedProgress: number, plannedEnd: string | null, forecastEnd: string | null, delayDays: number, delayText: string | null, tasks: Array<{ id: string, name: string, position: number, plannedStart: string, plannedEnd: string, actualStart: string | null, actualEnd: string | null, weight: number, progress: number, state: ScheduleTaskState, delayDays: number, delayText: string | null, forecastEnd: string, version: number | null }> } };

export type SaveScheduleTaskMutationVariables = Exact<{
  input: SaveScheduleTaskInput;
}>;


export type SaveScheduleTaskMutation = { saveScheduleTask: { developmentId: string, progress: number, plannedProgress: number, plannedEnd: string | null, forecastEnd: string | null, delayDays: number, delayText: string | null, tasks: Array<{ id: string, name: string, position: number, plannedStart: string, plannedEnd: string, actualStart: string | null, actualEnd: string | null, weight: number, progress: number, state: ScheduleTaskState, delayDays: number, delayText: string | null, forecastEnd: string, version: number | null }> } };

export type DeleteScheduleTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteScheduleTaskMutation = { deleteScheduleTask: { developmentId: string, progress: number, plannedProgress: number, plannedEnd: string | null, forecastEnd: string | null, delayDays: number, delayText: string | null, tasks: Array<{ id: string, name: string, position: number, plannedStart: string, plannedEnd: string, actualStart: string | null, actualEnd: string | null, weight: number, progress: number, state: ScheduleTaskState, delayDays: number, delayText: string | null, forecastEnd: string, version: number | null }> } };

export type WorksDevelopmentQueryVariables = Exact<{ [key: string]: never; }>;


export type WorksDevelopmentQuery = { developments: Array<{ id: string, name: string, blocks: Array<{ id: string, name: string }> }> };

export type StaffWorkLogQueryVariables = Exact<{
  developmentId: string | number;
  status?: WorkLogStatus | null | undefined;
}>;


export type StaffWorkLogQuery = { staffWorkLog: Array<{ id: string, date: string, status: WorkLogStatus, weather: WorkWeather | null, occurrences: string, headcount: number, blockId: string | null, blockName: string | null, reviewNote: string | null, createdByName: string | null, reviewedByName: string | null, reviewedAt: string | null, version: number, labour: Array<{ role: string, headcount: number }>, photos: Array<{ id: string, url: string, thumbnailUrl: string | null, name: string }>, attachments: Array<{ id: string, url: string, name: string }> }> };

export type SaveWorkLogEntryMutationVariables = Exact<{
  input: SaveWorkLogEntryInput;
}>;


export type SaveWorkLogEntryMutation = { saveWorkLogEntry: { id: string, status: WorkLogStatus, version: number } };

export type SetWorkLogStatusMutationVariables = Exact<{
  id: string | number;
  status: WorkLogStatus;
  version: number;
  note?: string | null | undefined;
}>;


export type SetWorkLogStatusMutation = { setWorkLogStatus: { id: string, status: WorkLogStatus, version: number, reviewNote: string | null } };

export const ConfigSubjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConfigSubject"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"appliesTo"}},{"kind":"Field","name":{"kind":"Name","value":"subsubjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"portalDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"displayNamesByPortal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ConfigSubjectFragment, unknown>;
export const LoginStatusFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoginStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"loginActive"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LoginStatusFragment, unknown>;
export const DataChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"emailInUse"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"original"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]}}]} as unknown as DocumentNode<DataChangeFieldsFragment, unknown>;
export const SyndicFileRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SyndicFileRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyndicFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<SyndicFileRowFragment, unknown>;
export const DeletionRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeletionRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletionRequestView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"retainedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"retained"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"retainUntil"}}]}}]}}]} as unknown as DocumentNode<DeletionRequestFieldsFragment, unknown>;
export const StaffScheduleViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffScheduleView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkScheduleView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentId"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"plannedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"forecastEnd"}},{"kind":"Field","name":{"kind":"Name","value":"delayDays"}},{"kind":"Field","name":{"kind":"Name","value":"delayText"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"delayDays"}},{"kind":"Field","name":{"kind":"Name","value":"delayText"}},{"kind":"Field","name":{"kind":"Name","value":"forecastEnd"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StaffScheduleViewFragment, unknown>;
export const MyTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"enabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]} as unknown as DocumentNode<MyTwoFactorQuery, MyTwoFactorQueryVariables>;
export const StartTwoFactorEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTwoFactorEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTwoFactorEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeSvg"}}]}}]}}]} as unknown as DocumentNode<StartTwoFactorEnrolmentMutation, StartTwoFactorEnrolmentMutationVariables>;
export const ConfirmTwoFactorEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTwoFactorEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"twoFactorCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTwoFactorEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"twoFactorCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"twoFactorCode"}}}]}]}}]} as unknown as DocumentNode<ConfirmTwoFactorEnrolmentMutation, ConfirmTwoFactorEnrolmentMutationVariables>;
export const RegenerateRecoveryCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegenerateRecoveryCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"twoFactorCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateRecoveryCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"twoFactorCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"twoFactorCode"}}}]}]}}]} as unknown as DocumentNode<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables>;
export const DisableTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"twoFactorCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"twoFactorCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"twoFactorCode"}}}]}]}}]} as unknown as DocumentNode<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>;
export const StaffViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"developments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<StaffViewerQuery, StaffViewerQueryVariables>;
export const StaffSignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffSignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<StaffSignOutMutation, StaffSignOutMutationVariables>;
export const StaffSessionEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StaffSessionEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<StaffSessionEventsSubscription, StaffSessionEventsSubscriptionVariables>;
export const AuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Audit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"impactSummary"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditQuery, AuditQueryVariables>;
export const AuditVocabularyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditVocabulary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalSettingsCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<AuditVocabularyQuery, AuditVocabularyQueryVariables>;
export const StaffAcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffAcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<StaffAcceptInvitationMutation, StaffAcceptInvitationMutationVariables>;
export const StaffSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<StaffSignInMutation, StaffSignInMutationVariables>;
export const ConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dataChangeApproval"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"associationTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"seesUnitsInPortal"}},{"kind":"Field","name":{"kind":"Name","value":"seesHolderBills"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToCustomer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"service"},"name":{"kind":"Name","value":"requestSubjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"SERVICE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConfigSubject"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"assistance"},"name":{"kind":"Name","value":"requestSubjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"ASSISTANCE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConfigSubject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workflows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"showFinishedInPortal"}},{"kind":"Field","name":{"kind":"Name","value":"dueHours"}},{"kind":"Field","name":{"kind":"Name","value":"statuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}},{"kind":"Field","name":{"kind":"Name","value":"isInitial"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConfigSubject"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"appliesTo"}},{"kind":"Field","name":{"kind":"Name","value":"subsubjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"portalDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"displayNamesByPortal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ConfigQuery, ConfigQueryVariables>;
export const SaveAssociationTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveAssociationType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssociationTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAssociationType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveAssociationTypeMutation, SaveAssociationTypeMutationVariables>;
export const SaveContractTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveContractType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveContractType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveContractTypeMutation, SaveContractTypeMutationVariables>;
export const SaveSubjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSubject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSubject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveSubjectMutation, SaveSubjectMutationVariables>;
export const SaveSubsubjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSubsubject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubsubjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSubsubject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveSubsubjectMutation, SaveSubsubjectMutationVariables>;
export const SaveWorkflowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveWorkflow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveWorkflow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveWorkflowMutation, SaveWorkflowMutationVariables>;
export const SaveWorkflowStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveWorkflowStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveWorkflowStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveWorkflowStatusMutation, SaveWorkflowStatusMutationVariables>;
export const SaveCustomFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCustomField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveCustomFieldMutation, SaveCustomFieldMutationVariables>;
export const SetDataChangeApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDataChangeApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DataChangeApproval"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDataChangeApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dataChangeApproval"}}]}}]}}]} as unknown as DocumentNode<SetDataChangeApprovalMutation, SetDataChangeApprovalMutationVariables>;
export const ContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"validated"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToCustomer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<ContractQuery, ContractQueryVariables>;
export const SetContractDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetContractDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setContractDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetContractDocumentMutation, SetContractDocumentMutationVariables>;
export const SetContractStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetContractStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setContractStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"validated"}}]}}]}}]} as unknown as DocumentNode<SetContractStatusMutation, SetContractStatusMutationVariables>;
export const ContactInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"blockName"}},{"kind":"Field","name":{"kind":"Name","value":"developmentName"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ContactInboxQuery, ContactInboxQueryVariables>;
export const ContactFilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ContactFilterOptionsQuery, ContactFilterOptionsQueryVariables>;
export const ContactMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"blockName"}},{"kind":"Field","name":{"kind":"Name","value":"developmentName"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"visibleToCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}}]}}]}}]}}]} as unknown as DocumentNode<ContactMessageQuery, ContactMessageQueryVariables>;
export const AddOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddOpinionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOpinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AddOpinionMutation, AddOpinionMutationVariables>;
export const ContactTypesConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactTypesConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ContactTypesConfigQuery, ContactTypesConfigQueryVariables>;
export const SaveContactTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveContactType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveContactType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<SaveContactTypeMutation, SaveContactTypeMutationVariables>;
export const AccountDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoginStatus"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoginStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"loginActive"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccountDetailQuery, AccountDetailQueryVariables>;
export const CustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoginStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"associationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subsubject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoginStatus"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"loginActive"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CustomerQuery, CustomerQueryVariables>;
export const StartViewAsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartViewAs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startViewAsClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<StartViewAsMutation, StartViewAsMutationVariables>;
export const CustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginActive"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersQuery, CustomersQueryVariables>;
export const ReactivateLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loginActive"}}]}}]}}]} as unknown as DocumentNode<ReactivateLoginMutation, ReactivateLoginMutationVariables>;
export const SendInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SendInvitationMutation, SendInvitationMutationVariables>;
export const DataChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DataChangeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataChangeRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataChangeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"developments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"emailInUse"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"original"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]}}]} as unknown as DocumentNode<DataChangesQuery, DataChangesQueryVariables>;
export const LinkedDataChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinkedDataChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataChangeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataChangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataChangeRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"baseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"emailInUse"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"original"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}}]}}]} as unknown as DocumentNode<LinkedDataChangeQuery, LinkedDataChangeQueryVariables>;
export const ApproveDataChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveDataChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"corrected"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FieldValueInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seenVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveDataChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"corrected"},"value":{"kind":"Variable","name":{"kind":"Name","value":"corrected"}}},{"kind":"Argument","name":{"kind":"Name","value":"seenVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seenVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApproveDataChangeMutation, ApproveDataChangeMutationVariables>;
export const RejectDataChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectDataChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectDataChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RejectDataChangeMutation, RejectDataChangeMutationVariables>;
export const DeleteDataChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDataChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDataChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeleteDataChangeMutation, DeleteDataChangeMutationVariables>;
export const DevelopmentDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevelopmentDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"development"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"block"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DevelopmentDocumentsQuery, DevelopmentDocumentsQueryVariables>;
export const AddDevelopmentDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddDevelopmentDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDevelopmentDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDevelopmentDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddDevelopmentDocumentMutation, AddDevelopmentDocumentMutationVariables>;
export const RemoveDevelopmentDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveDevelopmentDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDevelopmentDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveDevelopmentDocumentMutation, RemoveDevelopmentDocumentMutationVariables>;
export const DevelopmentsFullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevelopmentsFull"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowServiceRequests"}},{"kind":"Field","name":{"kind":"Name","value":"allowAssistanceRequests"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commonAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DevelopmentsFullQuery, DevelopmentsFullQueryVariables>;
export const UpdateDevelopmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDevelopment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DevelopmentSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDevelopment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateDevelopmentMutation, UpdateDevelopmentMutationVariables>;
export const SetBlockActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBlockActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBlockActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SetBlockActiveMutation, SetBlockActiveMutationVariables>;
export const SetStageActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStageActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStageActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SetStageActiveMutation, SetStageActiveMutationVariables>;
export const DevelopmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Developments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"allowServiceRequests"}},{"kind":"Field","name":{"kind":"Name","value":"allowAssistanceRequests"}}]}}]}}]} as unknown as DocumentNode<DevelopmentsQuery, DevelopmentsQueryVariables>;
export const SyndicFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyndicFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"development"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"syndicFiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SyndicFileRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"syndics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SyndicFileRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SyndicFileRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyndicFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<SyndicFilesQuery, SyndicFilesQueryVariables>;
export const AddSyndicFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSyndicFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSyndicFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSyndicFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddSyndicFileMutation, AddSyndicFileMutationVariables>;
export const RemoveSyndicFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveSyndicFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeSyndicFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveSyndicFileMutation, RemoveSyndicFileMutationVariables>;
export const ExplainerOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplainerOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subsubject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplainerOptionsQuery, ExplainerOptionsQueryVariables>;
export const ExplainerCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplainerCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}}]}}]}}]} as unknown as DocumentNode<ExplainerCustomersQuery, ExplainerCustomersQueryVariables>;
export const ExplainerSyndicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplainerSyndics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"syndics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExplainerSyndicsQuery, ExplainerSyndicsQueryVariables>;
export const ExplainerSyndicRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplainerSyndicRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"developmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"developmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"developmentId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subsubject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commonArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplainerSyndicRequestsQuery, ExplainerSyndicRequestsQueryVariables>;
export const ExplainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Explain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExplainVisibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explainVisibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"portal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"fix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screen"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"setting"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplainQuery, ExplainQueryVariables>;
export const CustomerExtrasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerExtras"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"addressConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"development"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerPendingDocumentation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"developmentName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]} as unknown as DocumentNode<CustomerExtrasQuery, CustomerExtrasQueryVariables>;
export const AddPendingDocumentationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPendingDocumentation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPendingDocumentationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPendingDocumentation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddPendingDocumentationMutation, AddPendingDocumentationMutationVariables>;
export const ResolvePendingDocumentationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolvePendingDocumentation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolvePendingDocumentation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ResolvePendingDocumentationMutation, ResolvePendingDocumentationMutationVariables>;
export const PortalExtrasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalExtras"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"portalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"portalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"developments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalBanners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"portalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"portalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"developmentIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalBenefits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"portalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"portalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"coupon"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<PortalExtrasQuery, PortalExtrasQueryVariables>;
export const SaveBannerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveBanner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BannerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveBanner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveBannerMutation, SaveBannerMutationVariables>;
export const DeleteBannerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBanner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBanner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteBannerMutation, DeleteBannerMutationVariables>;
export const SaveBenefitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveBenefit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveBenefit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveBenefitMutation, SaveBenefitMutationVariables>;
export const DeleteBenefitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBenefit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBenefit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteBenefitMutation, DeleteBenefitMutationVariables>;
export const PortalFaqDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalFaq"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"portalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"portalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"showFaq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalFaq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"portalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"portalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<PortalFaqQuery, PortalFaqQueryVariables>;
export const SaveFaqCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveFaqCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaqCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveFaqCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveFaqCategoryMutation, SaveFaqCategoryMutationVariables>;
export const SaveFaqEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveFaqEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaqEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveFaqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveFaqEntryMutation, SaveFaqEntryMutationVariables>;
export const DeleteFaqEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteFaqEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFaqEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteFaqEntryMutation, DeleteFaqEntryMutationVariables>;
export const BillingBlocksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingBlocks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"developmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingBlocks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"developmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"developmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"blockId"}},{"kind":"Field","name":{"kind":"Name","value":"blockName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedByName"}},{"kind":"Field","name":{"kind":"Name","value":"customersHeld"}}]}}]}}]} as unknown as DocumentNode<BillingBlocksQuery, BillingBlocksQueryVariables>;
export const CreateBillingBlockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBillingBlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingBlockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBillingBlock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateBillingBlockMutation, CreateBillingBlockMutationVariables>;
export const LiftBillingBlockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiftBillingBlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liftBillingBlock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<LiftBillingBlockMutation, LiftBillingBlockMutationVariables>;
export const CustomerFinanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerFinance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerFinance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservationId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"developmentName"}},{"kind":"Field","name":{"kind":"Name","value":"saleCode"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"billStatus"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"failedRule"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"markedPaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"markedPaidByName"}},{"kind":"Field","name":{"kind":"Name","value":"proofUrl"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerFinanceQuery, CustomerFinanceQueryVariables>;
export const StaffFinanceChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StaffFinanceChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffFinanceChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservationId"}}]}}]}}]} as unknown as DocumentNode<StaffFinanceChangedSubscription, StaffFinanceChangedSubscriptionVariables>;
export const FinancialRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinancialRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overdueBlocksBills"}},{"kind":"Field","name":{"kind":"Name","value":"secondCopyAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"prepaymentAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"prepaymentRateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"prepaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"cardPaymentAllowed"}}]}}]}}]}}]} as unknown as DocumentNode<FinancialRulesQuery, FinancialRulesQueryVariables>;
export const UpdateFinancialRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFinancialRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancialRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFinancialRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overdueBlocksBills"}},{"kind":"Field","name":{"kind":"Name","value":"secondCopyAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"prepaymentAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"prepaymentRateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"prepaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"cardPaymentAllowed"}}]}}]}}]} as unknown as DocumentNode<UpdateFinancialRulesMutation, UpdateFinancialRulesMutationVariables>;
export const PortalPermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalPermissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"portalPermissions"}}]}}]}}]} as unknown as DocumentNode<PortalPermissionsQuery, PortalPermissionsQueryVariables>;
export const SetPortalPermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPortalPermissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permissions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalPermission"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPortalPermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"permissions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permissions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"portalPermissions"}}]}}]}}]} as unknown as DocumentNode<SetPortalPermissionsMutation, SetPortalPermissionsMutationVariables>;
export const ImpactPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImpactPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"change"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactChangeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactPageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impactPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"change"},"value":{"kind":"Variable","name":{"kind":"Name","value":"change"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nothingChanges"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"objects"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"nextCursor"}},{"kind":"Field","name":{"kind":"Name","value":"examples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"objectLabel"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleLabel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImpactPreviewQuery, ImpactPreviewQueryVariables>;
export const ApiCallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiCalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tokenId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiCalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tokenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tokenId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"ms"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ApiCallsQuery, ApiCallsQueryVariables>;
export const ApiCallTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiCallTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}}]}}]} as unknown as DocumentNode<ApiCallTokensQuery, ApiCallTokensQueryVariables>;
export const SyncRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyncRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"failedRows"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rowIndex"}},{"kind":"Field","name":{"kind":"Name","value":"erpCode"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"row"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SyncRunQuery, SyncRunQueryVariables>;
export const CloseSyncRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSyncRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SyncRunStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSyncRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}}]}}]}}]} as unknown as DocumentNode<CloseSyncRunMutation, CloseSyncRunMutationVariables>;
export const UnlockSyncRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockSyncRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockSyncRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}}]}}]}}]} as unknown as DocumentNode<UnlockSyncRunMutation, UnlockSyncRunMutationVariables>;
export const SyncRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyncRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SyncRunStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"}},{"kind":"Field","name":{"kind":"Name","value":"batches"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"failedRows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SyncRunsQuery, SyncRunsQueryVariables>;
export const OpenSyncRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenSyncRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openSyncRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OpenSyncRunMutation, OpenSyncRunMutationVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const CompanyErpCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyErpCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"erpCode"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyErpCodeQuery, CompanyErpCodeQueryVariables>;
export const SetCompanyErpCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCompanyErpCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"erpCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCompanyErpCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"erpCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"erpCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"erpCode"}}]}}]}}]} as unknown as DocumentNode<SetCompanyErpCodeMutation, SetCompanyErpCodeMutationVariables>;
export const CustomerNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"whatsapp"}},{"kind":"Field","name":{"kind":"Name","value":"whatsappConsent"}},{"kind":"Field","name":{"kind":"Name","value":"push"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"workLog"}},{"kind":"Field","name":{"kind":"Name","value":"whatsappNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerNotificationsQuery, CustomerNotificationsQueryVariables>;
export const FailedJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FailedJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"retries"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}}]}}]}}]} as unknown as DocumentNode<FailedJobsQuery, FailedJobsQueryVariables>;
export const RetryFailedJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryFailedJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryFailedJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RetryFailedJobMutation, RetryFailedJobMutationVariables>;
export const PortalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Portal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"loginEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"requireDataConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"showScheduling"}},{"kind":"Field","name":{"kind":"Name","value":"showServiceMenu"}},{"kind":"Field","name":{"kind":"Name","value":"showAssistanceMenu"}},{"kind":"Field","name":{"kind":"Name","value":"showBenefits"}},{"kind":"Field","name":{"kind":"Name","value":"showFaq"}},{"kind":"Field","name":{"kind":"Name","value":"showSurveys"}},{"kind":"Field","name":{"kind":"Name","value":"showReferFriend"}},{"kind":"Field","name":{"kind":"Name","value":"showAddressConfirmation"}},{"kind":"Field","name":{"kind":"Name","value":"showPendingProposalsPopup"}},{"kind":"Field","name":{"kind":"Name","value":"showPendingPreRegistrationsPopup"}},{"kind":"Field","name":{"kind":"Name","value":"showLocation"}},{"kind":"Field","name":{"kind":"Name","value":"showSyndicAccess"}},{"kind":"Field","name":{"kind":"Name","value":"showCommonArea"}},{"kind":"Field","name":{"kind":"Name","value":"showDeliveryForecast"}},{"kind":"Field","name":{"kind":"Name","value":"showContracts"}},{"kind":"Field","name":{"kind":"Name","value":"showFinancial"}},{"kind":"Field","name":{"kind":"Name","value":"showStandaloneBills"}},{"kind":"Field","name":{"kind":"Name","value":"associatesSeeHolderBills"}},{"kind":"Field","name":{"kind":"Name","value":"taxSeries"}},{"kind":"Field","name":{"kind":"Name","value":"workLogStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"showCustomerPayments"}},{"kind":"Field","name":{"kind":"Name","value":"showBuilderPayments"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAssistanceSla"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAssistanceSlaUnit"}},{"kind":"Field","name":{"kind":"Name","value":"loginText1"}},{"kind":"Field","name":{"kind":"Name","value":"loginText2"}},{"kind":"Field","name":{"kind":"Name","value":"whiteLabelName"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"developments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hostname"}},{"kind":"Field","name":{"kind":"Name","value":"developments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalSettingsCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalHealth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"portalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"affected"}},{"kind":"Field","name":{"kind":"Name","value":"fix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screen"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"setting"}}]}}]}}]}}]} as unknown as DocumentNode<PortalQuery, PortalQueryVariables>;
export const UpdatePortalSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePortalSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePortalSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"portalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdatePortalSettingsMutation, UpdatePortalSettingsMutationVariables>;
export const SetPortalActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPortalActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPortalActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"portalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SetPortalActiveMutation, SetPortalActiveMutationVariables>;
export const SetPortalDevelopmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPortalDevelopments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"developmentIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPortalDevelopments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"portalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"developmentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"developmentIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetPortalDevelopmentsMutation, SetPortalDevelopmentsMutationVariables>;
export const SavePortalDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SavePortalDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalDomainInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savePortalDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SavePortalDomainMutation, SavePortalDomainMutationVariables>;
export const RemovePortalDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePortalDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePortalDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemovePortalDomainMutation, RemovePortalDomainMutationVariables>;
export const DeletePortalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePortal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirmName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePortal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"portalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirmName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirmName"}}}]}]}}]} as unknown as DocumentNode<DeletePortalMutation, DeletePortalMutationVariables>;
export const PortalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Portals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"developmentStatus"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DevelopmentStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}},{"kind":"Argument","name":{"kind":"Name","value":"developmentStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"developmentStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"developments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PortalsQuery, PortalsQueryVariables>;
export const CreatePortalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePortal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePortalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPortal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePortalMutation, CreatePortalMutationVariables>;
export const CustomerConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerConsents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"outdated"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"textVersion"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedSource"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerConsentsQuery, CustomerConsentsQueryVariables>;
export const CustomerDeletionRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerDeletionRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletionRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeletionRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeletionRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletionRequestView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"retainedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"retained"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"retainUntil"}}]}}]}}]} as unknown as DocumentNode<CustomerDeletionRequestsQuery, CustomerDeletionRequestsQueryVariables>;
export const CustomerDataAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerDataAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerDataAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"byStaff"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerDataAccessLogQuery, CustomerDataAccessLogQueryVariables>;
export const CompleteDeletionRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteDeletionRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeDeletionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeletionRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeletionRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletionRequestView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"retainedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"retained"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"retainUntil"}}]}}]}}]} as unknown as DocumentNode<CompleteDeletionRequestMutation, CompleteDeletionRequestMutationVariables>;
export const RefuseDeletionRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefuseDeletionRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refuseDeletionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeletionRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeletionRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletionRequestView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"retainedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"retained"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"retainUntil"}}]}}]}}]} as unknown as DocumentNode<RefuseDeletionRequestMutation, RefuseDeletionRequestMutationVariables>;
export const DeletionRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeletionRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletionRequestStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletionRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeletionRequestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeletionRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletionRequestView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}},{"kind":"Field","name":{"kind":"Name","value":"retainedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"retained"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"retainUntil"}}]}}]}}]} as unknown as DocumentNode<DeletionRequestsQuery, DeletionRequestsQueryVariables>;
export const DataProtectionOfficerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataProtectionOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataProtectionOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<DataProtectionOfficerQuery, DataProtectionOfficerQueryVariables>;
export const UpdateDataProtectionOfficerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDataProtectionOfficer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DataProtectionOfficerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDataProtectionOfficer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<UpdateDataProtectionOfficerMutation, UpdateDataProtectionOfficerMutationVariables>;
export const StaffRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedByName"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subsubject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"portalDisplayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"development"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commonArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"ratingScore"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignableStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"dueHours"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"authorKind"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"changedByName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workflows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"statuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}}]}}]}}]}}]} as unknown as DocumentNode<StaffRequestQuery, StaffRequestQueryVariables>;
export const StaffReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StaffReplyMutation, StaffReplyMutationVariables>;
export const AssignRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AssignRequestMutation, AssignRequestMutationVariables>;
export const StaffRequestChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StaffRequestChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestListChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StaffRequestChangedSubscription, StaffRequestChangedSubscriptionVariables>;
export const ChangeStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequestStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRequestStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeStatusMutation, ChangeStatusMutationVariables>;
export const DeskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Desk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedByName"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFinal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remainingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subsubject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"development"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commonArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DeskQuery, DeskQueryVariables>;
export const DeskFiltersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workflows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"statuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DeskFiltersQuery, DeskFiltersQueryVariables>;
export const RequestListChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RequestListChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestListChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RequestListChangedSubscription, RequestListChangedSubscriptionVariables>;
export const StaffAppointmentSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAppointmentSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"developmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffAppointmentSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"developmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"developmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"bookedAt"}}]}}]}}]}}]} as unknown as DocumentNode<StaffAppointmentSlotsQuery, StaffAppointmentSlotsQueryVariables>;
export const PublishAppointmentSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAppointmentSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishAppointmentSlotsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAppointmentSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<PublishAppointmentSlotsMutation, PublishAppointmentSlotsMutationVariables>;
export const RemoveAppointmentSlotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAppointmentSlot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAppointmentSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveAppointmentSlotMutation, RemoveAppointmentSlotMutationVariables>;
export const CancelAppointmentAsStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAppointmentAsStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAppointmentAsStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<CancelAppointmentAsStaffMutation, CancelAppointmentAsStaffMutationVariables>;
export const StaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"loginActive"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"developments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"developments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requireAdminTwoFactor"}}]}}]}}]}}]} as unknown as DocumentNode<StaffQuery, StaffQueryVariables>;
export const CreateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateStaffMutation, CreateStaffMutationVariables>;
export const UpdateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStaffAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateStaffMutation, UpdateStaffMutationVariables>;
export const ResetStaffTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetStaffTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetStaffTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}}]}}]}}]} as unknown as DocumentNode<ResetStaffTwoFactorMutation, ResetStaffTwoFactorMutationVariables>;
export const SetRequireAdminTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRequireAdminTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requireAdminTwoFactor"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRequireAdminTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requireAdminTwoFactor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requireAdminTwoFactor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requireAdminTwoFactor"}}]}}]}}]} as unknown as DocumentNode<SetRequireAdminTwoFactorMutation, SetRequireAdminTwoFactorMutationVariables>;
export const StaffSurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffSurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffSurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"developmentName"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]}}]}}]} as unknown as DocumentNode<StaffSurveysQuery, StaffSurveysQueryVariables>;
export const SaveSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveSurveyMutation, SaveSurveyMutationVariables>;
export const PublishSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PublishSurveyMutation, PublishSurveyMutationVariables>;
export const SurveyResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"texts"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SurveyResultsQuery, SurveyResultsQueryVariables>;
export const UploadLimitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UploadLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}}]}}]}}]} as unknown as DocumentNode<UploadLimitsQuery, UploadLimitsQueryVariables>;
export const FixSettingsCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FixSettingsCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalSettingsCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<FixSettingsCatalogQuery, FixSettingsCatalogQueryVariables>;
export const StaffScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"developmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"developmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"developmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffScheduleView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffScheduleView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkScheduleView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentId"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"plannedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"forecastEnd"}},{"kind":"Field","name":{"kind":"Name","value":"delayDays"}},{"kind":"Field","name":{"kind":"Name","value":"delayText"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"delayDays"}},{"kind":"Field","name":{"kind":"Name","value":"delayText"}},{"kind":"Field","name":{"kind":"Name","value":"forecastEnd"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StaffScheduleQuery, StaffScheduleQueryVariables>;
export const SaveScheduleTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveScheduleTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveScheduleTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveScheduleTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffScheduleView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffScheduleView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkScheduleView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentId"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"plannedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"forecastEnd"}},{"kind":"Field","name":{"kind":"Name","value":"delayDays"}},{"kind":"Field","name":{"kind":"Name","value":"delayText"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"delayDays"}},{"kind":"Field","name":{"kind":"Name","value":"delayText"}},{"kind":"Field","name":{"kind":"Name","value":"forecastEnd"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveScheduleTaskMutation, SaveScheduleTaskMutationVariables>;
export const DeleteScheduleTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteScheduleTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteScheduleTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffScheduleView"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffScheduleView"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkScheduleView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developmentId"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"plannedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"forecastEnd"}},{"kind":"Field","name":{"kind":"Name","value":"delayDays"}},{"kind":"Field","name":{"kind":"Name","value":"delayText"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"delayDays"}},{"kind":"Field","name":{"kind":"Name","value":"delayText"}},{"kind":"Field","name":{"kind":"Name","value":"forecastEnd"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DeleteScheduleTaskMutation, DeleteScheduleTaskMutationVariables>;
export const WorksDevelopmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorksDevelopment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WorksDevelopmentQuery, WorksDevelopmentQueryVariables>;
export const StaffWorkLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffWorkLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"developmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkLogStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffWorkLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"developmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"developmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weather"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"}},{"kind":"Field","name":{"kind":"Name","value":"labour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"blockId"}},{"kind":"Field","name":{"kind":"Name","value":"blockName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StaffWorkLogQuery, StaffWorkLogQueryVariables>;
export const SaveWorkLogEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveWorkLogEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveWorkLogEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveWorkLogEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveWorkLogEntryMutation, SaveWorkLogEntryMutationVariables>;
export const SetWorkLogStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWorkLogStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkLogStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWorkLogStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}}]}}]}}]} as unknown as DocumentNode<SetWorkLogStatusMutation, SetWorkLogStatusMutationVariables>;