import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../domain-errors.js';
import { Account } from '../auth/account.entity.js';
import { AccountKind } from '../auth/account.enums.js';
import { AccountToken, AccountTokenPurpose } from '../auth/account-token.entity.js';
import { Contract } from '../contracts/contract.entity.js';
import { loadContractFacts } from '../contracts/contract-facts.js';
import { contractRules } from '../contracts/contract.rules.js';
import { Customer } from '../customers/customer.entity.js';
import { loadUnitFacts } from '../developments/unit-facts.js';
import { Unit } from '../developments/unit.entity.js';
import { unitRules } from '../developments/unit.rules.js';
import { visibleUnits } from '../developments/unit.service.js';
import { loadMenuFacts } from '../portal/menu-facts.js';
import { MENU_RULES, type PortalMenu } from '../portal/menu.rules.js';
import { PortalDomain } from '../portal/portal-domain.entity.js';
import { Portal } from '../portal/portal.entity.js';
import { loadRequestFacts } from '../requests/request-facts.js';
import { Request } from '../requests/request.entity.js';
import { customerRequestRules } from '../requests/request.rules.js';
import { allPassed, evaluate, type RuleCheck } from './explain.js';
import { fail, FixScreen, pass, type ViewerScope } from './rule.js';
import { findInScope, getInScope } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';

export interface ExplainTarget {
  unitId?: string | null;
  contractId?: string | null;
  requestId?: string | null;
  menu?: PortalMenu | null;
  /** "Why can't this customer sign in?" */
  login?: boolean | null;
}

export interface Explanation {
  visible: boolean;
  subject: string;
  portal: Portal;
  hostname: string | null;
  checks: RuleCheck[];
}

/** Used as the account id of a customer who has no login yet: matches no request opener. */
const NO_ACCOUNT = '00000000-0000-0000-0000-000000000000';

/**
 * R-EXPLAIN-1: for a customer and an object (unit, contract, request, menu) or their login, every
 * rule evaluated — pass or fail, why, and what to change — as that customer would see it through
 * a portal and an address (given, or the ones they would use).
 */
export async function explainVisibility(
  em: EntityManager,
  staff: StaffViewer,
  now: Date,
  input: { customerId: string; target: ExplainTarget; portalId?: string | null; hostname?: string | null },
): Promise<Explanation> {
  const targets = Object.entries(input.target).filter(([, v]) => v !== null && v !== undefined && v !== false);
  if (targets.length !== 1) throw new BadInputError('target', 'Escolha exatamente uma coisa para explicar: unidade, contrato, pedido, menu ou acesso.');
  // R-OPS-4: the customer and the object asked about, both within the staff member's scope (NOT_FOUND otherwise).
  const customer = await getInScope(em, staff, Customer, input.customerId);
  const account = await em.findOne(Account, { customer, kind: AccountKind.CUSTOMER });

  // The development the question is about decides the default portal and address.
  const { target } = input;
  let developmentId: string | null = null;
  let subject = '';
  if (target.unitId) {
    const unit = await getInScope(em, staff, Unit, target.unitId);
    developmentId = unit.development.id;
    subject = `a unidade "${unit.name}"`;
  } else if (target.contractId) {
    const contract = await getInScope(em, staff, Contract, target.contractId, { populate: ['reservation.unit'] });
    developmentId = contract.reservation.unit.development.id;
    subject = `o contrato "${contract.title}"`;
  } else if (target.requestId) {
    const request = await getInScope(em, staff, Request, target.requestId);
    developmentId = request.development.id;
    subject = `o ${request.kind === 'SERVICE' ? 'atendimento' : 'pedido de assistência'} nº ${request.number}`;
  } else if (target.menu) {
    subject = `o menu ${target.menu}`;
  } else {
    subject = 'o acesso ao portal';
  }

  const portal = await pickPortal(em, staff, input.portalId ?? null, developmentId);
  const hostname = input.hostname?.trim().toLowerCase() || (await pickHostname(em, portal.id, developmentId));
  const scope: ViewerScope = {
    accountId: account?.id ?? NO_ACCOUNT, customerId: customer.id, syndicId: null, portalId: portal.id, hostname, now,
  };

  let checks: RuleCheck[];
  if (target.unitId) {
    checks = evaluate(unitRules, (await loadUnitFacts(em, scope, [target.unitId])).get(target.unitId)!);
  } else if (target.contractId) {
    checks = evaluate(contractRules, (await loadContractFacts(em, scope, [target.contractId])).get(target.contractId)!);
  } else if (target.requestId) {
    checks = evaluate(customerRequestRules, (await loadRequestFacts(em, scope, [target.requestId])).get(target.requestId)!);
  } else if (target.menu) {
    checks = evaluate(MENU_RULES[target.menu], await loadMenuFacts(em, scope));
  } else {
    checks = await loginChecks(em, account, portal, scope);
  }
  return { visible: allPassed(checks), subject: `${customer.name} e ${subject}`, portal, hostname, checks };
}

