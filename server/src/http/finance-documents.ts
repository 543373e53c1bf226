import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express, Request, Response } from 'express';
import { DomainError } from '../domain-errors.js';
import { assertAccess } from '../graphql/access.js';
import { buildContext } from '../graphql/build-context.js';
import type { Logger } from '../logger.js';
import { CLIENT_COOKIE } from '../modules/auth/session-cookie.js';
import { billDocument, receiptDocument, statementDocument, taxStatementDocument } from '../modules/finance/finance-documents.js';
import { assertFinancialMenuOn, sessionPortal } from '../modules/finance/finance.resolver.js';
import { portalScope } from '../modules/visibility/scope.js';
import type { Services } from '../services.js';
import { requestInfo } from './request-info.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PRIVATE = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' };
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, FEATURE_DISABLED: 403, BAD_USER_INPUT: 400, TAX_SERIES_NOT_CONFIGURED: 409 };

interface Deps { orm: MikroORM; services: Services; trustProxy: boolean; logger: Logger }

type Maker = (ctx: Awaited<ReturnType<typeof buildContext>>, params: Record<string, string>) => Promise<{ pdf: Buffer; fileName: string }>;

/**
 * The customer's finance documents as PDF, generated on the server (SPEC §8), authenticated like
 * GraphQL (the client portal's session cookie, or a bearer token) and filtered by the same rules:
 * a bill, statement or receipt the customer does not see is the same 404 as a missing one.
 * - `/finance/bills/:id.pdf` — the boleto (R-FIN-8)
 * - `/finance/statements/:reservationId.pdf` — the extrato (R-FIN-4)
 * - `/finance/tax-statements/:reservationId/:year.pdf` — the informe de rendimentos (R-FIN-5)
 * - `/finance/receipts/:installmentId.pdf` — the recibo of a paid installment
 * `?download=1` asks for an attachment instead of inline.
 */
export function serveFinanceDocuments(app: Express, deps: Deps): void {
  const route = (path: string, make: Maker, statement = false) => app.get(path, (req, res) => send(deps, req, res, make, statement).catch((err) => failed(deps.logger, res, err)));
  route('/finance/bills/:id.pdf', (ctx, p) => billDocument(ctx.em, portalScope(ctx), sessionPortal(ctx), uuid(p.id)));
  route('/finance/statements/:id.pdf', (ctx, p) => statementDocument(ctx.em, portalScope(ctx), sessionPortal(ctx), uuid(p.id)), true);
  route('/finance/tax-statements/:id/:year.pdf', (ctx, p) => taxStatementDocument(ctx.em, portalScope(ctx), sessionPortal(ctx), uuid(p.id), Number(p.year)));
  route('/finance/receipts/:id.pdf', (ctx, p) => receiptDocument(ctx.em, portalScope(ctx), sessionPortal(ctx), uuid(p.id)));
}

class Missing extends DomainError {
  constructor() {
    super('NOT_FOUND', 'Documento não encontrado.');
  }
}

function uuid(text: string | undefined): string {
  if (!text || !UUID.test(text)) throw new Missing();
  return text;
}

async function send({ orm, services, trustProxy }: Deps, req: Request, res: Response, make: Maker, statement: boolean): Promise<void> {
  const info = requestInfo(req, trustProxy);
  const token = info.bearer ?? info.cookies[CLIENT_COOKIE];
  try {
    if (!token) throw new Missing();
    const ctx = await buildContext(orm, services, info, { token, cookies: null });
    assertAccess(ctx, ['CUSTOMER']);
    assertFinancialMenuOn(sessionPortal(ctx), ctx, statement);
    const { pdf, fileName } = await make(ctx, req.params as Record<string, string>);
    const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
    res.status(200).set({
      ...PRIVATE, 'Content-Type': 'application/pdf', 'Content-Length': String(pdf.length),
      'Content-Disposition': `${req.query.download === '1' ? 'attachment' : 'inline'}; filename="${ascii}"`,
    }).end(pdf);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    // Not signed in, hidden or missing: one answer (R-UNIT-4: no existence leak).
    const hidden = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'].includes(err.code);
    const error = hidden ? new Missing() : err;
    res.status(STATUS[error.code] ?? 400).set(PRIVATE).json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] });
  }
}

function failed(logger: Logger, res: Response, err: unknown): void {
  logger.error({ err }, 'unexpected error making a finance document');
  if (res.headersSent) return void res.destroy();
  res.status(500).set(PRIVATE).json({ errors: [{ message: 'Ocorreu um erro inesperado. Tente novamente em instantes.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}
