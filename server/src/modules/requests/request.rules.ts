import { developmentRules, unitRules, type DevelopmentFacts, type UnitFacts } from '../developments/unit.rules.js';
import { unitCandidatesSql } from '../developments/unit.rules.js';
import { syndicAccessRule } from '../syndics/syndic.rules.js';
import { say } from '../../locale.js';
import { dateTimeText } from '../../pt-br.js';
import { settingName } from '../portal/portal-settings.js';
import { fail, FixScreen, pass, type Rule } from '../visibility/rule.js';

/** SPEC §5: who sees a request. SQL faces over the request alias `rq`. */

export interface RequestFacts {
  requestId: string;
  number: number;
  kind: 'SERVICE' | 'ASSISTANCE';
  openedByViewer: boolean;
  unitId: string | null;
  commonAreaId: string | null;
  commonAreaName: string | null;
  /** The request's development is the one the viewing syndic manages (false for customers). */
  inSyndicDevelopment: boolean;
  finishedAt: string | null;
  workflowId: string;
  workflowName: string;
  showFinishedInPortal: boolean;
  showServiceMenu: boolean;
  showAssistanceMenu: boolean;
  showSyndicAccess: boolean;
  slaMinutes: number;
  now: string;
  development: DevelopmentFacts;
  /** The request's unit as the viewer sees it; null for common-area requests. */
  unit: UnitFacts | null;
}

const menuRule: Rule<RequestFacts> = {
  id: 'R-SET-1',
  label: say('O menu do tipo de pedido está ligado no portal', 'The menu of the request\'s kind is on in the portal'),
  sql: `exists (select 1 from portal p where p.id = :portal and case rq.kind when 'SERVICE' then p.show_service_menu else p.show_assistance_menu end)`,
  check: (f) => {
    const [on, setting] = f.kind === 'SERVICE' ? [f.showServiceMenu, 'showServiceMenu' as const] : [f.showAssistanceMenu, 'showAssistanceMenu' as const];
    const name = settingName(setting);
    return on
      ? pass(say(`"${name.pt}" está ligado.`, `"${name.en}" is on.`))
      : fail(say(`"${name.pt}" está desligado no portal.`, `"${name.en}" is off in the portal.`), {
          screen: FixScreen.PORTAL_SETTINGS, id: f.development.portalId, label: say(`Ligar "${name.pt}"`, `Turn "${name.en}" on`), setting,
        });
  },
};

const slaRule: Rule<RequestFacts> = {
  id: 'R-REQ-5',
  label: say('Se é uma assistência finalizada, ainda está no prazo de exibição (SLA), ou o workflow exibe as finalizadas (R-REQ-6)',
    'If it is a finished repair, it is still within the display period (SLA), or the workflow shows finished ones (R-REQ-6)'),
  sql: `not (rq.kind = 'ASSISTANCE' and rq.finished_at is not null
    and not exists (select 1 from workflow_status ws join workflow w on w.id = ws.workflow_id where ws.id = rq.status_id and w.show_finished_in_portal)
    and rq.finished_at + make_interval(mins => (select p.finished_assistance_sla_minutes from portal p where p.id = :portal)) <= :now)`,
  check: (f) => {
    if (f.kind !== 'ASSISTANCE') return pass(say('Não é uma assistência: o SLA de exibição não se aplica.', 'Not a repair: the display SLA does not apply.'));
    if (!f.finishedAt) return pass(say('A assistência está em aberto.', 'The repair is open.'));
    if (f.showFinishedInPortal) {
      return pass(say(`O workflow "${f.workflowName}" exibe assistências finalizadas sem limite (R-REQ-6).`, `The workflow "${f.workflowName}" shows finished repairs with no limit (R-REQ-6).`));
    }
    const until = new Date(new Date(f.finishedAt).getTime() + f.slaMinutes * 60_000);
    return until > new Date(f.now)
      ? pass(say(`Finalizada; visível até ${dateTimeText(until)} pelo SLA do portal.`, `Finished; visible until ${dateTimeText(until, 'at')} under the portal's SLA.`))
      : fail(say(`Finalizada e fora do SLA do portal: ficou visível até ${dateTimeText(until)}.`, `Finished and past the portal's SLA: it was visible until ${dateTimeText(until, 'at')}.`), {
          screen: FixScreen.PORTAL_SETTINGS, id: f.development.portalId, setting: 'finishedAssistanceSla',
          label: say('Aumentar o SLA de assistência finalizada (ou ligar "Exibir assistência com situação Fim" no workflow)',
            'Lengthen the finished-repair SLA (or turn on "Show repairs in a final status" in the workflow)'),
        });
  },
};

const ofDevelopment = developmentRules('rq.development_id').map((rule) => ({ ...rule, check: (f: RequestFacts) => rule.check(f.development) }));

