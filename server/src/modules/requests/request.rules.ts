import { developmentRules, unitRules, type DevelopmentFacts, type UnitFacts } from '../developments/unit.rules.js';
import { unitCandidatesSql } from '../developments/unit.rules.js';
import { syndicAccessRule } from '../syndics/syndic.rules.js';
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
  label: 'O menu do tipo de pedido está ligado no portal',
  sql: `exists (select 1 from portal p where p.id = :portal and case rq.kind when 'SERVICE' then p.show_service_menu else p.show_assistance_menu end)`,
  check: (f) => {
    const [on, setting, name] = f.kind === 'SERVICE'
      ? [f.showServiceMenu, 'showServiceMenu', 'Exibir menu atendimentos']
      : [f.showAssistanceMenu, 'showAssistanceMenu', 'Exibir menu assistência'];
    return on
      ? pass(`"${name}" está ligado.`)
      : fail(`"${name}" está desligado no portal.`, { screen: FixScreen.PORTAL_SETTINGS, id: f.development.portalId, label: `Ligar "${name}"`, setting });
  },
};

const slaRule: Rule<RequestFacts> = {
  id: 'R-REQ-5',
  label: 'Se é uma assistência finalizada, ainda está no prazo de exibição (SLA), ou o workflow exibe as finalizadas (R-REQ-6)',
  sql: `not (rq.kind = 'ASSISTANCE' and rq.finished_at is not null
    and not exists (select 1 from workflow_status ws join workflow w on w.id = ws.workflow_id where ws.id = rq.status_id and w.show_finished_in_portal)
    and rq.finished_at + make_interval(mins => (select p.finished_assistance_sla_minutes from portal p where p.id = :portal)) <= :now)`,
  check: (f) => {
    if (f.kind !== 'ASSISTANCE') return pass('Não é uma assistência: o SLA de exibição não se aplica.');
    if (!f.finishedAt) return pass('A assistência está em aberto.');
    if (f.showFinishedInPortal) return pass(`O workflow "${f.workflowName}" exibe assistências finalizadas sem limite (R-REQ-6).`);
    const until = new Date(new Date(f.finishedAt).getTime() + f.slaMinutes * 60_000);
    const untilText = until.toLocaleString('pt-BR', { timeZone: 'America/Sao_Paulo' });
    return until > new Date(f.now)
      ? pass(`Finalizada; visível até ${untilText} pelo SLA do portal.`)
      : fail(`Finalizada e fora do SLA do portal: ficou visível até ${untilText}.`, {
          screen: FixScreen.PORTAL_SETTINGS, id: f.development.portalId, label: 'Aumentar o SLA de assistência finalizada (ou ligar "Exibir assistência com situação Fim" no workflow)', setting: 'finishedAssistanceSla',
        });
  },
};

const ofDevelopment = developmentRules('rq.development_id').map((rule) => ({ ...rule, check: (f: RequestFacts) => rule.check(f.development) }));

/** What a customer (holder or associate) sees. */
export const customerRequestRules: Rule<RequestFacts>[] = [
  menuRule,
  {
    id: 'R-REQ-7',
    label: 'O pedido é de uma unidade do cliente, ou foi aberto por ele',
    sql: `(rq.unit_id is not null or rq.opened_by_id = :account)`,
    check: (f) =>
      f.unitId !== null
        ? pass('O pedido é de uma unidade: quem vê a unidade vê seus pedidos.')
        : f.openedByViewer
          ? pass('O pedido foi aberto pelo cliente.')
          : fail('O pedido é de área comum e foi aberto por outra pessoa: só quem abriu o vê.'),
  },
  {
    id: 'R-UNIT-4',
    label: 'A unidade do pedido é visível ao cliente',
    sql: `(rq.unit_id is null or exists (select 1 from unit u where u.id = rq.unit_id and ${unitRules.map((r) => `(${r.sql})`).join(' and ')}))`,
    check: (f) => {
      if (!f.unit) return pass('O pedido não é de uma unidade.');
      const hidden = unitRules.map((r) => ({ rule: r, outcome: r.check(f.unit!) })).find((x) => !x.outcome.passed);
      return hidden
        ? { ...hidden.outcome, detail: `A unidade "${f.unit.unitName}" está oculta (${hidden.rule.id}): ${hidden.outcome.detail}` }
        : pass(`A unidade "${f.unit.unitName}" é visível ao cliente.`);
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
    label: 'O pedido foi aberto pelo próprio síndico',
    sql: `rq.opened_by_id = :account`,
    check: (f) => (f.openedByViewer ? pass('O pedido foi aberto pelo síndico.') : fail('O pedido foi aberto por outra pessoa: o síndico só vê os pedidos que ele abriu, nunca os dos clientes.')),
  },
  {
    id: 'R-REQ-8',
    label: 'O pedido é de uma área comum do empreendimento do síndico, não de uma unidade',
    sql: `(rq.unit_id is null and rq.common_area_id is not null
      and exists (select 1 from syndic s where s.id = :syndic and s.development_id = rq.development_id))`,
    check: (f) => {
      if (f.unitId !== null) return fail(`O pedido é da unidade "${f.unit?.unitName ?? ''}": o síndico nunca vê pedidos de unidades.`);
      if (f.commonAreaId === null) return fail('O pedido não é de uma área comum.');
      return f.inSyndicDevelopment
        ? pass(`O pedido é da área comum "${f.commonAreaName}", do empreendimento do síndico.`)
        : fail(`O pedido é da área comum "${f.commonAreaName}", do empreendimento "${f.development.developmentName}": o síndico só vê os do empreendimento dele.`);
    },
  },
  menuRule,
  ...ofDevelopment,
  slaRule,
];

/** Requests of the customer's units or opened by them: the superset lists start from. */
export const customerRequestCandidatesSql = `(rq.unit_id in ${unitCandidatesSql} or rq.opened_by_id = :account)`;
