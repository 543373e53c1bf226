import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync, crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimalPdf } from '../../../demo/demo-pdf.js';
import type { GraphQLClient } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { httpExchange, type RawResponse } from '../../../test/http.js';
import { StaffRole, World } from '../../../test/world.js';
import { StoredFile } from '../stored-file.entity.js';

const LIMIT = 1_048_576;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ uploadMaxBytes: LIMIT });
});
afterAll(() => server?.stop());

/** POST /files as this client, with the headers its app sends. */
function upload(client: GraphQLClient, bytes: Buffer, purpose: string, name: string, app: 'admin' | 'client' = 'admin') {
  return httpExchange(`${server.url}/files`, {
    method: 'POST', body: bytes,
    headers: { 'content-type': 'application/octet-stream', 'x-habite-app': app, 'x-habite-file-name': encodeURIComponent(name), 'x-habite-file-purpose': purpose, cookie: client.cookieHeader() },
  });
}
const get = (path: string, client: GraphQLClient) => httpExchange(`${server.url}${path}`, { headers: { cookie: client.cookieHeader() } });

/** A photo as a phone takes it: 3000×1000 pixels, EXIF orientation 6 (to be turned upright), the camera, its owner and the GPS position. */
const phonePhoto = () => sharp({ create: { width: 3000, height: 1000, channels: 3, background: { r: 200, g: 30, b: 30 } } })
  .jpeg()
  .withExif({
    IFD0: { Artist: 'Fotografo Secreto', Make: 'CameraX', Model: 'Modelo 12' },
    IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '23/1 33/1 1234/100', GPSLongitudeRef: 'W', GPSLongitude: '46/1 38/1 0/1' },
  })
  .withMetadata({ orientation: 6 })
  .toBuffer();

/** A PNG that only says it is `width`×`height` (a "decompression bomb": tiny file, huge picture). */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.alloc(1024))), chunk('IEND', Buffer.alloc(0))]);
}

/** Rows and files on disk: what a refused upload must leave exactly as it was. */
async function stored() {
  const onDisk = await readdir(join(server.config.dataDir, 'files'), { recursive: true }).catch(() => [] as string[]);
  return { rows: await server.em().count(StoredFile, {}), onDisk: onDisk.length };
}

