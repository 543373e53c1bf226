import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type S3Config } from '../../../config.js';
import { minimalPdf } from '../../../demo/demo-pdf.js';
import { DevelopmentKind } from '../../../modules/developments/development.entity.js';
import type { GraphQLClient } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { httpExchange } from '../../../test/http.js';
import { startS3Server, verifySigV4, type TestS3Server } from '../../../test/s3-server.js';
import { StaffRole, World } from '../../../test/world.js';
import { LocalDiskStore } from '../file-store.js';
import { S3Store } from '../s3-store.js';
import { StoredFile } from '../stored-file.entity.js';

const BUCKET = 'habite-files';
const KEYS = { accessKeyId: 'HABITETESTKEY', secretAccessKey: 'segredo/de+teste' };

let s3: TestS3Server;
let server: TestServer;
let s3Config: S3Config;
beforeAll(async () => {
  s3 = await startS3Server({ region: 'sa-east-1', buckets: [BUCKET], credentials: [KEYS] });
  s3Config = { endpoint: s3.endpoint, bucket: BUCKET, region: 'sa-east-1', ...KEYS };
  server = await startTestServer({ s3: s3Config });
});
afterAll(async () => {
  await server?.stop();
  await s3?.close();
});

const objects = () => s3.buckets.get(BUCKET)!;
const read = async (body: Readable | null) => {
  if (!body) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};
/** What DATA_DIR/files holds: nothing, when files go to S3. */
const onDisk = async () => (await readdir(join(server.config.dataDir, 'files'), { recursive: true }).catch(() => [] as string[])).length;
const get = (path: string, client: GraphQLClient) => httpExchange(`${server.url}${path}`, { headers: { cookie: client.cookieHeader() } });
const KEY = '0f0f0f0f-0000-4000-8000-000000000001';

describe('the test S3 server checks AWS Signature V4 as AWS documents it', () => {
  it('accepts AWS\'s published GET Object example, and refuses it with another secret, another body or another path', () => {
    // "Example: GET Object" of AWS's Signature Version 4 documentation for S3 (header-based auth).
    const example = {
      method: 'GET', rawPath: '/test.txt', query: new URLSearchParams(), body: Buffer.alloc(0), region: 'us-east-1', now: new Date('2013-05-24T00:00:00Z'),
      headers: {
        host: 'examplebucket.s3.amazonaws.com', range: 'bytes=0-9', 'x-amz-date': '20130524T000000Z',
        'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        authorization: 'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
      },
    };
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    expect(verifySigV4({ ...example, secretFor: () => secret })).toBeNull();
    expect(verifySigV4({ ...example, secretFor: () => `${secret}x` })?.code).toBe('SignatureDoesNotMatch');
    expect(verifySigV4({ ...example, rawPath: '/test2.txt', secretFor: () => secret })?.code).toBe('SignatureDoesNotMatch');
    expect(verifySigV4({ ...example, body: Buffer.from('x'), secretFor: () => secret })?.code).toBe('XAmzContentSHA256Mismatch');
    expect(verifySigV4({ ...example, secretFor: () => undefined })?.code).toBe('InvalidAccessKeyId');
    expect(verifySigV4({ ...example, now: new Date('2013-05-24T01:00:00Z'), secretFor: () => secret })?.code).toBe('RequestTimeTooSkewed');
  });
});

