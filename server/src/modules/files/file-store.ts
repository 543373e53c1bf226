import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { S3Config } from '../../config.js';
import { S3Store } from './s3-store.js';

/**
 * Where the bytes of stored files live, by key (the StoredFile id; an image's thumbnail under
 * `<id>.thumbnail`): local disk under `DATA_DIR/files` by default, an S3-compatible bucket when
 * `S3_*` is configured (`s3-store.ts`). Both implement the same three calls.
 */
export interface FileStore {
  /** Stores `bytes` under `key`, whole or not at all: a reader never sees half a file. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes under `key`, or null when there are none. */
  open(key: string): Promise<Readable | null>;
  /** Removes what is under `key` (nothing there is fine). */
  remove(key: string): Promise<void>;
}

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\.thumbnail)?$/;

/** Keys are ids Habite made (and their thumbnails'); anything else never reaches a store (no path tricks). */
export function assertKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`invalid file key: ${key}`);
}

/** Where the thumbnail of the image stored under `key` is kept. */
export const thumbnailKey = (key: string) => `${key}.thumbnail`;

/** Files under `root`, two-character folders by key (`ab/abcd…`), written to a temporary name and renamed into place. */
export class LocalDiskStore implements FileStore {
  constructor(readonly root: string) {}

  private path(key: string): string {
    assertKey(key);
    return join(this.root, key.slice(0, 2), key);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temporary, bytes, { flag: 'wx', mode: 0o640 });
      await rename(temporary, path);
    } catch (err) {
      await rm(temporary, { force: true });
      throw err;
    }
  }

  async open(key: string): Promise<Readable | null> {
    const path = this.path(key);
    try {
      if (!(await stat(path)).isFile()) return null;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    return createReadStream(path);
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}

/** The store the configuration asks for: the S3-compatible bucket of `S3_*` when set, else local disk under `DATA_DIR/files`. */
export function createFileStore(config: { dataDir: string; s3?: S3Config }): FileStore {
  return config.s3 ? new S3Store(config.s3) : new LocalDiskStore(join(config.dataDir, 'files'));
}
