/**
 * Habite's GraphQL API over HTTP, with an API token, retrying what is safe to retry:
 * - a network error or a timeout, and HTTP 5xx: again after an exponential backoff with jitter;
 * - `RATE_LIMITED` (HTTP 429) and `SERVICE_UNAVAILABLE`: again after the time the server says
 *   (`extensions.retryAfterSeconds`, or the `Retry-After` header).
 * Anything else the server answers (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, CONFLICT…) is final:
 * sending it again would get the same answer. A batch's per-row errors are not errors of the call
 * (the call answers `applied: false` with them), so they are never retried either.
 */

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql */
  url: string;
  /** The API token (`hbt_…`), sent as `Authorization: Bearer`. */
  token: string;
  /** Attempts per call, the first included (default 6). */
  maxAttempts?: number;
  /** The first backoff (default 500 ms); it doubles on each attempt, up to `maxDelayMs` (default 30 s). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How long one request may take (default 120 s). */
  timeoutMs?: number;
  /** Replaceable for tests: the HTTP call and the wait. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
}

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; retryAfterSeconds?: number; [key: string]: unknown };
}

/** A call that failed for good: the server's error (code, field, message), or the last retryable failure. */
export class HabiteError extends Error {
  constructor(message: string, readonly code: string, readonly extensions: GraphQLErrorBody['extensions'] = {}) {
    super(message);
    this.name = 'HabiteError';
  }
}

/** Why an attempt failed and, if it may be repeated, after how long. */
interface Failure { reason: string; retryAfterMs?: number; final?: HabiteError }

const seconds = (ms: number) => `${(ms / 1000).toLocaleString('pt-BR', { maximumFractionDigits: 1 })} s`;

export class HabiteClient {
  private readonly options: Required<Omit<ClientOptions, 'log'>> & { log: (line: string) => void };

  constructor(options: ClientOptions) {
    this.options = {
      maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 30_000, timeoutMs: 120_000,
      fetch: (...args) => fetch(...args), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), log: () => {},
      ...options,
    };
  }

  /** Runs one operation; answers its `data`, or throws HabiteError. `label` names it in the log. */
  async call<T>(label: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const { maxAttempts, baseDelayMs, maxDelayMs, sleep, log } = this.options;
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.attempt<T>(query, variables);
      if ('data' in outcome) return outcome.data;
      if (outcome.final) throw outcome.final;
      if (attempt >= maxAttempts) throw new HabiteError(`${label}: ${outcome.reason}; desisti depois de ${attempt} tentativas.`, 'RETRIES_EXHAUSTED');
      // Exponential backoff with jitter (so many clients don't come back at the same instant);
      // when the server says how long to wait, at least that.
      const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
      const wait = Math.max(backoff, outcome.retryAfterMs ?? 0);
      log(`  ↻ ${label}: ${outcome.reason}; nova tentativa em ${seconds(wait)} (${attempt + 1}ª de ${maxAttempts}).`);
      await sleep(wait);
    }
  }

  private async attempt<T>(query: string, variables: Record<string, unknown>): Promise<{ data: T } | Failure> {
    let response: Response;
    try {
      response = await this.options.fetch(this.options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.options.token}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (err) {
      // Refused, reset, DNS, timeout: the request may or may not have reached the server. Upserts
      // carry an idempotency key, so sending again is safe (the server replays a batch it already applied).
      return { reason: `falha de rede (${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message})` };
    }
    const retryAfterHeader = Number(response.headers.get('retry-after'));
    type Body = { data?: T | null; errors?: GraphQLErrorBody[] };
    let body: Body | null = null;
    try {
      body = (await response.json()) as Body;
    } catch {
      // Not JSON: a proxy's error page, a cut answer.
    }
    // Over the token's budget (RATE_LIMITED, HTTP 429), or the server busy (SERVICE_UNAVAILABLE): it says how long to wait.
    const busy = body?.errors?.find((e) => e.extensions?.code === 'RATE_LIMITED' || e.extensions?.code === 'SERVICE_UNAVAILABLE');
    if (busy || response.status === 429) {
      const after = busy?.extensions?.retryAfterSeconds ?? (retryAfterHeader > 0 ? retryAfterHeader : 1);
      const why = busy?.extensions?.code === 'SERVICE_UNAVAILABLE' ? 'servidor ocupado' : 'limite de chamadas do token';
      return { reason: `${why} (${busy?.extensions?.code ?? 'HTTP 429'}, aguardar ${after} s)`, retryAfterMs: after * 1000 };
    }
    if (response.status >= 500) return { reason: `HTTP ${response.status}` };
    const [error] = body?.errors ?? [];
    if (error) {
      const code = error.extensions?.code ?? `HTTP_${response.status}`;
      const field = error.extensions?.field ? ` (campo ${error.extensions.field})` : '';
      return { reason: code, final: new HabiteError(`${error.message}${field} [${code}]`, code, error.extensions) };
    }
    if (!body?.data) return { reason: `HTTP ${response.status}`, final: new HabiteError(`Resposta inesperada do servidor (HTTP ${response.status}).`, `HTTP_${response.status}`) };
    return { data: body.data };
  }
}
