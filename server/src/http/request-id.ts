import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { requestScope } from '../logger.js';

/** What a proxy or caller may hand us as the request's id: short, and nothing a log line could be broken with. */
const ACCEPTED = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Issue 15: each HTTP request has an id — the caller's `X-Request-Id` when it is a sane one (a load
 * balancer's), else a new UUID — returned in the response's `X-Request-Id` and written on every log
 * line of that request (logger.ts reads it from the async scope).
 */
export function requestId(req: Request, res: Response, next: NextFunction): void {
  const given = req.get('x-request-id');
  const id = given && ACCEPTED.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  requestScope.run({ requestId: id, statements: 0 }, next);
}
