import { ForbiddenError, UnauthenticatedError } from '../../domain-errors.js';
import type { Context } from '../../graphql/context.js';
import { AccountKind } from '../auth/account.enums.js';
import type { ViewerScope } from './rule.js';
import { query } from './sql.js';

/** The visibility scope of the portal user making this request (customer or syndic). */
export function portalScope(ctx: Context): ViewerScope {
  const { viewer } = ctx;
  if (viewer.kind !== 'account' || viewer.account.kind === AccountKind.STAFF || !viewer.session.portal) throw new ForbiddenError();
  return {
    accountId: viewer.account.id,
    customerId: viewer.account.customer?.id ?? null,
    syndicId: viewer.account.syndic?.id ?? null,
    portalId: viewer.session.portal.id,
    hostname: viewer.session.hostname ?? null,
    now: ctx.services.clock.now(),
  };
}

/** The signed-in viewer (account and session); UNAUTHENTICATED for anyone else. Root fields' access policies run first, so this only documents the type. */
export function signedIn(ctx: Context): Extract<Context['viewer'], { kind: 'account' }> {
  if (ctx.viewer.kind !== 'account') throw new UnauthenticatedError();
  return ctx.viewer;
}

/** The staff member making this request, or null. */
export function staffOf(ctx: Context) {
  const { viewer } = ctx;
  return viewer.kind === 'account' && viewer.account.kind === AccountKind.STAFF ? viewer.account : null;
}

const scopeCache = new WeakMap<Context, Promise<string[] | null>>();

/**
 * R-OPS-4: the developments a staff member is limited to, or null for all of the company's.
 * Read once per request.
 */
export function staffDevelopmentIds(ctx: Context): Promise<string[] | null> {
  let cached = scopeCache.get(ctx);
  if (!cached) {
    const staff = staffOf(ctx);
    cached = staff
      ? ctx.em.getConnection().execute<{ development_id: string }[]>('select development_id from staff_development where account_id = ?', [staff.id])
          .then((rows) => (rows.length ? rows.map((r) => r.development_id) : null))
      : Promise.resolve(null);
    scopeCache.set(ctx, cached);
  }
  return cached;
}

/** A where-clause fragment limiting a development relation to the staff member's developments. */
export async function withinStaffScope(ctx: Context, path = 'development'): Promise<Record<string, unknown>> {
  const ids = await staffDevelopmentIds(ctx);
  return ids ? { [path]: { $in: ids } } : {};
}

/** The customers who take part (holder or associate) in a reservation of a unit of these developments. */
export async function customersOfDevelopments(em: Context['em'], ids: string[]): Promise<string[]> {
  const rows = await query<{ id: string }>(
    em,
    `select r.holder_id as id from reservation r join unit u on u.id = r.unit_id where u.development_id = any(cast(:ids as uuid[]))
     union select ra.customer_id from reservation_associate ra join reservation r on r.id = ra.reservation_id join unit u on u.id = r.unit_id where u.development_id = any(cast(:ids as uuid[]))`,
    { ids },
  );
  return rows.map((r) => r.id);
}

/** R-OPS-4: the customers a development-limited staff member may see, or null for all. */
export async function customersInStaffScope(ctx: Context): Promise<string[] | null> {
  const ids = await staffDevelopmentIds(ctx);
  return ids ? customersOfDevelopments(ctx.em, ids) : null;
}
