import { AccountKind } from './account.enums.js';

/** Staff and portal users get different cookies, so one browser can hold both apps signed in. */
export const CLIENT_COOKIE = 'habite_client';
export const ADMIN_COOKIE = 'habite_admin';

export const cookieFor = (kind: AccountKind) => (kind === AccountKind.STAFF ? ADMIN_COOKIE : CLIENT_COOKIE);
