import { pipeline } from 'node:stream/promises';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express, Request, Response } from 'express';
import { DomainError, ForbiddenError, UnauthenticatedError } from '../domain-errors.js';
import { assertAccess } from '../graphql/access.js';
import { buildContext } from '../graphql/build-context.js';
import type { Context } from '../graphql/context.js';
import type { Logger } from '../logger.js';
import { ADMIN_COOKIE, CLIENT_COOKIE } from '../modules/auth/session-cookie.js';
import type { FileReader } from '../modules/files/file-access.js';
import { FILE_KINDS } from '../modules/files/file-types.js';
import { FileTooLargeError } from '../modules/files/files.errors.js';
import { FileOwnerKind, fileUrl, type StoredFile } from '../modules/files/stored-file.entity.js';
import { portalScope } from '../modules/visibility/scope.js';
import type { Services } from '../services.js';
import { requestInfo } from './request-info.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What every answer about a private file carries: never cached, never sniffed into another type. */
const PRIVATE = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' };

/** Missing, hidden, out of scope, not signed in: one answer, byte for byte (R-UNIT-4: no existence leak). */
const NOT_FOUND_BODY = JSON.stringify({ errors: [{ message: 'Arquivo não encontrado.', extensions: { code: 'NOT_FOUND' } }] });

interface Deps {
  orm: MikroORM;
  services: Services;
  trustProxy: boolean;
  logger: Logger;
}

/**
 * Habite's files over HTTP (the storage module is `modules/files/`):
 *
 * - `GET /files/:id` streams a stored file to a caller the owner's access rule lets see it (a
 *   contract's customers, a syndic file's syndics, staff within their scope), authenticated like
 *   GraphQL (bearer token, or the session cookies of the apps — each one tried); anyone else gets
 *   the same 404. `?download=1` asks for an attachment instead of inline; `?variant=thumbnail`
 *   gives an image's thumbnail (same rule; a file without one is the same 404).
 * - `POST /files` takes one file as the raw request body, with the headers `X-Habite-File-Name`
 *   (URI-encoded) and `X-Habite-File-Purpose` (a FileOwnerKind). Who may send which purpose is the
 *   one table `FILE_KINDS` (file-types.ts): documents and work-log files by staff (ADMIN, MANAGER),
 *   payment proofs and request photos by portal users in their own session. Those custom headers
 *   are the CSRF protection: a form cannot send them, and a script of another site would need a
 *   CORS preflight Habite never grants (a foreign `Origin` is refused too). It answers 201 with the
 *   file's id, which a GraphQL mutation then attaches (`setContractDocument`, `addSyndicFile`,
 *   `markBillPaid`…); refusals answer like GraphQL errors, in Portuguese, with `extensions.code`
 *   and `field`, and write nothing.
 */
export function serveFiles(app: Express, deps: Deps): void {
  app.get('/files/:id', (req, res) => download(deps, req, res).catch((err) => failed(deps.logger, res, err)));
  app.post('/files', (req, res) => upload(deps, req, res).catch((err) => failed(deps.logger, res, err)));
}

async function download({ orm, services, trustProxy }: Deps, req: Request, res: Response): Promise<void> {
  const id = String(req.params.id);
  const variant = req.query.variant === undefined ? 'original' : req.query.variant === 'thumbnail' ? 'thumbnail' : null;
  if (!UUID.test(id) || !variant) return notFound(res);
  const info = requestInfo(req, trustProxy);
  // A link opened in the browser carries every cookie of the host: each session gets its chance.
  const tokens = info.bearer ? [info.bearer] : [info.cookies[CLIENT_COOKIE], info.cookies[ADMIN_COOKIE]].filter((t): t is string => Boolean(t));
  for (const token of tokens) {
    const ctx = await buildContext(orm, services, info, { token, cookies: null });
    const reader = readerOf(ctx);
    const found = reader ? await services.files.read(ctx.em, reader, id, variant) : null;
    if (!found) continue;
    res.status(200).set({
      ...PRIVATE,
      'Content-Type': found.file.contentType,
      'Content-Length': String(found.size),
      'Content-Disposition': disposition(found.file, req.query.download === '1' ? 'attachment' : 'inline'),
    });
    await pipeline(found.body, res);
    return;
  }
  notFound(res);
}

/** A portal user or a member of staff whom the same policies as GraphQL let in (inactive portal, data to confirm: nobody). */
function readerOf(ctx: Context): FileReader | null {
  try {
    assertAccess(ctx, ['CUSTOMER', 'SYNDIC', 'STAFF']);
    return ctx.staff ? { kind: 'staff', staff: ctx.staff } : { kind: 'portal', scope: portalScope(ctx) };
  } catch (err) {
    if (err instanceof DomainError) return null;
    throw err;
  }
}

