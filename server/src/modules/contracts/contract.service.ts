import type { EntityManager } from '@mikro-orm/postgresql';
import { columnsAs, plainOf } from '../../db/plain-rows.js';
import type { ViewerScope } from '../visibility/rule.js';
import { allOf, query, scopeParams } from '../visibility/sql.js';
import { ContractType } from './contract-type.entity.js';
import { Contract } from './contract.entity.js';
import { contractCandidatesSql, contractRules } from './contract.rules.js';

/**
 * SPEC §4 for lists: the scope's customer's visible contracts, optionally only those of some units,
 * grouped by unit. Plain rows, each with its type read in the same statement (`contract.type` is whole).
 */
export async function visibleContractsByUnit(em: EntityManager, scope: ViewerScope, unitIds?: string[]): Promise<Map<string, Contract[]>> {
  const byUnit = new Map<string, Contract[]>();
  if (!scope.customerId) return byUnit;
  const rows = await query<Record<string, unknown> & { unit_of_contract: string }>(
    em,
    `select c.*, res.unit_id as unit_of_contract, ${columnsAs(em, ContractType, 'ct', 'type')}
       from contract c join reservation res on res.id = c.reservation_id join contract_type ct on ct.id = c.type_id
      where c.id in ${contractCandidatesSql}
        ${unitIds ? 'and res.unit_id = any(cast(:unitIds as uuid[]))' : ''}
        and ${allOf(contractRules)}
      order by c.created_at, c.id`,
    { ...scopeParams(scope), unitIds: unitIds ?? [] },
  );
  const types = new Map();
  for (const row of rows) {
    const unitId = row.unit_of_contract;
    const list = byUnit.get(unitId) ?? [];
    list.push(Object.assign(plainOf(em, Contract, row)!, { type: plainOf(em, ContractType, row, 'type', types)! }));
    byUnit.set(unitId, list);
  }
  return byUnit;
}

/** SPEC §4 for single contracts (their documents, `/files/<id>`): which of these ids the scope's customer sees. */
export async function visibleContractIds(em: EntityManager, scope: ViewerScope, ids: readonly string[]): Promise<string[]> {
  if (!scope.customerId || !ids.length) return [];
  const rows = await query<{ id: string }>(
    em,
    `select c.id from contract c where c.id = any(cast(:ids as uuid[])) and c.id in ${contractCandidatesSql} and ${allOf(contractRules)}`,
    { ...scopeParams(scope), ids: [...ids] },
  );
  return rows.map((r) => r.id);
}
