import type { Express } from 'express';
import type { StoredMail } from '../mail/mailer.js';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The development mailbox (no SMTP_URL): the last messages "sent", readable in the browser. */
export function serveDevMailbox(app: Express, mailbox: StoredMail[]): void {
  app.get('/dev/mailbox.json', (_req, res) => {
    res.json(mailbox.map(({ id, at, to, subject, text, link }) => ({ id, at, to, subject, text, link })));
  });
  app.get('/dev/mailbox', (_req, res) => {
    const rows = mailbox
      .map((m) => `<article><h2>${escape(m.subject)}</h2><p>Para: ${escape(m.to)} — ${m.at.toLocaleString('pt-BR', { timeZone: 'America/Sao_Paulo' })}</p>`
        + `${m.link ? `<p><a href="${escape(m.link)}">${escape(m.link)}</a></p>` : ''}<pre>${escape(m.text)}</pre></article>`)
      .join('<hr>');
    res.type('html').send(`<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><title>Caixa de e-mails de desenvolvimento</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>body{font-family:system-ui,sans-serif;max-width:760px;margin:auto;padding:16px}pre{white-space:pre-wrap}</style></head>
<body><h1>Caixa de e-mails de desenvolvimento</h1><p>Sem SMTP_URL, os e-mails do Habite ficam aqui (os 100 mais recentes). Recarregue para ver novos.</p>
${rows || '<p>Nenhum e-mail ainda.</p>'}</body></html>`);
  });
}
