import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { subscribe } from '../../test/graphql-client.js';
import { databaseUrl } from '../../test/database.js';
import { startTestServer, type TestServer } from '../../test/harness.js';

const TYPO = `{ currentPortal { nam } }`;
const TYPO_ARGUMENT = `{ myRequests(fist: 5) { nodes { id } } }`;
const TYPO_SUBSCRIPTION = `subscription { myRequestChanged { numbr } }`;

let development: TestServer;
let production: TestServer;
beforeAll(async () => {
  development = await startTestServer();
  // The same database, served as NODE_ENV=production serves it.
  production = await startTestServer({ databaseUrl: databaseUrl(development.database!), production: true });
});
afterAll(async () => {
  await production?.stop();
  await development?.stop();
});

describe('field suggestions ("Did you mean …?") name the schema to strangers: off in production', () => {
  it('NODE_ENV=production turns them off; any other NODE_ENV keeps them', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).production).toBe(false);
    expect(loadConfig({}).production).toBe(false);
  });

  it('in development, a mistyped field or argument is answered with graphql\'s suggestion', async () => {
    const field = await development.client().request(TYPO);
    expect(field.errors?.[0]).toMatchObject({ message: 'O campo "nam" não existe em "Portal".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', original: expect.stringContaining('Did you mean "name"') } });
    const argument = await development.client().request(TYPO_ARGUMENT);
    expect(argument.errors?.[0]?.message).toContain('Did you mean "first"?');

    const ws = development.client().ws();
    const sub = subscribe(ws, TYPO_SUBSCRIPTION);
    await sub.next(1);
    expect(JSON.stringify(sub.error)).toMatch(/Did you mean \\"number\\"/);
    await ws.dispose();
  });

  it('in production, neither the message nor extensions.original suggests a name, over HTTP and WebSocket', async () => {
    const field = await production.client().request(TYPO);
    expect(field.errors).toEqual([expect.objectContaining({
      message: 'O campo "nam" não existe em "Portal".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', original: 'Cannot query field "nam" on type "Portal".' },
    })]);
    const argument = await production.client().request(TYPO_ARGUMENT);
    expect(argument.errors?.[0]?.message).toBe('Requisição inválida: Unknown argument "fist" on field "Query.myRequests".');
    expect(JSON.stringify([field, argument])).not.toMatch(/Did you mean/);

    const ws = production.client().ws();
    const sub = subscribe(ws, TYPO_SUBSCRIPTION);
    await sub.next(1);
    expect(JSON.stringify(sub.error)).toMatch(/numbr/);
    expect(JSON.stringify(sub.error)).not.toMatch(/Did you mean/);
    await ws.dispose();
  });
});
