import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCompanyWithPortal, anAccount, signedIn } from '../../test/builders.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { AuditLog } from '../../modules/audit/audit-log.entity.js';
import { Account } from '../../modules/auth/account.entity.js';
import { AccountKind, StaffRole } from '../../modules/auth/account.enums.js';

const CREATE = `mutation Create($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

describe('bad input: a clear error naming the field, never a 500, nothing written', () => {
  it('an invalid e-mail is BAD_USER_INPUT naming "email" and creates no account, audit entry or mail', async () => {
    const { company } = await aCompanyWithPortal(server);
    const admin = await signedIn(server, await anAccount(server, company, { role: StaffRole.ADMIN }));
    const before = { accounts: await server.em().count(Account, {}), audit: await server.em().count(AuditLog, {}) };
    // Other tests of this file send invitations (awaited by their calls): count from here.
    const mailsBefore = server.smtp.received.length;

    const result = await admin.request(CREATE, { input: { name: 'Fulano', email: 'sem-arroba', role: 'AGENT' } });
    expect(result.errors).toEqual([
      expect.objectContaining({ message: 'Informe um e-mail válido.', extensions: { code: 'BAD_USER_INPUT', field: 'email' } }),
    ]);
    expect(result.data).toBeNull();
    expect(admin.lastResponse!.status).toBe(200);
    expect({ accounts: await server.em().count(Account, {}), audit: await server.em().count(AuditLog, {}) }).toEqual(before);
    expect(server.smtp.received.slice(mailsBefore)).toEqual([]);
  });

  it('an expiry date in the past is BAD_USER_INPUT naming "expiresAt"', async () => {
    const { company } = await aCompanyWithPortal(server);
    const admin = await signedIn(server, await anAccount(server, company, { role: StaffRole.ADMIN }));
    const result = await admin.request(CREATE, { input: { name: 'Fulano', email: 'fulano@equipe.dev', role: 'AGENT', expiresAt: '2020-01-01T00:00:00.000Z' } });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'expiresAt' });
    expect(await server.em().count(Account, { kind: AccountKind.STAFF, email: 'fulano@equipe.dev' })).toBe(0);
  });

  it('a missing required field and a wrong enum are BAD_USER_INPUT in Portuguese, not a 500', async () => {
    const { company } = await aCompanyWithPortal(server);
    const admin = await signedIn(server, await anAccount(server, company, { role: StaffRole.ADMIN }));
    const missing = await admin.request(CREATE, { input: { name: 'Fulano', role: 'AGENT' } });
    expect(missing.errors?.[0]).toMatchObject({ message: 'O campo "E-mail" é obrigatório.', extensions: { code: 'BAD_USER_INPUT', field: 'email' } });
    const wrongEnum = await admin.request(CREATE, { input: { name: 'Fulano', email: 'x@equipe.dev', role: 'CHEFE' } });
    expect(wrongEnum.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await server.em().count(Account, { email: 'x@equipe.dev' })).toBe(0);
  });

  it('a duplicate staff e-mail is BAD_USER_INPUT naming "email"', async () => {
    const { company } = await aCompanyWithPortal(server);
    const admin = await signedIn(server, await anAccount(server, company, { role: StaffRole.ADMIN }));
    await admin.ok(CREATE, { input: { name: 'Um', email: 'repetido@equipe.dev', role: 'AGENT' } });
    const dup = await admin.request(CREATE, { input: { name: 'Dois', email: 'Repetido@Equipe.dev', role: 'AGENT' } });
    expect(dup.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(await server.em().count(Account, { email: 'repetido@equipe.dev' })).toBe(1);
  });

  it('an id that is not a UUID is BAD_USER_INPUT, not a 500', async () => {
    const { company } = await aCompanyWithPortal(server);
    const admin = await signedIn(server, await anAccount(server, company, { role: StaffRole.ADMIN }));
    const result = await admin.request(`{ unit(id: "nao-e-um-id") { id } }`);
    expect(result.errors?.[0]).toMatchObject({ message: 'Registro: identificador em formato inválido.', extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
  });
});
