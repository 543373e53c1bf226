import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express, Request, Response } from 'express';
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { GraphQLSchema } from 'graphql';
import { DomainError, ForbiddenError, UnauthenticatedError } from '../domain-errors.js';
import { assertAccess } from '../graphql/access.js';
import { buildContext } from '../graphql/build-context.js';
import type { Context } from '../graphql/context.js';
import type { Logger } from '../logger.js';
import { CLIENT_COOKIE } from '../modules/auth/session-cookie.js';
import { collectExport, README } from '../modules/privacy/export.js';
import { readOfficer } from '../modules/privacy/officer.service.js';
import { localDay } from '../modules/scheduling/scheduling-time.js';
import { portalScope } from '../modules/visibility/scope.js';
import type { Services } from '../services.js';
import { requestInfo } from './request-info.js';

const PRIVATE = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' };
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, DATA_CONFIRMATION_REQUIRED: 403, PORTAL_INACTIVE: 403 };

interface Deps { orm: MikroORM; services: Services; schema: GraphQLSchema; trustProxy: boolean; logger: Logger }

/** "Contrato de compra.pdf" → "Contrato de compra.pdf"; slashes and control characters out. */
// eslint-disable-next-line no-control-regex
const safeName = (name: string) => name.replace(/[/\\\u0000-\u001f\u007f]/g, '_').slice(0, 120) || 'arquivo';

/**
 * R-OPS-3: "Baixar meus dados" — `GET /privacy/export.zip`, authenticated like GraphQL (the client
 * portal's session cookie, or a bearer token), for the customer themselves (not a staff member
 * viewing as them). The zip holds `dados.json` — everything the portal shows the customer, read by
 * executing the portal's own GraphQL operations with their Context (privacy/export.ts) — their
 * files (read through the files' own access rule), and LEIA-ME.txt. Audited before it is sent.
 */
export function serveDataExport(app: Express, deps: Deps): void {
  app.get('/privacy/export.zip', (req, res) => {
    send(deps, req, res).catch((err) => {
      deps.logger.error({ err }, 'unexpected error exporting a customer\'s data');
      if (res.headersSent) return void res.destroy();
      res.status(500).set(PRIVATE).json({ errors: [{ message: 'Ocorreu um erro inesperado. Tente novamente em instantes.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    });
  });
}

/** The customer's own Context (not a staff member viewing as them), or null after answering the refusal. */
async function customerContext({ orm, services, trustProxy }: Pick<Deps, 'orm' | 'services' | 'trustProxy'>, req: Request, res: Response): Promise<Context | null> {
  const info = requestInfo(req, trustProxy);
  const token = info.bearer ?? info.cookies[CLIENT_COOKIE];
  try {
    if (!token) throw new UnauthenticatedError();
    const ctx = await buildContext(orm, services, info, { token, cookies: null });
    assertAccess(ctx, ['CUSTOMER']);
    if (ctx.viewer.kind === 'account' && ctx.viewer.session.viewedBy) {
      throw new ForbiddenError('Você está vendo o portal como o cliente: a cópia dos dados é baixada só pelo próprio cliente.');
    }
    return ctx;
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    res.status(STATUS[err.code] ?? 403).set(PRIVATE).json({ errors: [{ message: err.message, extensions: { code: err.code, ...err.details } }] });
    return null;
  }
}

async function send({ orm, services, schema, trustProxy, logger }: Deps, req: Request, res: Response): Promise<void> {
  const ctx = await customerContext({ orm, services, trustProxy }, req, res);
  if (!ctx) return;
  if (ctx.viewer.kind !== 'account') return;
  const { account } = ctx.viewer;
  const now = services.clock.now();
  const { json, files } = await collectExport(schema, ctx, logger);
  const scope = portalScope(ctx);
  const reader = { kind: 'portal' as const, scope };

  // Each file is read through the files' own rule (the same as a download from the portal): a file it refuses is left out.
  const readable: { path: string; name: string; contentType: string; size: number; id: string; open: () => Promise<NodeJS.ReadableStream | null> }[] = [];
  for (const file of files) {
    const found = await services.files.read(ctx.em, reader, file.id);
    if (!found) continue;
    found.body.destroy();
    const path = `arquivos/${file.folder}/${file.id.slice(0, 8)}-${safeName(found.file.name)}`;
    readable.push({
      path, name: found.file.name, contentType: found.file.contentType, size: found.size, id: file.id,
      open: async () => (await services.files.read(ctx.em, reader, file.id))?.body ?? null,
    });
  }
  const portal = await ctx.portal();
  const document = {
    formato: 'habite.dados-pessoais', versao: 1, geradoEm: now.toISOString(), portal: portal?.name ?? null,
    titular: { nome: account.name, email: account.email },
    encarregado: await readOfficer(ctx.em, account.company.id),
    ...json,
    arquivos: readable.map((f) => ({ id: f.id, caminho: f.path, nome: f.name, tipo: f.contentType, tamanho: f.size })),
  };

  await ctx.em.transactional(async (tx) => {
    services.audit.record(tx, {
      actor: account, company: account.company, ip: ctx.ip, action: 'privacy.export', targetType: account.customer ? 'Customer' : 'Account',
      targetId: account.customer?.id ?? account.id, after: { files: readable.length },
    }, now);
  });

  res.status(200).set({
    ...PRIVATE, 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename="meus-dados-${localDay(now)}.zip"`,
  });
  let failed: Error | null = null;
  const zip = new Zip((err, chunk, final) => {
    if (err) failed = err;
    else res.write(chunk);
    if (final) res.end();
  });
  const drained = () => (res.writableNeedDrain ? new Promise<void>((resolve) => res.once('drain', () => resolve())) : Promise.resolve());
  const text = (name: string, content: string) => {
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = now;
    zip.add(entry);
    entry.push(strToU8(content), true);
  };
  text('LEIA-ME.txt', README);
  text('dados.json', `${JSON.stringify(document, null, 2)}\n`);
  await drained();
  for (const file of readable) {
    const body = await file.open();
    if (!body) continue;
    const entry = new ZipPassThrough(file.path);
    entry.mtime = now;
    zip.add(entry);
    for await (const chunk of body as AsyncIterable<Buffer>) {
      entry.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      await drained();
    }
    entry.push(new Uint8Array(0), true);
    if (failed) throw failed;
  }
  zip.end();
}
