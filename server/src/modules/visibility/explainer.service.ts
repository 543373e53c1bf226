import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../domain-errors.js';
import { capitalize, countEn, portalNamedEn, say, type Said } from '../../locale.js';
import { countOf, dateTimeText, NOUNS, portalNamed } from '../../pt-br.js';
import { Account } from '../auth/account.entity.js';
import { AccountKind } from '../auth/account.enums.js';
import { AccountToken, AccountTokenPurpose } from '../auth/account-token.entity.js';
import { Contract } from '../contracts/contract.entity.js';
import { loadContractFacts } from '../contracts/contract-facts.js';
import { contractRules } from '../contracts/contract.rules.js';
import { Customer } from '../customers/customer.entity.js';
import { loadDataChangeFacts } from '../data-changes/data-change-facts.js';
import { dataChangeChecks } from '../data-changes/data-change.rules.js';
import { CommonArea } from '../developments/common-area.entity.js';
import { loadUnitFacts } from '../developments/unit-facts.js';
import { Unit } from '../developments/unit.entity.js';
import { unitRules } from '../developments/unit.rules.js';
import { visibleUnits } from '../developments/unit.service.js';
import { loadMenuFacts } from '../portal/menu-facts.js';
import { isSyndicMenu, MENU_NAMES, MENU_RULES, SYNDIC_MENU_RULES, type PortalMenu } from '../portal/menu.rules.js';
import { settingName } from '../portal/portal-settings.js';
import { PortalDomain } from '../portal/portal-domain.entity.js';
import { Portal } from '../portal/portal.entity.js';
import { loadRequestFacts } from '../requests/request-facts.js';
import { Request } from '../requests/request.entity.js';
import { customerRequestRules, syndicRequestRules } from '../requests/request.rules.js';
import { findInScope, getInScope } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import { loadCommonAreaFacts, loadSyndicPlaceFacts } from '../syndics/syndic-facts.js';
import { Syndic } from '../syndics/syndic.entity.js';
import { commonAreasCountRule, syndicCommonAreaRules, syndicPlaceRules } from '../syndics/syndic.rules.js';
import { Bill } from '../finance/bill.entity.js';
import { loadBillFacts, loadInstallmentFacts } from '../finance/finance-facts.js';
import { dateText } from '../finance/finance-words.js';
import { billRules, billSaleSql, installmentRules } from '../finance/finance.rules.js';
import { Installment } from '../finance/installment.entity.js';
import { WorkLogEntry } from '../works/work-log-entry.entity.js';
import { loadWorkLogFacts } from '../works/works-facts.js';
import { workLogRules } from '../works/works.rules.js';
import { DevelopmentDocument } from '../documents/development-document.entity.js';
import { loadDocumentFacts } from '../documents/document-facts.js';
import { documentRules } from '../documents/document.rules.js';
import { allPassed, evaluate, type Check } from './explain.js';
import { query } from './sql.js';
import { fail, FixScreen, pass, type RuleOutcome, type ViewerScope } from './rule.js';

export interface ExplainTarget {
  unitId?: string | null;
  contractId?: string | null;
  requestId?: string | null;
  billId?: string | null;
  installmentId?: string | null;
  /** R-WORK-1: a work log entry. */
  workLogEntryId?: string | null;
  /** A development's document (manual do proprietário…). */
  documentId?: string | null;
  menu?: PortalMenu | null;
  /** "Why can't this customer (or syndic) sign in?" */
  login?: boolean | null;
  /** "Why wasn't this customer's registration change applied?" */
  dataChange?: boolean | null;
  /** "Which common areas does this syndic see?" */
  commonAreas?: boolean | null;
}

export interface ExplainInput {
  /** Whose eyes: a customer or a syndic, exactly one. */
  customerId?: string | null;
  syndicId?: string | null;
  target: ExplainTarget;
  portalId?: string | null;
  hostname?: string | null;
}

/** Its words in both languages: the resolver gives the caller theirs. */
export interface Explanation {
  visible: boolean;
  subject: Said;
  portal: Portal;
  hostname: string | null;
  checks: Check[];
}

/** Used as the account id of a customer (or syndic) who has no login yet: matches no request opener. */
export const NO_ACCOUNT = '00000000-0000-0000-0000-000000000000';

