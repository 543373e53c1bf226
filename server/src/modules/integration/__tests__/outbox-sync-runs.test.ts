import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { World } from '../../../test/world.js';
import { OutboxMessage } from '../../data-changes/outbox-message.entity.js';
import { key, tokenClient, UPSERT } from './integration-client.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const OUTBOX = `query($after: String) { outbox(first: 2, after: $after) { nodes { id topic payload } pageInfo { hasNextPage endCursor } } }`;
const ACK = `mutation($ids: [ID!]!) { acknowledgeOutbox(ids: $ids) }`;

async function messages(world: World, count: number) {
  const em = server.em();
  for (let i = 0; i < count; i++) em.create(OutboxMessage, { company: world.company, topic: 'customer.updated', payload: { n: i }, createdAt: new Date() });
  await em.flush();
}

describe('R-SYNC-3: the outbox the ERP reads in order and acknowledges', () => {
  it('R-SYNC-3: messages come in the order they were written, page by page; acknowledged ones leave, the others come again', async () => {
    const world = await World.create(server);
    const { client } = await tokenClient(server, world);
    await messages(world, 3);
    const first = (await client.ok(OUTBOX)).outbox;
    expect(first.nodes.map((m: { payload: { n: number } }) => m.payload.n)).toEqual([0, 1]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await client.ok(OUTBOX, { after: first.pageInfo.endCursor })).outbox;
    expect(second.nodes.map((m: { payload: { n: number } }) => m.payload.n)).toEqual([2]);
    // Only the first is acknowledged: reading from the start again delivers the other two.
    expect((await client.ok(ACK, { ids: [first.nodes[0].id] })).acknowledgeOutbox).toBe(1);
    expect((await client.ok(ACK, { ids: [first.nodes[0].id] })).acknowledgeOutbox).toBe(0);
    const again = (await client.ok(OUTBOX)).outbox;
    expect(again.nodes.map((m: { payload: { n: number } }) => m.payload.n)).toEqual([1, 2]);
  });

  it('R-SYNC-3: another company\'s messages are neither read nor acknowledged', async () => {
    const world = await World.create(server);
    const other = await World.create(server);
    const { client } = await tokenClient(server, world);
    const { client: theirs } = await tokenClient(server, other);
    await messages(other, 1);
    const [mine] = (await theirs.ok(OUTBOX)).outbox.nodes;
    expect((await client.ok(OUTBOX)).outbox.nodes).toEqual([]);
    expect((await client.ok(ACK, { ids: [mine.id] })).acknowledgeOutbox).toBe(0);
    expect((await theirs.ok(OUTBOX)).outbox.nodes).toHaveLength(1);
  });

  it('R-SYNC-3: across a server restart nothing is lost and nothing repeats', async () => {
    const world = await World.create(server);
    await messages(world, 2);
    const restarted = await startTestServer({ databaseUrl: server.config.databaseUrl });
    try {
      const { client } = await tokenClient(restarted, world);
      const { nodes } = (await client.ok(OUTBOX)).outbox;
      expect(nodes).toHaveLength(2);
      await client.ok(ACK, { ids: nodes.map((n: { id: string }) => n.id) });
    } finally {
      await restarted.stop();
    }
    const { client } = await tokenClient(server, world);
    expect((await client.ok(OUTBOX)).outbox.nodes).toEqual([]);
  });
});

