import type { EntityManager } from '@mikro-orm/postgresql';
import { Development } from '../developments/development.entity.js';
import { visibleUnits } from '../developments/unit.service.js';
import { syndicPlaceRules } from '../syndics/syndic.rules.js';
import type { ViewerScope } from '../visibility/rule.js';
import { allOf, query, scopeParams } from '../visibility/sql.js';
import type { MenuFacts } from './menu.rules.js';
import { Portal } from './portal.entity.js';

/**
 * The menus' facts: the portal's settings and the developments the viewer reaches — a customer's,
 * those of the units they see; a syndic's, the one they manage when the portal and the address
 * reach it (`syndicPlaceRules`, list face).
 */
export async function loadMenuFacts(em: EntityManager, scope: ViewerScope): Promise<MenuFacts> {
  const portal = await em.findOneOrFail(Portal, { id: scope.portalId });
  let ids: string[];
  if (scope.syndicId) {
    const rows = await query<{ id: string }>(
      em,
      `select s.development_id as id from syndic s where s.id = :syndic and ${allOf(syndicPlaceRules('s.development_id'))}`,
      scopeParams(scope),
    );
    ids = rows.map((r) => r.id);
  } else {
    const units = scope.customerId ? await visibleUnits(em, scope) : [];
    ids = [...new Set(units.map((u) => u.development.id))];
  }
  const [account] = scope.customerId
    ? await query<{ id: string; portalPermissions: string[] }>(em, 'select id, portal_permissions as "portalPermissions" from account where id = :id', { id: scope.accountId })
    : [];
  const developments = ids.length ? await em.find(Development, { id: { $in: ids } }, { orderBy: { name: 'asc' } }) : [];
  return {
    portalId: portal.id,
    account: account ?? null,
    settings: portal as unknown as MenuFacts['settings'],
    developments: developments.map(({ id, name, allowServiceRequests, allowAssistanceRequests }) => ({ id, name, allowServiceRequests, allowAssistanceRequests })),
  };
}
