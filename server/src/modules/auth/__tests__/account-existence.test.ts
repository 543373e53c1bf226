import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCompanyWithPortal, anAccount, SIGN_IN } from '../../../test/builders.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { linkIn } from '../../../test/smtp.js';

const REQUEST_LINK = `mutation($input: RequestMagicLinkInput!) { requestMagicLink(input: $input) }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** What a caller learns from one answer: the HTTP status and the whole body. */
async function answer(headers: Record<string, string>, query: string, variables: Record<string, unknown>) {
  const client = server.client({ app: 'client', headers });
  const body = await client.request(query, variables);
  return { status: client.lastResponse!.status, body, cookies: client.lastResponse!.headers.getSetCookie() };
}

describe('R-AUTH-1, R-AUTH-3, R-AUTH-6: sign-in and magic-link answers do not tell whether an account exists', () => {
  it('R-AUTH-6: signIn answers an unknown login, a known one with a wrong password, and an inactive one with a wrong password alike', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const known = await anAccount(server, company, { document: '52998224725' });
    const inactive = await anAccount(server, company, { loginActive: false });
    const tries = [
      { login: 'ninguem@teste.dev', password: 'errada-123' },
      { login: known.account.email, password: 'errada-123' },
      { login: inactive.account.email, password: 'errada-123' },
      { login: '111.444.777-35', password: 'errada-123' },
      { login: '529.982.247-25', password: 'errada-123' },
    ];
    const answers = [];
    for (const input of tries) answers.push(await answer(headers, SIGN_IN, { input }));
    expect(answers[0]).toEqual({
      status: 200,
      body: { data: null, errors: [expect.objectContaining({ extensions: { code: 'INVALID_CREDENTIALS' } })] },
      cookies: [],
    });
    for (const other of answers.slice(1)) expect(other).toEqual(answers[0]);
  });

  it('R-AUTH-3, R-AUTH-1: requestMagicLink answers an unknown e-mail, a known one and an inactive login alike', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const known = await anAccount(server, company);
    const inactive = await anAccount(server, company, { loginActive: false });
    const unknownAnswer = await answer(headers, REQUEST_LINK, { input: { email: 'ninguem@teste.dev' } });
    const knownAnswer = await answer(headers, REQUEST_LINK, { input: { email: known.account.email } });
    const inactiveAnswer = await answer(headers, REQUEST_LINK, { input: { email: inactive.account.email } });
    expect(unknownAnswer).toEqual({ status: 200, body: { data: { requestMagicLink: true } }, cookies: [] });
    expect(knownAnswer).toEqual(unknownAnswer);
    expect(inactiveAnswer).toEqual(unknownAnswer);
    // Only the known, active login gets a link.
    await server.smtp.waitFor(known.account.email, /link de acesso/);
    await expect(server.smtp.waitFor(inactive.account.email, /.*/, 300)).rejects.toThrow(/no mail/);
  });

  it('R-AUTH-3: the answer does not wait for the e-mail: it arrives while the SMTP server still holds the message', async () => {
    const { company, headers } = await aCompanyWithPortal(server);
    const known = await anAccount(server, company);
    const smtp = server.smtp.hold();
    try {
      const answered = answer(headers, REQUEST_LINK, { input: { email: known.account.email } });
      const waited = new Promise((_, reject) => setTimeout(() => reject(new Error('the answer waited for the SMTP server')), 10_000));
      expect(await Promise.race([answered, waited])).toMatchObject({ status: 200, body: { data: { requestMagicLink: true } } });
      // The message does go out, and the SMTP server has not answered it yet.
      await smtp.waitForArrival();
      expect(smtp.arrived()).toBe(1);
      expect(server.smtp.received).toEqual([]);
    } finally {
      smtp.release();
    }
    const mail = await server.smtp.waitFor(known.account.email, /link de acesso/);
    expect(linkIn(mail, /^\/entrar\/link$/).searchParams.get('token')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
