import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCompanyWithPortal, anAccount, SIGN_IN } from '../../../test/builders.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { Account } from '../account.entity.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ trustProxy: true, throttle: { windowMinutes: 15, maxFailuresPerAccount: 3, maxFailuresPerAddress: 8 } });
});
afterAll(() => server?.stop());

const codeOf = (result: { errors?: { extensions?: Record<string, any> }[] }) => result.errors?.[0]?.extensions?.code;

describe('R-AUTH-6: passwords and throttling', () => {
  it('R-AUTH-6: stores passwords as Argon2id hashes', async () => {
    const { company } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company);
    const row = await server.em().findOneOrFail(Account, { id: who.account.id });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$/);
    expect(row.passwordHash).not.toContain(who.password);
  });

  it('R-AUTH-6: locks an account after repeated failures, even for the right password, until the window passes', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company);
    // Each attempt from its own address, so only the per-account counter can be what locks.
    const from = (n: number) => server.client({ app: 'client', headers: { ...headers, 'x-forwarded-for': `192.0.2.${n}` } });
    const attempt = (password: string, n: number) => from(n).request(SIGN_IN, { input: { login: who.account.email, password } });

    for (let i = 0; i < 3; i++) expect(codeOf(await attempt('errada-123', i))).toBe('INVALID_CREDENTIALS');
    const locked = await attempt(who.password, 99);
    expect(codeOf(locked)).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.errors?.[0]?.message).toMatch(/Tente novamente em \d+ minutos?/);
    expect(locked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);

    server.clock.advance(16 * 60_000);
    try {
      expect(codeOf(await attempt(who.password, 100))).toBeUndefined();
    } finally {
      server.clock.reset();
    }
  });

  it('R-AUTH-6: a success resets the account counter; other accounts are not affected', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const who = await anAccount(server, company);
    const other = await anAccount(server, company);
    const client = (ip: string) => server.client({ app: 'client', headers: { ...headers, 'x-forwarded-for': ip } });
    for (let i = 0; i < 2; i++) await client(`a${i}`).request(SIGN_IN, { input: { login: who.account.email, password: 'errada-123' } });
    expect(codeOf(await client('a2').request(SIGN_IN, { input: { login: who.account.email, password: who.password } }))).toBeUndefined();
    for (let i = 0; i < 2; i++) await client(`b${i}`).request(SIGN_IN, { input: { login: who.account.email, password: 'errada-123' } });
    expect(codeOf(await client('b2').request(SIGN_IN, { input: { login: who.account.email, password: who.password } }))).toBeUndefined();
    expect(codeOf(await client('c').request(SIGN_IN, { input: { login: other.account.email, password: other.password } }))).toBeUndefined();
  });

  it('R-AUTH-6: throttles an address that fails across many accounts', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const victim = await anAccount(server, company);
    const attacker = server.client({ app: 'client', headers: { ...headers, 'x-forwarded-for': '203.0.113.7' } });
    for (let i = 0; i < 8; i++) {
      expect(codeOf(await attacker.request(SIGN_IN, { input: { login: `alvo${i}@teste.dev`, password: 'errada-123' } }))).toBe('INVALID_CREDENTIALS');
    }
    expect(codeOf(await attacker.request(SIGN_IN, { input: { login: victim.account.email, password: victim.password } }))).toBe('TOO_MANY_ATTEMPTS');
    // The same person from another address still gets in.
    const elsewhere = server.client({ app: 'client', headers: { ...headers, 'x-forwarded-for': '198.51.100.1' } });
    expect(codeOf(await elsewhere.request(SIGN_IN, { input: { login: victim.account.email, password: victim.password } }))).toBeUndefined();
  });
});
