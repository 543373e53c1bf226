import type { EntityManager } from '@mikro-orm/postgresql';
import type { ViewerScope } from '../visibility/rule.js';
import { allOf, query, scopeParams } from '../visibility/sql.js';
import { Unit } from './unit.entity.js';
import { unitCandidatesSql, unitRules } from './unit.rules.js';

/** SPEC §3 for lists: the units the scope's customer sees, filtered in SQL by every unit rule. */
export async function visibleUnits(em: EntityManager, scope: ViewerScope, onlyIds?: string[]): Promise<Unit[]> {
  if (!scope.customerId) return [];
  const rows = await query<Record<string, unknown>>(
    em,
    `select u.* from unit u
      where u.id in ${unitCandidatesSql}
        ${onlyIds ? 'and u.id = any(cast(:onlyIds as uuid[]))' : ''}
        and ${allOf(unitRules)}
      order by u.name, u.id`,
    { ...scopeParams(scope), onlyIds: onlyIds ?? [] },
  );
  return rows.map((row) => em.map(Unit, row));
}
