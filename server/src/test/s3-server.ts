import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small S3-compatible server for tests: path-style `PUT`, `GET`, `DELETE` of objects
 * (`/<bucket>/<key>`), kept in memory, answering like S3 (XML errors with their codes). Every
 * request must carry a valid AWS Signature Version 4 (`Authorization` header) made with a key pair
 * it knows: a wrong secret is `403 SignatureDoesNotMatch`, an unknown key `403 InvalidAccessKeyId`,
 * a body that is not the signed one `400 XAmzContentSHA256Mismatch`. The verification is written
 * here from AWS's documentation, apart from Habite's client (`modules/files/s3-store.ts`), and is
 * itself checked against AWS's published example (`files/__tests__/s3-store.test.ts`).
 *
 * (Existing npm S3 servers were tried first: s3rver accepts any V4 signature — "calculation is
 * unimplemented" — so it could not prove that a wrong secret is refused.)
 */
export interface TestS3Server {
  /** `http://127.0.0.1:<port>` */
  endpoint: string;
  region: string;
  /** The objects, by bucket then key: what the server really holds. */
  buckets: Map<string, Map<string, Buffer>>;
  /** Every request, in order: method, path and the answer's status. */
  requests: { method: string; path: string; status: number }[];
  close(): Promise<void>;
}

export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export async function startS3Server(options: { region?: string; buckets: string[]; credentials: S3Credentials[] }): Promise<TestS3Server> {
  const region = options.region ?? 'us-east-1';
  const secrets = new Map(options.credentials.map((c) => [c.accessKeyId, c.secretAccessKey]));
  const buckets = new Map(options.buckets.map((b) => [b, new Map<string, Buffer>()]));
  const requests: TestS3Server['requests'] = [];

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => answer(res, 500, 'InternalError', String(err)));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://s3.local');
    const status = (code: number) => requests.push({ method: req.method ?? '', path: url.pathname, status: code });

    const check = verifySigV4({ method: req.method ?? '', rawPath: url.pathname, query: url.searchParams, headers: req.headers, body, region, secretFor: (id) => secrets.get(id), now: new Date() });
    if (check) {
      status(check.status);
      return answer(res, check.status, check.code, check.message);
    }
    const [, bucketName = '', ...keyParts] = url.pathname.split('/');
    const bucket = buckets.get(decodeURIComponent(bucketName));
    const key = keyParts.map(decodeURIComponent).join('/');
    if (!bucket) {
      status(404);
      return answer(res, 404, 'NoSuchBucket', 'The specified bucket does not exist');
    }
    if (!key) {
      status(501);
      return answer(res, 501, 'NotImplemented', 'Only object PUT, GET and DELETE are implemented');
    }
    switch (req.method) {
      case 'PUT':
        bucket.set(key, body);
        status(200);
        res.writeHead(200, { ETag: `"${createHash('md5').update(body).digest('hex')}"`, 'Content-Length': '0' }).end();
        return;
      case 'GET': {
        const object = bucket.get(key);
        if (!object) {
          status(404);
          return answer(res, 404, 'NoSuchKey', 'The specified key does not exist.');
        }
        status(200);
        res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(object.length) }).end(object);
        return;
      }
      case 'DELETE':
        bucket.delete(key);
        status(204);
        res.writeHead(204).end();
        return;
      default:
        status(405);
        return answer(res, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    region,
    buckets,
    requests,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((err) => (err ? reject(err) : resolve()));
    }),
  };
}

function answer(res: ServerResponse, status: number, code: string, message: string): void {
  if (res.headersSent) return void res.destroy();
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  res.writeHead(status, { 'Content-Type': 'application/xml', 'Content-Length': String(Buffer.byteLength(xml)) }).end(xml);
}

const sha256Hex = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const uriEncode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export interface SigV4Request {
  method: string;
  /** The path as sent (percent-encoded). */
  rawPath: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  region: string;
  secretFor(accessKeyId: string): string | undefined;
  now: Date;
}

/**
 * Checks an S3 request's AWS Signature Version 4 (header form), as AWS documents it: null when
 * valid, else the S3 error to answer.
 */
export function verifySigV4(request: SigV4Request): { status: number; code: string; message: string } | null {
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(',') : value;
  };
  const authorization = header('authorization');
  const parsed = authorization && /^AWS4-HMAC-SHA256 Credential=([^/\s]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/.exec(authorization);
  if (!parsed) return { status: 403, code: 'AccessDenied', message: 'Access Denied (a V4-signed Authorization header is required)' };
  const [, accessKeyId, day, region, signedHeaderList, signature] = parsed as unknown as [string, string, string, string, string, string];
  const secret = request.secretFor(accessKeyId);
  if (!secret) return { status: 403, code: 'InvalidAccessKeyId', message: 'The AWS Access Key Id you provided does not exist in our records.' };
  if (region !== request.region) return { status: 400, code: 'AuthorizationHeaderMalformed', message: `the region '${region}' is wrong; expecting '${request.region}'` };
  const signedHeaders = signedHeaderList.split(';');
  for (const required of ['host', 'x-amz-date', 'x-amz-content-sha256']) {
    if (!signedHeaders.includes(required)) return { status: 403, code: 'AccessDenied', message: `${required} must be signed` };
  }
  const amzDate = header('x-amz-date') ?? '';
  const when = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
  if (!when || amzDate.slice(0, 8) !== day) return { status: 403, code: 'AccessDenied', message: 'X-Amz-Date is missing, malformed or not the credential day' };
  const at = Date.UTC(+when[1]!, +when[2]! - 1, +when[3]!, +when[4]!, +when[5]!, +when[6]!);
  if (Math.abs(at - request.now.getTime()) > 15 * 60_000) return { status: 403, code: 'RequestTimeTooSkewed', message: 'The difference between the request time and the current time is too large.' };
  const payloadHash = header('x-amz-content-sha256') ?? '';
  if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== sha256Hex(request.body)) {
    return { status: 400, code: 'XAmzContentSHA256Mismatch', message: 'The provided x-amz-content-sha256 header does not match what was computed.' };
  }

  // The canonical request, from what arrived.
  const path = request.rawPath.split('/').map((segment) => uriEncode(decodeURIComponent(segment))).join('/');
  const query = [...request.query].map(([k, v]) => [uriEncode(k), uriEncode(v)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0)).map(([k, v]) => `${k}=${v}`).join('&');
  const canonicalHeaders = signedHeaders.map((name) => `${name}:${(header(name) ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const canonicalRequest = `${request.method}\n${path}\n${query}\n${canonicalHeaders}\n${signedHeaderList}\n${payloadHash}`;
  const scope = `${day}/${region}/s3/aws4_request`;
  const stringToSign = `AWS4-HMAC-SHA256\n${amzDate}\n${scope}\n${sha256Hex(canonicalRequest)}`;
  let key: Buffer = createHmac('sha256', `AWS4${secret}`).update(day).digest();
  for (const part of [region, 's3', 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
  const expected = createHmac('sha256', key).update(stringToSign).digest();
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) {
    return { status: 403, code: 'SignatureDoesNotMatch', message: 'The request signature we calculated does not match the signature you provided. Check your key and signing method.' };
  }
  return null;
}
