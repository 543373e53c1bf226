import { NotificationKind } from '../notification.enums.js';
import { TEMPLATE_LANGUAGE } from './protocol.js';

/**
 * R-NOTIFY-1, R-NOTIFY-4: Habite's WhatsApp message templates, as submitted to Meta for approval
 * (WhatsApp Manager, or `POST /{waba-id}/message_templates` with `templateCreationRequest`).
 * Outside the 24-hour window a business may only send approved templates; the body is fixed and
 * only the {{1}}…{{n}} parameters change (notices.ts fills them, in this order).
 *
 * Meta's rules the bodies follow (templates.test.ts checks them): parameters numbered from 1
 * without gaps, none at the very start or end of the body nor two side by side, at most 1,024
 * characters. Parameter values may not hold line breaks or tabs (the channel flattens them).
 * The portal's own name is not in the text: one approved template serves every incorporadora.
 */
export type TemplateCategory = 'UTILITY' | 'AUTHENTICATION';

export interface WhatsAppTemplate {
  name: string;
  category: TemplateCategory;
  language: typeof TEMPLATE_LANGUAGE;
  /** The approved body; for AUTHENTICATION, Meta's preset text in pt_BR (not ours to write). */
  body: string;
  /** How many body parameters ({{1}}…{{n}}). */
  params: number;
  /** Sample values Meta asks for with the submission, one per parameter. */
  example: readonly string[];
  footer?: string;
  /** AUTHENTICATION: the copy-code button; its URL parameter repeats the code when sent. */
  copyCode?: { buttonText: string; expirationMinutes: number };
}

export const TEMPLATES = {
  habite_boletos: {
    name: 'habite_boletos',
    category: 'UTILITY',
    language: TEMPLATE_LANGUAGE,
    body: 'Olá, {{1}}! Lembrete dos seus boletos — {{2}}.\n\nAcesse {{3}} para ver e pagar: linha digitável, PIX copia e cola ou 2ª via.',
    params: 3,
    example: ['Ana', 'vence hoje: R$ 1.234,56 (Torre A, apto 101)', 'https://portal.exemplo.com.br/boletos'],
  },
  habite_atendimento_status: {
    name: 'habite_atendimento_status',
    category: 'UTILITY',
    language: TEMPLATE_LANGUAGE,
    body: 'Olá, {{1}}! Seu atendimento (Protocolo nº {{2}}) tem uma nova situação: {{3}}.\n\nAcesse {{4}} para ver os detalhes ou responder.',
    params: 4,
    example: ['Ana', '123', 'Em andamento', 'https://portal.exemplo.com.br/atendimentos/123'],
  },
  habite_atendimento_resposta: {
    name: 'habite_atendimento_resposta',
    category: 'UTILITY',
    language: TEMPLATE_LANGUAGE,
    body: 'Olá, {{1}}! Há uma nova resposta da equipe no seu atendimento (Protocolo nº {{2}}).\n\nAcesse {{3}} para ler e responder.',
    params: 3,
    example: ['Ana', '123', 'https://portal.exemplo.com.br/atendimentos/123'],
  },
  habite_diario_obra: {
    name: 'habite_diario_obra',
    category: 'UTILITY',
    language: TEMPLATE_LANGUAGE,
    body: 'Olá, {{1}}! Há um novo registro no diário de obra do empreendimento {{2}}, do dia {{3}}.\n\nAcesse {{4}} para ver as fotos e o andamento.',
    params: 4,
    example: ['Ana', 'Residencial Jardim das Flores', '31/03/2027', 'https://portal.exemplo.com.br/obra'],
  },
  habite_agendamento_confirmado: {
    name: 'habite_agendamento_confirmado',
    category: 'UTILITY',
    language: TEMPLATE_LANGUAGE,
    body: 'Olá, {{1}}! Seu agendamento de {{2}} da unidade {{3}} está confirmado para {{4}}.\n\nSe precisar remarcar ou cancelar, faça isso pelo portal.',
    params: 4,
    example: ['Ana', 'vistoria de entrega', 'Torre A, apto 101', '31/03/2027 às 14h'],
  },
  habite_agendamento_lembrete: {
    name: 'habite_agendamento_lembrete',
    category: 'UTILITY',
    language: TEMPLATE_LANGUAGE,
    body: 'Olá, {{1}}! Lembrete: seu agendamento de {{2}} da unidade {{3}} está marcado para {{4}}.\n\nSe não puder comparecer, cancele pelo portal para liberar o horário.',
    params: 4,
    example: ['Ana', 'vistoria de entrega', 'Torre A, apto 101', '31/03/2027 às 14h'],
  },
  // Meta writes an authentication template's text itself (preset body with the security notice,
  // expiry footer, copy-code button); a custom text would not be approved. The code (R-AUTH-8)
  // must stay valid for the minutes the footer promises.
  habite_codigo_acesso: {
    name: 'habite_codigo_acesso',
    category: 'AUTHENTICATION',
    language: TEMPLATE_LANGUAGE,
    body: '*{{1}}* é seu código de verificação. Para sua segurança, não compartilhe este código.',
    params: 1,
    example: ['482913'],
    footer: 'Este código expira em 10 minutos.',
    copyCode: { buttonText: 'Copiar código', expirationMinutes: 10 },
  },
} as const satisfies Record<string, WhatsAppTemplate>;

