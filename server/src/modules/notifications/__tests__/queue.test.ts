import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { World } from '../../../test/world.js';
import { AuditLog } from '../../audit/audit-log.entity.js';
import { Notification } from '../notification.entity.js';

const CHANGE = `mutation($i: ChangeRequestStatusInput!) { changeRequestStatus(input: $i) { id } }`;
const FAILED = `{ failedJobs { id description error retries createdAt failedAt } }`;
const RETRY = `mutation($id: ID!) { retryFailedJob(id: $id) }`;

/**
 * A server whose SMTP server never answers (a closed port): every e-mail fails, and is retried once,
 * 4 s apart — long enough that the list read right after "tentar de novo" cannot already hold the
 * job's next failure on a loaded machine (at 1 s apart, a clean-clone run saw it there).
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ smtpUrl: 'smtp://127.0.0.1:9', queueRetry: { limit: 1, delaySeconds: 4 } });
});
afterAll(() => server?.stop());

describe('R-NOTIFY-3: retries and the dead-letter list', () => {
  it('R-NOTIFY-3: an e-mail that keeps failing is retried, then recorded as failed and listed for ADMINs of its company only, in words; "tentar de novo" queues it again, audited', async () => {
    const world = await World.create(server);
    const ana = await world.customer({ name: 'Ana Souza' });
    const { unit } = await world.soldUnit(ana.customer);
    const request = await world.request({ openedBy: ana.account, unit });
    const { client: admin } = await world.staff();
    await admin.ok(CHANGE, { i: { requestId: request.id, statusId: world.statuses.doing.id } });

    await expect.poll(async () => (await admin.ok(FAILED)).failedJobs.length, { timeout: 30_000, interval: 300 }).toBe(1);
    const [job] = (await admin.ok(FAILED)).failedJobs;
    expect(job.description).toMatch(/^Enviar "Atendimento nº \d+: Em andamento" para Ana Souza por e-mail$/);
    expect(job.error).toMatch(/servidor de e-mail não respondeu/);
    expect(job.retries).toBe(1);
    const [row] = await server.em().find(Notification, { account: ana.account.id });
    expect(row).toMatchObject({ status: 'FAILED', attempts: 2 });

    // Another company's ADMIN sees nothing of it, and cannot retry it.
    const other = await World.create(server);
    const { client: stranger } = await other.staff();
    expect((await stranger.ok(FAILED)).failedJobs).toEqual([]);
    expect((await stranger.request(RETRY, { id: job.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    expect((await admin.ok(RETRY, { id: job.id })).retryFailedJob).toBe(true);
    expect((await admin.ok(FAILED)).failedJobs).toEqual([]);
    expect(await server.em().count(AuditLog, { action: 'queue.retry', company: world.company.id })).toBe(1);
    // It runs again (and, the SMTP server still down, fails again).
    await expect.poll(async () => (await admin.ok(FAILED)).failedJobs.length, { timeout: 30_000, interval: 300 }).toBe(1);
  }, 90_000);
});
