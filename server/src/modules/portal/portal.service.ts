import type { EntityManager } from '@mikro-orm/postgresql';
import { PortalDomain } from './portal-domain.entity.js';
import { Portal } from './portal.entity.js';

/**
 * Which portal a request reached: the one named by the `x-habite-portal` header (API clients
 * say so explicitly), else the portal bound to its hostname, else the only portal when there is just one.
 */
export async function resolvePortal(em: EntityManager, hostname: string | null, slug: string | null): Promise<Portal | null> {
  if (slug) return em.findOne(Portal, { slug });
  if (hostname) {
    const domain = await em.findOne(PortalDomain, { hostname }, { populate: ['portal'] });
    if (domain) return domain.portal;
  }
  const portals = await em.find(Portal, {}, { limit: 2 });
  return portals.length === 1 ? portals[0]! : null;
}
