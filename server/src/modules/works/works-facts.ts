import type { EntityManager } from '@mikro-orm/postgresql';
import { loadUnitsInPlace } from '../developments/unit-facts.js';
import type { ViewerScope } from '../visibility/rule.js';
import { query, scopeParams } from '../visibility/sql.js';
import type { WorkAccountFact, WorkLogFacts, WorkPlaceFacts } from './works.rules.js';
import type { WorkLogStatus } from './work-log.enums.js';

async function accountOf(em: EntityManager, scope: ViewerScope): Promise<WorkAccountFact | null> {
  const [account] = await query<WorkAccountFact>(em, 'select id, portal_permissions as "portalPermissions" from account where id = :id', { id: scope.accountId });
  return account ?? null;
}

/** Everything the work log rules look at, for these entries. */
export async function loadWorkLogFacts(em: EntityManager, scope: ViewerScope, ids: string[]): Promise<Map<string, WorkLogFacts>> {
  const rows = await query<{ entryId: string; status: WorkLogStatus; developmentId: string; developmentName: string; blockId: string | null; blockName: string | null; statuses: WorkLogStatus[] }>(
    em,
    `select w.id as "entryId", w.status, d.id as "developmentId", d.name as "developmentName", b.id as "blockId", b.name as "blockName",
            (select p.work_log_statuses from portal p where p.id = :portal) as statuses
       from work_log_entry w join development d on d.id = w.development_id left join block b on b.id = w.block_id
      where w.id = any(cast(:ids as uuid[]))`,
    { ...scopeParams(scope), ids },
  );
  const account = await accountOf(em, scope);
  const result = new Map<string, WorkLogFacts>();
  for (const row of rows) {
    result.set(row.entryId, { ...row, statuses: row.statuses ?? [], portalId: scope.portalId, account, units: await loadUnitsInPlace(em, scope, { developmentId: row.developmentId, blockId: row.blockId }) });
  }
  return result;
}

/** Everything the schedule rules look at, for a development. */
export async function loadSchedulePlaceFacts(em: EntityManager, scope: ViewerScope, developmentId: string): Promise<WorkPlaceFacts | null> {
  const [dev] = await query<{ id: string; name: string }>(em, 'select id, name from development where id = :id', { id: developmentId });
  if (!dev) return null;
  return {
    developmentId: dev.id, developmentName: dev.name, blockId: null, blockName: null, portalId: scope.portalId,
    account: await accountOf(em, scope), units: await loadUnitsInPlace(em, scope, { developmentId: dev.id }),
  };
}
