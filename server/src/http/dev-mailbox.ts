import type { Express, NextFunction, Request, Response } from 'express';
import type { StoredMail } from '../mail/mailer.js';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (::ffff:127.0.0.1). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.toLowerCase().replace(/^::ffff:/, '');
  return plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}

/**
 * The socket's own peer, never X-Forwarded-For (not even with TRUST_PROXY): a proxy on this
 * machine would make every caller loopback, and a header is whatever the caller writes. Anyone
 * else gets the same 404 as when there is no mailbox at all.
 */
function loopbackOnly(req: Request, _res: Response, next: NextFunction): void {
  next(isLoopback(req.socket.remoteAddress) ? undefined : 'route');
}

/** The development mailbox (see `wantsDevMailbox`): the last messages "sent", readable in a browser on this machine. */
export function serveDevMailbox(app: Express, mailbox: StoredMail[]): void {
  app.get('/dev/mailbox.json', loopbackOnly, (_req, res) => {
    res.json(mailbox.map(({ id, at, to, subject, text, link }) => ({ id, at, to, subject, text, link })));
  });
  app.get('/dev/mailbox', loopbackOnly, (_req, res) => {
    const rows = mailbox
      .map((m) => `<article><h2>${escape(m.subject)}</h2><p>Para: ${escape(m.to)} — ${m.at.toLocaleString('pt-BR', { timeZone: 'America/Sao_Paulo' })}</p>`
        + `${m.link ? `<p><a href="${escape(m.link)}">${escape(m.link)}</a></p>` : ''}<pre>${escape(m.text)}</pre></article>`)
      .join('<hr>');
    res.type('html').send(`<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><title>Caixa de e-mails de desenvolvimento</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>body{font-family:system-ui,sans-serif;max-width:760px;margin:auto;padding:16px}pre{white-space:pre-wrap}</style></head>
<body><h1>Caixa de e-mails de desenvolvimento</h1><p>Na demonstração (ou com HABITE_DEV_MAILBOX=1) e sem SMTP_URL, os e-mails do Habite ficam aqui (os 100 mais recentes), só para quem abre nesta máquina. Recarregue para ver novos.</p>
${rows || '<p>Nenhum e-mail ainda.</p>'}</body></html>`);
  });
}
