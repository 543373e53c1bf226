import { ForbiddenError } from '../../domain-errors.js';
import type { Context } from '../../graphql/context.js';
import { assertCompanyWide } from '../scope/staff-scope.js';
import type { StaffViewer } from '../scope/staff-viewer.js';
import type { TokenViewer } from './token-viewer.js';

/**
 * Who drives the integration (R-SYNC): the ERP with its token, or an ADMIN from the admin app.
 * Either way one company; the services take this, never the GraphQL context.
 */
export type IntegrationCaller =
  | { companyId: string; token: TokenViewer; staff?: undefined }
  | { companyId: string; staff: StaffViewer; token?: undefined };

export const callerName = (caller: IntegrationCaller): string => (caller.token ? `token "${caller.token.name}"` : caller.staff!.account.name);

/** Who drives the integration in this request: the ERP's token, or an ADMIN (R-OPS-1). */
export function integrationCaller(ctx: Context): IntegrationCaller {
  if (ctx.viewer.kind === 'token') return { companyId: ctx.viewer.token.companyId, token: ctx.viewer.token };
  // R-OPS-4: the integration is company-wide; a member limited to developments does not drive it.
  if (ctx.staff) {
    assertCompanyWide(ctx.staff);
    return { companyId: ctx.staff.companyId, staff: ctx.staff };
  }
  throw new ForbiddenError();
}
