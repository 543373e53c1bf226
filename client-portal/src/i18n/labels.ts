/**
 * The portal's one place for what codes mean in words (STYLE, "Words": never show a code a person
 * did not type): every schema enum the portal's generated types use, in pt-BR and English.
 * `__tests__/labels.test.ts` fails when an enum value has no label here.
 */
import type {
  AccountKind, ContactStatus, CustomFieldType, DocumentCategory, MessageAuthorKind, MessageVisibility, DataChangeStatus, FinanceRequestKind, FinanceRequestStatus, InstallmentState, PaymentMethod, PortalMenu, RequestKind, RequestTarget, ScheduleTaskState, SessionEventKind, TokenDelivery, WorkLogStatus, WorkWeather,
  AppointmentKind, AppointmentStatus, SurveyQuestionKind,
  PendingDocumentationKind,
  NotificationFrequency, NotificationChannel,
  ConsentPurpose, ConsentSource, DeletionRequestStatus, RetainedRecordKind,
} from '../gql/graphql';
import type { Locale } from '../shared/create-i18n';

export type { Locale };
/** R-FIN-6: a card's brand, as the server names it (a string in the schema, so listed here). */
export type CardBrand = 'VISA' | 'MASTERCARD' | 'ELO' | 'AMEX' | 'HIPERCARD' | 'OTHER';
export type Words = { 'pt-BR': string; en: string };

const w = (pt: string, en: string): Words => ({ 'pt-BR': pt, en });

