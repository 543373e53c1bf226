import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../config.js';
import { startTestServer } from '../test/harness.js';
import { World } from '../test/world.js';

const root = resolve(import.meta.dirname, '..', '..', '..');
const MESSAGE = 'em produção (NODE_ENV=production) é preciso definir SMTP_URL';

/** Runs a process to its end: exit code and what it wrote. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // A server that did start would never end on its own.
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

/** The server's own build (tsc), once per file, into a folder of its own beside this repository's node_modules. */
let built: Promise<string> | null = null;
const build = () => (built ??= (async () => {
  const dir = await mkdtemp(join(tmpdir(), 'habite-main-'));
  await promisify(execFile)(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(root, 'server', 'tsconfig.build.json'), '--outDir', join(dir, 'dist')]);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
})());
afterAll(async () => {
  if (built) await rm(await built, { recursive: true, force: true });
});

describe('R-AUTH-3: production needs real e-mail', () => {
  it('R-AUTH-3: NODE_ENV=production without SMTP_URL refuses to start, saying what to set', async () => {
    const refused = startTestServer({ production: true, demo: true }, { smtp: false });
    await expect(refused).rejects.toBeInstanceOf(ConfigError);
    await expect(refused).rejects.toThrow(MESSAGE);
  });

  it('R-AUTH-3: the built server (node dist/main.js) prints the reason in Portuguese and exits with 1, before touching any database', async () => {
    const dir = await build();
    const dataDir = join(dir, 'data');
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' };
    const { code, stdout, stderr } = await run(process.execPath, [join(dir, 'dist', 'main.js'), '--demo'], env);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr.trim()).toBe(
      `O Habite não foi iniciado: ${MESSAGE}, por exemplo smtp://usuario:senha@servidor:587. Sem ele, links de acesso e convites não chegariam a ninguém.`,
    );
    // Not even the embedded database was started.
    expect(existsSync(dataDir)).toBe(false);
  }, 120_000);

  it('R-NOTIFY-3: with HABITE_WORKER=off the server only queues; `npm run worker` (node dist/worker.js), a process of its own, sends', async () => {
    const dir = await build();
    const server = await startTestServer({ worker: 'off' });
    try {
      const world = await World.create(server);
      const ana = await world.customer();
      const { unit } = await world.soldUnit(ana.customer);
      const request = await world.request({ openedBy: ana.account, unit });
      const { client: staff } = await world.staff();
      await staff.ok(`mutation($i: ChangeRequestStatusInput!) { changeRequestStatus(input: $i) { id } }`, { i: { requestId: request.id, statusId: world.statuses.doing.id } });
      await new Promise((r) => setTimeout(r, 1500));
      expect(server.smtp.received).toEqual([]);
      const worker = spawn(process.execPath, [join(dir, 'dist', 'worker.js')], {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: server.config.databaseUrl, SMTP_URL: server.config.smtpUrl, QUEUE_POLL_SECONDS: '0.5', LOG_LEVEL: 'silent', DATA_DIR: join(dir, 'worker-data') },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      worker.stderr.on('data', (chunk) => (stderr += chunk));
      const exited = new Promise<number | null>((done) => worker.on('close', done));
      try {
        const mail = await server.smtp.waitFor(ana.account.email, /Em andamento/, 20_000);
        expect(mail.text).toContain(`/pedidos/${request.id}`);
      } finally {
        worker.kill('SIGTERM');
      }
      expect(await exited).toBe(0);
      expect(stderr).toBe('');
    } finally {
      await server.stop();
    }
  }, 120_000);
});