const WHAT_CUSTOMER = 'Escolha exatamente uma coisa para explicar: unidade, contrato, pedido, boleto, parcela, registro do diário de obra, documento, menu, acesso ou alteração cadastral.';
const WHAT_SYNDIC = 'Para um síndico, escolha exatamente uma coisa para explicar: o menu de atendimentos ou o de assistência técnica, as áreas comuns, um pedido ou o acesso.';

/**
 * R-EXPLAIN-1: for a customer or a syndic and an object (unit, contract, request, menu, common
 * areas), their login, or a customer's registration changes: every rule evaluated — pass or
 * fail, why, and what to change — as that person would see it through a portal and an address
 * (given, or the ones they would use).
 */
export async function explainVisibility(em: EntityManager, staff: StaffViewer, now: Date, input: ExplainInput): Promise<Explanation> {
  if (Boolean(input.customerId) === Boolean(input.syndicId)) throw new BadInputError('customerId', 'Escolha sobre quem é a pergunta: um cliente ou um síndico.');
  const asked = Object.values(input.target).filter((v) => v !== null && v !== undefined && v !== false).length;
  return input.syndicId ? explainForSyndic(em, staff, now, input, asked) : explainForCustomer(em, staff, now, input, asked);
}

async function explainForCustomer(em: EntityManager, staff: StaffViewer, now: Date, input: ExplainInput, asked: number): Promise<Explanation> {
  const { target } = input;
  if (asked !== 1 || target.commonAreas) throw new BadInputError('target', WHAT_CUSTOMER);
  // R-OPS-4: the customer and the object asked about, both within the staff member's scope (NOT_FOUND otherwise).
  const customer = await getInScope(em, staff, Customer, input.customerId!);
  const account = await em.findOne(Account, { customer, kind: AccountKind.CUSTOMER });

  // The development the question is about decides the default portal and address.
  let developmentId: string | null = null;
  let subject: Said;
  if (target.unitId) {
    const unit = await getInScope(em, staff, Unit, target.unitId);
    developmentId = unit.development.id;
    subject = say(`a unidade "${unit.name}"`, `the unit "${unit.name}"`);
  } else if (target.contractId) {
    const contract = await getInScope(em, staff, Contract, target.contractId, { populate: ['reservation.unit'] });
    developmentId = contract.reservation.unit.development.id;
    subject = say(`o contrato "${contract.title}"`, `the contract "${contract.title}"`);
  } else if (target.requestId) {
    const request = await getInScope(em, staff, Request, target.requestId);
    developmentId = request.development.id;
    subject = requestSubject(request);
  } else if (target.billId || target.installmentId) {
    const record = target.billId
      ? await getInScope(em, staff, Bill, target.billId)
      : await getInScope(em, staff, Installment, target.installmentId!, { populate: ['plan'] });
    developmentId = await developmentOfRecord(em, target);
    subject = record instanceof Bill
      ? say(`o boleto com vencimento em ${dateText(record.dueDate)}`, `the bill due ${record.dueDate}`)
      : say(`a parcela nº ${record.number} (${record.plan.series}) com vencimento em ${dateText(record.dueDate)}`, `the installment no. ${record.number} (${record.plan.series}) due ${record.dueDate}`);
  } else if (target.workLogEntryId) {
    const entry = await getInScope(em, staff, WorkLogEntry, target.workLogEntryId);
    developmentId = entry.development.id;
    subject = say(`o registro do diário de obra de ${dateText(entry.date)}`, `the work log entry of ${entry.date}`);
  } else if (target.documentId) {
    const document = await getInScope(em, staff, DevelopmentDocument, target.documentId);
    developmentId = document.development.id;
    subject = say(`o documento "${document.title}"`, `the document "${document.title}"`);
  } else if (target.menu) {
    subject = menuSubject(target.menu);
  } else if (target.dataChange) {
    subject = say('as alterações cadastrais', 'the registration changes');
  } else {
    subject = LOGIN_SUBJECT;
  }

  const portal = await pickPortal(em, staff, input.portalId ?? null, developmentId);
  const hostname = input.hostname?.trim().toLowerCase() || (await pickHostname(em, portal.id, developmentId));
  const scope: ViewerScope = {
    accountId: account?.id ?? NO_ACCOUNT, customerId: customer.id, syndicId: null, portalId: portal.id, hostname, now,
  };

  let checks: Check[];
  let visible: boolean | null = null;
  if (target.unitId) {
    checks = evaluate(unitRules, (await loadUnitFacts(em, scope, [target.unitId])).get(target.unitId)!);
  } else if (target.contractId) {
    checks = evaluate(contractRules, (await loadContractFacts(em, scope, [target.contractId])).get(target.contractId)!);
  } else if (target.requestId) {
    checks = evaluate(customerRequestRules, (await loadRequestFacts(em, scope, [target.requestId])).get(target.requestId)!);
  } else if (target.billId) {
    checks = evaluate(billRules, (await loadBillFacts(em, scope, [target.billId])).get(target.billId)!);
  } else if (target.installmentId) {
    checks = evaluate(installmentRules, (await loadInstallmentFacts(em, scope, [target.installmentId])).get(target.installmentId)!);
  } else if (target.workLogEntryId) {
    checks = evaluate(workLogRules, (await loadWorkLogFacts(em, scope, [target.workLogEntryId])).get(target.workLogEntryId)!);
  } else if (target.documentId) {
    checks = evaluate(documentRules, (await loadDocumentFacts(em, scope, [target.documentId])).get(target.documentId)!);
  } else if (target.menu) {
    checks = evaluate(MENU_RULES[target.menu], await loadMenuFacts(em, scope));
  } else if (target.dataChange) {
    // "Visible" here: the newest change reached the customer record.
    const facts = await loadDataChangeFacts(em, staff, customer);
    ({ checks, applied: visible } = dataChangeChecks(facts.requests, facts.approval));
  } else {
    checks = await loginChecks(em, account, portal, scope, CUSTOMER);
    const units = await visibleUnits(em, scope);
    const where = say(`Por ${scope.hostname ?? 'este endereço'}`, `Through ${scope.hostname ?? 'this address'}`);
    checks.push(check('R-PORTAL-3', say('O endereço usado mostra unidades do cliente', 'The address used shows units of the customer\'s'), units.length
      ? pass(say(`${where.pt}, o cliente vê ${countOf(units.length, NOUNS.Unidade)}.`, `${where.en}, the customer sees ${countEn(units.length, 'unit', 'units')}.`))
      : fail(say(`${where.pt}, o cliente não vê nenhuma unidade: explique cada unidade para saber por quê.`, `${where.en}, the customer sees no unit: explain each unit to learn why.`))));
  }
  return { visible: visible ?? allPassed(checks), subject: say(`${customer.name} e ${subject.pt}`, `${customer.name} and ${subject.en}`), portal, hostname, checks };
}