describe('images are re-encoded on upload: upright, capped, without metadata, with a thumbnail', () => {
  it('a phone photo with GPS and camera EXIF comes back upright, at most 2560 px, with no EXIF/GPS/XMP at all, and a smaller 400 px thumbnail', async () => {
    const world = await World.create(server);
    const { client } = await world.staff(StaffRole.MANAGER);
    const photo = await phonePhoto();
    const before = await sharp(photo).metadata();
    expect([before.orientation, before.exif?.includes('Fotografo Secreto'), before.exif?.includes('CameraX')]).toEqual([6, true, true]);

    const sent = await upload(client, photo, 'WORK_LOG_PHOTO', 'IMG_0001.JPG');
    expect(sent.status).toBe(201);
    const { id, name, contentType, size } = sent.json();
    expect([name, contentType]).toEqual(['IMG_0001.jpg', 'image/jpeg']);

    const answer = await get(`/files/${id}`, client);
    expect([answer.status, answer.headers['content-type'], answer.body.length]).toEqual([200, 'image/jpeg', size]);
    const after = await sharp(answer.body).metadata();
    // Turned upright by its orientation (1000×3000), then scaled to 2560 on the long side.
    expect({ width: after.width, height: after.height, orientation: after.orientation, exif: after.exif, xmp: after.xmp, iptc: after.iptc, comments: after.comments })
      .toEqual({ width: 853, height: 2560, orientation: undefined, exif: undefined, xmp: undefined, iptc: undefined, comments: undefined });
    for (const secret of ['Fotografo Secreto', 'CameraX', 'Modelo 12', 'Exif']) expect(answer.body.includes(secret), secret).toBe(false);

    const thumbnail = await get(`/files/${id}?variant=thumbnail`, client);
    expect([thumbnail.status, thumbnail.headers['content-type'], thumbnail.headers['cache-control']]).toEqual([200, 'image/jpeg', 'private, no-store']);
    const small = await sharp(thumbnail.body).metadata();
    expect([small.width, small.height, small.exif]).toEqual([133, 400, undefined]);
    expect(thumbnail.body.length).toBeLessThan(answer.body.length);
    expect(Number(thumbnail.headers['content-length'])).toBe(thumbnail.body.length);

    const row = await server.em().findOneOrFail(StoredFile, id);
    expect([row.width, row.height, row.size, row.thumbnailSize]).toEqual([853, 2560, answer.body.length, thumbnail.body.length]);
    // Another variant, or a thumbnail of a PDF: the same 404 as a missing file.
    const missing = await get('/files/00000000-0000-4000-8000-00000000f11e', client);
    expect((await get(`/files/${id}?variant=original`, client)).body.equals(missing.body)).toBe(true);
    const pdf = (await upload(client, minimalPdf('Planta', []), 'WORK_LOG_ATTACHMENT', 'planta.pdf')).json();
    expect((await get(`/files/${pdf.id}`, client)).status).toBe(200);
    const noThumbnail = await get(`/files/${pdf.id}?variant=thumbnail`, client);
    expect([noThumbnail.status, noThumbnail.body.equals(missing.body)]).toEqual([404, true]);
  });

  it('a PNG with transparency is kept transparent as WebP; a small WebP is not enlarged', async () => {
    const world = await World.create(server);
    const { client } = await world.staff(StaffRole.ADMIN);
    const png = await sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } } }).png().toBuffer();
    const sent = (await upload(client, png, 'DEVELOPMENT_DOCUMENT', 'planta.png')).json();
    expect([sent.name, sent.contentType]).toEqual(['planta.webp', 'image/webp']);
    const meta = await sharp((await get(`/files/${sent.id}`, client)).body).metadata();
    expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(['webp', 300, 200, true]);
    const webp = await sharp({ create: { width: 120, height: 80, channels: 3, background: '#336699' } }).webp().toBuffer();
    const small = (await upload(client, webp, 'WORK_LOG_PHOTO', 'foto.webp')).json();
    expect([small.name, small.contentType]).toEqual(['foto.jpg', 'image/jpeg']);
    expect(await sharp((await get(`/files/${small.id}?variant=thumbnail`, client)).body).metadata()).toMatchObject({ width: 120, height: 80 });
  });

  it('refused by content, in words, writing nothing: a PDF or a text named .jpg, a HEIC photo, a decompression bomb, a cut-off JPEG, a photo over the limit', async () => {
    const world = await World.create(server);
    const { client } = await world.staff(StaffRole.ADMIN);
    const before = await stored();
    const photo = await phonePhoto();
    const cases: [string, Buffer, number, Record<string, unknown>, RegExp][] = [
      ['a PDF named .jpg', minimalPdf('Não é foto', []), 415, { code: 'BAD_USER_INPUT', field: 'file', reason: 'TYPE', accepted: ['JPEG', 'PNG', 'WebP'] }, /^O conteúdo do arquivo não é JPEG, PNG nem WebP\. Envie o documento em JPEG, PNG ou WebP\.$/],
      ['a text named .jpg', Buffer.from('isto não é uma foto'), 415, { reason: 'TYPE' }, /Envie o documento em JPEG, PNG ou WebP/],
      ['a HEIC photo', Buffer.concat([Buffer.from('000000186674797068656963', 'hex'), Buffer.alloc(64)]), 415, { reason: 'TYPE', detected: 'HEIC' }, /Fotos HEIC .*não são aceitas.*"Mais Compatível"/],
      ['a decompression bomb', pngClaiming(30_000, 30_000), 413, { reason: 'TOO_MANY_PIXELS', maxPixels: 120_000_000 }, /A imagem tem 30\.000 × 30\.000 pixels \(900 megapixels\); o máximo é 120 megapixels/],
      ['a cut-off JPEG', photo.subarray(0, Math.floor(photo.length * 0.6)), 400, { reason: 'UNREADABLE' }, /incompleto ou corrompido/],
      ['a photo over the limit', Buffer.concat([photo, Buffer.alloc(LIMIT)]), 413, { reason: 'TOO_LARGE', maxBytes: LIMIT }, /o máximo é 1 MB/],
    ];
    for (const [what, bytes, status, extensions, message] of cases) {
      const r: RawResponse = await upload(client, bytes, 'WORK_LOG_PHOTO', 'foto.jpg');
      expect(r.status, what).toBe(status);
      expect(r.json().errors[0], what).toMatchObject({ extensions, message: expect.stringMatching(message) });
    }
    expect(await stored()).toEqual(before);
  });
});

