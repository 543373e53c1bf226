import type { EntityManager } from '@mikro-orm/postgresql';
import { columnsAs, plainOf } from '../../db/plain-rows.js';
import type { ViewerScope } from '../visibility/rule.js';
import { allOf, query, scopeParams } from '../visibility/sql.js';
import { Block } from './block.entity.js';
import { Development } from './development.entity.js';
import { Unit } from './unit.entity.js';
import { unitCandidatesSql, unitRules } from './unit.rules.js';

/**
 * SPEC §3 for lists: the units the scope's customer sees, filtered in SQL by every unit rule. Plain
 * rows (db/plain-rows.ts), each with its development and block read in the same statement
 * (`unit.development`, `unit.block` are whole), so a screen that names them needs no other query.
 */
export async function visibleUnits(em: EntityManager, scope: ViewerScope, onlyIds?: string[]): Promise<Unit[]> {
  if (!scope.customerId) return [];
  const rows = await query<Record<string, unknown>>(
    em,
    `select u.*, ${columnsAs(em, Development, 'd', 'development')}, ${columnsAs(em, Block, 'b', 'block')}
       from unit u join development d on d.id = u.development_id left join block b on b.id = u.block_id
      where u.id in ${unitCandidatesSql}
        ${onlyIds ? 'and u.id = any(cast(:onlyIds as uuid[]))' : ''}
        and ${allOf(unitRules)}
      order by u.name, u.id`,
    { ...scopeParams(scope), onlyIds: onlyIds ?? [] },
  );
  const developments = new Map();
  const blocks = new Map();
  return rows.map((row) => Object.assign(plainOf(em, Unit, row)!, {
    development: plainOf(em, Development, row, 'development', developments)!,
    block: plainOf(em, Block, row, 'block', blocks),
  }));
}
