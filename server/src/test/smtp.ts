import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/** A real SMTP server in the test process: the app talks SMTP to it, the test reads what arrived. */
export class SmtpCapture {
  readonly received: ReceivedMail[] = [];
  private waiters: (() => void)[] = [];
  private server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          const to = [mail.to].flat().flatMap((a) => a?.value.map((v) => v.address ?? '') ?? []);
          this.received.push({ to, subject: mail.subject ?? '', text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '' });
          for (const wake of this.waiters.splice(0)) wake();
          callback();
        })
        .catch(callback);
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}?ignoreTLS=true`;
  }

  /**
   * The next mail to `to` whose subject matches, waiting up to `ms` for it to arrive. The server
   * answers a mutation only after the SMTP exchange, so a short wait is enough to prove a negative.
   */
  async waitFor(to: string, subject: RegExp = /.*/, ms = 5000): Promise<ReceivedMail> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.received.find((m) => m.to.includes(to) && subject.test(m.subject));
      if (found) {
        this.received.splice(this.received.indexOf(found), 1);
        return found;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no mail to ${to} matching ${subject} within ${ms} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, left);
      });
    }
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The first link in a mail's text whose path matches. */
export function linkIn(mail: ReceivedMail, path: RegExp): URL {
  const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
  const link = links.map((l) => new URL(l)).find((u) => path.test(u.pathname));
  if (!link) throw new Error(`no link matching ${path} in: ${mail.text}`);
  return link;
}
