import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from '../logger.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The link the mail exists for, printed to the log only by the development mailbox. */
  link?: string;
  /** Files sent with it (the statement's PDF, R-FIN-4). */
  attachments?: { filename: string; content: Buffer; contentType: string }[];
  /** Extra headers (List-Unsubscribe, RFC 8058). */
  headers?: Record<string, string>;
}

export interface StoredMail extends OutgoingMail {
  id: number;
  at: Date;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId?: string } | void>;
  /** False when mail goes nowhere (no SMTP and no development mailbox). */
  readonly delivers: boolean;
  /** The development mailbox, when it is on (see `wantsDevMailbox`); null otherwise. */
  readonly mailbox: StoredMail[] | null;
  close(): void;
}

/**
 * Three ways, decided at start:
 * - `smtpUrl`: real SMTP through nodemailer; the log names the recipient and subject, never the link.
 * - `devMailbox`: a development mailbox that keeps the last 100 messages in memory (shown at
 *   `/dev/mailbox` to loopback callers), writes each one as an .eml file under `<dataDir>/mailbox/`,
 *   and logs its link. Only for the demo and `HABITE_DEV_MAILBOX=1`, never in production.
 * - neither: mail is not delivered; one warning at start, nothing about any message afterwards.
 */
export function createMailer(options: { smtpUrl?: string; devMailbox: boolean; from: string; dataDir: string; logger: Logger }): Mailer {
  const { smtpUrl, devMailbox, from, dataDir, logger } = options;
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpUrl);
    return {
      mailbox: null,
      delivers: true,
      async send(mail) {
        const info = await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, attachments: mail.attachments, headers: mail.headers });
        logger.info({ to: mail.to, subject: mail.subject }, 'mail sent');
        return { messageId: info.messageId };
      },
      close: () => transport.close(),
    };
  }
  if (!devMailbox) {
    logger.warn('mail is not delivered: SMTP_URL is unset and the development mailbox is off (set SMTP_URL; in development HABITE_DEV_MAILBOX=1)');
    return { mailbox: null, delivers: false, send: async () => {}, close: () => {} };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const mailbox: StoredMail[] = [];
  let next = 1;
  const folder = join(dataDir, 'mailbox');
  return {
    mailbox,
    delivers: true,
    async send(mail) {
      const info = await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, attachments: mail.attachments, headers: mail.headers });
      const stored: StoredMail = { ...mail, id: next++, at: new Date() };
      mailbox.unshift(stored);
      mailbox.length = Math.min(mailbox.length, 100);
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, `${stored.at.toISOString().replace(/[:.]/g, '-')}-${stored.id}.eml`), info.message as Buffer);
      logger.info({ to: mail.to, subject: mail.subject, link: mail.link }, 'mail kept in the development mailbox (/dev/mailbox)');
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
