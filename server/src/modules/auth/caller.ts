import type { Context } from '../../graphql/context.js';
import type { Locale } from '../../locale.js';
import type { Portal } from '../portal/portal.entity.js';
import type { LinkOrigin } from './link-origin.js';

/** Who is knocking, for sign-in and first access: where they came from and through which portal. */
export interface Caller extends LinkOrigin {
  ip: string;
  userAgent: string | null;
  /** The portal of the address used (looked up once, when first asked). */
  portal(): Promise<Portal | null>;
  /** The language of refusals written for this person (the wrong-address one). */
  locale?: Locale;
}

export const callerOf = (ctx: Context): Caller => ({ hostname: ctx.hostname, origin: ctx.origin, ip: ctx.ip, userAgent: ctx.userAgent, portal: ctx.portal, locale: ctx.locale });