describe('who uploads which kind: one table (FILE_KINDS)', () => {
  it('R-FIN-7, R-WORK-4: documents and work-log files by ADMIN and MANAGER; payment proofs and request photos by portal users in their own session (not viewed as); everyone else 403, nothing written', async () => {
    const world = await World.create(server, { showSyndicAccess: true });
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#808080' } }).jpeg().toBuffer();
    const { client: manager } = await world.staff(StaffRole.MANAGER);
    const { client: agent } = await world.staff(StaffRole.AGENT);
    const ana = await world.customer();
    await world.soldUnit(ana.customer);
    const customer = await ana.client();
    const syndic = await (await world.syndic()).client();
    for (const kind of ['WORK_LOG_PHOTO', 'WORK_LOG_ATTACHMENT', 'DEVELOPMENT_DOCUMENT', 'CONTRACT_DOCUMENT', 'SYNDIC_FILE']) {
      const bytes = kind.endsWith('PHOTO') ? photo : minimalPdf('x', []);
      expect((await upload(manager, bytes, kind, 'x')).status, `${kind} by a MANAGER`).toBe(201);
      expect((await upload(agent, bytes, kind, 'x')).status, `${kind} by an AGENT`).toBe(403);
      expect((await upload(customer, bytes, kind, 'x', 'client')).status, `${kind} by a customer`).toBe(403);
    }
    // R-WORK-4: staff viewing as the customer are read-only, uploads included.
    const { startViewAsClient: url } = await manager.ok(`mutation($c: ID!) { startViewAsClient(customerId: $c) }`, { c: ana.customer.id });
    const view = server.client({ app: 'client' });
    await view.ok(`mutation($t: String!) { enterViewAsClient(input: { token: $t }) { account { id } } }`, { t: new URL(url).searchParams.get('token') });
    const before = await stored();
    expect((await upload(view, photo, 'REQUEST_PHOTO', 'x', 'client')).status).toBe(403);
    expect((await upload(view, photo, 'PAYMENT_PROOF', 'x', 'client')).status).toBe(403);
    expect((await upload(manager, photo, 'REQUEST_PHOTO', 'x')).status).toBe(403);
    expect((await upload(manager, photo, 'PAYMENT_PROOF', 'x')).status).toBe(403);
    expect((await upload(syndic, photo, 'PAYMENT_PROOF', 'x', 'client')).status).toBe(403);
    expect(await stored()).toEqual(before);
    expect((await upload(customer, photo, 'REQUEST_PHOTO', 'x', 'client')).status).toBe(201);
    expect((await upload(syndic, photo, 'REQUEST_PHOTO', 'x', 'client')).status).toBe(201);
    expect((await upload(customer, photo, 'PAYMENT_PROOF', 'x', 'client')).status).toBe(201);
    const { uploadLimits } = await manager.ok(`{ uploadLimits { maxBytes purposes { kind contentTypes } } }`);
    expect(uploadLimits.purposes).toContainEqual({ kind: 'REQUEST_PHOTO', contentTypes: ['image/jpeg', 'image/png', 'image/webp'] });
    expect(uploadLimits.purposes).toContainEqual({ kind: 'WORK_LOG_ATTACHMENT', contentTypes: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] });
  });
});
