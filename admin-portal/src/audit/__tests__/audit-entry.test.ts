import { describe, expect, it } from 'vitest';
import { describeAuditEntry, type AuditEntryData } from '../audit-entry';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const JARDINS = '0b6f7c1e-8d2a-4c3b-9e1f-2a3b4c5d6e7f';
const SERENA = '1c7a8d2f-9e3b-4d4c-8f2a-3b4c5d6e7f80';
const vocabulary = {
  settings: new Map([['showContracts', 'Exibir contratos'], ['loginText1', 'Texto 1']]),
  customFields: new Map([['capital_social', 'Capital Social']]),
};
const entry = (e: Partial<AuditEntryData>): AuditEntryData => ({ action: 'portal.settings.update', targetType: 'Portal', targetLabel: 'Portal Horizonte', references: [], ...e });
/** What the page shows of an entry (`field` is only the row's key). */
const shown = (text: ReturnType<typeof describeAuditEntry>) => [text.action, text.object, ...text.changes.flatMap((c) => [c.label, c.before, c.after])].join(' | ');

describe('R-OPS-2: an audit entry in words — names, labels and readable values, never ids or JSON', () => {
  it('portal settings by their catalog labels (in the order of the labels), Sim/Não, texts as written, the SLA as a duration', () => {
    const text = describeAuditEntry('pt-BR', entry({
      before: { showContracts: true, loginText1: null, finishedAssistanceSlaMinutes: 10080, finishedAssistanceSlaUnit: 'DAYS' },
      after: { showContracts: false, loginText1: 'Bem-vindo', finishedAssistanceSlaMinutes: 120, finishedAssistanceSlaUnit: 'HOURS' },
    }), vocabulary);
    expect(text.action).toBe('Mudou configurações do portal');
    expect(text.object).toBe('Portal: Portal Horizonte');
    expect(text.changes.map(({ label, before, after }) => [label, before, after])).toEqual([
      ['Exibir contratos', 'Sim', 'Não'],
      ['SLA da exibição de assistência finalizada', '7 dias', '2 horas'],
      ['Texto 1', '—', 'Bem-vindo'],
      ['Unidade do SLA', 'dias', 'horas'],
    ]);
  });

  it('developments by name; one out of reach says so instead of its id', () => {
    const text = describeAuditEntry('pt-BR', entry({
      action: 'portal.developments.update', before: { developmentIds: [JARDINS] }, after: { developmentIds: [JARDINS, SERENA] },
      references: [{ id: JARDINS, name: 'Residencial Jardins' }],
    }), vocabulary);
    expect(text.changes).toEqual([{ field: 'developmentIds', label: 'Empreendimentos', before: 'Residencial Jardins', after: 'Residencial Jardins, (fora do seu alcance ou removido)' }]);
    expect(shown(text)).not.toMatch(UUID);
  });

  it('staff roles and permissions, dates, statuses and custom fields in words, in English too', () => {
    const staff = describeAuditEntry('en', entry({
      action: 'staff.update', targetType: 'Account', targetLabel: 'Gustavo Gestor',
      before: { staffRole: 'MANAGER', permissions: [], expiresAt: null }, after: { staffRole: 'ADMIN', permissions: ['REACTIVATE_LOGIN'], expiresAt: '2027-03-31T17:00:00.000Z' },
    }), vocabulary);
    expect(staff.action).toBe('Changed a staff member');
    expect(staff.object).toBe('Login: Gustavo Gestor');
    expect(staff.changes.map(({ label, before, after }) => [label, before, after])).toEqual([
      ['Expires', '—', '31/03/2027, 14:00'],
      ['Permissions', 'empty', 'Reactivate logins (LGPD)'],
      ['Role', 'Manager', 'Administrator'],
    ]);
    const development = describeAuditEntry('pt-BR', entry({ action: 'Development.update', targetType: 'Development', targetLabel: 'Residencial Jardins', before: { status: 'IN_PROGRESS', deliveryDate: '2027-06-30' }, after: { status: 'PAUSED', deliveryDate: null } }), vocabulary);
    expect(development.changes.map(({ before, after }) => [before, after])).toEqual([['30/06/2027', '—'], ['Em andamento', 'Paralisada']]);
    const approved = describeAuditEntry('pt-BR', entry({ action: 'dataChange.approve', targetType: 'Customer', targetLabel: 'Ana Souza', before: { phone: '(11) 97777-1234', 'custom.capital_social': null }, after: { phone: '(11) 98888-1234', 'custom.capital_social': '100000' } }), vocabulary);
    expect(approved.changes.map((c) => c.label)).toEqual(['Capital Social', 'Telefone']);
  });

  it('an entry without snapshots lists nothing; unknown fields, objects and gone targets never show their code', () => {
    expect(describeAuditEntry('pt-BR', entry({ action: 'account.invite', targetType: 'Account', targetLabel: 'Ana Souza' }), vocabulary).changes).toEqual([]);
    const odd = describeAuditEntry('pt-BR', entry({ action: 'portal.x', targetType: 'Gadget', targetLabel: null, after: { weirdKey: { nested: true } } }), vocabulary);
    expect(odd).toEqual({ action: 'Registrou uma ação', object: 'Registro: (fora do seu alcance ou removido)', changes: [{ field: 'weirdKey', label: 'Outro campo', before: '—', after: 'vários valores' }] });
    expect(shown(odd)).not.toMatch(/weirdKey|Gadget|\{"/);
  });

  it('R-SYNC-1, R-SYNC-4: a token\'s scopes and a sync run\'s status in words', () => {
    const token = describeAuditEntry('pt-BR', entry({
      action: 'apiToken.create', targetType: 'ApiToken', targetLabel: 'ERP', before: null, after: { name: 'ERP', scopes: ['INTEGRATION', 'READ'], expiresAt: null },
    }), vocabulary);
    expect(token.changes.find((c) => c.field === 'scopes')).toMatchObject({ label: 'Escopos', after: 'Integração, Leitura' });
    const run = describeAuditEntry('en', entry({
      action: 'syncRun.unlock', targetType: 'SyncRun', targetLabel: null, before: { status: 'RUNNING' }, after: { status: 'ABANDONED' },
    }), vocabulary);
    expect(run.changes).toEqual([{ field: 'status', label: 'Status', before: 'Running', after: 'Unlocked (stopped answering)' }]);
  });
});