/**
 * R-EXPLAIN-1, R-REQ-8: what a syndic sees and can open — their login and the syndic access, the
 * portal and address reaching their development, the request menus, its common areas, one request.
 */
async function explainForSyndic(em: EntityManager, staff: StaffViewer, now: Date, input: ExplainInput, asked: number): Promise<Explanation> {
  const { target } = input;
  const askable = Boolean(target.requestId || (target.menu && isSyndicMenu(target.menu)) || target.login || target.commonAreas);
  if (asked !== 1 || !askable) throw new BadInputError('target', WHAT_SYNDIC);
  // R-OPS-4: the syndic (by their development) and the request asked about, within the staff member's scope.
  const syndic = await getInScope(em, staff, Syndic, input.syndicId!, { populate: ['development'] });
  const account = await em.findOne(Account, { syndic, kind: AccountKind.SYNDIC });
  const { development } = syndic;

  let subject: Said;
  if (target.requestId) subject = requestSubject(await getInScope(em, staff, Request, target.requestId));
  else if (target.menu) subject = menuSubject(target.menu);
  else if (target.commonAreas) subject = say('as áreas comuns', 'the common areas');
  else subject = LOGIN_SUBJECT;

  const portal = await pickPortal(em, staff, input.portalId ?? null, development.id);
  const hostname = input.hostname?.trim().toLowerCase() || (await pickHostname(em, portal.id, development.id));
  const scope: ViewerScope = { accountId: account?.id ?? NO_ACCOUNT, customerId: null, syndicId: syndic.id, portalId: portal.id, hostname, now };
  // Whether the portal and the address reach the syndic's development (and show the syndic access).
  const place = async () => evaluate(syndicPlaceRules('s.development_id'), (await loadSyndicPlaceFacts(em, scope))!);

  let checks: Check[];
  if (target.requestId) {
    checks = evaluate(syndicRequestRules, (await loadRequestFacts(em, scope, [target.requestId])).get(target.requestId)!);
  } else if (target.menu && isSyndicMenu(target.menu)) {
    checks = [...(await place()), ...evaluate(SYNDIC_MENU_RULES[target.menu], await loadMenuFacts(em, scope))];
  } else if (target.commonAreas) {
    const areas = await em.find(CommonArea, { development }, { orderBy: { name: 'asc' } });
    const facts = await loadCommonAreaFacts(em, scope, areas.map((a) => a.id));
    const judged = areas.map((a) => ({ name: a.name, visible: allPassed(evaluate(syndicCommonAreaRules, facts.get(a.id)!)) }));
    const counted = commonAreasCountRule.check({ developmentId: development.id, developmentName: development.name, areas: judged });
    checks = [...(await place()), check(commonAreasCountRule.id, commonAreasCountRule.label, counted)];
  } else {
    // The place rules say whether the portal is active (R-UNIT-3), so R-PORTAL-2 is not said twice.
    const login = (await loginChecks(em, account, portal, scope, SYNDIC)).filter((c) => c.ruleId !== 'R-PORTAL-2');
    checks = [...login, ...(await place())];
  }
  return {
    visible: allPassed(checks), portal, hostname, checks,
    subject: say(`${syndic.name}, síndico de "${development.name}", e ${subject.pt}`, `${syndic.name}, syndic of "${development.name}", and ${subject.en}`),
  };
}