async function upload({ orm, services, trustProxy }: Deps, req: Request, res: Response): Promise<void> {
  const rawName = req.get('x-habite-file-name');
  const purpose = req.get('x-habite-file-purpose');
  const origin = req.get('origin');
  if (origin && safeHost(origin) !== req.get('host')) return refuse(res, 403, new ForbiddenError('Envio de outro site recusado.'));
  if (!rawName || !purpose) {
    return refuse(res, 400, new DomainError('BAD_USER_INPUT', 'Envie o arquivo no corpo da requisição, com os cabeçalhos X-Habite-File-Name e X-Habite-File-Purpose.', { field: 'file' }));
  }
  // A bearer token, or the session cookie of the app the `X-Habite-App` header names (the admin app sends `admin`).
  const ctx = await buildContext(orm, services, requestInfo(req, trustProxy), { cookies: null });
  if (ctx.viewer.kind !== 'account') return refuse(res, 401, new UnauthenticatedError());
  if (!(Object.values(FileOwnerKind) as string[]).includes(purpose)) {
    return refuse(res, 400, new DomainError('BAD_USER_INPUT', `Finalidade do arquivo desconhecida: use ${Object.values(FileOwnerKind).join(', ')}.`, { field: 'purpose' }));
  }
  const refusal = uploadRefusal(ctx, purpose as FileOwnerKind);
  if (refusal) return refuse(res, 403, refusal);
  const account = ctx.viewer.account;
  const uploader = ctx.staff ?? { companyId: account.company.id, account: { id: account.id } };
  let name: string;
  try {
    name = decodeURIComponent(rawName);
  } catch {
    return refuse(res, 400, new DomainError('BAD_USER_INPUT', 'O nome do arquivo não pôde ser lido: envie-o codificado (encodeURIComponent).', { field: 'name' }));
  }
  const max = services.files.maxBytes;
  // Far too big: answered at once (the connection closes). A little too big: read and dropped, so the answer reaches the sender.
  const declared = Number(req.get('content-length') ?? NaN);
  if (declared > max * DRAIN_FACTOR) return refuse(res, 413, new FileTooLargeError(max, declared), true);
  const bytes = await readBody(req, max);
  if (!bytes) return refuse(res, 413, new FileTooLargeError(max, Number.isFinite(declared) ? declared : undefined), true);
  try {
    const file = await services.files.upload(ctx.em, uploader, { kind: purpose as FileOwnerKind, name, bytes });
    res.status(201).set(PRIVATE).json(describe(file));
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    refuse(res, err.details.reason === 'TOO_LARGE' || err.details.reason === 'TOO_MANY_PIXELS' ? 413 : err.details.reason === 'TYPE' ? 415 : 400, err);
  }
}

/** Who may upload this kind of file, by the one table of kinds (FILE_KINDS, file-types.ts): null, or why not. */
function uploadRefusal(ctx: Context, kind: FileOwnerKind): ForbiddenError | null {
  const rule = FILE_KINDS[kind].uploadedBy;
  if (ctx.viewer.kind !== 'account') return new ForbiddenError('Entre para enviar arquivos.');
  const { account, session } = ctx.viewer;
  if ('staff' in rule) {
    return ctx.staff && rule.staff.includes(ctx.staff.role) ? null : new ForbiddenError('Só administradores e gestores enviam documentos.');
  }
  // Portal users send their own files, in their own session: staff viewing as them (R-WORK-4) are read-only.
  if (ctx.staff || !rule.portal.includes(account.kind) || session.viewedBy) return new ForbiddenError('Este arquivo é enviado pelo próprio usuário, no portal.');
  if (rule.permission && !account.portalPermissions.includes(rule.permission.needs)) return new ForbiddenError(rule.permission.refusal);
  return null;
}

/** How far past the limit a body is still read (and dropped) rather than cut off. */
const DRAIN_FACTOR = 4;

/** The body, up to `max` bytes; null past it (the rest is read and dropped, up to DRAIN_FACTOR times the limit). */
async function readBody(req: Request, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max * DRAIN_FACTOR) break;
    if (size <= max) chunks.push(chunk);
  }
  return size > max ? null : Buffer.concat(chunks, size);
}

const describe = (file: StoredFile) => ({ id: file.id, name: file.name, contentType: file.contentType, size: file.size, url: fileUrl(file.id) });

/** `inline` or `attachment`, with the name both as plain ASCII and in UTF-8 (RFC 6266). */
function disposition(file: StoredFile, how: 'inline' | 'attachment'): string {
  const ascii = file.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${how}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`;
}

function notFound(res: Response): void {
  res.status(404).set({ ...PRIVATE, 'Content-Type': 'application/json; charset=utf-8' }).send(NOT_FOUND_BODY);
}

function refuse(res: Response, status: number, error: DomainError, close = false): void {
  if (close) res.set('Connection', 'close');
  res.status(status).set(PRIVATE).json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] });
}

function failed(logger: Logger, res: Response, err: unknown): void {
  logger.error({ err }, 'unexpected error serving a file');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.status(500).set(PRIVATE).json({ errors: [{ message: 'Ocorreu um erro inesperado. Tente novamente em instantes.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}

function safeHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