/** What a customer (holder or associate) sees. */
export const customerRequestRules: Rule<RequestFacts>[] = [
  menuRule,
  {
    id: 'R-REQ-7',
    label: say('O pedido é de uma unidade do cliente, ou foi aberto por ele', 'The request is about a unit of the customer\'s, or they opened it'),
    sql: `(rq.unit_id is not null or rq.opened_by_id = :account)`,
    check: (f) =>
      f.unitId !== null
        ? pass(say('O pedido é de uma unidade: quem vê a unidade vê seus pedidos.', 'The request is about a unit: whoever sees the unit sees its requests.'))
        : f.openedByViewer
          ? pass(say('O pedido foi aberto pelo cliente.', 'The customer opened the request.'))
          : fail(say('O pedido é de área comum e foi aberto por outra pessoa: só quem abriu o vê.', 'The request is about a common area and someone else opened it: only whoever opened it sees it.')),
  },
  {
    id: 'R-UNIT-4',
    label: say('A unidade do pedido é visível ao cliente', 'The request\'s unit is visible to the customer'),
    sql: `(rq.unit_id is null or exists (select 1 from unit u where u.id = rq.unit_id and ${unitRules.map((r) => `(${r.sql})`).join(' and ')}))`,
    check: (f) => {
      if (!f.unit) return pass(say('O pedido não é de uma unidade.', 'The request is not about a unit.'));
      const hidden = unitRules.map((r) => ({ rule: r, outcome: r.check(f.unit!) })).find((x) => !x.outcome.passed);
      return hidden
        ? {
            ...hidden.outcome,
            detail: say(`A unidade "${f.unit.unitName}" está oculta (${hidden.rule.id}): ${hidden.outcome.detail.pt}`, `The unit "${f.unit.unitName}" is hidden (${hidden.rule.id}): ${hidden.outcome.detail.en}`),
          }
        : pass(say(`A unidade "${f.unit.unitName}" é visível ao cliente.`, `The unit "${f.unit.unitName}" is visible to the customer.`));
    },
  },
  ...ofDevelopment,
  slaRule,
];

/** What a syndic sees (R-REQ-8): only what they opened, for common areas of their development; never customers' requests, never a unit's. */
export const syndicRequestRules: Rule<RequestFacts>[] = [
  syndicAccessRule((f: RequestFacts) => ({ showSyndicAccess: f.showSyndicAccess, portalId: f.development.portalId })),
  {
    id: 'R-REQ-8',
    label: say('O pedido foi aberto pelo próprio síndico', 'The syndic opened the request'),
    sql: `rq.opened_by_id = :account`,
    check: (f) => (f.openedByViewer
      ? pass(say('O pedido foi aberto pelo síndico.', 'The syndic opened the request.'))
      : fail(say('O pedido foi aberto por outra pessoa: o síndico só vê os pedidos que ele abriu, nunca os dos clientes.', 'Someone else opened the request: the syndic sees only the requests they opened, never the customers\'.'))),
  },
  {
    id: 'R-REQ-8',
    label: say('O pedido é de uma área comum do empreendimento do síndico, não de uma unidade', 'The request is about a common area of the syndic\'s development, not a unit'),
    sql: `(rq.unit_id is null and rq.common_area_id is not null
      and exists (select 1 from syndic s where s.id = :syndic and s.development_id = rq.development_id))`,
    check: (f) => {
      if (f.unitId !== null) {
        return fail(say(`O pedido é da unidade "${f.unit?.unitName ?? ''}": o síndico nunca vê pedidos de unidades.`, `The request is about the unit "${f.unit?.unitName ?? ''}": a syndic never sees requests about units.`));
      }
      if (f.commonAreaId === null) return fail(say('O pedido não é de uma área comum.', 'The request is not about a common area.'));
      return f.inSyndicDevelopment
        ? pass(say(`O pedido é da área comum "${f.commonAreaName}", do empreendimento do síndico.`, `The request is about the common area "${f.commonAreaName}", in the syndic's development.`))
        : fail(say(`O pedido é da área comum "${f.commonAreaName}", do empreendimento "${f.development.developmentName}": o síndico só vê os do empreendimento dele.`,
            `The request is about the common area "${f.commonAreaName}", in the development "${f.development.developmentName}": a syndic sees only those of their own development.`));
    },
  },
  menuRule,
  ...ofDevelopment,
  slaRule,
];

/** Requests of the customer's units or opened by them: the superset lists start from (a condition on one request, `rq`). */
export const customerRequestCandidatesSql = `(rq.unit_id in ${unitCandidatesSql} or rq.opened_by_id = :account)`;

/**
 * The same superset as a list of request ids, for `rq.id in …` at the top of a list's WHERE: there
 * PostgreSQL starts from the customer's few requests by index. The condition above, under its `or`,
 * made it read every request of every company and test each (≈0.9 s a page at 40,000 requests,
 * generic plan; `npm run soak` timed out on it).
 */
export const customerRequestIdsSql = `(select c.id from request c where c.unit_id in ${unitCandidatesSql}
  union all select c.id from request c where c.opened_by_id = :account)`;