export type TemplateName = keyof typeof TEMPLATES;

/** What the dispatcher needs to send a notice kind on WhatsApp. */
export interface TemplateRef {
  name: TemplateName;
  params: number;
}

const ref = (name: TemplateName): TemplateRef => ({ name, params: TEMPLATES[name].params });

/**
 * The template of each notice kind, or null: that kind does not go by WhatsApp (a sign-in link,
 * an invitation or a statement with its PDF go by e-mail only). Every kind is listed, so a new
 * kind does not compile until someone decides.
 */
export const WHATSAPP_TEMPLATES: Readonly<Record<NotificationKind, TemplateRef | null>> = {
  [NotificationKind.BILLS_DIGEST]: ref('habite_boletos'),
  [NotificationKind.REQUEST_STATUS]: ref('habite_atendimento_status'),
  [NotificationKind.REQUEST_REPLY]: ref('habite_atendimento_resposta'),
  [NotificationKind.WORK_LOG_ENTRY]: ref('habite_diario_obra'),
  [NotificationKind.BOOKING_CONFIRMED]: ref('habite_agendamento_confirmado'),
  [NotificationKind.BOOKING_REMINDER]: ref('habite_agendamento_lembrete'),
  [NotificationKind.ONE_TIME_CODE]: ref('habite_codigo_acesso'),
  [NotificationKind.INVITATION]: null,
  [NotificationKind.MAGIC_LINK]: null,
  [NotificationKind.STATEMENT]: null,
};

export function templateNamed(name: string): WhatsAppTemplate | undefined {
  return Object.hasOwn(TEMPLATES, name) ? TEMPLATES[name as TemplateName] : undefined;
}

/** The text the person reads: the body with its parameters in place (and the footer). */
export function renderTemplate(template: WhatsAppTemplate, params: readonly string[]): string {
  const body = template.body.replace(/\{\{(\d+)\}\}/g, (whole, n: string) => params[Number(n) - 1] ?? whole);
  return template.footer ? `${body}\n\n${template.footer}` : body;
}

/** The body of `POST /{version}/{waba-id}/message_templates` that submits a template for approval. */
export function templateCreationRequest(template: WhatsAppTemplate): Record<string, unknown> {
  if (template.category === 'AUTHENTICATION') {
    return {
      name: template.name,
      language: template.language,
      category: 'AUTHENTICATION',
      components: [
        { type: 'BODY', add_security_recommendation: true },
        { type: 'FOOTER', code_expiration_minutes: template.copyCode?.expirationMinutes },
        { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: template.copyCode?.buttonText }] },
      ],
    };
  }
  return {
    name: template.name,
    language: template.language,
    category: template.category,
    components: [{ type: 'BODY', text: template.body, example: { body_text: [template.example] } }],
  };
}
