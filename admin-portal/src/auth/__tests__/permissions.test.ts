import { describe, expect, it } from 'vitest';
import { fixRoute } from '../../app/routes';
import { areaOf, can, canFix, canOpen, type Staff } from '../permissions';

const admin: Staff = { role: 'ADMIN', permissions: ['REACTIVATE_LOGIN'], developmentIds: [] };
const manager: Staff = { role: 'MANAGER', permissions: [], developmentIds: [] };
const agent: Staff = { role: 'AGENT', permissions: [], developmentIds: [] };
const limited: Staff = { role: 'MANAGER', permissions: [], developmentIds: ['jardins'] };

describe('buttons appear only to those who may use them (the server refuses the rest anyway)', () => {
  it('R-AUTH-2: reactivating a login takes the permission or ADMIN; inviting takes ADMIN or MANAGER', () => {
    expect([admin, manager, agent].map((s) => can(s, 'reactivateLogin'))).toEqual([true, false, false]);
    expect(can({ ...agent, permissions: ['REACTIVATE_LOGIN'] }, 'reactivateLogin')).toBe(true);
    expect([admin, manager, agent].map((s) => can(s, 'sendInvitation'))).toEqual([true, true, false]);
  });

  it('R-OPS-1: areas by role, screens opened by id included', () => {
    expect(areaOf('/admin/contratos/123')).toBe('/admin/configuracao');
    expect(areaOf('/admin/empreendimentos/bloco/1')).toBe('/admin/empreendimentos');
    expect(areaOf('/admin/alteracoes?pedido=9')).toBe('/admin/alteracoes');
    expect(areaOf('/admin/')).toBe('/admin/');
    expect(canOpen(agent, '/admin/empreendimentos/bloco/1')).toBe(false);
    expect(canOpen(agent, '/admin/pedidos/1')).toBe(true);
    expect(canOpen(manager, '/admin/alteracoes')).toBe(false);
    expect(canOpen(manager, '/admin/auditoria')).toBe(true);
  });

  it('R-OPS-4: staff limited to developments do not change company-wide configuration, nor portals that reach beyond them', () => {
    expect(can(limited, 'changeConfiguration')).toBe(false);
    expect(can(manager, 'changeConfiguration')).toBe(true);
    expect(can(limited, 'configurePortal', { developmentIds: ['jardins'] })).toBe(true);
    expect(can(limited, 'configurePortal', { developmentIds: ['jardins', 'serena'] })).toBe(false);
    expect(can({ ...admin, developmentIds: ['jardins'] }, 'manageStaff')).toBe(false);
  });

  it('R-EXPLAIN-1: a fix is a link only for who may make it — an AGENT reads every fix as text', () => {
    const fixes = [
      { screen: 'BLOCK', id: 'b', setting: null },
      { screen: 'PORTAL_SETTINGS', id: 'p', setting: 'showContracts' },
      { screen: 'PORTAL_SETTINGS', id: 'p', setting: 'active' },
      { screen: 'DATA_CHANGE', id: 'd', setting: null },
      { screen: 'COMPANY_SETTINGS', id: 'c', setting: 'dataChangeApproval' },
      { screen: 'ACCOUNT', id: 'a', setting: null },
      { screen: 'CONTRACT_TYPE', id: 't', setting: null },
      { screen: 'COMPANY_SETTINGS', id: '', setting: 'erpCode' },
    ] as const;
    const links = (staff: Staff) => fixes.map((fix) => canFix(staff, fix, fixRoute(fix)));
    expect(links(agent)).toEqual([false, false, false, false, false, false, false, false]);
    expect(links(manager)).toEqual([true, true, false, false, false, true, true, false]);
    expect(links(admin)).toEqual([true, true, true, true, true, true, true, true]);
    expect(links(limited)).toEqual([true, true, false, false, false, true, false, false]);
    expect(fixRoute({ screen: 'COMPANY_SETTINGS', id: '', setting: 'erpCode' })).toBe('/admin/integracoes#erp-code');
    // A fix made outside the app (in the ERP) has no screen: text for everyone.
    expect(canFix(admin, { screen: 'RESERVATION' }, fixRoute({ screen: 'RESERVATION', id: 'r' }))).toBe(false);
  });
});
