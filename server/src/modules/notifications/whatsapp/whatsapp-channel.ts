import type { WhatsAppConfig } from '../../../config.js';
import type { Logger } from '../../../logger.js';
import { ChannelError, type ChannelAdapter, type ChannelResult, type OutgoingNotice, type Recipient } from '../channel.js';
import { NotificationChannel } from '../notification.enums.js';
import { cloudApiErrorKind } from './cloud-api-errors.js';
import { TEMPLATE_LANGUAGE, type MessageRequest, type MessageResponse, type TemplateComponent } from './protocol.js';
import { templateNamed } from './templates.js';
import { whatsappNumber } from './whatsapp-number.js';

export interface WhatsAppChannelOptions extends Pick<WhatsAppConfig, 'apiUrl' | 'apiVersion' | 'phoneNumberId' | 'accessToken'> {
  /** For the whole exchange, answer included; 15 s when not given. */
  timeoutMs?: number;
  /** Our own misconfiguration (token, permissions, phone number ID) is logged, code only. */
  logger?: Logger;
}

/** The longest free-form text WhatsApp takes. */
const TEXT_MAX = 4096;

/**
 * R-NOTIFY-1, R-NOTIFY-2: notices on WhatsApp through Meta's Cloud API (protocol.ts). A notice
 * goes as its approved template (`notice.whatsapp`: name and body parameters, pt_BR); a notice
 * without one goes as free-form text, which WhatsApp delivers only inside the 24-hour customer
 * service window (outside it: 131047, permanent). The answer's `wa_id` is what the number
 * resolved to — kept by the dispatcher and used next time (`recipient.waId`).
 *
 * Errors become ChannelErrors in Portuguese (cloud-api-errors.ts says which are permanent).
 * A timeout or a dropped connection is temporary: the queue tries again, so in that rare case
 * the person may get the message twice (the Cloud API has no idempotency key).
 */
