/**
 * The portal's one place for what codes mean in words (STYLE, "Words": never show a code a person
 * did not type): every schema enum the portal's generated types use, in pt-BR and English.
 * `__tests__/labels.test.ts` fails when an enum value has no label here.
 */
import type {
  AccountKind, CustomFieldType, DataChangeStatus, FinanceRequestKind, FinanceRequestStatus, InstallmentState, PaymentMethod, PortalMenu, RequestKind, RequestTarget, SessionEventKind, TokenDelivery,
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
    DELIVERY_FORECAST: w('Previsão de entrega', 'Delivery forecast'),
    SYNDIC_ACCESS: w('Acesso do síndico', 'Syndic access'),
    LOCATION: w('Local da unidade', 'Place in the unit'),
    COMMON_AREA: w('Área comum', 'Common area'),
  },
  /** Singular, as on a choice (STYLE glossary); the menus are PortalMenu. */
  RequestKind: { SERVICE: w('Atendimento', 'Service request'), ASSISTANCE: w('Assistência técnica', 'Technical assistance') },
  RequestTarget: { UNIT: w('Unidade', 'Unit'), COMMON_AREA: w('Área comum', 'Common area') },
  SessionEventKind: { LOGIN_DEACTIVATED: w('Acesso desativado', 'Access deactivated'), SIGNED_OUT: w('Sessão encerrada', 'Signed out') },
  TokenDelivery: { COOKIE: w('Cookie do navegador', 'Browser cookie'), BEARER: w('Token de acesso (API)', 'Access token (API)') },
} satisfies {
  CardBrand: Record<CardBrand, Words>;
  AccountKind: Record<AccountKind, Words>;
  CustomFieldType: Record<CustomFieldType, Words>;
  DataChangeStatus: Record<DataChangeStatus, Words>;
  FinanceRequestKind: Record<FinanceRequestKind, Words>;
  FinanceRequestStatus: Record<FinanceRequestStatus, Words>;
  InstallmentState: Record<InstallmentState, Words>;
  PaymentMethod: Record<PaymentMethod, Words>;
  PortalMenu: Record<PortalMenu, Words>;
  RequestKind: Record<RequestKind, Words>;
  RequestTarget: Record<RequestTarget, Words>;
  SessionEventKind: Record<SessionEventKind, Words>;
  TokenDelivery: Record<TokenDelivery, Words>;
};

export type EnumName = keyof typeof ENUM_LABELS;

const OTHER = w('Outro', 'Other');

/** An enum value in words; a value this build does not know yet reads "Outro", never the code. */
export function enumLabel<E extends EnumName>(locale: Locale, name: E, value: keyof (typeof ENUM_LABELS)[E] | string | null | undefined): string {
  const labels = ENUM_LABELS[name] as Record<string, Words>;
  return (value != null && Object.hasOwn(labels, value) ? labels[value as string]! : OTHER)[locale];
}
