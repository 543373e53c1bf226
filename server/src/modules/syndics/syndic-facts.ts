import type { EntityManager } from '@mikro-orm/postgresql';
import { developmentFactsColumns } from '../developments/unit-facts.js';
import type { ViewerScope } from '../visibility/rule.js';
import { query, scopeParams } from '../visibility/sql.js';
import type { CommonAreaFacts, SyndicPlaceFacts } from './syndic.rules.js';

/** Everything the syndic's common-area rules look at, for these areas, as the scope's syndic sees them. */
export async function loadCommonAreaFacts(em: EntityManager, scope: ViewerScope, areaIds: string[]): Promise<Map<string, CommonAreaFacts>> {
  const rows = await query<CommonAreaFacts>(
    em,
    `select ca.id as "areaId", ca.name as "areaName", p.show_syndic_access as "showSyndicAccess",
            exists (select 1 from syndic s where s.id = :syndic and s.development_id = ca.development_id) as "inSyndicDevelopment",
            ${developmentFactsColumns('ca.development_id')}
       from common_area ca
       join development dev on dev.id = ca.development_id
       cross join portal p
      where ca.id = any(cast(:areaIds as uuid[])) and p.id = :portal`,
    { ...scopeParams(scope), areaIds },
  );
  return new Map(rows.map((row) => [row.areaId, row]));
}

/** The syndic's own development, as the scope's portal and address serve it; null when the scope is not a syndic's. */
export async function loadSyndicPlaceFacts(em: EntityManager, scope: ViewerScope): Promise<SyndicPlaceFacts | null> {
  if (!scope.syndicId) return null;
  const [row] = await query<SyndicPlaceFacts>(
    em,
    `select p.show_syndic_access as "showSyndicAccess", ${developmentFactsColumns('s.development_id')}
       from syndic s
       join development dev on dev.id = s.development_id
       cross join portal p
      where s.id = :syndic and p.id = :portal`,
    scopeParams(scope),
  );
  return row ?? null;
}
