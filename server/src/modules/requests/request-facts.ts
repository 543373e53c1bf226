import type { EntityManager } from '@mikro-orm/postgresql';
import { developmentFactsColumns, loadUnitFacts } from '../developments/unit-facts.js';
import type { DevelopmentFacts } from '../developments/unit.rules.js';
import type { ViewerScope } from '../visibility/rule.js';
import { query, scopeParams } from '../visibility/sql.js';
import type { RequestFacts } from './request.rules.js';

type Row = Omit<RequestFacts, 'development' | 'unit'> & DevelopmentFacts;

/** Everything the request rules look at, for these requests (two queries: requests, then their units). */
export async function loadRequestFacts(em: EntityManager, scope: ViewerScope, requestIds: string[]): Promise<Map<string, RequestFacts>> {
  const rows = await query<Row>(
    em,
    `select rq.id as "requestId", rq.number, rq.kind, rq.opened_by_id = :account as "openedByViewer", rq.unit_id as "unitId",
            rq.common_area_id as "commonAreaId", ca.name as "commonAreaName",
            exists (select 1 from syndic s where s.id = :syndic and s.development_id = rq.development_id) as "inSyndicDevelopment",
            rq.finished_at as "finishedAt", w.id as "workflowId", w.name as "workflowName", w.show_finished_in_portal as "showFinishedInPortal",
            p.show_service_menu as "showServiceMenu", p.show_assistance_menu as "showAssistanceMenu", p.show_syndic_access as "showSyndicAccess",
            p.finished_assistance_sla_minutes as "slaMinutes", cast(:now as timestamptz) as "now",
            ${developmentFactsColumns('rq.development_id')}
       from request rq
       join workflow_status ws on ws.id = rq.status_id
       join workflow w on w.id = ws.workflow_id
       join development dev on dev.id = rq.development_id
       left join common_area ca on ca.id = rq.common_area_id
       cross join portal p
      where rq.id = any(cast(:requestIds as uuid[])) and p.id = :portal`,
    { ...scopeParams(scope), requestIds },
  );
  const units = await loadUnitFacts(em, scope, rows.flatMap((r) => (r.unitId ? [r.unitId] : [])));
  return new Map(
    rows.map((row) => {
      const { requestId, number, kind, openedByViewer, unitId, commonAreaId, commonAreaName, inSyndicDevelopment, finishedAt, workflowId, workflowName, showFinishedInPortal,
        showServiceMenu, showAssistanceMenu, showSyndicAccess, slaMinutes, now, ...development } = row;
      return [requestId, {
        requestId, number, kind, openedByViewer, unitId, commonAreaId, commonAreaName, inSyndicDevelopment, finishedAt: finishedAt && new Date(finishedAt).toISOString(), workflowId, workflowName,
        showFinishedInPortal, showServiceMenu, showAssistanceMenu, showSyndicAccess, slaMinutes, now: new Date(now).toISOString(),
        development, unit: unitId ? (units.get(unitId) ?? null) : null,
      }];
    }),
  );
}
