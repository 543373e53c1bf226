import type { Context } from '../../graphql/context.js';

/** Where a request came from, for the links Habite e-mails back (invitations, magic links, view as client). */
export interface LinkOrigin {
  hostname: string | null;
  /** `https://host[:port]` of the request, when known. */
  origin: string | null;
}

export const linkOrigin = (ctx: Context): LinkOrigin => ({ hostname: ctx.hostname, origin: ctx.origin });
