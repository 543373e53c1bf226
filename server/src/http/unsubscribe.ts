import express, { type Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import type { Services } from '../services.js';

const page = (title: string, body: string) => `<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title></head><body style="font-family:system-ui,sans-serif;color:#1f2937;max-width:480px;margin:auto;padding:24px">${body}</body></html>`;

/**
 * R-NOTIFY-2: the unsubscribe link of every digest-type e-mail. RFC 8058: mail apps POST
 * `List-Unsubscribe=One-Click` to it, with no cookie and no confirmation; a person who opens the
 * link in a browser gets a page with one button (a GET never changes anything — link scanners
 * follow GETs). It turns e-mail notices off; the portal's "Notificações" page turns them back on.
 */
export function serveUnsubscribe(app: Express, deps: { orm: MikroORM; services: Services; logger: Logger }): void {
  const path = '/notificacoes/descadastrar';
  const accountOf = async (token: unknown) => (typeof token === 'string' ? deps.services.notifications.accountOfToken(deps.orm.em.fork(), token) : null);
  const invalid = page('Link inválido', '<h1>Link inválido</h1><p>Este link de descadastro não é válido. Você pode mudar suas preferências de aviso no portal, em "Notificações".</p>');

  app.get(path, async (req, res, next) => {
    try {
      const account = await accountOf(req.query.t);
      res.setHeader('Cache-Control', 'no-store');
      if (!account) return void res.status(404).type('html').send(invalid);
      const token = String(req.query.t).replace(/[^\w.-]/g, '');
      res.type('html').send(page('Parar de receber avisos por e-mail',
        `<h1>Parar de receber avisos por e-mail?</h1><p>Você não receberá mais avisos de boletos, atendimentos e obra por e-mail. Links de acesso e códigos continuam chegando quando você os pedir.</p>
<form method="post" action="${path}?t=${token}"><button type="submit" style="background:#0f5f8c;color:#fff;border:0;padding:12px 20px;border-radius:6px;font-size:16px">Parar de receber por e-mail</button></form>`));
    } catch (err) {
      next(err);
    }
  });

  app.post(path, express.urlencoded({ extended: false, limit: '1kb' }), async (req, res, next) => {
    try {
      const account = await accountOf(req.query.t);
      res.setHeader('Cache-Control', 'no-store');
      if (!account) return void res.status(404).type('html').send(invalid);
      await deps.services.notifications.unsubscribeEmail(deps.orm.em.fork(), account);
      deps.logger.info({ account }, 'e-mail notices turned off by the unsubscribe link');
      res.type('html').send(page('Pronto', '<h1>Pronto</h1><p>Você não receberá mais avisos por e-mail. Para voltar a receber, entre no portal e abra "Notificações".</p>'));
    } catch (err) {
      next(err);
    }
  });
}
