import { say, type Said } from '../../locale.js';
import { unitCandidatesSql, unitInPlaceOutcome, unitInPlaceSql, type UnitFacts } from '../developments/unit.rules.js';
import type { MenuFacts, MenuRule } from '../portal/menu.rules.js';
import { settingName } from '../portal/portal-settings.js';
import { fail, FixScreen, pass, type Fix, type Rule, type RuleOutcome } from '../visibility/rule.js';
import { WorkLogStatus } from './work-log.enums.js';

/**
 * SPEC §9: who sees a development's work log (Diário de Obra) and schedule (Cronograma). Each rule
 * once, with its SQL face (over the entry alias `w`, or a development id expression for the
 * schedule) and its check face over the facts works-facts.ts loads. The property test in
 * visibility/__tests__ proves the two faces agree.
 *
 * Decision: an entry belongs to a development and, optionally, to one of its blocks (a tower):
 * a development-wide entry reaches every customer who sees a unit of the development (R-UNIT-4,
 * the unit rules themselves); a tower's entry, only those who see a unit of that tower. The
 * schedule is per development.
 */

/** R-WORK-3: the portal permission a user needs for the work log and the schedule. */
export const SEE_WORK_LOG = 'SEE_WORK_LOG';

export const STATUS_NAMES: Record<WorkLogStatus, Said> = {
  DRAFT: say('Rascunho', 'Draft'),
  IN_REVIEW: say('Em análise', 'In review'),
  APPROVED: say('Aprovado', 'Approved'),
  REJECTED: say('Reprovado', 'Rejected'),
};

/** The customer's login and its portal permissions (null: no login). */
export interface WorkAccountFact {
  id: string;
  portalPermissions: string[];
}

/** What the schedule's rules look at: the development, the customer's login, their units there. */
export interface WorkPlaceFacts {
  developmentId: string;
  developmentName: string;
  /** The entry's tower (null: the whole development). */
  blockId: string | null;
  blockName: string | null;
  portalId: string;
  account: WorkAccountFact | null;
  /** The units of the development (of the tower, for a tower's entry) the customer takes part in, each with its unit facts. */
  units: UnitFacts[];
}

/** What a work log entry's rules look at. */
export interface WorkLogFacts extends WorkPlaceFacts {
  entryId: string;
  status: WorkLogStatus;
  /** The portal's `workLogStatuses`. */
  statuses: WorkLogStatus[];
}

const permissionFix = (accountId: string): Fix => ({
  screen: FixScreen.ACCOUNT, id: accountId, label: say('Dar a permissão "Ver diário de obra"', 'Grant "See work log"'), setting: SEE_WORK_LOG,
});

/** R-WORK-3, over a login (or none). */
export function permissionOutcome(account: WorkAccountFact | null): RuleOutcome {
  if (!account) return fail(say('O cliente ainda não tem acesso ao portal.', 'The customer has no access to the portal yet.'));
  return account.portalPermissions.includes(SEE_WORK_LOG)
    ? pass(say('O usuário tem a permissão "Ver diário de obra".', 'The user has the "See work log" permission.'))
    : fail(say('O usuário não tem a permissão "Ver diário de obra" (que também mostra o cronograma).', 'The user lacks the "See work log" permission (which also shows the schedule).'), permissionFix(account.id));
}

const PERMISSION_LABEL = say('O usuário tem a permissão "Ver diário de obra"', 'The user has the "See work log" permission');

/** The statuses a portal lists, in words. */
const statusList = (statuses: readonly WorkLogStatus[]) => ({
  pt: statuses.map((s) => `"${STATUS_NAMES[s].pt}"`).join(', '),
  en: statuses.map((s) => `"${STATUS_NAMES[s].en}"`).join(', '),
});

const statusesFix = (portalId: string): Fix => ({
  screen: FixScreen.PORTAL_SETTINGS, id: portalId, setting: 'workLogStatuses',
  label: say(`Escolher em "${settingName('workLogStatuses').pt}" as situações que o cliente vê`, `Choose in "${settingName('workLogStatuses').en}" the statuses the customer sees`),
});

/** R-WORK-1, over a portal's list and an entry's status. */
export function statusOutcome(status: WorkLogStatus, statuses: readonly WorkLogStatus[], portalId: string): RuleOutcome {
  const name = STATUS_NAMES[status];
  if (!statuses.length) {
    return fail(say('O portal não mostra nenhuma situação do diário de obra: o menu está oculto.', 'The portal shows no work log status: the menu is hidden.'), statusesFix(portalId));
  }
  const listed = statusList(statuses);
  return statuses.includes(status)
    ? pass(say(`O registro está "${name.pt}", e o portal mostra ${listed.pt}.`, `The entry is "${name.en}", and the portal shows ${listed.en}.`))
    : fail(say(`O registro está "${name.pt}", e o portal só mostra ${listed.pt}.`, `The entry is "${name.en}", and the portal only shows ${listed.en}.`), statusesFix(portalId));
}

