import type { MikroORM } from '@mikro-orm/postgresql';
import { Account } from '../modules/auth/account.entity.js';
import { AccountKind, StaffPermission, StaffRole } from '../modules/auth/account.enums.js';
import { Company } from '../modules/company/company.entity.js';
import { PortalDomain } from '../modules/portal/portal-domain.entity.js';
import { Portal } from '../modules/portal/portal.entity.js';
import type { Services } from '../services.js';

export interface DemoLogin {
  app: 'client-portal' | 'admin-portal';
  login: string;
  password: string;
  shows: string;
}

/**
 * Demo-only passwords, printed at start and listed in the README. Real accounts never get a
 * password from us (R-AUTH-5): they set one through an invitation or a magic link.
 */
export const demoLogins: DemoLogin[] = [
  { app: 'admin-portal', login: 'admin@horizonte.demo', password: 'demo-admin-1', shows: 'ADMIN: tudo, inclusive reativar logins e auditoria' },
  { app: 'admin-portal', login: 'atendente@horizonte.demo', password: 'demo-agent-1', shows: 'AGENT: atendimento, sem operações de ADMIN' },
  { app: 'client-portal', login: 'ana@cliente.demo', password: 'demo-cliente-1', shows: 'cliente titular (também entra pelo CPF 529.982.247-25)' },
  { app: 'client-portal', login: 'inativo@cliente.demo', password: 'demo-cliente-1', shows: 'login desativado pelo próprio cliente: LOGIN_INACTIVE' },
];

/** Loads the demo company into an empty database; does nothing when any company exists. */
export async function loadDemo(orm: MikroORM, services: Services): Promise<boolean> {
  const em = orm.em.fork();
  if ((await em.count(Company, {})) > 0) return false;
  const now = services.clock.now();
  const hash = (password: string) => services.hasher.hash(password);
  await em.transactional(async (tx) => {
    const company = tx.create(Company, { name: 'Horizonte Incorporadora', document: '11222333000181' });
    const portal = tx.create(Portal, { company, name: 'Portal Horizonte', slug: 'horizonte' });
    tx.create(PortalDomain, { portal, hostname: 'localhost' });
    tx.create(PortalDomain, { portal, hostname: '127.0.0.1' });
    tx.create(Account, {
      company, kind: AccountKind.STAFF, name: 'Beatriz Administradora', email: 'admin@horizonte.demo',
      staffRole: StaffRole.ADMIN, permissions: [StaffPermission.REACTIVATE_LOGIN], passwordHash: await hash('demo-admin-1'),
    });
    tx.create(Account, {
      company, kind: AccountKind.STAFF, name: 'Carlos Atendente', email: 'atendente@horizonte.demo',
      staffRole: StaffRole.AGENT, passwordHash: await hash('demo-agent-1'),
    });
    tx.create(Account, {
      company, kind: AccountKind.CUSTOMER, name: 'Ana Souza', email: 'ana@cliente.demo', document: '52998224725',
      passwordHash: await hash('demo-cliente-1'),
    });
    const inactive = tx.create(Account, {
      company, kind: AccountKind.CUSTOMER, name: 'Paulo Inativo', email: 'inativo@cliente.demo', document: '11144477735',
      passwordHash: await hash('demo-cliente-1'), loginActive: false, deactivatedAt: now,
    });
    inactive.deactivatedBy = inactive;
  });
  services.logger.info('demo company loaded');
  return true;
}
