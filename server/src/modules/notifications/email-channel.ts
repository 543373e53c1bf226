import type { Mailer } from '../../mail/mailer.js';
import { ChannelError, type ChannelAdapter, type ChannelResult, type OutgoingNotice } from './channel.js';
import { NotificationChannel } from './notification.enums.js';

/** E-mail through the mailer (SMTP, or the development mailbox). SMTP 5xx answers are permanent; the rest is retried. */
export class EmailChannel implements ChannelAdapter {
  readonly channel = NotificationChannel.EMAIL;

  constructor(private readonly mailer: Mailer) {}

  async send(notice: OutgoingNotice): Promise<ChannelResult> {
    const to = notice.recipient.email;
    if (!to) throw new ChannelError('Sem e-mail no cadastro.', true);
    try {
      const info = await this.mailer.send({ to, subject: notice.subject, text: notice.text, html: notice.html, link: notice.link, headers: notice.headers, attachments: notice.attachments });
      return { providerMessageId: info?.messageId };
    } catch (err) {
      const code = (err as { responseCode?: number }).responseCode;
      if (code && code >= 500) throw new ChannelError(`O servidor de e-mail recusou a mensagem (${code}): ${(err as Error).message}`, true, String(code));
      throw new ChannelError(`O servidor de e-mail não respondeu: ${(err as Error).message}`, false, code ? String(code) : undefined);
    }
  }
}
