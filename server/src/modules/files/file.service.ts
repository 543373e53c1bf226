import { createHash } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Readable } from 'node:stream';
import type { Clock } from '../../clock.js';
import { BadInputError, NotFoundError } from '../../domain-errors.js';
import type { Logger } from '../../logger.js';
import { getInScope, LOCKED_WRITE } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { readableFile, type FileReader } from './file-access.js';
import { thumbnailKey, type FileStore } from './file-store.js';
import { ACCEPTED_TYPES, isHeic, typeOf } from './file-types.js';
import { EmptyFileError, FileTooLargeError, FileTypeError, HeicError } from './files.errors.js';
import { processImage } from './image-pipeline.js';
import { FileOwnerKind, StoredFile } from './stored-file.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An upload nobody attached within a day is removed (at the company's next upload). */
const PENDING_TTL_MS = 24 * 3_600_000;

/**
 * Habite's files: uploads checked by content and size, their bytes in the file store, their rows
 * saying whose they are; downloads only through the owner's access rule (file-access.ts).
 */
export class FileService {
  constructor(private readonly deps: { store: FileStore; clock: Clock; logger: Logger; maxBytes: number }) {}

  get maxBytes(): number {
    return this.deps.maxBytes;
  }

  get store(): FileStore {
    return this.deps.store;
  }

  /**
   * A file of one kind is uploaded (by a member of staff, or by a portal user for the portal kinds
   * of `FILE_KINDS`); it waits, unattached, until a mutation attaches it to its owner. Refused
   * (nothing written, in the store or in the database) when empty, too big, of a type the kind
   * does not accept (by content; HEIC with its own way out), an image of too many pixels or that
   * cannot be decoded, or badly named. An image is kept re-encoded, without metadata, with a
   * thumbnail (image-pipeline.ts).
   */
  async upload(em: EntityManager, uploader: Pick<StaffViewer, 'companyId'> & { account: { id: string } }, input: { kind: FileOwnerKind; name: string; bytes: Buffer }): Promise<StoredFile> {
    const { store, clock, maxBytes } = this.deps;
    const name = fileName(input.name);
    if (input.bytes.length === 0) throw new EmptyFileError();
    if (input.bytes.length > maxBytes) throw new FileTooLargeError(maxBytes, input.bytes.length);
    const accepted = ACCEPTED_TYPES[input.kind];
    const sent = typeOf(input.bytes, input.kind);
    if (!sent) throw isHeic(input.bytes) && accepted.some((t) => t.image) ? new HeicError(accepted.map((t) => t.label)) : new FileTypeError(accepted.map((t) => t.label));
    const image = sent.image ? await processImage(input.bytes) : null;
    const type = image?.type ?? sent;
    const bytes = image?.bytes ?? input.bytes;
    const file = em.create(StoredFile, {
      company: uploader.companyId, ownerKind: input.kind, ownerId: null, createdBy: uploader.account.id, createdAt: clock.now(),
      name: withExtension(image ? withoutImageExtension(name) : name, type.extension), contentType: type.contentType, size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      width: image?.width ?? null, height: image?.height ?? null, thumbnailSize: image?.thumbnail.length ?? null,
    });
    // Bytes first: a row never points at nothing. If the row cannot be written, the bytes go.
    try {
      await store.put(file.id, bytes);
      if (image) await store.put(thumbnailKey(file.id), image.thumbnail);
      await em.persist(file).flush();
    } catch (err) {
      await this.discard([file.id]);
      throw err;
    }
    await this.sweepPending(em, uploader.companyId);
    return file;
  }

  /**
   * Attaches an upload of `kind` to its owner, inside the caller's transaction (locked): only a
   * file of that kind, not attached yet, uploaded by this member of staff (BAD_USER_INPUT naming `fileId` otherwise).
   */
  async attach(tx: EntityManager, staff: StaffViewer, fileId: string, kind: FileOwnerKind, ownerId: string): Promise<StoredFile> {
    const file = await getInScope(tx, staff, StoredFile, fileId, LOCKED_WRITE).catch((err) => {
      if (err instanceof NotFoundError) return null;
      throw err;
    });
    if (!file || file.ownerId || file.ownerKind !== kind || file.createdBy?.id !== staff.account.id) {
      throw new BadInputError('fileId', 'Arquivo não encontrado entre os que você enviou: envie o arquivo de novo.');
    }
    file.ownerId = ownerId;
    return file;
  }

