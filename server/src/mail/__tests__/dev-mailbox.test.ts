import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wantsDevMailbox } from '../../config.js';
import { isLoopback } from '../../http/dev-mailbox.js';
import { AccountToken } from '../../modules/auth/account-token.entity.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { World } from '../../test/world.js';

const REQUEST_LINK = `mutation($input: RequestMagicLinkInput!) { requestMagicLink(input: $input) }`;

/** A GET over node:http, from this machine to `host` (a loopback or a non-loopback address of it). */
function get(host: string, port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** An IPv4 address of this machine that is not loopback, when it has one. */
const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

async function withServer(start: () => Promise<TestServer>, body: (server: TestServer) => Promise<void>) {
  const server = await start();
  try {
    await body(server);
  } finally {
    await server.stop();
  }
}

/** Polls the mailbox (from loopback) until a mail to `to` is in it. */
async function mailboxHas(server: TestServer, to: string) {
  for (let i = 0; i < 50; i++) {
    const { body } = await get('127.0.0.1', server.port, '/dev/mailbox.json');
    // The magic link's mail (the demo's first start also sends the day's bills digest).
    const mail = (JSON.parse(body) as { to: string; link?: string }[]).find((m) => m.to === to && m.link?.includes('/entrar/link'));
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail to ${to} in the development mailbox`);
}

describe('R-AUTH-3: the development mailbox exists only for the demo or HABITE_DEV_MAILBOX, on loopback, never in production', () => {
  it('R-AUTH-3: by default (no SMTP, no demo, no switch) there is no mailbox: 404, no .eml file, no link in the log, one warning at start', async () => {
    await withServer(() => startTestServer({}, { smtp: false }), async (server) => {
      expect(server.mailer.mailbox).toBeNull();
      const world = await World.create(server);
      const ana = await world.customer();
      const client = server.client({ app: 'client', headers: world.headers });
      for (let i = 0; i < 2; i++) expect(await client.ok(REQUEST_LINK, { input: { email: ana.account.email } })).toEqual({ requestMagicLink: true });
      // The link was made (and would have been sent)…
      expect(await server.em().count(AccountToken, { account: ana.account.id })).toBe(2);
      // …but nobody can read it here.
      expect((await get('127.0.0.1', server.port, '/dev/mailbox')).status).toBe(404);
      expect((await get('127.0.0.1', server.port, '/dev/mailbox.json')).status).toBe(404);
      expect(existsSync(join(server.config.dataDir, 'mailbox'))).toBe(false);
      expect(server.logs.filter((l) => JSON.stringify(l).includes('/entrar/link'))).toEqual([]);
      const warnings = server.logs.filter((l) => l.level === 40 && String(l.msg).includes('mail is not delivered'));
      expect(warnings).toHaveLength(1);
      expect(server.smtp.received).toEqual([]);
    });
  });

  it('R-AUTH-3: with the demo (no SMTP) it holds the magic link for a caller on loopback, also as .eml, whatever X-Forwarded-For says', async () => {
    await withServer(() => startTestServer({ demo: true, host: '0.0.0.0', trustProxy: true }, { smtp: false }), async (server) => {
      await server.client({ app: 'client' }).ok(REQUEST_LINK, { input: { email: 'ana@cliente.demo' } });
      const mail = await mailboxHas(server, 'ana@cliente.demo');
      expect(mail.link).toMatch(/\/entrar\/link\?token=/);
      const page = await get('127.0.0.1', server.port, '/dev/mailbox', { 'x-forwarded-for': '203.0.113.9' });
      expect(page).toMatchObject({ status: 200 });
      expect(page.body).toContain('Caixa de e-mails de desenvolvimento');
      expect(page.body).toContain(mail.link!.replace(/&/g, '&amp;'));
      expect((await get('localhost', server.port, '/dev/mailbox.json')).status).toBe(200);
      expect(existsSync(join(server.config.dataDir, 'mailbox'))).toBe(true);
    });
  });

  it.skipIf(!external)('R-AUTH-3: the mailbox answers a non-loopback address with 404, even when X-Forwarded-For says 127.0.0.1 behind TRUST_PROXY', async () => {
    await withServer(() => startTestServer({ demo: true, host: '0.0.0.0', trustProxy: true }, { smtp: false }), async (server) => {
      await server.client({ app: 'client' }).ok(REQUEST_LINK, { input: { email: 'ana@cliente.demo' } });
      await mailboxHas(server, 'ana@cliente.demo');
      for (const path of ['/dev/mailbox', '/dev/mailbox.json']) {
        const answer = await get(external!, server.port, path, { 'x-forwarded-for': '127.0.0.1' });
        expect(answer.status, path).toBe(404);
        expect(answer.body, path).not.toContain('ana@cliente.demo');
      }
      // The same server still answers that address otherwise: only the mailbox is refused.
      expect((await get(external!, server.port, '/healthz')).status).toBe(200);
    });
  });

  it('R-AUTH-3: HABITE_DEV_MAILBOX=1 asks for the mailbox without the demo', async () => {
    await withServer(() => startTestServer({ devMailbox: true }, { smtp: false }), async (server) => {
      const world = await World.create(server);
      const ana = await world.customer();
      await server.client({ app: 'client', headers: world.headers }).ok(REQUEST_LINK, { input: { email: ana.account.email } });
      expect((await mailboxHas(server, ana.account.email)).link).toMatch(/\/entrar\/link\?token=/);
    });
  });

  it('R-AUTH-3: under NODE_ENV=production there is no mailbox even with the demo and the switch: mail goes over SMTP', async () => {
    await withServer(() => startTestServer({ production: true, demo: true, devMailbox: true }), async (server) => {
      expect(server.mailer.mailbox).toBeNull();
      await server.client({ app: 'client' }).ok(REQUEST_LINK, { input: { email: 'ana@cliente.demo' } });
      await server.smtp.waitFor('ana@cliente.demo', /link de acesso/);
      expect((await get('127.0.0.1', server.port, '/dev/mailbox')).status).toBe(404);
      expect((await get('127.0.0.1', server.port, '/dev/mailbox.json')).status).toBe(404);
      expect(existsSync(join(server.config.dataDir, 'mailbox'))).toBe(false);
      expect(server.logs.filter((l) => JSON.stringify(l).includes('/entrar/link'))).toEqual([]);
    });
  });

  it('R-AUTH-3: who gets a mailbox, and what counts as loopback', () => {
    const base = { production: false, smtpUrl: undefined, demo: false, devMailbox: false };
    expect(wantsDevMailbox(base)).toBe(false);
    expect(wantsDevMailbox({ ...base, demo: true })).toBe(true);
    expect(wantsDevMailbox({ ...base, devMailbox: true })).toBe(true);
    expect(wantsDevMailbox({ ...base, demo: true, smtpUrl: 'smtp://mail.exemplo.dev:587' })).toBe(false);
    expect(wantsDevMailbox({ ...base, demo: true, devMailbox: true, production: true })).toBe(false);

    for (const address of ['127.0.0.1', '127.10.0.3', '::1', '::ffff:127.0.0.1', '::FFFF:127.0.0.1']) expect(isLoopback(address), address).toBe(true);
    for (const address of [undefined, '', '192.0.2.2', '10.0.0.1', '::ffff:192.0.2.2', 'fd00::2', '128.0.0.1', '127.0.0.1.example', '0.0.0.0', '::']) {
      expect(isLoopback(address), String(address)).toBe(false);
    }
  });
});
