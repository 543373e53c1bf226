import type { EntityManager } from '@mikro-orm/postgresql';
import { reservationFactsColumn, unitFactsColumns, unitFactsJoins } from '../developments/unit-facts.js';
import type { UnitFacts } from '../developments/unit.rules.js';
import type { ViewerScope } from '../visibility/rule.js';
import { query, scopeParams } from '../visibility/sql.js';
import type { ContractFacts } from './contract.rules.js';

type Row = Omit<ContractFacts, 'unit'> & UnitFacts;

/** Everything the contract rules look at, for these contracts. */
export async function loadContractFacts(em: EntityManager, scope: ViewerScope, contractIds: string[]): Promise<Map<string, ContractFacts>> {
  const rows = await query<Row>(
    em,
    `select c.id as "contractId", c.title, c.signed, c.validated,
            ct.id as "typeId", ct.name as "typeName", ct.visible_to_customer as "typeVisible",
            p.show_contracts as "showContracts",
            ${unitFactsColumns}, ${reservationFactsColumn('u', 'c.reservation_id')} as "reservations"
       from contract c
       join contract_type ct on ct.id = c.type_id
       join reservation res on res.id = c.reservation_id
       join unit u on u.id = res.unit_id
       ${unitFactsJoins}
      where c.id = any(cast(:contractIds as uuid[])) and p.id = :portal`,
    { ...scopeParams(scope), contractIds },
  );
  return new Map(
    rows.map((row) => {
      const { contractId, title, signed, validated, typeId, typeName, typeVisible, showContracts, ...unit } = row;
      return [contractId, { contractId, title, signed, validated, typeId, typeName, typeVisible, showContracts, unit }];
    }),
  );
}