/** The portal asked for, else the company's first portal serving the development, else its first portal (within the staff member's scope). */
async function pickPortal(em: EntityManager, staff: StaffViewer, portalId: string | null, developmentId: string | null): Promise<Portal> {
  if (portalId) return getInScope(em, staff, Portal, portalId);
  const first = async (where: Record<string, unknown>) => (await findInScope(em, staff, Portal, where, { orderBy: { createdAt: 'asc' }, limit: 1 }))[0] ?? null;
  const portal = (developmentId ? await first({ developments: developmentId }) : null) ?? (await first({}));
  if (!portal) throw new BadInputError('portalId', 'A empresa ainda não tem portal.');
  return portal;
}

/** The address the customer would use for this development: one bound to it, else any of the portal's. */
async function pickHostname(em: EntityManager, portalId: string, developmentId: string | null): Promise<string | null> {
  const bound = developmentId ? await em.findOne(PortalDomain, { portal: portalId, developments: developmentId }, { orderBy: { hostname: 'asc' } }) : null;
  const any = bound ?? (await em.findOne(PortalDomain, { portal: portalId }, { orderBy: { hostname: 'asc' } }));
  return any?.hostname ?? null;
}

/** FAQ "Login do usuário inativo": R-AUTH-1/2, R-AUTH-5, R-PORTAL-2, R-AUTH-7, R-PORTAL-3. */
async function loginChecks(em: EntityManager, account: Account | null, portal: Portal, scope: ViewerScope): Promise<RuleCheck[]> {
  const checks: RuleCheck[] = [];
  const add = (ruleId: string, label: string, outcome: ReturnType<typeof pass>) =>
    checks.push({ ruleId, label, passed: outcome.passed, detail: outcome.detail, fix: outcome.fix ?? null });
  if (!account) {
    add('R-AUTH-5', 'O cliente tem uma conta de acesso', fail('O cliente ainda não tem acesso ao portal: envie um convite.'));
    return checks;
  }
  if (account.loginActive) add('R-AUTH-1', 'O login está ativo', pass('O login está ativo.'));
  else {
    const by = account.deactivatedBy ? await em.findOne(Account, { id: account.deactivatedBy.id }) : null;
    const when = account.deactivatedAt?.toLocaleString('pt-BR', { timeZone: 'America/Sao_Paulo' }) ?? 'data desconhecida';
    const who = !by ? 'alguém' : by.id === account.id ? 'o próprio cliente (Dados de acesso)' : by.name;
    add('R-AUTH-1', 'O login está ativo', fail(`O login foi desativado por ${who} em ${when}. Reativar exige a permissão "Reativar login" (R-AUTH-2).`, {
      screen: FixScreen.ACCOUNT, id: account.id, label: 'Reativar o login',
    }));
  }
  const pending = await em.count(AccountToken, { account, purpose: AccountTokenPurpose.INVITATION, usedAt: null, expiresAt: { $gt: scope.now } });
  add('R-AUTH-5', 'O cliente já criou uma senha (ou pode entrar por link)', account.passwordHash
    ? pass('O cliente tem senha.')
    : fail(pending ? 'O cliente ainda não criou a senha: há um convite válido esperando por ele.' : 'O cliente ainda não criou a senha e não há convite válido: reenvie o convite ou peça que use "Enviar link de acesso".', {
        screen: FixScreen.ACCOUNT, id: account.id, label: 'Reenviar o convite',
      }));
  add('R-PORTAL-2', 'O portal está ativo', portal.active ? pass(`O portal "${portal.name}" está ativo.`) : fail(`O portal "${portal.name}" está inativo.`, {
    screen: FixScreen.PORTAL_SETTINGS, id: portal.id, label: 'Ativar o portal', setting: 'active',
  }));
  add('R-AUTH-7', 'O portal permite entrar com senha', portal.loginEnabled ? pass('"Efetuar login" está ligado.') : fail('"Efetuar login" está desligado: só o link de acesso por e-mail funciona.', {
    screen: FixScreen.PORTAL_SETTINGS, id: portal.id, label: 'Ligar "Efetuar login"', setting: 'loginEnabled',
  }));
  const units = await visibleUnits(em, scope);
  add('R-PORTAL-3', 'O endereço usado mostra unidades do cliente', units.length
    ? pass(`Por ${scope.hostname ?? 'este endereço'}, o cliente vê ${units.length} unidade(s).`)
    : fail(`Por ${scope.hostname ?? 'este endereço'}, o cliente não vê nenhuma unidade: explique cada unidade para saber por quê.`));
  return checks;
}
