import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../domain-errors.js';
import { mailHtml } from '../notifications/notices.js';
import type { NoticeContent } from '../notifications/notification.entity.js';
import { oneTimeCodeWhatsApp } from '../notifications/notices.js';

/** R-AUTH-8: wrong tries a code takes before it is dead. */
export const CODE_ATTEMPTS = 5;

export class InvalidCodeError extends DomainError {
  constructor() {
    super('INVALID_CODE', 'Código incorreto, já usado ou vencido. Confira os 6 dígitos ou peça um novo código.', { field: 'oneTimeCode' });
  }
}

/** Six random digits. */
export const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** The stored form of a code: an HMAC with its own random salt (six digits alone would be read back from a plain hash at once). */
export function hashCode(code: string, salt = randomBytes(16).toString('base64url')): { hash: string; salt: string } {
  return { hash: createHmac('sha256', salt).update(code).digest('base64url'), salt };
}

export function codeMatches(code: string, stored: { codeHash: string; salt: string }): boolean {
  const given = Buffer.from(hashCode(code, stored.salt).hash);
  const expected = Buffer.from(stored.codeHash);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The code's notice: an e-mail, or the WhatsApp authentication template (the code alone). */
export function codeNotice(args: { name: string; portalName: string; code: string; minutes: number }): NoticeContent {
  const title = `Seu código de acesso: ${args.code}`;
  const intro = `Olá, ${args.name}! Use este código para entrar no portal ${args.portalName}:`;
  const footer = `Ele vale por ${args.minutes} minutos e só pode ser usado uma vez. Se você não pediu, ignore esta mensagem: ninguém entra sem o código.`;
  return {
    subject: title,
    text: `${intro}\n\n${args.code}\n\n${footer}\n`,
    html: mailHtml(title, [intro], null, [`<span style="font-size:28px;letter-spacing:6px;font-weight:bold;color:#1f2937">${args.code}</span>`, footer]),
    whatsapp: oneTimeCodeWhatsApp(args.code),
  };
}