describe('S3Store: stored files in an S3-compatible bucket (PUT, GET, DELETE, Signature V4)', () => {
  it('puts, reads and removes an object; a missing object is null; removing nothing is fine', async () => {
    const store = new S3Store(s3Config);
    const bytes = minimalPdf('S3', ['objeto']);
    await store.put(KEY, bytes);
    expect(objects().get(KEY)?.equals(bytes)).toBe(true);
    expect((await read(await store.open(KEY)))?.equals(bytes)).toBe(true);
    await store.remove(KEY);
    expect(objects().has(KEY)).toBe(false);
    expect(await store.open(KEY)).toBeNull();
    await store.remove(KEY);
    await expect(store.put('../fora', bytes)).rejects.toThrow(/invalid file key/);
  });

  it('a wrong secret or an unknown key is refused by the server (403), and nothing is stored', async () => {
    const before = s3.requests.length;
    await expect(new S3Store({ ...s3Config, secretAccessKey: 'errado' }).put(KEY, Buffer.from('x'))).rejects.toThrow('S3 PUT 0f0f0f0f-0000-4000-8000-000000000001 failed: HTTP 403 SignatureDoesNotMatch');
    await expect(new S3Store({ ...s3Config, accessKeyId: 'OUTRA' }).open(KEY)).rejects.toThrow(/HTTP 403 InvalidAccessKeyId/);
    await expect(new S3Store({ ...s3Config, bucket: 'outro-bucket' }).put(KEY, Buffer.from('x'))).rejects.toThrow(/HTTP 404 NoSuchBucket/);
    expect(s3.requests.slice(before).map((r) => r.status)).toEqual([403, 403, 404]);
    expect(objects().has(KEY)).toBe(false);
  });

  it('S3 settings are all five or none: half of them refuses to start, naming what is missing', () => {
    expect(loadConfig({}).s3).toBeUndefined();
    const all = { S3_ENDPOINT: 'https://s3.sa-east-1.amazonaws.com/', S3_BUCKET: 'habite', S3_REGION: 'sa-east-1', S3_ACCESS_KEY_ID: 'AK', S3_SECRET_ACCESS_KEY: 'SK' };
    expect(loadConfig(all).s3).toEqual({ endpoint: 'https://s3.sa-east-1.amazonaws.com', bucket: 'habite', region: 'sa-east-1', accessKeyId: 'AK', secretAccessKey: 'SK' });
    expect(() => loadConfig({ S3_ENDPOINT: all.S3_ENDPOINT, S3_BUCKET: 'habite' })).toThrow(
      'armazenamento S3 configurado pela metade: defina também S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY (ou nenhuma das variáveis S3_*, para guardar os arquivos em DATA_DIR/files)',
    );
    expect(() => loadConfig({ ...all, S3_ENDPOINT: 'https://s3.example.com/habite' })).toThrow(/S3_ENDPOINT deve ser só o endereço/);
    expect(() => loadConfig({ ...all, S3_ENDPOINT: 's3.example.com' })).toThrow(/S3_ENDPOINT deve ser um endereço http/);
    expect(() => loadConfig({ ...all, S3_BUCKET: 'Meu Bucket' })).toThrow(/S3_BUCKET deve ser um nome de bucket válido/);
  });
});