/** The development of a bill's or an installment's sale, when it has one (it picks the portal and the address). */
async function developmentOfRecord(em: EntityManager, target: ExplainTarget): Promise<string | null> {
  const sale = target.billId ? billSaleSql('bl') : 'ip.reservation_id';
  const from = target.billId ? 'bill bl' : 'installment i join installment_plan ip on ip.id = i.plan_id';
  const rows = await query<{ developmentId: string }>(em, `select u.development_id as "developmentId" from ${from}
      join reservation r on r.id = ${sale} join unit u on u.id = r.unit_id where ${target.billId ? 'bl' : 'i'}.id = :id`, { id: target.billId ?? target.installmentId });
  return rows[0]?.developmentId ?? null;
}

/** A request named as the glossary numbers it: "o atendimento de protocolo nº 12" / "the service request #12". */
const requestSubject = (request: Request) => (request.kind === 'SERVICE'
  ? say(`o atendimento de protocolo nº ${request.number}`, `the service request #${request.number}`)
  : say(`a assistência técnica de protocolo nº ${request.number}`, `the repair request #${request.number}`));

const menuSubject = (menu: PortalMenu) => say(`o menu "${MENU_NAMES[menu].pt}"`, `the menu "${MENU_NAMES[menu].en}"`);
const LOGIN_SUBJECT = say('o acesso ao portal', 'their sign-in to the portal');

const check = (ruleId: string, label: Said, outcome: RuleOutcome): Check => ({ ruleId, label, passed: outcome.passed, detail: outcome.detail, fix: outcome.fix ?? null });

/** The portal asked for, else the company's first portal serving the development, else its first portal (within the staff member's scope). */
export async function pickPortal(em: EntityManager, staff: StaffViewer, portalId: string | null, developmentId: string | null): Promise<Portal> {
  if (portalId) return getInScope(em, staff, Portal, portalId);
  const first = async (where: Record<string, unknown>) => (await findInScope(em, staff, Portal, where, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 1 }))[0] ?? null;
  const portal = (developmentId ? await first({ developments: developmentId }) : null) ?? (await first({}));
  if (!portal) throw new BadInputError('portalId', 'A empresa ainda não tem portal.');
  return portal;
}

/** The address the person would use for this development: one bound to it, else any of the portal's. */
export async function pickHostname(em: EntityManager, portalId: string, developmentId: string | null): Promise<string | null> {
  const bound = developmentId ? await em.findOne(PortalDomain, { portal: portalId, developments: developmentId }, { orderBy: { hostname: 'asc' } }) : null;
  const any = bound ?? (await em.findOne(PortalDomain, { portal: portalId }, { orderBy: { hostname: 'asc' } }));
  return any?.hostname ?? null;
}

/** Whose login: the customer or the syndic, in both languages. */
interface Who { pt: string; en: string }
const CUSTOMER: Who = { pt: 'cliente', en: 'customer' };
const SYNDIC: Who = { pt: 'síndico', en: 'syndic' };

