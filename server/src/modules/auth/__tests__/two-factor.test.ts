import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCompanyWithPortal, anAccount, signedIn, SIGN_IN } from '../../../test/builders.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { query } from '../../visibility/sql.js';
import { AuditLog } from '../../audit/audit-log.entity.js';
import { StaffRole } from '../account.enums.js';
import { RecoveryCode } from '../two-factor/recovery-code.entity.js';
import { base32Decode, base32Encode, hotp, totp } from '../two-factor/totp.js';

const START = `mutation { startTwoFactorEnrolment { secret otpauthUri qrCodeSvg } }`;
const CONFIRM = `mutation($twoFactorCode: String!) { confirmTwoFactorEnrolment(twoFactorCode: $twoFactorCode) }`;
const DISABLE = `mutation($twoFactorCode: String!) { disableTwoFactor(twoFactorCode: $twoFactorCode) }`;
const REGENERATE = `mutation($twoFactorCode: String!) { regenerateRecoveryCodes(twoFactorCode: $twoFactorCode) }`;
const STATUS = `{ myTwoFactor { enabled recoveryCodesLeft required } }`;
const RESET = `mutation($id: ID!) { resetStaffTwoFactor(accountId: $id) { id twoFactorEnabled } }`;
const REQUIRE = `mutation($requireAdminTwoFactor: Boolean!) { setRequireAdminTwoFactor(requireAdminTwoFactor: $requireAdminTwoFactor) { requireAdminTwoFactor } }`;
const STAFF_LIST = `{ staffAccounts { id twoFactorEnabled } }`;
const ME = `{ me { id } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ throttle: { windowMinutes: 15, maxFailuresPerAccount: 6, maxFailuresPerAddress: 500 } });
});
afterAll(() => server?.stop());

/** A staff member who enrolled: their signed-in client, the secret their app holds, and the recovery codes. */
async function enrolled(role = StaffRole.ADMIN, company?: Awaited<ReturnType<typeof aCompanyWithPortal>>['company']) {
  const owner = company ?? (await aCompanyWithPortal(server)).company;
  const who = await anAccount(server, owner, { role });
  const client = await signedIn(server, who);
  const { startTwoFactorEnrolment: started } = await client.ok<{ startTwoFactorEnrolment: { secret: string; otpauthUri: string; qrCodeSvg: string } }>(START);
  const secret = base32Decode(started.secret);
  const { confirmTwoFactorEnrolment: codes } = await client.ok<{ confirmTwoFactorEnrolment: string[] }>(CONFIRM, { twoFactorCode: totp(secret, server.clock.now()) });
  return { ...who, company: owner, client, secret, codes, started };
}

/** The next 30-second step's code (the current one was just used). */
const nextCode = (secret: Buffer) => {
  server.clock.advance(30_000);
  return totp(secret, server.clock.now());
};

const signIn = (login: string, password: string, twoFactorCode?: string) => {
  const client = server.client({ app: 'admin' });
  return { client, answer: client.request(SIGN_IN, { input: { login, password, kind: 'STAFF', ...(twoFactorCode === undefined ? {} : { twoFactorCode }) } }) };
};

describe('R-AUTH-8: TOTP as the RFCs define it', () => {
  it('R-AUTH-8: HOTP and TOTP give the RFC 4226 and RFC 6238 test values; base32 round-trips', () => {
    const key = Buffer.from('12345678901234567890');
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => hotp(key, c))).toEqual(['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489']);
    const at = (s: number) => new Date(s * 1000);
    expect([59, 1111111109, 1111111111, 1234567890, 2000000000, 20000000000].map((s) => totp(key, at(s), 8))).toEqual(['94287082', '07081804', '14050471', '89005924', '69279037', '65353130']);
    expect(totp(Buffer.from('12345678901234567890123456789012'), at(59), 8, 'sha256')).toBe('46119246');
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('mzxw 6ytb oi').toString()).toBe('foobar');
  });
});

describe('R-AUTH-8: two-step verification for staff', () => {
  it('R-AUTH-8: enrolment shows a QR and a key, the first code turns it on, ten recovery codes come once; the secret is stored sealed, the codes hashed; audited', async () => {
    const admin = await enrolled();
    expect(admin.started.otpauthUri).toMatch(/^otpauth:\/\/totp\/Habite%3A.+\?secret=[A-Z2-7]+&issuer=Habite&algorithm=SHA1&digits=6&period=30$/);
    expect(admin.started.qrCodeSvg).toMatch(/^<svg/);
    expect(admin.codes).toHaveLength(10);
    expect(new Set(admin.codes).size).toBe(10);
    for (const code of admin.codes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect((await admin.client.ok(STATUS)).myTwoFactor).toEqual({ enabled: true, recoveryCodesLeft: 10, required: false });
    const [row] = await query<{ totp_secret: string; totp_pending_secret: string | null }>(server.em(), `select totp_secret, totp_pending_secret from account where id = :id`, { id: admin.account.id });
    expect(row!.totp_pending_secret).toBeNull();
    expect(row!.totp_secret).not.toContain(admin.started.secret.replace(/ /g, ''));
    expect(row!.totp_secret).not.toContain(admin.secret.toString('base64url'));
    const stored = await server.em().find(RecoveryCode, { account: admin.account.id });
    expect(stored).toHaveLength(10);
    for (const r of stored) expect(admin.codes.some((c) => r.codeHash.includes(c) || r.codeHash.includes(c.replace('-', '')))).toBe(false);
    expect(await server.em().count(AuditLog, { targetId: admin.account.id, action: 'twoFactor.enable' })).toBe(1);
    // A wrong first code turns nothing on.
    const other = await anAccount(server, admin.company, { role: StaffRole.AGENT });
    const otherClient = await signedIn(server, other);
    const { startTwoFactorEnrolment } = await otherClient.ok<{ startTwoFactorEnrolment: { secret: string } }>(START);
    const right = totp(base32Decode(startTwoFactorEnrolment.secret), server.clock.now());
    const refused = await otherClient.request(CONFIRM, { twoFactorCode: right === '000000' ? '111111' : '000000' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_CODE', field: 'twoFactorCode' });
    expect((await otherClient.ok(STATUS)).myTwoFactor.enabled).toBe(false);
    expect((await otherClient.request(CONFIRM, { twoFactorCode: '12a' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'twoFactorCode' });
  });

  it('R-AUTH-8: with it on, the password alone opens nothing (TWO_FACTOR_REQUIRED); a wrong code is refused; the right one signs in, once', async () => {
    const admin = await enrolled();
    const bare = signIn(admin.account.email, admin.password);
    expect((await bare.answer).errors?.[0]?.extensions).toMatchObject({ code: 'TWO_FACTOR_REQUIRED', field: 'twoFactorCode' });
    expect(bare.client.cookies.size).toBe(0);
    expect((await bare.client.ok(ME)).me).toBeNull();
    // The wrong password is still just a wrong password (nothing says a code would be asked).
    expect((await signIn(admin.account.email, 'senha-errada-1', '123456').answer).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const code = nextCode(admin.secret);
    const wrong = signIn(admin.account.email, admin.password, code === '000000' ? '111111' : '000000');
    expect((await wrong.answer).errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_CODE', field: 'twoFactorCode' });
    const right = signIn(admin.account.email, admin.password, code);
    expect((await right.answer).errors).toBeUndefined();
    expect((await right.client.ok(ME)).me).toEqual({ id: admin.account.id });
    // The same 30-second code is never taken twice (RFC 6238 §5.2).
    expect((await signIn(admin.account.email, admin.password, code).answer).errors?.[0]?.extensions?.code).toBe('INVALID_CODE');
  });

  it('R-AUTH-8, R-AUTH-6: wrong codes count against the sign-in limit like wrong passwords', async () => {
    const admin = await enrolled();
    const code = nextCode(admin.secret);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 6; i++) expect((await signIn(admin.account.email, admin.password, wrong).answer).errors?.[0]?.extensions?.code).toBe('INVALID_CODE');
    expect((await signIn(admin.account.email, admin.password, code).answer).errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('R-AUTH-8: a recovery code signs in once (typed in capitals, without the dash too); new codes retire the old ones', async () => {
    const admin = await enrolled(StaffRole.MANAGER);
    const [first, second] = admin.codes;
    const byRecovery = signIn(admin.account.email, admin.password, first!.toUpperCase().replace('-', ' '));
    expect((await byRecovery.answer).errors).toBeUndefined();
    expect((await signIn(admin.account.email, admin.password, first!).answer).errors?.[0]?.extensions?.code).toBe('INVALID_CODE');
    expect((await byRecovery.client.ok(STATUS)).myTwoFactor.recoveryCodesLeft).toBe(9);
    const { regenerateRecoveryCodes: fresh } = await byRecovery.client.ok<{ regenerateRecoveryCodes: string[] }>(REGENERATE, { twoFactorCode: nextCode(admin.secret) });
    expect(fresh).toHaveLength(10);
    expect((await signIn(admin.account.email, admin.password, second!).answer).errors?.[0]?.extensions?.code).toBe('INVALID_CODE');
    expect((await signIn(admin.account.email, admin.password, fresh[0]!).answer).errors).toBeUndefined();
  });

  it('R-AUTH-8: turning it off takes a current code and ends the account\'s other sessions; then the password alone signs in again', async () => {
    const admin = await enrolled(StaffRole.AGENT);
    const elsewhere = signIn(admin.account.email, admin.password, nextCode(admin.secret));
    expect((await elsewhere.answer).errors).toBeUndefined();
    expect((await admin.client.request(DISABLE, { twoFactorCode: '' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'twoFactorCode' });
    expect((await admin.client.ok(DISABLE, { twoFactorCode: nextCode(admin.secret) })).disableTwoFactor).toBe(true);
    expect((await admin.client.ok(ME)).me).toEqual({ id: admin.account.id });
    expect((await elsewhere.client.ok(ME)).me).toBeNull();
    expect((await signIn(admin.account.email, admin.password).answer).errors).toBeUndefined();
    expect(await server.em().count(RecoveryCode, { account: admin.account.id })).toBe(0);
  });

  it('R-AUTH-8: when the company requires it, an ADMIN without it can only enrol (TWO_FACTOR_SETUP_REQUIRED elsewhere), cannot turn it off after; other roles are not held', async () => {
    const boss = await enrolled();
    const other = await anAccount(server, boss.company, { role: StaffRole.ADMIN });
    const agent = await anAccount(server, boss.company, { role: StaffRole.AGENT });
    const otherClient = await signedIn(server, other);
    const agentClient = await signedIn(server, agent);
    expect((await otherClient.ok(STAFF_LIST)).staffAccounts.length).toBeGreaterThan(0);
    // Who turns it on has it on (or the rule would lock them out of the screen they just used).
    const refusedRule = await otherClient.request(REQUIRE, { requireAdminTwoFactor: true });
    expect(refusedRule.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requireAdminTwoFactor' });
    expect(refusedRule.errors?.[0]?.message).toMatch(/Minha conta/);
    expect(await server.em().count(AuditLog, { targetId: boss.company.id, action: 'company.requireAdminTwoFactor.update' })).toBe(0);
    expect((await boss.client.ok(REQUIRE, { requireAdminTwoFactor: true })).setRequireAdminTwoFactor).toEqual({ requireAdminTwoFactor: true });
    expect(await server.em().count(AuditLog, { targetId: boss.company.id, action: 'company.requireAdminTwoFactor.update' })).toBe(1);
    // At once, in the session that was already open.
    expect((await otherClient.request(STAFF_LIST)).errors?.[0]?.extensions?.code).toBe('TWO_FACTOR_SETUP_REQUIRED');
    expect((await otherClient.ok(ME)).me).toEqual({ id: other.account.id });
    expect((await otherClient.ok(STATUS)).myTwoFactor).toEqual({ enabled: false, recoveryCodesLeft: 0, required: true });
    expect((await agentClient.request(STAFF_LIST)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await agentClient.ok(STATUS)).myTwoFactor.required).toBe(false);
    const { startTwoFactorEnrolment } = await otherClient.ok<{ startTwoFactorEnrolment: { secret: string } }>(START);
    const secret = base32Decode(startTwoFactorEnrolment.secret);
    await otherClient.ok(CONFIRM, { twoFactorCode: totp(secret, server.clock.now()) });
    const list = (await otherClient.ok<{ staffAccounts: { id: string; twoFactorEnabled: boolean }[] }>(STAFF_LIST)).staffAccounts;
    expect(list.find((s) => s.id === other.account.id)?.twoFactorEnabled).toBe(true);
    expect(list.find((s) => s.id === agent.account.id)?.twoFactorEnabled).toBe(false);
    const refused = await otherClient.request(DISABLE, { twoFactorCode: nextCode(secret) });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/exige/);
    expect((await otherClient.ok(STATUS)).myTwoFactor.enabled).toBe(true);
    await boss.client.ok(REQUIRE, { requireAdminTwoFactor: false });
  });

  it('R-AUTH-8, R-OPS-2: an ADMIN resets a colleague\'s (lost phone): their sessions end, they sign in with the password and enrol again; audited; not across companies', async () => {
    const boss = await enrolled();
    const colleague = await enrolled(StaffRole.MANAGER, boss.company);
    const stranger = await enrolled(StaffRole.MANAGER);
    expect((await boss.client.ok(RESET, { id: colleague.account.id })).resetStaffTwoFactor).toEqual({ id: colleague.account.id, twoFactorEnabled: false });
    expect((await colleague.client.ok(ME)).me).toBeNull();
    expect((await signIn(colleague.account.email, colleague.password).answer).errors).toBeUndefined();
    expect(await server.em().count(AuditLog, { targetId: colleague.account.id, action: 'twoFactor.reset' })).toBe(1);
    expect((await boss.client.request(RESET, { id: stranger.account.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await boss.client.request(RESET, { id: boss.account.id })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const manager = await signedIn(server, await anAccount(server, boss.company, { role: StaffRole.MANAGER }));
    expect((await manager.request(RESET, { id: boss.account.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('R-AUTH-8: two-step verification is for staff; a customer cannot enrol', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const customer = await anAccount(server, company);
    const client = await signedIn(server, customer, headers);
    expect((await client.request(START)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
