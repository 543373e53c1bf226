import 'reflect-metadata';
import type { GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenScopeOf } from '../../../graphql/access.js';
import { createSchema } from '../../../graphql/schema.js';
import { changedTables, databaseFingerprint } from '../../../test/fingerprint.js';
import type { GraphQLClient } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { argumentsFor, isIdType, operationFor, rootFields, type ValuePath } from '../../../test/schema-walk.js';
import { World } from '../../../test/world.js';
import { tokenClient } from './integration-client.js';

/**
 * R-SYNC-1, walked over the whole schema: a READ token and an INTEGRATION token call every query
 * and mutation. A field that names no token scope is FORBIDDEN (TOKEN_SCOPE) to both — default
 * none —, an INTEGRATION field to the READ token; a refused call writes nothing. Whatever a token
 * may call is never refused for its scope.
 */
const MISSING = '00000000-0000-4000-8000-00000000abcd';
/** What every token call moves on purpose: its log line and the token's last use. */
const LOGGED = ['api_call', 'api_token'];

let server: TestServer;
let tokens: { scope: 'READ' | 'INTEGRATION'; client: GraphQLClient }[];

beforeAll(async () => {
  server = await startTestServer();
  const world = await World.create(server);
  tokens = [
    { scope: 'READ', client: (await tokenClient(server, world, ['READ'], 'Leitura')).client },
    { scope: 'INTEGRATION', client: (await tokenClient(server, world, ['INTEGRATION'], 'Integração')).client },
  ];
});
afterAll(() => server?.stop());

const allowed = (tokenScope: 'READ' | 'INTEGRATION', fieldScope: string | undefined) =>
  fieldScope === 'READ' || (fieldScope === 'INTEGRATION' && tokenScope === 'INTEGRATION');

describe('R-SYNC-1: token scopes, field by field, over the whole schema', () => {
  it('R-SYNC-1: every query and mutation refuses a token whose scope it does not name (none named: every token), and the refusal writes nothing', async () => {
    const schema = await createSchema();
    const fields = rootFields(schema);
    expect(fields.length).toBeGreaterThan(60);
    const problems: string[] = [];
    for (const { scope, client } of tokens) {
      for (const root of fields) {
        const fieldScope = tokenScopeOf(root.field);
        const args = argumentsFor(root, (_where: ValuePath, type: GraphQLInputType) => (isIdType(type) ? (type.toString().startsWith('[') ? [MISSING] : MISSING) : undefined));
        const before = await databaseFingerprint(server, LOGGED);
        const result = await client.request(operationFor(root, 1), args);
        const refused = result.errors?.some((e) => e.extensions?.code === 'FORBIDDEN' && e.extensions?.reason === 'TOKEN_SCOPE') ?? false;
        if (allowed(scope, fieldScope)) {
          if (refused) problems.push(`${scope} ${root.name}: refused, but the field names ${fieldScope}`);
          continue;
        }
        if (!refused) problems.push(`${scope} ${root.name}: not refused for its scope (${JSON.stringify(result.errors?.[0]?.extensions ?? 'answered')})`);
        const changed = changedTables(before, await databaseFingerprint(server, LOGGED));
        if (changed.length) problems.push(`${scope} ${root.name}: refused, yet changed ${changed.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