/** R-UNIT-4 over a development (and tower): the customer sees some unit there, by the unit rules (unit.rules.ts, `unitInPlaceOutcome`). */
export function placeOutcome(f: WorkPlaceFacts): RuleOutcome {
  const where = f.blockId
    ? say(`na torre "${f.blockName}" de "${f.developmentName}"`, `in the tower "${f.blockName}" of "${f.developmentName}"`)
    : say(`em "${f.developmentName}"`, `in "${f.developmentName}"`);
  return unitInPlaceOutcome(f.units, where);
}

const permissionRule = <F extends { account: WorkAccountFact | null }>(): Rule<F> => ({
  id: 'R-WORK-3',
  label: PERMISSION_LABEL,
  sql: `exists (select 1 from account a where a.id = :account and '${SEE_WORK_LOG}' = any(a.portal_permissions))`,
  check: (f) => permissionOutcome(f.account),
});

/** The rules of a work log entry (alias `w`). */
export const workLogRules: Rule<WorkLogFacts>[] = [
  permissionRule<WorkLogFacts>(),
  {
    id: 'R-WORK-1',
    label: say('A situação do registro está entre as que o portal mostra', 'The entry\'s status is one the portal shows'),
    sql: `exists (select 1 from portal p where p.id = :portal and cast(w.status as text) = any(p.work_log_statuses))`,
    check: (f) => statusOutcome(f.status, f.statuses, f.portalId),
  },
  {
    id: 'R-UNIT-4',
    label: say('O cliente vê uma unidade do empreendimento (da torre, se o registro for de uma torre)', 'The customer sees a unit of the development (of the tower, for a tower\'s entry)'),
    sql: unitInPlaceSql('w.development_id', 'w.block_id'),
    check: (f) => placeOutcome(f),
  },
];

/** The rules of a development's schedule (a development id expression `dev`). */
export const scheduleRules = (dev: string): Rule<WorkPlaceFacts>[] => [
  permissionRule<WorkPlaceFacts>(),
  {
    id: 'R-UNIT-4',
    label: say('O cliente vê uma unidade do empreendimento', 'The customer sees a unit of the development'),
    sql: unitInPlaceSql(dev),
    check: (f) => placeOutcome(f),
  },
];

/** Developments whose units the customer takes part in: the superset lists start from. */
export const developmentCandidatesSql = `(select u.development_id from unit u where u.id in ${unitCandidatesSql})`;

// The menus (R-SET-1, R-WORK-3): menus are not lists, so these have only the check face.

const permissionMenuRule: MenuRule = {
  id: 'R-WORK-3',
  label: PERMISSION_LABEL,
  check: (f) => (f.account ? permissionOutcome(f.account) : pass(say('Sem conta de cliente: a permissão não se aplica.', 'No customer account: the permission does not apply.'))),
};

const someUnitRule: MenuRule = {
  id: 'R-UNIT-4',
  label: say('O cliente vê alguma unidade neste portal', 'The customer sees some unit in this portal'),
  check: (f) => (f.developments.length
    ? pass(say('O cliente vê unidades neste portal.', 'The customer sees units in this portal.'))
    : fail(say('O cliente não vê nenhuma unidade neste portal: explique cada unidade para saber por quê.', 'The customer sees no unit in this portal: explain each unit to learn why.'))),
};

/** R-WORK-1: the Diário de obra menu shows when the portal lists some status (an empty list hides it), for a user with the permission. */
export const WORK_LOG_MENU_RULES: MenuRule[] = [
  {
    id: 'R-SET-1',
    label: say(`"${settingName('workLogStatuses').pt}" lista alguma situação`, `"${settingName('workLogStatuses').en}" lists some status`),
    check: (f: MenuFacts) => {
      const statuses = (f.settings.workLogStatuses ?? []) as WorkLogStatus[];
      return statuses.length
        ? pass(say(`O portal mostra registros ${statusList(statuses).pt}.`, `The portal shows entries ${statusList(statuses).en}.`))
        : fail(say('O portal não mostra nenhuma situação do diário de obra: o menu está oculto.', 'The portal shows no work log status: the menu is hidden.'), statusesFix(f.portalId));
    },
  },
  permissionMenuRule,
  someUnitRule,
];

/** R-WORK-2: the Cronograma menu, for a user with the permission who sees some unit. */
export const SCHEDULE_MENU_RULES: MenuRule[] = [permissionMenuRule, someUnitRule];