describe('R-SYNC-4: sync runs, one at a time per company', () => {
  it('R-SYNC-4: a run counts its batches and keeps the refused rows with why; closing it ends it', async () => {
    const world = await World.create(server);
    const { client } = await tokenClient(server, world);
    const { openSyncRun: run } = await client.ok(`mutation { openSyncRun(note: "carga noturna") { id status note } }`);
    expect(run).toMatchObject({ status: 'RUNNING', note: 'carga noturna' });
    await client.ok(UPSERT.developments, { i: { idempotencyKey: key(), runId: run.id, rows: [{ code: 'S-EMP', name: 'Um' }] } });
    const refused = (await client.ok(UPSERT.units, { i: { idempotencyKey: key(), runId: run.id, rows: [{ code: 'S-UN', developmentCode: 'NAO', name: 'Apto' }] } })).upsertUnits;
    expect(refused).toMatchObject({ applied: false, runId: run.id });
    await client.ok(`mutation($id: ID!) { closeSyncRun(id: $id, status: SUCCEEDED) { id } }`, { id: run.id });
    const { syncRun } = await client.ok(`query($id: ID!) { syncRun(id: $id) { status batches inserted updated unchanged failedRows finishedAt startedBy errors { nodes { kind rowIndex erpCode field code message row } } } }`, { id: run.id });
    expect(syncRun).toMatchObject({ status: 'SUCCEEDED', batches: 2, inserted: 1, updated: 0, unchanged: 0, failedRows: 1, finishedAt: expect.any(String), startedBy: 'Token "ERP de teste"' });
    // The row as the ERP sent it, for the admin app to show field by field.
    expect(syncRun.errors.nodes).toEqual([{
      kind: 'UNIT', rowIndex: 0, erpCode: 'S-UN', field: 'developmentCode', code: 'NOT_FOUND', message: expect.any(String),
      row: expect.objectContaining({ code: 'S-UN', developmentCode: 'NAO', name: 'Apto' }),
    }]);
    const batchIntoClosed = await client.request(UPSERT.developments, { i: { idempotencyKey: key(), runId: run.id, rows: [{ code: 'S-EMP2', name: 'Dois' }] } });
    expect(batchIntoClosed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'runId' });
  });

  it('R-SYNC-4: an ERP whose openSyncRun answer was lost finds its own running run in the CONFLICT and goes on with it', async () => {
    const world = await World.create(server);
    const { client } = await tokenClient(server, world);
    const { openSyncRun: run } = await client.ok(`mutation { openSyncRun { id } }`);
    const again = await client.request(`mutation { openSyncRun { id } }`);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SYNC_RUNNING', runId: run.id, byThisToken: true });
  });

  it('R-SYNC-4: a refused batch\'s rows are listed in row order, page after page', async () => {
    const world = await World.create(server);
    const { client } = await tokenClient(server, world);
    const { openSyncRun: run } = await client.ok(`mutation { openSyncRun { id } }`);
    const rows = Array.from({ length: 7 }, (_, i) => ({ code: `O-UN-${i}`, developmentCode: 'NAO-EXISTE', name: 'Apto' }));
    expect((await client.ok(UPSERT.units, { i: { idempotencyKey: key(), runId: run.id, rows } })).upsertUnits.errors).toHaveLength(7);
    const PAGE = `query($id: ID!, $after: String) { syncRun(id: $id) { errors(first: 3, after: $after) { nodes { rowIndex } pageInfo { endCursor hasNextPage } } } }`;
    const seen: number[] = [];
    let after: string | null = null;
    do {
      const page: { nodes: { rowIndex: number }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } = (await client.ok(PAGE, { id: run.id, after })).syncRun.errors;
      seen.push(...page.nodes.map((n) => n.rowIndex));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('R-SYNC-4: a second run while one is running is CONFLICT — even after the process that opened it crashed; an ADMIN unlocks it, audited', async () => {
    const world = await World.create(server);
    const crashed = await startTestServer({ databaseUrl: server.config.databaseUrl });
    let runId: string;
    try {
      const { client } = await tokenClient(crashed, world);
      runId = (await client.ok(`mutation { openSyncRun { id } }`)).openSyncRun.id;
    } finally {
      await crashed.stop();
    }
    const { client, admin } = await tokenClient(server, world);
    const second = await client.request(`mutation { openSyncRun { id } }`);
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SYNC_RUNNING', runId: runId!, byThisToken: false });
    expect(second.errors?.[0]?.message).toMatch(/destrave/);
    const denied = await client.request(`mutation($id: ID!) { unlockSyncRun(id: $id) { id } }`, { id: runId! });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await admin.ok(`mutation($id: ID!) { unlockSyncRun(id: $id) { status } }`, { id: runId! })).unlockSyncRun.status).toBe('ABANDONED');
    const { auditLog } = await admin.ok(`{ auditLog(first: 5) { nodes { action targetId } } }`);
    expect(auditLog.nodes).toContainEqual({ action: 'syncRun.unlock', targetId: runId! });
    expect((await client.ok(`mutation { openSyncRun { status } }`)).openSyncRun.status).toBe('RUNNING');
  });

  it('R-SYNC-4: runs are listed newest first, filtered by status', async () => {
    const world = await World.create(server);
    const { client, admin } = await tokenClient(server, world);
    const a = (await client.ok(`mutation { openSyncRun(note: "a") { id } }`)).openSyncRun.id;
    await client.ok(`mutation($id: ID!) { closeSyncRun(id: $id, status: FAILED) { id } }`, { id: a });
    await client.ok(`mutation { openSyncRun(note: "b") { id } }`);
    expect((await admin.ok(`{ syncRuns { nodes { note status stale } } }`)).syncRuns.nodes).toEqual([{ note: 'b', status: 'RUNNING', stale: false }, { note: 'a', status: 'FAILED', stale: false }]);
    expect((await admin.ok(`{ syncRuns(status: FAILED) { nodes { note } } }`)).syncRuns.nodes).toEqual([{ note: 'a' }]);
  });
});
