import { createHash, createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { S3Config } from '../../config.js';
import { assertKey, type FileStore } from './file-store.js';

/** How long a request waits for the store's answer (an upload's body included). */
const ANSWER_TIMEOUT_MS = 60_000;

const EMPTY_SHA256 = createHash('sha256').update('').digest('hex');

/**
 * Stored files in an S3-compatible bucket (AWS S3, MinIO, Ceph, Cloudflare R2, Garage…), over the
 * S3 REST protocol: `PUT`, `GET` and `DELETE` of one object at `<endpoint>/<bucket>/<key>`
 * (path-style), each request signed with AWS Signature Version 4. A PUT is whole or nothing on the
 * S3 side, so a reader never sees half a file. Tested against a real S3 server started by the test
 * (`test/s3-server.ts`, which checks every signature): `files/__tests__/s3-store.test.ts`.
 */
export class S3Store implements FileStore {
  constructor(private readonly config: S3Config, private readonly now: () => Date = () => new Date()) {}

  async put(key: string, bytes: Buffer): Promise<void> {
    const response = await this.send('PUT', key, bytes);
    if (!response.ok) throw await s3Error('PUT', key, response);
    await response.arrayBuffer();
  }

  async open(key: string): Promise<Readable | null> {
    const response = await this.send('GET', key);
    if (response.status === 404) {
      await response.arrayBuffer();
      return null;
    }
    if (!response.ok || !response.body) throw await s3Error('GET', key, response);
    return Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
  }

  async remove(key: string): Promise<void> {
    const response = await this.send('DELETE', key);
    // Deleting what is not there is fine (S3 answers 204 anyway; some servers answer 404).
    if (!response.ok && response.status !== 404) throw await s3Error('DELETE', key, response);
    await response.arrayBuffer();
  }

  /** One signed request; a store that has not answered (headers) within ANSWER_TIMEOUT_MS is given up on. */
  private async send(method: 'PUT' | 'GET' | 'DELETE', key: string, body?: Buffer): Promise<Response> {
    assertKey(key);
    const url = new URL(`${this.config.endpoint}/${encodeSegment(this.config.bucket)}/${encodeSegment(key)}`);
    const headers = signV4({ ...this.config, method, url, body, now: this.now() });
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new Error(`S3 ${method} ${key}: no answer in ${ANSWER_TIMEOUT_MS / 1000} s`)), ANSWER_TIMEOUT_MS);
    try {
      return await fetch(url, { method, headers, body: body ? new Uint8Array(body) : undefined, signal: abort.signal });
    } finally {
      // Once answered, a download streams for as long as it takes.
      clearTimeout(timer);
    }
  }
}

/** RFC 3986 encoding of one path segment, as SigV4 wants it (S3: encoded once). */
const encodeSegment = (segment: string) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/**
 * The headers of an S3 request signed with AWS Signature Version 4 (`Authorization`,
 * `x-amz-date`, `x-amz-content-sha256`; the host is signed too, and sent by fetch itself).
 */
function signV4(input: { method: string; url: URL; body?: Buffer; region: string; accessKeyId: string; secretAccessKey: string; now: Date }): Record<string, string> {
  const amzDate = input.now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const payloadHash = input.body ? sha256(input.body) : EMPTY_SHA256;
  const headers: Record<string, string> = { host: input.url.host, 'x-amz-content-sha256': payloadHash, 'x-amz-date': amzDate };
  const names = Object.keys(headers).sort();
  const query = [...input.url.searchParams].map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(v)}`).sort().join('&');
  const canonicalRequest = [input.method, input.url.pathname, query, ...names.map((n) => `${n}:${headers[n]!.trim()}`), '', names.join(';'), payloadHash].join('\n');
  const scope = `${day}/${input.region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${input.secretAccessKey}`, day), input.region), 's3'), 'aws4_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex');
  const { host: _host, ...sent } = headers;
  return { ...sent, authorization: `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}` };
}

/** An S3 refusal as an error for the log: method, key, status and the S3 error code (never the credentials). */
async function s3Error(method: string, key: string, response: Response): Promise<Error> {
  const text = await response.text().catch(() => '');
  const code = /<Code>([^<]*)<\/Code>/.exec(text)?.[1] ?? 'unknown';
  return new Error(`S3 ${method} ${key} failed: HTTP ${response.status} ${code}`);
}
