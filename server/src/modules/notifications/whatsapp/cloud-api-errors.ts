/**
 * The Cloud API's error codes Habite can meet, in words staff can act on (they read them in the
 * notification's error), and whether trying again can help (R-NOTIFY-3: a permanent error is
 * FAILED at once; a temporary one goes back to the queue, `retryAfterMs` being the hint).
 * Meta: branch on `code`, never on the HTTP status or the English title.
 * https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes
 */
export interface CloudApiErrorKind {
  permanent: boolean;
  /** What happened, in Portuguese, without the code (the caller adds it). */
  words: string;
  /** Temporary errors: how long to wait before the next attempt, when Meta's docs say. */
  retryAfterMs?: number;
}

const permanent = (words: string): CloudApiErrorKind => ({ permanent: true, words });
const temporary = (words: string, retryAfterMs?: number): CloudApiErrorKind => ({ permanent: false, words, retryAfterMs });

const ACCESS = 'o aplicativo não tem permissão para enviar mensagens por este número; confira as permissões (whatsapp_business_messaging) do token em WHATSAPP_ACCESS_TOKEN';

const KINDS: Record<number, CloudApiErrorKind> = {
  // Authorization: our configuration, not the person — staff must fix it, then requeue.
  0: permanent('não foi possível autenticar o aplicativo; gere um novo token de acesso (WHATSAPP_ACCESS_TOKEN)'),
  3: permanent(ACCESS),
  10: permanent(ACCESS),
  190: permanent('o token de acesso expirou ou foi revogado; gere um novo token (WHATSAPP_ACCESS_TOKEN)'),
  // Throttling: wait and try again.
  4: temporary('o aplicativo atingiu o limite de chamadas à API', 60_000),
  80007: temporary('a conta do WhatsApp Business atingiu o limite de chamadas', 60_000),
  130429: temporary('limite de envio por segundo do número atingido', 5_000),
  131048: temporary('envio limitado porque muitas mensagens deste número foram bloqueadas ou denunciadas como spam; confira a qualidade do número no WhatsApp Manager', 60 * 60_000),
  131056: temporary('muitas mensagens para a mesma pessoa em pouco tempo', 60_000),
  // Meta's side: try again.
  1: temporary('erro desconhecido na API do WhatsApp'),
  2: temporary('serviço do WhatsApp temporariamente indisponível'),
  131000: temporary('erro desconhecido no WhatsApp'),
  131016: temporary('serviço do WhatsApp temporariamente sobrecarregado'),
  131057: temporary('a conta do WhatsApp Business está em manutenção', 5 * 60_000),
  133004: temporary('servidor do WhatsApp temporariamente indisponível'),
  // The account or the number of the business.
  33: permanent('o número de telefone da empresa foi apagado ou o ID em WHATSAPP_PHONE_NUMBER_ID está errado'),
  368: permanent('a conta foi bloqueada temporariamente por violar as políticas do WhatsApp'),
  131031: permanent('a conta do WhatsApp Business está bloqueada; fale com o suporte da Meta'),
  131042: permanent('há um problema de pagamento na conta do WhatsApp Business'),
  131045: permanent('o número da empresa não está registrado corretamente (certificado)'),
  133010: permanent('o número da empresa não está registrado na API do WhatsApp'),
  // The request.
  100: permanent('parâmetro inválido na mensagem'),
  131008: permanent('falta um parâmetro obrigatório na mensagem'),
  131009: permanent('valor de parâmetro inválido na mensagem'),
  131051: permanent('tipo de mensagem não suportado'),
  // The person.
  131021: permanent('o destinatário é o próprio número da empresa'),
  131026: permanent('a mensagem não pôde ser entregue: o número não tem WhatsApp, a pessoa não aceitou os termos de uso mais recentes ou usa uma versão antiga do aplicativo'),
  131030: permanent('o número não está na lista de destinatários permitidos (número de teste da Meta)'),
  131047: permanent('passaram mais de 24 horas desde a última mensagem da pessoa; fora dessa janela só podem ser enviados modelos de mensagem aprovados'),
  131049: permanent('o WhatsApp não entregou a mensagem para preservar o engajamento da pessoa'),
  131050: permanent('a pessoa pediu para não receber mensagens de marketing desta empresa'),
  130472: permanent('o número da pessoa participa de um experimento do WhatsApp e não recebe esta mensagem'),
  // Templates.
  132000: permanent('o número de parâmetros não corresponde ao modelo de mensagem aprovado'),
  132001: permanent('modelo de mensagem não aprovado — não existe com este nome ou não foi aprovado em português do Brasil'),
  132005: permanent('o texto do modelo com os parâmetros ficou longo demais'),
  132007: permanent('o conteúdo viola as regras de formatação do modelo de mensagem'),
  132012: permanent('o formato de um parâmetro não corresponde ao modelo de mensagem'),
  132015: permanent('o modelo de mensagem foi pausado pela Meta por baixa qualidade'),
  132016: permanent('o modelo de mensagem foi desativado pela Meta'),
  132018: permanent('um parâmetro do modelo tem quebra de linha, tabulação ou espaços demais'),
  135000: permanent('a mensagem foi recusada por um erro nos dados enviados'),
};

/** What a code means, or null for one this table does not know. */
export function cloudApiErrorKind(code: number): CloudApiErrorKind | null {
  if (Object.hasOwn(KINDS, code)) return KINDS[code]!;
  if (code >= 200 && code <= 299) return KINDS[10]!;
  return null;
}

/** A delivery failure reported by the webhook, in words (the code goes beside it). */
export function failureWords(code: number | undefined, title: string | undefined): string {
  const kind = code === undefined ? null : cloudApiErrorKind(code);
  if (kind) return kind.words;
  return title ? `falha informada pelo WhatsApp: ${title}` : 'falha na entrega informada pelo WhatsApp';
}
