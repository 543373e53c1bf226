import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/harness.js';
import { StaffPermission, StaffRole, World } from '../../../test/world.js';
import { AuditLog } from '../audit-log.entity.js';
import { namedTargetTypes } from '../audit-target.loader.js';

const LOG = `query($filter: AuditLogFilter) {
  auditLog(filter: $filter, first: 50) { nodes { action targetType targetId targetLabel references { id type name } } }
}`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** Every `.ts` file under the server's src, tests and test helpers aside. */
function sources(dir = resolve(import.meta.dirname, '..', '..', '..')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' || name === 'test' ? [] : sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('R-OPS-2: the audit log names who and what, not ids', () => {
  it('every kind of object the server audits has a name (targetType: literals and audit.save entities)', () => {
    const written = new Set<string>();
    for (const file of sources()) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/targetType: '(\w+)'/g)) written.add(m[1]!);
      for (const m of text.matchAll(/audit\.save\(\s*[\w.]+,\s*\w+,\s*(\w+)/g)) written.add(m[1]!);
    }
    expect(written.size).toBeGreaterThan(10);
    expect([...written].filter((type) => !namedTargetTypes().includes(type))).toEqual([]);
  });

  it('targetLabel names the portal, the block with its development, the customer, the login and the subsubject with its subject', async () => {
    const world = await World.create(server);
    const { client } = await world.staff(StaffRole.ADMIN, { permissions: [StaffPermission.REACTIVATE_LOGIN] });
    const ana = await world.customer({ name: 'Ana Auditada', loginActive: false });
    await client.ok(`mutation($id: ID!) { updatePortalSettings(portalId: $id, input: { loginText1: "Bem-vindo ao portal" }) { id } }`, { id: world.portal.id });
    await client.ok(`mutation($id: ID!) { setBlockActive(id: $id, active: false) { id } }`, { id: world.block.id });
    await client.ok(`mutation($id: ID!) { reactivateLogin(accountId: $id) { id } }`, { id: ana.account.id });
    await client.ok(`mutation($id: ID) { saveSubsubject(input: { id: $id, portalDisplayName: "Vazamento no ramal" }) { id } }`, { id: world.subsubjects.assistance.id });
    await client.ok(`mutation($id: ID!) { startViewAsClient(customerId: $id) }`, { id: ana.customer.id });

    const { auditLog } = await client.ok(LOG);
    const byAction = Object.fromEntries(auditLog.nodes.map((n: { action: string }) => [n.action, n]));
    expect(byAction['portal.settings.update']).toMatchObject({ targetType: 'Portal', targetLabel: 'Portal Teste' });
    expect(byAction['Block.update']).toMatchObject({ targetType: 'Block', targetLabel: `${world.development.name} · Bloco A` });
    expect(byAction['login.reactivate']).toMatchObject({ targetType: 'Account', targetLabel: 'Ana Auditada' });
    expect(byAction['Subsubject.update']).toMatchObject({ targetLabel: 'Hidráulica · VAZ-HID-03 vazamento ramal' });
    expect(byAction['viewAs.start']).toMatchObject({
      targetType: 'Customer', targetLabel: 'Ana Auditada', references: [{ id: world.portal.id, type: 'Portal', name: 'Portal Teste' }],
    });
  });

  it('references name the developments a portal change cites; a deleted portal keeps the name it had', async () => {
    const world = await World.create(server);
    const other = await world.development2('Loteamento Auditado');
    const { client } = await world.staff();
    await client.ok(`mutation($id: ID!, $ids: [ID!]!) { setPortalDevelopments(portalId: $id, developmentIds: $ids) { id } }`, { id: world.portal.id, ids: [world.development.id] });
    await client.ok(`mutation($id: ID!, $ids: [ID!]!) { setPortalDevelopments(portalId: $id, developmentIds: $ids) { id } }`, { id: world.portal.id, ids: [world.development.id, other.id] });
    await client.ok(`mutation($id: ID!, $name: String!) { deletePortal(portalId: $id, confirmName: $name) }`, { id: world.portal.id, name: 'Portal Teste' });
    const { auditLog } = await client.ok(LOG, { filter: { targetId: world.portal.id } });
    const [deleted, added] = auditLog.nodes;
    expect(deleted).toMatchObject({ action: 'portal.delete', targetLabel: 'Portal Teste', references: [] });
    expect(added.action).toBe('portal.developments.update');
    expect(added.references).toEqual(expect.arrayContaining([
      { id: world.development.id, type: 'Development', name: world.development.name },
      { id: other.id, type: 'Development', name: 'Loteamento Auditado' },
    ]));
  });

  it('R-OPS-4: a member of staff limited to a development does not get names from outside it', async () => {
    const world = await World.create(server);
    const other = await world.development2('Loteamento Fora do Alcance');
    const outsider = await world.customer({ name: 'Cliente de Fora' });
    const admin = await world.staff();
    // The portal serves both developments; the limited member sees the portal (it serves theirs), not the other development.
    await admin.client.ok(`mutation($id: ID!, $ids: [ID!]!) { setPortalDevelopments(portalId: $id, developmentIds: $ids) { id } }`, { id: world.portal.id, ids: [other.id] });
    await admin.client.ok(`mutation($id: ID!, $ids: [ID!]!) { setPortalDevelopments(portalId: $id, developmentIds: $ids) { id } }`, { id: world.portal.id, ids: [world.development.id, other.id] });
    const limited = await world.staff(StaffRole.MANAGER, { developments: [world.development] });
    // An entry the limited member made themself, on a customer outside their developments (written directly: the API would refuse it now).
    const em = server.em();
    em.create(AuditLog, { company: world.company.id, actor: limited.account.id, actorLabel: limited.account.name, action: 'customer.create', targetType: 'Customer', targetId: outsider.customer.id, after: { email: outsider.customer.email } });
    await em.flush();

    const { auditLog } = await limited.client.ok(LOG);
    const portalEntry = auditLog.nodes.find((n: { action: string; references: unknown[] }) => n.action === 'portal.developments.update' && n.references.length > 0);
    expect(portalEntry.targetLabel).toBe('Portal Teste');
    expect(portalEntry.references).toEqual([{ id: world.development.id, type: 'Development', name: world.development.name }]);
    const own = auditLog.nodes.find((n: { action: string }) => n.action === 'customer.create');
    expect(own.targetId).toBe(outsider.customer.id);
    expect(own.targetLabel).toBeNull();
    expect(JSON.stringify(auditLog)).not.toContain('Cliente de Fora');
    expect(JSON.stringify(auditLog)).not.toContain('Loteamento Fora do Alcance');
  });

  it('no N+1: the audit page costs the same SQL statements for 20 and for 50 entries of every kind', async () => {
    const counts: number[] = [];
    for (const size of [20, 50]) {
      const world = await World.create(server);
      const { client, account } = await world.staff();
      const customer = await world.customer();
      const targets: [string, string, unknown?][] = [
        ['Portal', world.portal.id, { developmentIds: [world.development.id] }],
        ['Development', world.development.id],
        ['Block', world.block.id],
        ['Stage', world.stage.id],
        ['Customer', customer.customer.id, { portalId: world.portal.id }],
        ['Account', customer.account.id],
        ['AssociationType', world.types.spouse.id],
        ['ContractType', world.types.sale.id],
        ['Subsubject', world.subsubjects.service.id],
        ['WorkflowStatus', world.statuses.done.id],
      ];
      const em = server.em();
      for (let i = 0; i < size; i++) {
        const [targetType, targetId, after] = targets[i % targets.length]!;
        em.create(AuditLog, { company: world.company.id, actor: account.id, actorLabel: account.name, action: `${targetType}.update`, targetType, targetId, after: after ?? { active: true }, at: new Date(Date.now() - i * 1000) });
      }
      await em.flush();
      server.sql.length = 0;
      const { auditLog } = await client.ok(LOG);
      counts.push(server.sql.length);
      expect(auditLog.nodes).toHaveLength(size);
      expect(auditLog.nodes.every((n: { targetLabel: string | null }) => typeof n.targetLabel === 'string' && n.targetLabel.length > 0)).toBe(true);
    }
    // session (with the staff limit) · entries · one per kind named (10 kinds; the references' developments share that kind's query)
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBe(12);
  }, 60_000);
});
