import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Account } from '../modules/auth/account.entity.js';
import type { Company } from '../modules/company/company.entity.js';
import { FileOwnerKind, StoredFile } from '../modules/files/stored-file.entity.js';
import { MessageAuthorKind, MessageVisibility, RequestMessage } from '../modules/requests/request-message.entity.js';
import type { Request } from '../modules/requests/request.entity.js';

/**
 * The demo's requests, finished (README "Pedidos"): an assistência with photos and a conversation —
 * the customer's photos sent when opening and with a reply, staff's public replies, an internal note
 * the customer never sees, an assignee — and a finished one the customer rated.
 */
export function seedRequestConversations(em: EntityManager, opts: {
  company: Company; now: Date;
  leak: Request; rated: Request;
  customer: Account; agent: Account; admin: Account;
}): { id: string; bytes: Buffer }[] {
  const { company, now, leak, rated, customer, agent, admin } = opts;
  const files: { id: string; bytes: Buffer }[] = [];
  const at = (minutesAfterOpening: number) => new Date(leak.createdAt.getTime() + minutesAfterOpening * 60_000);
  const photo = (ownerId: string, name: string, colours: Rgb[], when: Date, by: Account) => {
    const bytes = demoPhoto(colours);
    const file = em.create(StoredFile, {
      company, ownerKind: FileOwnerKind.REQUEST_PHOTO, ownerId, name, contentType: 'image/png', size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'), width: WIDTH, height: HEIGHT, createdBy: by, createdAt: when,
    });
    files.push({ id: file.id, bytes });
  };
  const say = (author: Account, authorKind: MessageAuthorKind, body: string, minutes: number, visibility = MessageVisibility.PUBLIC) =>
    em.create(RequestMessage, { request: leak, author, authorKind, body, visibility, createdAt: at(minutes) });

  // Sent with the request when Ana opened it (owned by the request).
  photo(leak.id, 'pia-cozinha.png', [[120, 160, 200], [235, 235, 235]], leak.createdAt, customer);
  photo(leak.id, 'armario-molhado.png', [[150, 110, 80], [90, 140, 190]], leak.createdAt, customer);
  say(agent, MessageAuthorKind.STAFF, 'Olá, Ana! Recebemos as fotos. Consegue dizer se o vazamento é contínuo ou só quando a torneira está aberta?', 40);
  const reply = say(customer, MessageAuthorKind.CUSTOMER, 'Só quando a torneira está aberta. Mandei mais uma foto, de perto.', 95);
  photo(reply.id, 'sifao.png', [[70, 70, 80], [200, 220, 240]], reply.createdAt, customer);
  say(agent, MessageAuthorKind.STAFF, 'Provável vedação do sifão (garantia de 1 ano). Fornecedor Hidro+ avisado; cliente prefere visita pela manhã.', 110, MessageVisibility.INTERNAL);
  say(agent, MessageAuthorKind.STAFF, 'Obrigado! Um técnico vai trocar a vedação do sifão. Vamos combinar a visita por aqui.', 120);
  leak.assignee = agent;
  leak.updatedAt = at(120);

  // A finished assistance, rated by its opener.
  Object.assign(rated, { ratingScore: 5, ratingComment: 'Equipe pontual e deixou tudo limpo.', ratedAt: new Date(Math.min(now.getTime(), rated.finishedAt!.getTime() + 3_600_000)) });
  em.create(RequestMessage, { request: rated, author: admin, authorKind: MessageAuthorKind.STAFF, body: 'Reparo concluído. Se a infiltração voltar, responda aqui.', visibility: MessageVisibility.PUBLIC, createdAt: rated.finishedAt! });
  return files;
}

type Rgb = [number, number, number];
const WIDTH = 320;
const HEIGHT = 240;

/** A small PNG "photo" (two colours in diagonal bands), made without an image library so the demo loads synchronously. */
function demoPhoto([a, b]: Rgb[]): Buffer {
  const raw = Buffer.alloc((WIDTH * 3 + 1) * HEIGHT);
  for (let y = 0; y < HEIGHT; y++) {
    const row = y * (WIDTH * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < WIDTH; x++) {
      const c = Math.floor((x + y) / 40) % 2 ? a! : b!;
      raw.set(c, row + 1 + x * 3);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(WIDTH, 0);
  ihdr.writeUInt32BE(HEIGHT, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
