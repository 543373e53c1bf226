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
import type { FileStore } from './file-store.js';
import { ACCEPTED_TYPES, typeOf } from './file-types.js';
import { EmptyFileError, FileTooLargeError, FileTypeError } from './files.errors.js';
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
   * A member of staff uploads a file of one kind; it waits, unattached, until a mutation attaches
   * it to its owner. Refused (nothing written, on disk or in the database) when empty, too big,
   * of a type the kind does not accept (by content), or badly named.
   */
  /** `uploader`: a member of staff, or a portal user (a customer's payment proof, R-FIN-7). */
  async upload(em: EntityManager, staff: Pick<StaffViewer, 'companyId'> & { account: { id: string } }, input: { kind: FileOwnerKind; name: string; bytes: Buffer }): Promise<StoredFile> {
    const { store, clock, maxBytes } = this.deps;
    const name = fileName(input.name);
    if (input.bytes.length === 0) throw new EmptyFileError();
    if (input.bytes.length > maxBytes) throw new FileTooLargeError(maxBytes, input.bytes.length);
    const type = typeOf(input.bytes, input.kind);
    if (!type) throw new FileTypeError(ACCEPTED_TYPES[input.kind].map((t) => t.label));
    const file = em.create(StoredFile, {
      company: staff.companyId, ownerKind: input.kind, ownerId: null, createdBy: staff.account.id, createdAt: clock.now(),
      name: withExtension(name, type.extension), contentType: type.contentType, size: input.bytes.length,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
    });
    // Bytes first: a row never points at nothing. If the row cannot be written, the bytes go.
    await store.put(file.id, input.bytes);
    try {
      await em.persist(file).flush();
    } catch (err) {
      await store.remove(file.id);
      throw err;
    }
    await this.sweepPending(em, staff.companyId);
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
   * `attach` for a portal user's own upload (a customer's payment proof): a file of that kind, not
   * attached yet, that this account sent (BAD_USER_INPUT naming `fileId` otherwise), locked.
   */
  async attachOwn(tx: EntityManager, accountId: string, fileId: string, kind: FileOwnerKind, ownerId: string): Promise<StoredFile> {
    const file = UUID.test(fileId) ? await tx.findOne(StoredFile, { id: fileId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!file || file.ownerId || file.ownerKind !== kind || file.createdBy?.id !== accountId) {
      throw new BadInputError('proofFileId', 'Comprovante não encontrado entre os arquivos que você enviou: envie o arquivo de novo.');
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

  /** After the commit: the bytes of files whose rows are gone (a failure only leaves bytes nobody can reach). */
  async discard(keys: readonly string[]): Promise<void> {
    for (const key of keys) {
      await this.deps.store.remove(key).catch((err) => this.deps.logger.warn({ err, key }, 'stored file bytes not removed'));
    }
  }

  /** The file and its bytes for a download, or null (missing, hidden, out of scope: the same null). */
  async read(em: EntityManager, reader: FileReader, id: string): Promise<{ file: StoredFile; body: Readable } | null> {
    const file = await readableFile(em, reader, id);
    if (!file) return null;
    const body = await this.deps.store.open(file.id);
    if (!body) {
      this.deps.logger.warn({ fileId: file.id }, 'stored file has no bytes in the file store');
      return null;
    }
    return { file, body };
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