export const ENUM_LABELS = {
  /** R-FIN-6: a card's brand, as the customer reads it on the card. */
  CardBrand: {
    VISA: w('Visa', 'Visa'), MASTERCARD: w('Mastercard', 'Mastercard'), ELO: w('Elo', 'Elo'), AMEX: w('American Express', 'American Express'),
    HIPERCARD: w('Hipercard', 'Hipercard'), OTHER: w('Outra bandeira', 'Other brand'),
  },
  AccountKind: { CUSTOMER: w('Cliente', 'Customer'), SYNDIC: w('Síndico', 'Syndic'), STAFF: w('Equipe da incorporadora', 'Developer staff') },
  CustomFieldType: { DATE: w('Data', 'Date'), NUMBER: w('Número', 'Number'), TEXT: w('Texto', 'Text') },
  DataChangeStatus: {
    PENDING: w('Em análise', 'Under review'),
    APPROVED: w('Aprovada', 'Approved'),
    REJECTED: w('Recusada', 'Rejected'),
    INACTIVE: w('Substituída por um pedido mais novo', 'Replaced by a newer request'),
    DELETED: w('Excluída', 'Deleted'),
  },
  FinanceRequestKind: { SECOND_COPY: w('2ª via', 'Reissued bill'), PREPAYMENT: w('Antecipação de parcelas', 'Prepayment of installments') },
  FinanceRequestStatus: { PENDING: w('Emitindo', 'Being issued'), ISSUED: w('Emitido', 'Issued') },
  /** The chip of an installment (SPEC §8): in words, never the code. */
  InstallmentState: { PAID: w('Paga', 'Paid'), OVERDUE: w('Vencida', 'Overdue'), DUE_TODAY: w('Vence hoje', 'Due today'), OPEN: w('A vencer', 'Upcoming') },
  PaymentMethod: { BOLETO: w('Boleto', 'Bank slip (boleto)'), CARD: w('Cartão de crédito', 'Credit card') },
  PortalMenu: {
    SERVICE: w('Atendimentos', 'Service requests'),
    ASSISTANCE: w('Assistência técnica', 'Technical assistance'),
    CONTRACTS: w('Contratos', 'Contracts'),
    FINANCIAL: w('Financeiro', 'Financial'),
    SCHEDULING: w('Agendamentos', 'Scheduling'),
    BENEFITS: w('Portal de benefícios', 'Benefits'),
    FAQ: w('Perguntas frequentes', 'Frequently asked questions'),
    SURVEYS: w('Pesquisa', 'Surveys'),
    REFER_FRIEND: w('Indique um amigo', 'Refer a friend'),
    ADDRESS_CONFIRMATION: w('Confirmação de endereço', 'Address confirmation'),
    PENDING_PROPOSALS: w('Aviso de propostas pendentes', 'Pending proposals notice'),
    PENDING_PRE_REGISTRATIONS: w('Aviso de pré-cadastros pendentes', 'Pending pre-registrations notice'),
    DELIVERY_FORECAST: w('Previsão de entrega', 'Delivery forecast'),
    SYNDIC_ACCESS: w('Acesso do síndico', 'Syndic access'),
    LOCATION: w('Local da unidade', 'Place in the unit'),
    COMMON_AREA: w('Área comum', 'Common area'),
    WORK_LOG: w('Diário de obra', 'Work log'),
    SCHEDULE: w('Cronograma', 'Schedule'),
  },
  /** Singular, as on a choice (STYLE glossary); the menus are PortalMenu. */
  PendingDocumentationKind: { PROPOSAL: w('Proposta', 'Proposal'), PRE_REGISTRATION: w('Pré-cadastro', 'Pre-registration') },
  RequestKind: { SERVICE: w('Atendimento', 'Service request'), ASSISTANCE: w('Assistência técnica', 'Technical assistance') },
  MessageAuthorKind: { CUSTOMER: w('Cliente', 'Customer'), SYNDIC: w('Síndico', 'Syndic'), STAFF: w('Equipe', 'Team') },
  MessageVisibility: { PUBLIC: w('Resposta ao cliente', 'Reply to the customer'), INTERNAL: w('Nota interna', 'Internal note') },
  RequestTarget: { UNIT: w('Unidade', 'Unit'), COMMON_AREA: w('Área comum', 'Common area') },
  SessionEventKind: { LOGIN_DEACTIVATED: w('Acesso desativado', 'Access deactivated'), SIGNED_OUT: w('Sessão encerrada', 'Signed out') },
  TokenDelivery: { COOKIE: w('Cookie do navegador', 'Browser cookie'), BEARER: w('Token de acesso (API)', 'Access token (API)') },
  /** R-WORK-1: where a work log entry is in its review (the portal shows only the ones its settings list). */
  NotificationChannel: { EMAIL: w('E-mail', 'E-mail'), WHATSAPP: w('WhatsApp', 'WhatsApp'), PUSH: w('Notificação no celular', 'Phone notification') },
  NotificationFrequency: { DAILY: w('Diária (segunda a sexta)', 'Daily (Monday to Friday)'), WEEKLY: w('Semanal (às segundas)', 'Weekly (Mondays)') },
  WorkLogStatus: { DRAFT: w('Rascunho', 'Draft'), IN_REVIEW: w('Em análise', 'In review'), APPROVED: w('Aprovado', 'Approved'), REJECTED: w('Reprovado', 'Rejected') },
  WorkWeather: { SUNNY: w('Ensolarado', 'Sunny'), CLOUDY: w('Nublado', 'Cloudy'), RAINY: w('Chuvoso', 'Rainy'), STORMY: w('Tempestade', 'Storm') },
  /** A development's document, as buyers look for it. */
  DocumentCategory: {
    OWNER_MANUAL: w('Manual do proprietário', 'Owner\'s manual'), SPECIFICATION: w('Memorial descritivo', 'Specification'), FLOOR_PLAN: w('Planta', 'Floor plan'),
    CONDOMINIUM_RULES: w('Convenção e regimento interno', 'Condominium rules'), WARRANTY: w('Termo de garantia', 'Warranty'), OTHER: w('Outro documento', 'Other document'),
  },
  /** R-CONTACT-2: a Fale Conosco message's status, as the customer reads it. */
  ContactStatus: {
    PENDING: w('Aguardando resposta', 'Awaiting a reply'), READ: w('Lida', 'Read'), NOTE: w('Observação', 'Note'),
    RESOLVED: w('Resolvida', 'Resolved'), CLOSED: w('Fechada', 'Closed'),
  },
  ScheduleTaskState: { NOT_STARTED: w('Não iniciada', 'Not started'), IN_PROGRESS: w('Em andamento', 'In progress'), DONE: w('Concluída', 'Finished') },
  /** Agendamentos: what a time is for (feminine in Portuguese sentences: "Vistoria agendada"). */
  AppointmentKind: { VISTORIA: w('Vistoria', 'Inspection'), KEY_HANDOVER: w('Entrega das chaves', 'Key handover') },
  AppointmentStatus: { BOOKED: w('Agendado', 'Booked'), CANCELLED: w('Cancelado', 'Cancelled') },
  SurveyQuestionKind: { SINGLE_CHOICE: w('Escolha única', 'Single choice'), SCALE: w('Nota de 1 a 5', 'Score from 1 to 5'), TEXT: w('Resposta escrita', 'Written answer') },
  /** R-OPS-3: what a consent is for, as the customer reads it next to its switch. */
  ConsentPurpose: {
    WHATSAPP: w('Mensagens pelo WhatsApp', 'WhatsApp messages'), MARKETING: w('Ofertas e novidades', 'Offers and news'),
    SURVEYS: w('Pesquisas de satisfação', 'Satisfaction surveys'), REFERRAL: w('Indique um amigo', 'Refer a friend'),
  },
  ConsentSource: { PORTAL: w('pelo portal', 'on the portal'), STAFF: w('pela equipe da incorporadora', 'by the developer\u2019s staff'), ERP: w('pelo sistema da incorporadora', 'by the developer\u2019s system'), CHANNEL: w('pelo próprio canal', 'through the channel itself') },
  DeletionRequestStatus: { PENDING: w('Pedido de exclusão em análise', 'Deletion request under review'), COMPLETED: w('Pedido de exclusão atendido', 'Deletion request carried out'), REFUSED: w('Pedido de exclusão recusado', 'Deletion request refused') },
  RetainedRecordKind: {
    CUSTOMER_DOCUMENT: w('CPF/CNPJ', 'CPF/CNPJ'), CONTRACT: w('Contrato', 'Contract'), INSTALLMENT: w('Parcela', 'Installment'),
    BILL: w('Boleto', 'Bill'), REQUEST: w('Atendimento ou assistência técnica', 'Service or assistance request'),
  },
} satisfies {
  ConsentPurpose: Record<ConsentPurpose, Words>;
  ConsentSource: Record<ConsentSource, Words>;
  DeletionRequestStatus: Record<DeletionRequestStatus, Words>;
  RetainedRecordKind: Record<RetainedRecordKind, Words>;
  CardBrand: Record<CardBrand, Words>;
  AccountKind: Record<AccountKind, Words>;
  CustomFieldType: Record<CustomFieldType, Words>;
  DataChangeStatus: Record<DataChangeStatus, Words>;
  FinanceRequestKind: Record<FinanceRequestKind, Words>;
  FinanceRequestStatus: Record<FinanceRequestStatus, Words>;
  InstallmentState: Record<InstallmentState, Words>;
  PaymentMethod: Record<PaymentMethod, Words>;
  PortalMenu: Record<PortalMenu, Words>;
  PendingDocumentationKind: Record<PendingDocumentationKind, Words>;
  RequestKind: Record<RequestKind, Words>;
  MessageAuthorKind: Record<MessageAuthorKind, Words>;
  MessageVisibility: Record<MessageVisibility, Words>;
  RequestTarget: Record<RequestTarget, Words>;
  SessionEventKind: Record<SessionEventKind, Words>;
  TokenDelivery: Record<TokenDelivery, Words>;
  WorkLogStatus: Record<WorkLogStatus, Words>;
  NotificationFrequency: Record<NotificationFrequency, Words>;
  NotificationChannel: Record<NotificationChannel, Words>;
  WorkWeather: Record<WorkWeather, Words>;
  ScheduleTaskState: Record<ScheduleTaskState, Words>;
  ContactStatus: Record<ContactStatus, Words>;
  DocumentCategory: Record<DocumentCategory, Words>;
  AppointmentKind: Record<AppointmentKind, Words>;
  AppointmentStatus: Record<AppointmentStatus, Words>;
  SurveyQuestionKind: Record<SurveyQuestionKind, Words>;
};

export type EnumName = keyof typeof ENUM_LABELS;

const OTHER = w('Outro', 'Other');

/** An enum value in words; a value this build does not know yet reads "Outro", never the code. */
export function enumLabel<E extends EnumName>(locale: Locale, name: E, value: keyof (typeof ENUM_LABELS)[E] | string | null | undefined): string {
  const labels = ENUM_LABELS[name] as Record<string, Words>;
  return (value != null && Object.hasOwn(labels, value) ? labels[value as string]! : OTHER)[locale];
}
