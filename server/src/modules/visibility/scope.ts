import { ForbiddenError, UnauthenticatedError } from '../../domain-errors.js';
import type { Context } from '../../graphql/context.js';
import { AccountKind } from '../auth/account.enums.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
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

/** The signed-in viewer (account and session); UNAUTHENTICATED for anyone else. Root fields' access policies run first, so this only documents the type. */
export function signedIn(ctx: Context): Extract<Context['viewer'], { kind: 'account' }> {
  if (ctx.viewer.kind !== 'account') throw new UnauthenticatedError();
  return ctx.viewer;
}

/** The member of staff making this request (built once per request, R-OPS-4 limit included), or null. */
export const staffOf = (ctx: Context): StaffViewer | null => ctx.staff;

/** The member of staff making this request; FORBIDDEN for anyone else (root policies normally refuse first). */
export function requireStaff(ctx: Context): StaffViewer {
  if (!ctx.staff) throw new ForbiddenError();
  return ctx.staff;
}
