import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Where the bytes of stored files live, by key (the StoredFile id). Local disk today
 * (`DATA_DIR/files`); an S3-compatible store implements the same three calls.
 */
export interface FileStore {
  /** Stores `bytes` under `key`, whole or not at all: a reader never sees half a file. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes under `key`, or null when there are none. */
  open(key: string): Promise<Readable | null>;
  /** Removes what is under `key` (nothing there is fine). */
  remove(key: string): Promise<void>;
}

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Files under `root`, two-character folders by key (`ab/abcd…`), written to a temporary name and renamed into place. */
export class LocalDiskStore implements FileStore {
  constructor(readonly root: string) {}

  private path(key: string): string {
    // Keys are ids Habite made; anything else never reaches the disk (no path tricks).
    if (!KEY.test(key)) throw new Error(`invalid file key: ${key}`);
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

/** The store the configuration asks for: local disk under `DATA_DIR/files`. */
export function createFileStore(config: { dataDir: string }): FileStore {
  return new LocalDiskStore(join(config.dataDir, 'files'));
}
