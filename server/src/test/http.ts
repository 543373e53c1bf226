import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** The body as JSON (errors answers). */
  json(): any;
}

/**
 * One plain HTTP exchange (node:http, so any Host header goes through). An answer that arrives
 * before the whole body was sent (a refused upload) is still returned.
 */
export function httpExchange(url: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(url, { method: options.method ?? 'GET', headers: { ...(options.body ? { 'content-length': String(options.body.length) } : {}), ...options.headers } }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) });
      });
    });
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    req.end(options.body);
  });
}
