import { ForbiddenError } from '../../domain-errors.js';
import type { Context } from '../../graphql/context.js';
import { AccountKind } from '../auth/account.enums.js';
import type { ViewerScope } from './rule.js';

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

/** The staff member making this request, or null. */
export function staffOf(ctx: Context) {
  const { viewer } = ctx;
  return viewer.kind === 'account' && viewer.account.kind === AccountKind.STAFF ? viewer.account : null;
}
