import type { EntityManager } from '@mikro-orm/postgresql';
import type { ViewerScope } from '../visibility/rule.js';
import { query, scopeParams } from '../visibility/sql.js';
import { unitCandidatesSql, type UnitFacts } from './unit.rules.js';

/** SQL columns of DevelopmentFacts for a development id expression, in the scope's portal and hostname. */
export const developmentFactsColumns = (dev: string) => `
  dev.id as "developmentId", dev.name as "developmentName",
  p.id as "portalId", p.name as "portalName", p.active as "portalActive",
  exists (select 1 from portal_development pd where pd.portal_id = p.id and pd.development_id = ${dev}) as "portalServesDevelopment",
  exists (select 1 from portal_domain_development x join portal_domain d on d.id = x.portal_domain_id where d.portal_id = p.id) as "portalHasBindings",
  exists (select 1 from portal_domain_development x join portal_domain d on d.id = x.portal_domain_id
           where d.portal_id = p.id and d.hostname = :hostname and x.development_id = ${dev}) as "domainBound",
  cast(:hostname as text) as "hostname",
  coalesce((select json_agg(d.hostname order by d.hostname) from portal_domain_development x join portal_domain d on d.id = x.portal_domain_id
             where d.portal_id = p.id and x.development_id = ${dev}), '[]') as "boundHostnames"`;

/** The customer's reservations of a unit alias, as ReservationFact JSON. */
export const reservationFactsColumn = (unit: string, onlyReservation?: string) => `
  coalesce((select json_agg(json_build_object(
      'id', r.id, 'status', r.status, 'holder', r.holder_id = :customer,
      'associationTypeId', t.id, 'associationTypeName', t.name, 'associationSeesUnits', t.sees_units_in_portal)
      order by r.created_at)
    from reservation r
    left join reservation_associate ra on ra.reservation_id = r.id and ra.customer_id = :customer
    left join association_type t on t.id = ra.association_type_id
   where r.unit_id = ${unit}.id and (r.holder_id = :customer or ra.id is not null)
     ${onlyReservation ? `and r.id = ${onlyReservation}` : ''}), '[]')`;

export const unitFactsColumns = `
  u.id as "unitId", u.name as "unitName",
  b.id as "blockId", b.name as "blockName", b.active as "blockActive",
  s.id as "stageId", s.name as "stageName", s.active as "stageActive",
  ${developmentFactsColumns('u.development_id')}`;

export const unitFactsJoins = `
  join development dev on dev.id = u.development_id
  left join block b on b.id = u.block_id
  left join stage s on s.id = u.stage_id
  cross join portal p`;

/** Everything the unit rules look at, for these units, as the scope's customer sees them. */
export async function loadUnitFacts(em: EntityManager, scope: ViewerScope, unitIds: string[]): Promise<Map<string, UnitFacts>> {
  const rows = await query<UnitFacts>(
    em,
    `select ${unitFactsColumns}, ${reservationFactsColumn('u')} as "reservations"
       from unit u ${unitFactsJoins}
      where u.id = any(cast(:unitIds as uuid[])) and p.id = :portal`,
    { ...scopeParams(scope), unitIds },
  );
  return new Map(rows.map((row) => [row.unitId, row]));
}

/** The customer's units in a place of a development (narrowed to a block or a unit when given), with the unit rules' facts, in name order. */
export async function loadUnitsInPlace(em: EntityManager, scope: ViewerScope, place: { developmentId: string; blockId?: string | null; unitId?: string | null }): Promise<UnitFacts[]> {
  const rows = await query<{ id: string }>(
    em,
    `select u.id from unit u where u.id in ${unitCandidatesSql} and u.development_id = :developmentId
        and (cast(:blockId as uuid) is null or u.block_id = :blockId) and (cast(:unitId as uuid) is null or u.id = :unitId)
      order by u.name, u.id`,
    { ...scopeParams(scope), developmentId: place.developmentId, blockId: place.blockId ?? null, unitId: place.unitId ?? null },
  );
  const facts = await loadUnitFacts(em, scope, rows.map((r) => r.id));
  return rows.map((r) => facts.get(r.id)!).filter(Boolean);
}
