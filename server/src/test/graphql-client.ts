import { request as httpRequest } from 'node:http';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface HttpResponse {
  status: number;
  headers: { getSetCookie(): string[]; get(name: string): string | null };
}

/** node:http rather than fetch: fetch refuses to send a Host header, and portals are told apart by it. */
function post(url: string, headers: Record<string, string>, body: string): Promise<{ response: HttpResponse; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        const raw = res.headers;
        resolve({
          text,
          response: {
            status: res.statusCode ?? 0,
            headers: {
              getSetCookie: () => (raw['set-cookie'] ?? []) as string[],
              get: (name) => {
                const value = raw[name.toLowerCase()];
                return Array.isArray(value) ? value.join(', ') : (value ?? null);
              },
            },
          },
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

/**
 * Talks to the running server over real HTTP like a browser would: keeps the cookies it is
 * given, sends the app header, or a bearer token for API clients.
 */
export class GraphQLClient {
  readonly cookies = new Map<string, string>();
  bearer: string | null = null;
  lastResponse: HttpResponse | null = null;

  constructor(
    readonly baseUrl: string,
    readonly options: { app?: 'client' | 'admin'; headers?: Record<string, string> } = {},
  ) {}

  async request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
    const { response: res, text } = await post(`${this.baseUrl}/graphql`, {
        'content-type': 'application/json',
        ...(this.options.app ? { 'x-habite-app': this.options.app } : {}),
        ...(this.cookies.size ? { cookie: this.cookieHeader() } : {}),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
        ...this.options.headers,
        ...headers,
      }, JSON.stringify({ query, variables }));
    this.lastResponse = res;
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, value] = pair!.split('=');
      if (attributes.some((a) => /max-age=0/i.test(a.trim()))) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value!.trim());
    }
    return JSON.parse(text) as GraphQLResponse<T>;
  }

  /** Like `request`, but fails the test on any error and returns `data`. */
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** A graphql-ws client on the same server, authenticated like this client (cookie or token). */
  ws(connectionParams: Record<string, unknown> = {}): Client {
    const url = `${this.baseUrl.replace(/^http/, 'ws')}/graphql`;
    const headers = { ...(this.cookies.size ? { cookie: this.cookieHeader() } : {}), ...this.options.headers };
    return createClient({
      url,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers });
        }
      },
      connectionParams: { ...(this.bearer ? { token: this.bearer } : {}), ...(this.options.app ? { app: this.options.app } : {}), ...connectionParams },
      retryAttempts: 0,
      lazy: true,
    });
  }
}

/** Collects what a subscription sends, to assert on. */
export function subscribe<T = Record<string, any>>(client: Client, query: string, variables?: Record<string, unknown>) {
  const events: GraphQLResponse<T>[] = [];
  let error: unknown = null;
  let completed = false;
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        events.push(value as GraphQLResponse<T>);
        wake();
      },
      error: (err) => {
        error = err;
        wake();
      },
      complete: () => {
        completed = true;
        wake();
      },
    },
  );
  return {
    events,
    get error() {
      return error;
    },
    get completed() {
      return completed;
    },
    dispose,
    /** Waits until `n` events arrived (or an error/completion), up to `ms`. */
    async next(n = 1, ms = 3000): Promise<GraphQLResponse<T>[]> {
      const deadline = Date.now() + ms;
      while (events.length < n && !error && !completed && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, deadline - Date.now());
        });
      }
      return events;
    },
  };
}