  /**
   * `attach` for a portal user's own upload (a customer's payment proof, a request's photo): a file
   * of that kind, not attached yet, that this account sent (BAD_USER_INPUT naming `field` otherwise), locked.
   */
  async attachOwn(tx: EntityManager, accountId: string, fileId: string, kind: FileOwnerKind, ownerId: string, field = 'proofFileId'): Promise<StoredFile> {
    const file = UUID.test(fileId) ? await tx.findOne(StoredFile, { id: fileId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!file || file.ownerId || file.ownerKind !== kind || file.createdBy?.id !== accountId) {
      const what = kind === FileOwnerKind.PAYMENT_PROOF ? 'Comprovante não encontrado' : 'Arquivo não encontrado';
      throw new BadInputError(field, `${what} entre os arquivos que você enviou: envie o arquivo de novo.`);
    }
    file.ownerId = ownerId;
    return file;
  }

  /** The files attached to these owners, by owner id (one per owner for the kinds that have one). */
  async ofOwners(em: EntityManager, kind: FileOwnerKind, ownerIds: readonly string[]): Promise<StoredFile[]> {
    return ownerIds.length ? em.find(StoredFile, { ownerKind: kind, ownerId: { $in: [...ownerIds] } }, { orderBy: { createdAt: 'desc' } }) : [];
  }

  /** Removes these files' rows in the caller's transaction; call `discard` with the result after the commit. */
  detach(tx: EntityManager, files: readonly StoredFile[]): string[] {
    for (const file of files) tx.remove(file);
    return files.map((f) => f.id);
  }

  /** After the commit: the bytes of files whose rows are gone, thumbnails too (a failure only leaves bytes nobody can reach). */
  async discard(keys: readonly string[]): Promise<void> {
    for (const key of keys.flatMap((k) => [k, thumbnailKey(k)])) {
      await this.deps.store.remove(key).catch((err) => this.deps.logger.warn({ err, key }, 'stored file bytes not removed'));
    }
  }

  /**
   * The file and its bytes for a download — or its thumbnail's (`variant: 'thumbnail'`, images
   * only) — or null (missing, hidden, out of scope, no thumbnail: the same null).
   */
  async read(em: EntityManager, reader: FileReader, id: string, variant: 'original' | 'thumbnail' = 'original'): Promise<{ file: StoredFile; body: Readable; size: number } | null> {
    const file = await readableFile(em, reader, id);
    if (!file) return null;
    if (variant === 'thumbnail' && file.thumbnailSize == null) return null;
    const body = await this.deps.store.open(variant === 'thumbnail' ? thumbnailKey(file.id) : file.id);
    if (!body) {
      this.deps.logger.warn({ fileId: file.id, variant }, 'stored file has no bytes in the file store');
      return null;
    }
    return { file, body, size: variant === 'thumbnail' ? file.thumbnailSize! : file.size };
  }

  /** Uploads nobody attached in time: rows and bytes. */
  private async sweepPending(em: EntityManager, companyId: string): Promise<void> {
    const stale = await em.find(StoredFile, { company: companyId, ownerId: null, createdAt: { $lt: new Date(this.deps.clock.now().getTime() - PENDING_TTL_MS) } }, { limit: 100 });
    if (!stale.length) return;
    await em.nativeDelete(StoredFile, { id: { $in: stale.map((f) => f.id) } });
    await this.discard(stale.map((f) => f.id));
  }
}

/** The name a file is stored and downloaded under: the last part of what was sent, printable, at most 200 characters. */
export function fileName(raw: string): string {
  const name = raw.split(/[/\\]/).pop()!.trim();
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) throw new BadInputError('name', 'O nome do arquivo tem caracteres inválidos. Renomeie o arquivo e envie de novo.');
  if (!name) throw new BadInputError('name', 'Informe o nome do arquivo.');
  if (name.length > 200) throw new BadInputError('name', 'O nome do arquivo deve ter no máximo 200 caracteres.');
  return name;
}

const withExtension = (name: string, extension: string) => (name.toLowerCase().endsWith(`.${extension}`) ? name : `${name}.${extension}`);

/** "foto.HEIC.png" → "foto.HEIC": a re-encoded image gets the extension of what it became. */
const withoutImageExtension = (name: string) => name.replace(/\.(jpe?g|png|webp|hei[cf]|avif|gif)$/i, '') || name;
