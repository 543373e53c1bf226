import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../app.js';
import { loadConfig } from '../config.js';
import { GraphQLClient } from '../test/graphql-client.js';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;

let dataDir: string;
let running: RunningServer | null = null;
afterAll(async () => {
  await running?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function boot() {
  // No DATABASE_URL: the embedded PostgreSQL (PGlite over the wire protocol) under dataDir.
  const config = loadConfig({}, {
    databaseUrl: undefined, dataDir, port: 0, host: '127.0.0.1', demo: true, logLevel: 'silent',
    argon2: { memoryCost: 1024, timeCost: 1 }, clientDist: join(dataDir, 'none'), adminDist: join(dataDir, 'none'),
  });
  running = await startServer(config);
  return new GraphQLClient(`http://127.0.0.1:${running.port}`);
}

describe('embedded database (no DATABASE_URL)', () => {
  it('starts on PGlite with the demo, keeps what was written across a restart', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'habite-embedded-'));
    const first = await boot();
    expect(running!.embedded).toBe(true);
    const { signIn } = await first.ok(SIGN_IN, { input: { login: 'admin@horizonte.demo', password: 'demo-admin-1', kind: 'STAFF', tokenDelivery: 'BEARER' } });
    first.bearer = signIn.token;
    const { createStaffAccount } = await first.ok(`mutation { createStaffAccount(input: { name: "Persistida", email: "persistida@equipe.dev", role: AGENT }) { id } }`);
    await running!.close();
    running = null;

    const second = await boot();
    second.bearer = signIn.token;
    expect((await second.ok(`{ me { email } }`)).me).toEqual({ email: 'admin@horizonte.demo' });
    const read = await second.ok(`query($id: ID!) { account(id: $id) { name email } }`, { id: createStaffAccount.id });
    expect(read.account).toEqual({ name: 'Persistida', email: 'persistida@equipe.dev' });
  });
});
