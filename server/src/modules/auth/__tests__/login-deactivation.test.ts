import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCompanyWithPortal, anAccount, SIGN_IN, signedIn } from '../../../test/builders.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { StaffPermission, StaffRole } from '../account.enums.js';

const DEACTIVATE = `mutation { deactivateMyLogin }`;
const REACTIVATE = `mutation Reactivate($id: ID!) { reactivateLogin(accountId: $id) { id loginActive deactivatedAt } }`;
const ACCOUNT = `query Account($id: ID!) { account(id: $id) { id loginActive deactivatedAt deactivatedBy { id name } } }`;
const AUDIT = `query Audit($id: ID!) { auditLog(filter: { targetType: "Account", targetId: $id, action: "login." }) { nodes { action actorLabel at before after } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('R-AUTH-2: deactivating and reactivating a login', () => {
  it('R-AUTH-2: a customer deactivates their own login: sessions end, sign-in says LOGIN_INACTIVE, the audit says who and when', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company);
    const phone = await signedIn(server, who, headers);
    const laptop = await signedIn(server, who, headers);

    expect(await phone.ok(DEACTIVATE)).toEqual({ deactivateMyLogin: true });
    expect(phone.cookies.size).toBe(0);
    expect((await laptop.ok(`{ me { id } }`)).me).toBeNull();
    const again = await server.client({ app: 'client', headers }).request(SIGN_IN, { input: { login: who.account.email, password: who.password } });
    expect(again.errors?.[0]?.extensions?.code).toBe('LOGIN_INACTIVE');

    const admin = await signedIn(server, await anAccount(server, company, { role: StaffRole.ADMIN }));
    const { account } = await admin.ok(ACCOUNT, { id: who.account.id });
    expect(account).toMatchObject({ loginActive: false, deactivatedBy: { id: who.account.id } });
    expect(new Date(account.deactivatedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const { auditLog } = await admin.ok(AUDIT, { id: who.account.id });
    expect(auditLog.nodes).toEqual([
      expect.objectContaining({ action: 'login.deactivate', actorLabel: expect.stringContaining(who.account.email), before: { loginActive: true }, after: { loginActive: false } }),
    ]);
  });

  it('R-AUTH-2: reactivation needs REACTIVATE_LOGIN: refused without it, done and audited with it', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company);
    await (await signedIn(server, who, headers)).ok(DEACTIVATE);

    const plainManager = await signedIn(server, await anAccount(server, company, { role: StaffRole.MANAGER }));
    const refused = await plainManager.request(REACTIVATE, { id: who.account.id });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/Reativar login/) });

    const lgpd = await anAccount(server, company, { role: StaffRole.MANAGER, permissions: [StaffPermission.REACTIVATE_LOGIN] });
    const allowed = await signedIn(server, lgpd);
    expect((await allowed.ok(REACTIVATE, { id: who.account.id })).reactivateLogin).toMatchObject({ loginActive: true, deactivatedAt: null });
    await server.client({ app: 'client', headers }).ok(SIGN_IN, { input: { login: who.account.email, password: who.password } });

    const admin = await signedIn(server, await anAccount(server, company, { role: StaffRole.ADMIN }));
    const { auditLog } = await admin.ok(AUDIT, { id: who.account.id });
    expect(auditLog.nodes.map((n: { action: string }) => n.action)).toEqual(['login.reactivate', 'login.deactivate']);
    expect(auditLog.nodes[0]).toMatchObject({ actorLabel: expect.stringContaining(lgpd.account.email), after: { loginActive: true } });
  });

  it('R-AUTH-2: staff cannot deactivate "their own" customer login through the customer mutation', async () => {
    const { company } = await aCompanyWithPortal(server);
    const staff = await signedIn(server, await anAccount(server, company, { role: StaffRole.ADMIN }));
    expect((await staff.request(DEACTIVATE)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('R-OPS-2: the audit log is append-only, even for someone with SQL access', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company);
    await (await signedIn(server, who, headers)).ok(DEACTIVATE);
    const connection = server.em().getConnection();
    await expect(connection.execute(`update audit_log set action = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(connection.execute(`delete from audit_log`)).rejects.toThrow(/append-only/);
  });
});