/**
 * FAQ "Login do usuário inativo": R-AUTH-1/2, R-AUTH-5, R-PORTAL-2, R-AUTH-7, for a customer or a
 * syndic (`who`); what each then reaches through the address is added by the caller.
 */
async function loginChecks(em: EntityManager, account: Account | null, portal: Portal, scope: ViewerScope, who: Who): Promise<Check[]> {
  const checks: Check[] = [];
  const add = (ruleId: string, label: Said, outcome: RuleOutcome) => checks.push(check(ruleId, label, outcome));
  const the = say(`O ${who.pt}`, `The ${who.en}`);
  if (!account) {
    add('R-AUTH-5', say(`${the.pt} tem uma conta de acesso`, `${the.en} has a sign-in account`),
      fail(say(`${the.pt} ainda não tem acesso ao portal: envie um convite.`, `${the.en} has no access to the portal yet: send an invitation.`)));
    return checks;
  }
  const loginActive = say('O login está ativo', 'The login is active');
  if (account.loginActive) add('R-AUTH-1', loginActive, pass(say('O login está ativo.', 'The login is active.')));
  else {
    const by = account.deactivatedBy ? await em.findOne(Account, { id: account.deactivatedBy.id }) : null;
    const when = account.deactivatedAt ? say(dateTimeText(account.deactivatedAt), dateTimeText(account.deactivatedAt, 'at')) : say('data desconhecida', 'an unknown date');
    const byWhom = !by ? say('por alguém', 'by someone')
      : by.id === account.id ? say(`pelo próprio ${who.pt} (Dados de acesso)`, `by the ${who.en} themselves (Sign-in settings)`)
      : say(`por ${by.name}`, `by ${by.name}`);
    add('R-AUTH-1', loginActive, fail(say(`O login foi desativado ${byWhom.pt} em ${when.pt}. Reativar exige a permissão "Reativar login" (R-AUTH-2).`,
      `The login was deactivated ${byWhom.en} on ${when.en}. Reactivating needs the "Reactivate login" permission (R-AUTH-2).`), {
      screen: FixScreen.ACCOUNT, id: account.id, label: say('Reativar o login', 'Reactivate the login'),
    }));
  }
  const pending = await em.count(AccountToken, { account, purpose: AccountTokenPurpose.INVITATION, usedAt: null, expiresAt: { $gt: scope.now } });
  add('R-AUTH-5', say(`${the.pt} já criou uma senha (ou pode entrar por link)`, `${the.en} has set a password (or may sign in by link)`), account.passwordHash
    ? pass(say(`${the.pt} tem senha.`, `${the.en} has a password.`))
    : fail(pending
        ? say(`${the.pt} ainda não criou a senha: há um convite válido esperando por ele.`, `${the.en} has not set a password yet: a valid invitation is waiting.`)
        : say(`${the.pt} ainda não criou a senha e não há convite válido: reenvie o convite ou peça que use "Enviar link de acesso".`,
          `${the.en} has not set a password yet and there is no valid invitation: resend the invitation or ask them to use "E-mail me a sign-in link".`), {
        screen: FixScreen.ACCOUNT, id: account.id, label: say('Reenviar o convite', 'Resend the invitation'),
      }));
  add('R-PORTAL-2', say('O portal está ativo', 'The portal is active'), portal.active
    ? pass(say(`${capitalize(portalNamed(portal.name))} está ativo.`, `${capitalize(portalNamedEn(portal.name))} is active.`))
    : fail(say(`${capitalize(portalNamed(portal.name))} está inativo.`, `${capitalize(portalNamedEn(portal.name))} is inactive.`), {
        screen: FixScreen.PORTAL_SETTINGS, id: portal.id, label: say('Ativar o portal', 'Activate the portal'), setting: 'active',
      }));
  const login = settingName('loginEnabled');
  add('R-AUTH-7', say('O portal permite entrar com senha', 'The portal allows signing in with a password'), portal.loginEnabled
    ? pass(say(`"${login.pt}" está ligado.`, `"${login.en}" is on.`))
    : fail(say(`"${login.pt}" está desligado: só o link de acesso por e-mail funciona.`, `"${login.en}" is off: only the e-mailed sign-in link works.`), {
        screen: FixScreen.PORTAL_SETTINGS, id: portal.id, label: say(`Ligar "${login.pt}"`, `Turn "${login.en}" on`), setting: 'loginEnabled',
      }));
  return checks;
}
