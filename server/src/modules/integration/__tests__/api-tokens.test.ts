import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../../../test/graphql-client.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { World } from '../../../test/world.js';
import { CREATE_TOKEN, key, tokenClient, UPSERT } from './integration-client.js';

let server: TestServer;
beforeAll(async () => {
  // A small budget, so the rate limit shows within a test.
  server = await startTestServer({ tokenLimits: { requestsPerMinute: 1_000, costPerMinute: 1_000_000 } });
});
afterAll(() => server?.stop());

const DEVELOPMENT = (code: string) => ({ i: { idempotencyKey: key(), rows: [{ code, name: `Empreendimento ${code}` }] } });

describe('R-SYNC-1: API tokens — created by an ADMIN, shown once, stored hashed, scoped, revocable, logged', () => {
  it('R-SYNC-1: the secret is in the creation answer only; the database keeps its SHA-256, the list shows its beginning', async () => {
    const world = await World.create(server);
    const { admin, token, secret } = await tokenClient(server, world, ['READ'], 'BI da diretoria');
    expect(secret).toMatch(/^hbt_[A-Za-z0-9_-]{40,}$/);
    const [row] = await server.em().getConnection().execute(`select * from api_token where id = ?`, [token.id]);
    expect(row.token_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(secret.slice(4));
    const { apiTokens } = await admin.ok(`{ apiTokens { id name scopes prefix active createdByName } }`);
    expect(apiTokens).toEqual([{ id: token.id, name: 'BI da diretoria', scopes: ['READ'], prefix: `${secret.slice(0, 10)}…`, active: true, createdByName: expect.any(String) }]);
    expect(JSON.stringify(apiTokens)).not.toContain(secret.slice(10));
  });

  it('R-SYNC-1, R-OPS-1: only an ADMIN creates or revokes tokens', async () => {
    const world = await World.create(server);
    const { client: manager } = await world.staff('MANAGER' as never);
    const refused = await manager.request(CREATE_TOKEN, { i: { name: 'x', scopes: ['READ'] } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('R-SYNC-1: scopes are enforced field by field: READ queries, INTEGRATION also writes; neither calls staff, customer or public operations', async () => {
    const world = await World.create(server);
    const { client: reader } = await tokenClient(server, world, ['READ']);
    const { client: writer } = await tokenClient(server, world, ['INTEGRATION']);
    expect((await reader.ok(`{ tokenInfo { name scopes companyName } }`)).tokenInfo).toEqual({ name: 'ERP de teste', scopes: ['READ'], companyName: world.company.name });
    expect((await reader.ok(`{ syncRuns { nodes { id } } }`)).syncRuns.nodes).toEqual([]);
    const denied = await reader.request(UPSERT.developments, DEVELOPMENT('T-1'));
    expect(denied.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TOKEN_SCOPE' });
    expect((await writer.ok(UPSERT.developments, DEVELOPMENT('T-2'))).upsertDevelopments.applied).toBe(true);
    expect((await writer.ok(`{ syncRuns { nodes { id } } }`)).syncRuns.nodes).toEqual([]);
    for (const operation of [`{ customers(first: 5) { nodes { id } } }`, `{ myUnits { id } }`, `{ me { id } }`, `{ portals { id } }`, `{ apiTokens { id } }`, `mutation { signOut }`]) {
      const answer = await writer.request(operation);
      expect(answer.errors?.[0]?.extensions, operation).toMatchObject({ code: 'FORBIDDEN', reason: 'TOKEN_SCOPE' });
    }
  });

  it("R-FIN-1, R-SYNC-1: an ADMIN sets the company's code in the ERP (audited); the token reads it; blank clears it; a MANAGER cannot", async () => {
    const world = await World.create(server);
    const { client: reader, admin } = await tokenClient(server, world, ['READ']);
    const SET = `mutation($erpCode: String) { setCompanyErpCode(erpCode: $erpCode) { id erpCode } }`;
    expect((await reader.ok(`{ tokenInfo { companyErpCode } }`)).tokenInfo.companyErpCode).toBeNull();
    expect((await admin.ok(SET, { erpCode: '  EMP01 ' })).setCompanyErpCode).toEqual({ id: world.company.id, erpCode: 'EMP01' });
    expect((await reader.ok(`{ tokenInfo { companyErpCode } }`)).tokenInfo.companyErpCode).toBe('EMP01');
    await admin.ok(SET, { erpCode: 'EMP01' });
    const audit = () => server.em().getConnection().execute<{ before: unknown; after: unknown }[]>(
      `select before, after from audit_log where target_id = ? and action = 'company.erpCode.update' order by at, id`, [world.company.id]);
    expect(await audit()).toEqual([{ before: { erpCode: null }, after: { erpCode: 'EMP01' } }]);

    const long = await admin.request(SET, { erpCode: 'X'.repeat(101) });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'erpCode' });
    expect(long.errors?.[0]?.message).toMatch(/Código da empresa no ERP|código da empresa no ERP/);
    const { client: manager } = await world.staff('MANAGER' as never);
    expect((await manager.request(SET, { erpCode: 'OUTRO' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await reader.request(SET, { erpCode: 'OUTRO' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await reader.ok(`{ tokenInfo { companyErpCode } }`)).tokenInfo.companyErpCode).toBe('EMP01');

    expect((await admin.ok(SET, { erpCode: '   ' })).setCompanyErpCode.erpCode).toBeNull();
    expect(await audit()).toHaveLength(2);
  });

  it('R-SYNC-1: a token sees and writes only its own company', async () => {
    const world = await World.create(server);
    const other = await World.create(server);
    const { client: mine } = await tokenClient(server, world);
    const { client: theirs } = await tokenClient(server, other);
    await theirs.ok(`mutation { openSyncRun(note: "deles") { id } }`);
    expect((await mine.ok(`{ syncRuns { nodes { note } } }`)).syncRuns.nodes).toEqual([]);
    await mine.ok(UPSERT.developments, DEVELOPMENT('SAME'));
    await theirs.ok(UPSERT.developments, DEVELOPMENT('SAME'));
    const rows = await server.em().getConnection().execute(`select company_id from development where erp_code = 'SAME' and company_id in (?, ?) order by name`, [world.company.id, other.company.id]);
    expect(rows).toHaveLength(2);
  });

  it('R-SYNC-1, R-SYNC-2: a READ token reconciles which ERP codes Habite holds, page by page, only of its company', async () => {
    const world = await World.create(server);
    const other = await World.create(server);
    const { client: writer } = await tokenClient(server, world);
    const { client: reader } = await tokenClient(server, world, ['READ']);
    const { client: theirs } = await tokenClient(server, other);
    await writer.ok(UPSERT.developments, { i: { idempotencyKey: key(), rows: ['E-3', 'E-1', 'E-2'].map((code) => ({ code, name: `Empreendimento ${code}` })) } });
    await theirs.ok(UPSERT.developments, DEVELOPMENT('E-9'));
    const RECORDS = `query($after: String, $codes: [String!]) { erpRecords(kind: DEVELOPMENT, first: 2, after: $after, codes: $codes) { nodes { code id kind } pageInfo { hasNextPage endCursor } } }`;
    const first = (await reader.ok(RECORDS)).erpRecords;
    expect(first.nodes.map((r: { code: string }) => r.code)).toEqual(['E-1', 'E-2']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await reader.ok(RECORDS, { after: first.pageInfo.endCursor })).erpRecords;
    expect(second.nodes.map((r: { code: string }) => r.code)).toEqual(['E-3']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const [row] = await server.em().getConnection().execute(`select id from development where company_id = ? and erp_code = 'E-3'`, [world.company.id]);
    expect(second.nodes[0]).toEqual({ code: 'E-3', id: row.id, kind: 'DEVELOPMENT' });
    // Asked by code: what Habite lacks is simply absent; another company's code is not seen.
    expect((await reader.ok(RECORDS, { codes: ['E-2', 'E-9', 'E-404'] })).erpRecords.nodes.map((r: { code: string }) => r.code)).toEqual(['E-2']);
    const bad = await reader.request(RECORDS, { after: 'não é um cursor' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('R-SYNC-1: a revoked token is refused at its next call; an expired one too', async () => {
    const world = await World.create(server);
    const { client, admin, token } = await tokenClient(server, world);
    expect((await client.ok(`{ tokenInfo { id } }`)).tokenInfo.id).toBe(token.id);
    await admin.ok(`mutation($id: ID!) { revokeApiToken(id: $id) { active revokedAt } }`, { id: token.id });
    const revoked = (await client.request(`{ tokenInfo { id } }`)).errors?.[0];
    expect(revoked?.extensions?.code).toBe('UNAUTHENTICATED');
    // It says the token was not taken (no person is calling: not "sign in").
    expect(revoked?.message).toMatch(/^Token de API não aceito: ele não existe, foi revogado ou venceu/);
    const mistyped = new GraphQLClient(server.url);
    mistyped.bearer = 'hbt_nao-existe';
    expect((await mistyped.request(`{ tokenInfo { id } }`)).errors?.[0]?.message).toMatch(/^Token de API não aceito/);

    const { createApiToken } = await admin.ok(CREATE_TOKEN, { i: { name: 'curto', scopes: ['READ'], expiresAt: new Date(Date.now() + 60_000).toISOString() } });
    const short = new GraphQLClient(server.url);
    short.bearer = createApiToken.secret;
    expect((await short.ok(`{ tokenInfo { name } }`)).tokenInfo.name).toBe('curto');
    await server.em().getConnection().execute(`update api_token set expires_at = now() - interval '1 second' where id = ?`, [createApiToken.token.id]);
    expect((await short.request(`{ tokenInfo { name } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('R-SYNC-1: every call made with a token is logged — operation, outcome, rows — and ADMINs read the log', async () => {
    const world = await World.create(server);
    const { client, admin, token } = await tokenClient(server, world);
    await client.ok(`mutation CargaNoturna($i: DevelopmentBatch!) { upsertDevelopments(input: $i) { applied } }`, { i: { idempotencyKey: key(), rows: [{ code: 'L-1', name: 'Um' }, { code: 'L-2', name: 'Dois' }] } });
    await client.request(`query Proibida { customers(first: 1) { nodes { id } } }`);
    // Unnamed operations are named by their root fields; a batch refused by its rows is not "OK".
    const refused = await client.ok(`mutation($i: DevelopmentBatch!) { upsertDevelopments(input: $i) { applied } }`, { i: { idempotencyKey: key(), rows: [{ code: '', name: 'Sem código' }] } });
    expect(refused.upsertDevelopments.applied).toBe(false);
    await client.ok(`{ tokenInfo { name } }`);
    const { apiCalls } = await admin.ok(`query($t: ID) { apiCalls(tokenId: $t, first: 10) { nodes { operation outcome rows ms at token { id name } } } }`, { t: token.id });
    expect(apiCalls.nodes.map((c: { operation: string; outcome: string; rows: number }) => [c.operation, c.outcome, c.rows]).sort()).toEqual([
      ['CargaNoturna', 'OK', 2], ['Proibida', 'FORBIDDEN', 0], ['tokenInfo', 'OK', 0], ['upsertDevelopments', 'ROWS_REFUSED', 1],
    ]);
    // Each call names its token (the admin app's log of all tokens shows whose call it was).
    expect(new Set(apiCalls.nodes.map((c: { token: { id: string; name: string } }) => JSON.stringify(c.token)))).toEqual(new Set([JSON.stringify({ id: token.id, name: token.name })]));
    const [{ last_used_at }] = await server.em().getConnection().execute(`select last_used_at from api_token where id = ?`, [token.id]);
    expect(last_used_at).not.toBeNull();
  });
});

describe('R-SYNC-1: rate limits per token', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer({ tokenLimits: { requestsPerMinute: 3, costPerMinute: 1_000_000 } });
  });
  afterAll(() => limited?.stop());

  it('R-SYNC-1: past its requests per minute a token gets RATE_LIMITED (HTTP 429, Retry-After); another token is not affected', async () => {
    const world = await World.create(limited);
    const { client: busy } = await tokenClient(limited, world, ['READ']);
    const { client: calm } = await tokenClient(limited, world, ['READ']);
    for (let i = 0; i < 3; i++) await busy.ok(`{ tokenInfo { id } }`);
    const refused = await busy.request(`{ tokenInfo { id } }`);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(refused.errors?.[0]?.message).toMatch(/tente de novo em \d+ s/);
    expect(busy.lastResponse?.status).toBe(429);
    expect(Number(busy.lastResponse?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await calm.ok(`{ tokenInfo { id } }`)).tokenInfo.id).toBeTruthy();
  });
});