describe('with S3 configured, every file lives in the bucket, behind the same access rules', () => {
  it('SPEC §4: a contract document uploaded by staff is stored in S3 (not on disk) and served from it to the customer who sees the contract', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { reservation } = await world.soldUnit(ana.customer);
    const contract = await world.contract(reservation);
    const { client: manager } = await world.staff(StaffRole.MANAGER);
    const pdf = minimalPdf('Contrato no S3', ['A-101']);
    const sent = await httpExchange(`${server.url}/files`, {
      method: 'POST', body: pdf,
      headers: { 'x-habite-app': 'admin', 'x-habite-file-name': 'contrato.pdf', 'x-habite-file-purpose': 'CONTRACT_DOCUMENT', cookie: manager.cookieHeader() },
    });
    expect(sent.status).toBe(201);
    const id = sent.json().id as string;
    expect(objects().get(id)?.equals(pdf)).toBe(true);
    expect(await onDisk()).toBe(0);
    await manager.ok(`mutation($c: ID!, $f: ID) { setContractDocument(contractId: $c, fileId: $f) { id } }`, { c: contract.id, f: id });
    const customer = await ana.client();
    const answer = await get(`/files/${id}`, customer);
    expect([answer.status, answer.headers['content-type'], answer.body.equals(pdf)]).toEqual([200, 'application/pdf', true]);
    // The disk store of the same DATA_DIR knows nothing of it.
    expect(await new LocalDiskStore(join(server.config.dataDir, 'files')).open(id)).toBeNull();
    // Replacing the document removes the old object from the bucket.
    await manager.ok(`mutation($c: ID!, $f: ID) { setContractDocument(contractId: $c, fileId: $f) { id } }`, { c: contract.id, f: null });
    expect(objects().has(id)).toBe(false);
  });

  it('R-FIN-7: a customer\'s photo of a payment proof goes to S3 re-encoded, with its thumbnail, and is served from there to whoever sees the bill', async () => {
    const world = await World.create(server, { showCustomerPayments: true });
    const work = await world.development2('Obra S3', { kind: DevelopmentKind.WORK });
    const silvia = await world.customer();
    const { reservation } = await world.soldUnit(silvia.customer, { development: work });
    const { installments } = await world.plan(reservation, { series: 'Medições', installments: [{ dueDate: '2026-12-20', amountCents: 100_000 }] });
    const bill = await world.bill({ installment: installments[0]! });
    const client = await silvia.client();
    const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 40, g: 120, b: 200 } } }).jpeg().toBuffer();
    const sent = await httpExchange(`${server.url}/files`, {
      method: 'POST', body: photo, headers: { 'x-habite-file-name': 'comprovante.jpg', 'x-habite-file-purpose': 'PAYMENT_PROOF', cookie: client.cookieHeader() },
    });
    expect(sent.status).toBe(201);
    const id = sent.json().id as string;
    expect(objects().has(id) && objects().has(`${id}.thumbnail`)).toBe(true);
    expect(await onDisk()).toBe(0);
    await client.ok(`mutation($b: ID!, $f: ID!) { markBillPaid(billId: $b, proofFileId: $f) }`, { b: bill.id, f: id });
    const answer = await get(`/files/${id}`, client);
    expect([answer.status, answer.headers['content-type'], answer.body.equals(objects().get(id)!)]).toEqual([200, 'image/jpeg', true]);
    const thumbnail = await get(`/files/${id}?variant=thumbnail`, client);
    expect([thumbnail.status, thumbnail.body.equals(objects().get(`${id}.thumbnail`)!)]).toEqual([200, true]);
    const other = await (await world.customer()).client();
    expect((await get(`/files/${id}`, other)).status).toBe(404);
    expect((await get(`/files/${id}?variant=thumbnail`, other)).status).toBe(404);
  });

  it('R-UNIT-4: a file whose object is missing from the bucket is the same clean NOT_FOUND as a missing file (and is logged)', async () => {
    const world = await World.create(server);
    const ana = await world.customer();
    const { reservation } = await world.soldUnit(ana.customer);
    const { file } = await world.contractDocument(await world.contract(reservation));
    expect(objects().has(file.id)).toBe(true);
    const client = await ana.client();
    expect((await get(`/files/${file.id}`, client)).status).toBe(200);
    objects().delete(file.id);
    const gone = await get(`/files/${file.id}`, client);
    const missing = await get('/files/00000000-0000-4000-8000-00000000f11e', client);
    expect([gone.status, gone.body.toString()]).toEqual([404, missing.body.toString()]);
    expect(JSON.parse(gone.body.toString()).errors[0].extensions.code).toBe('NOT_FOUND');
    expect(server.logs.some((l) => l.msg === 'stored file has no bytes in the file store' && l.fileId === file.id)).toBe(true);
  });

  it('an S3 that refuses the credentials fails the upload with a clean error, and writes no row', async () => {
    const refused = await startTestServer({ s3: { ...s3Config, secretAccessKey: 'segredo-errado' } });
    try {
      const world = await World.create(refused);
      const { client } = await world.staff(StaffRole.ADMIN);
      const before = await refused.em().count(StoredFile, {});
      const sent = await httpExchange(`${refused.url}/files`, {
        method: 'POST', body: minimalPdf('x', []),
        headers: { 'x-habite-app': 'admin', 'x-habite-file-name': 'x.pdf', 'x-habite-file-purpose': 'CONTRACT_DOCUMENT', cookie: client.cookieHeader() },
      });
      expect([sent.status, sent.json().errors[0].extensions.code]).toEqual([500, 'INTERNAL_SERVER_ERROR']);
      expect(await refused.em().count(StoredFile, {})).toBe(before);
      expect(refused.logs.some((l) => /SignatureDoesNotMatch/.test(JSON.stringify(l.err ?? '')))).toBe(true);
    } finally {
      await refused.stop();
    }
  });
});
