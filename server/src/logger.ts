import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** The request being served (issue 15): every log line written while serving it carries its id. */
export const requestScope = new AsyncLocalStorage<RequestScope>();

export interface RequestScope {
  requestId: string;
  /** SQL statements sent while serving it (db/orm.ts counts; metrics read). */
  statements: number;
}

/** Structured JSON logs on stdout; one line per event, with the request id where there is one. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'habite' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'],
    mixin: () => {
      const scope = requestScope.getStore();
      return scope ? { requestId: scope.requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
