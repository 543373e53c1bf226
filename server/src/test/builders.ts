import { Account } from '../modules/auth/account.entity.js';
import { AccountKind, StaffPermission, StaffRole } from '../modules/auth/account.enums.js';
import { Company } from '../modules/company/company.entity.js';
import { PortalDomain } from '../modules/portal/portal-domain.entity.js';
import { Portal } from '../modules/portal/portal.entity.js';
import type { TestServer } from './harness.js';

let seq = 0;
const next = () => `${Date.now().toString(36)}${(++seq).toString(36)}`;

/** A company with one portal (answering on `hostnames`, if given). */
export async function aCompanyWithPortal(server: TestServer, options: { portal?: Partial<Pick<Portal, 'active' | 'loginEnabled' | 'name'>>; hostnames?: string[] } = {}) {
  const em = server.em();
  const company = em.create(Company, { name: `Empresa ${next()}` });
  const portal = em.create(Portal, { company, name: options.portal?.name ?? 'Portal Teste', slug: `portal-${next()}`, ...options.portal });
  for (const hostname of options.hostnames ?? []) em.create(PortalDomain, { portal, hostname });
  await em.flush();
  /** Headers that reach this portal whatever the hostname (what an API client sends). */
  const headers = { 'x-habite-portal': portal.slug };
  return { company, portal, headers };
}

export interface AccountSpec {
  kind?: AccountKind;
  name?: string;
  email?: string;
  document?: string | null;
  /** null: no password yet (first access by invitation or magic link). */
  password?: string | null;
  loginActive?: boolean;
  role?: StaffRole;
  permissions?: StaffPermission[];
  expiresAt?: Date | null;
}

/** An account with a known password; defaults to a customer. */
export async function anAccount(server: TestServer, company: Company, spec: AccountSpec = {}) {
  const em = server.em();
  const kind = spec.kind ?? (spec.role ? AccountKind.STAFF : AccountKind.CUSTOMER);
  const password = spec.password === undefined ? `senha-${next()}-1` : spec.password;
  const account = em.create(Account, {
    company: em.getReference(Company, company.id),
    kind,
    name: spec.name ?? `Pessoa ${next()}`,
    email: spec.email ?? `p${next()}@teste.dev`,
    document: spec.document ?? null,
    passwordHash: password ? await server.services.hasher.hash(password) : null,
    loginActive: spec.loginActive ?? true,
    staffRole: kind === AccountKind.STAFF ? (spec.role ?? StaffRole.AGENT) : null,
    permissions: spec.permissions ?? [],
    expiresAt: spec.expiresAt ?? null,
  });
  await em.flush();
  return { account, password: password ?? '' };
}

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { account { id kind } token } }`;

/** A client of the given app, signed in with a password (cookie, as the web apps do). */
export async function signedIn(server: TestServer, who: { account: Account; password: string }, headers: Record<string, string> = {}) {
  const app = who.account.kind === AccountKind.STAFF ? 'admin' : 'client';
  const client = server.client({ app, headers });
  await client.ok(SIGN_IN, { input: { login: who.account.email, password: who.password, kind: who.account.kind } });
  return client;
}

export { SIGN_IN };
