import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string | undefined; contentType: string; content: Buffer }[];
  /** Every header as its raw text, by lower-case name. */
  headers: Record<string, string>;
}

/** A real SMTP server in the test process: the app talks SMTP to it, the test reads what arrived. */
export class SmtpCapture {
  readonly received: ReceivedMail[] = [];
  private waiters: (() => void)[] = [];
  /** While held, a message that arrives is not acknowledged (nor received) until `release`. */
  private gate: { promise: Promise<void>; release: () => void; arrived: number } | null = null;
  private server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      const gate = this.gate;
      simpleParser(stream)
        .then(async (mail) => {
          if (gate) {
            gate.arrived += 1;
            for (const wake of this.waiters.splice(0)) wake();
            await gate.promise;
          }
          const to = [mail.to].flat().flatMap((a) => a?.value.map((v) => v.address ?? '') ?? []);
          this.received.push({
            to, subject: mail.subject ?? '', text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '',
            attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
            headers: Object.fromEntries(mail.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).trim()])),
          });
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
   * Holds the SMTP answer to every message from now on: the sender waits after sending its data,
   * as with a slow mail server, until `release()`. `arrived()` counts the messages waiting.
   */
  hold(): { arrived(): number; waitForArrival(ms?: number): Promise<void>; release(): void } {
    let release!: () => void;
    const promise = new Promise<void>((resolve) => (release = resolve));
    const gate = { promise, release, arrived: 0 };
    this.gate = gate;
    return {
      arrived: () => gate.arrived,
      waitForArrival: async (ms = 5000) => {
        const deadline = Date.now() + ms;
        while (gate.arrived === 0) {
          const left = deadline - Date.now();
          if (left <= 0) throw new Error(`no message reached the SMTP server within ${ms} ms`);
          await new Promise<void>((resolve) => {
            this.waiters.push(resolve);
            setTimeout(resolve, left);
          });
        }
      },
      release: () => {
        if (this.gate === gate) this.gate = null;
        gate.release();
      },
    };
  }

  /**
   * The next mail to `to` whose subject matches, waiting up to `ms` for it to arrive. The server
   * sends right after it answers (magic links) or before (invitations), so a short wait is enough
   * to prove a negative.
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
