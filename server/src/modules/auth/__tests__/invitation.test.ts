import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCompanyWithPortal, anAccount, SIGN_IN, signedIn } from '../../../test/builders.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { linkIn } from '../../../test/smtp.js';
import { Account } from '../account.entity.js';
import { AccountKind, StaffRole } from '../account.enums.js';
import { AccountToken } from '../account-token.entity.js';
import { hashSecret } from '../secret-token.js';

const INVITE = `mutation Invite($id: ID!) { sendInvitation(accountId: $id) { id } }`;
const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { account { id } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

async function invite(staffClient: Awaited<ReturnType<typeof signedIn>>, account: Account) {
  await staffClient.ok(INVITE, { id: account.id });
  const mail = await server.smtp.waitFor(account.email, /Seu acesso/);
  return linkIn(mail, /primeiro-acesso$/).searchParams.get('token')!;
}

describe('R-AUTH-5: invitation', () => {
  it('R-AUTH-5: a customer without a password accepts the invitation, sets one and is signed in', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const manager = await signedIn(server, await anAccount(server, company, { role: StaffRole.MANAGER }));
    const { account } = await anAccount(server, company, { password: null });
    const token = await invite(manager, account);

    const client = server.client({ app: 'client' });
    expect(await client.ok(ACCEPT, { input: { token, password: 'primeira-senha-1' } })).toEqual({ acceptInvitation: { account: { id: account.id } } });
    expect((await client.ok(`{ me { id } }`)).me).toEqual({ id: account.id });
    await server.client({ app: 'client', headers }).ok(SIGN_IN, { input: { login: account.email, password: 'primeira-senha-1' } });
  });

  it('R-AUTH-5: the invitation is single-use and stored hashed', async () => {
    const { company } = await aCompanyWithPortal(server);
    const admin = await signedIn(server, await anAccount(server, company, { role: StaffRole.ADMIN }));
    const { account } = await anAccount(server, company, { password: null });
    const token = await invite(admin, account);
    expect(await server.em().count(AccountToken, { tokenHash: token })).toBe(0);
    expect(await server.em().count(AccountToken, { tokenHash: hashSecret(token) })).toBe(1);
    await server.client().ok(ACCEPT, { input: { token, password: 'primeira-senha-1' } });
    const again = await server.client().request(ACCEPT, { input: { token, password: 'outra-senha-2' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TOKEN');
  });

  it('R-AUTH-5: resending invalidates the earlier invitation; invitations expire', async () => {
    const { company } = await aCompanyWithPortal(server);
    const admin = await signedIn(server, await anAccount(server, company, { role: StaffRole.ADMIN }));
    const { account } = await anAccount(server, company, { password: null });
    const first = await invite(admin, account);
    const second = await invite(admin, account);
    expect((await server.client().request(ACCEPT, { input: { token: first, password: 'primeira-senha-1' } })).errors?.[0]?.extensions?.code).toBe('INVALID_TOKEN');
    server.clock.advance(73 * 3_600_000);
    try {
      expect((await server.client().request(ACCEPT, { input: { token: second, password: 'primeira-senha-1' } })).errors?.[0]?.extensions?.code).toBe('INVALID_TOKEN');
    } finally {
      server.clock.reset();
    }
  });

  it('R-AUTH-5: a weak password is BAD_USER_INPUT naming the field, and the invitation still works afterwards', async () => {
    const { company } = await aCompanyWithPortal(server);
    const admin = await signedIn(server, await anAccount(server, company, { role: StaffRole.ADMIN }));
    const { account } = await anAccount(server, company, { password: null });
    const token = await invite(admin, account);
    const weak = await server.client().request(ACCEPT, { input: { token, password: 'curta' } });
    expect(weak.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'password' }, message: expect.stringMatching(/senha/) });
    expect((await server.em().findOneOrFail(Account, { id: account.id })).passwordHash).toBeNull();
    await server.client().ok(ACCEPT, { input: { token, password: 'agora-sim-123' } });
  });

  it('R-AUTH-5: staff are invited to the admin app; an AGENT cannot invite, a MANAGER cannot invite staff', async () => {
    const { company } = await aCompanyWithPortal(server);
    const admin = await signedIn(server, await anAccount(server, company, { role: StaffRole.ADMIN }));
    const created = await admin.ok(`mutation { createStaffAccount(input: { name: "Nova Pessoa", email: "nova@equipe.dev", role: AGENT }) { id kind staffRole } }`);
    expect(created.createStaffAccount).toMatchObject({ kind: 'STAFF', staffRole: 'AGENT' });
    const mail = await server.smtp.waitFor('nova@equipe.dev', /Seu acesso/);
    const token = linkIn(mail, /^\/admin\/primeiro-acesso$/).searchParams.get('token')!;
    const staffClient = server.client({ app: 'admin' });
    await staffClient.ok(ACCEPT, { input: { token, password: 'equipe-senha-1' } });
    expect(staffClient.cookies.has('habite_admin')).toBe(true);

    const agent = await signedIn(server, await anAccount(server, company, { role: StaffRole.AGENT }));
    const customer = await anAccount(server, company, { password: null });
    expect((await agent.request(INVITE, { id: customer.account.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const manager = await signedIn(server, await anAccount(server, company, { role: StaffRole.MANAGER }));
    const colleague = await anAccount(server, company, { kind: AccountKind.STAFF, role: StaffRole.AGENT });
    expect((await manager.request(INVITE, { id: colleague.account.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('staff of another company cannot invite this company\'s customers (NOT_FOUND)', async () => {
    const mine = await aCompanyWithPortal(server);
    const theirs = await aCompanyWithPortal(server);
    const outsider = await signedIn(server, await anAccount(server, theirs.company, { role: StaffRole.ADMIN }));
    const customer = await anAccount(server, mine.company, { password: null });
    expect((await outsider.request(INVITE, { id: customer.account.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