export class WhatsAppChannel implements ChannelAdapter {
  readonly channel = NotificationChannel.WHATSAPP;
  private readonly endpoint: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: WhatsAppChannelOptions) {
    this.endpoint = `${options.apiUrl.replace(/\/+$/, '')}/${options.apiVersion}/${options.phoneNumberId}/messages`;
    this.timeoutMs = options.timeoutMs ?? 15_000;
  }

  async send(notice: OutgoingNotice): Promise<ChannelResult> {
    const to = destination(notice.recipient);
    if (notice.whatsapp) return this.post(templateRequest(to, notice.whatsapp.template, notice.whatsapp.params));
    const body = [notice.text.trim(), notice.link && !notice.text.includes(notice.link) ? notice.link : null].filter(Boolean).join('\n\n');
    return this.post(textRequest(to, body, Boolean(notice.link)));
  }

  /** A free-form reply (inside the 24-hour window, e.g. confirming a "PARAR"): to a person, or to a wa_id. */
  async sendText(to: Recipient | string, body: string, options: { previewUrl?: boolean } = {}): Promise<ChannelResult> {
    return this.post(textRequest(typeof to === 'string' ? to : destination(to), body, options.previewUrl ?? false));
  }

  private async post(request: MessageRequest): Promise<ChannelResult> {
    let response: Response;
    let text: string;
    try {
      response = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${this.options.accessToken}` },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      const timedOut = (error as { name?: string } | null)?.name === 'TimeoutError';
      throw new ChannelError(
        timedOut ? 'O WhatsApp não respondeu a tempo; nova tentativa automática.' : 'Não foi possível falar com o WhatsApp (falha de rede); nova tentativa automática.',
        false,
        timedOut ? 'timeout' : 'network',
      );
    }
    const body = parsed(text);
    if (response.ok) {
      const answer = body as Partial<MessageResponse> | null;
      const id = answer?.messages?.[0]?.id;
      // Accepted but unreadable: sending again could deliver it twice, so it is not retried.
      if (typeof id !== 'string' || !id) throw new ChannelError('O WhatsApp aceitou o pedido, mas a resposta veio sem o identificador da mensagem.', true, 'bad_response');
      const waId = answer?.contacts?.[0]?.wa_id;
      return { providerMessageId: id, ...(typeof waId === 'string' && waId ? { waId } : {}) };
    }
    throw this.refusal(response, body);
  }

  private refusal(response: Response, body: unknown): ChannelError {
    const error = (body as { error?: { code?: unknown; error_subcode?: unknown; message?: unknown; error_data?: { details?: unknown } } } | null)?.error;
    const code = typeof error?.code === 'number' ? error.code : null;
    const hint = retryAfter(response.headers.get('retry-after'));
    // 100 with subcode 33: the phone number ID does not exist (or the token cannot see it).
    const meaning = code === 100 && error?.error_subcode === 33 ? 33 : code;
    const kind = meaning === null ? null : cloudApiErrorKind(meaning);
    if (meaning !== null && (meaning === 0 || meaning === 190 || meaning === 3 || meaning === 10 || meaning === 33 || (meaning >= 200 && meaning <= 299))) {
      this.options.logger?.error({ channel: 'whatsapp', code, status: response.status }, 'WhatsApp Cloud API refused our credentials or phone number ID');
    }
    if (kind && code !== null) {
      return kind.permanent
        ? new ChannelError(`O WhatsApp recusou: ${kind.words} (${code}).`, true, String(code))
        : new ChannelError(`O WhatsApp não aceitou agora: ${kind.words} (${code}); nova tentativa automática.`, false, String(code), hint ?? kind.retryAfterMs);
    }
    const temporary = response.status === 429 || response.status >= 500;
    const details = typeof error?.error_data?.details === 'string' ? error.error_data.details : typeof error?.message === 'string' ? error.message : null;
    const what = `${details ? `erro não catalogado: ${details.slice(0, 300)}` : `resposta HTTP ${response.status}`}`;
    const tag = code !== null ? String(code) : `http_${response.status}`;
    if (response.status === 401 || response.status === 403) {
      this.options.logger?.error({ channel: 'whatsapp', code, status: response.status }, 'WhatsApp Cloud API refused our credentials');
      return new ChannelError(`O WhatsApp recusou o acesso: confira o token (WHATSAPP_ACCESS_TOKEN) e o número (WHATSAPP_PHONE_NUMBER_ID) — ${what} (${tag}).`, true, tag);
    }
    return temporary
      ? new ChannelError(`O WhatsApp não aceitou agora: ${what} (${tag}); nova tentativa automática.`, false, tag, hint)
      : new ChannelError(`O WhatsApp recusou: ${what} (${tag}).`, true, tag);
  }
}

/** Where to send: the wa_id WhatsApp gave last time, else the cadastro's mobile. No mobile: permanent (the dispatcher skips such people first). */
function destination(recipient: Recipient): string {
  if (recipient.waId) return recipient.waId;
  const phone = recipient.phone;
  // The dispatcher passes E.164 digits (55…); a phone as typed in a cadastro is normalised too.
  const to = phone ? whatsappNumber(/^[1-9]\d{11,14}$/.test(phone) ? `+${phone}` : phone) : null;
  if (!to) throw new ChannelError('Sem celular válido no cadastro para o WhatsApp.', true, 'no_number');
  return to;
}

/**
 * Meta refuses a parameter with a line break, a tab or more than four spaces in a row (132018),
 * and an empty one: the value is put on one line, and a dash stands for nothing.
 */
function parameter(value: string): { type: 'text'; text: string } {
  const text = value.replace(/\s*[\r\n\t]+\s*/g, ' · ').replace(/ {2,}/g, ' ').trim();
  return { type: 'text', text: text || '—' };
}

function templateRequest(to: string, name: string, params: readonly string[]): MessageRequest {
  const components: TemplateComponent[] = [{ type: 'body', parameters: params.map(parameter) }];
  // An authentication template's copy-code button carries the code too (Meta's "url" button, index 0).
  if (templateNamed(name)?.copyCode && params[0] !== undefined) components.push({ type: 'button', sub_type: 'url', index: '0', parameters: [parameter(params[0])] });
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to,
    type: 'template',
    template: { name, language: { code: TEMPLATE_LANGUAGE }, components },
  };
}

function textRequest(to: string, body: string, previewUrl: boolean): MessageRequest {
  const text = body.length > TEXT_MAX ? `${body.slice(0, TEXT_MAX - 1)}…` : body;
  return { messaging_product: 'whatsapp', recipient_type: 'individual', to, type: 'text', text: { body: text, preview_url: previewUrl } };
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A Retry-After header (seconds, or an HTTP date) in milliseconds. */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
