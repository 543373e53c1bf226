import { TokenScope } from './api-token.entity.js';

/** The third-party system calling with an API token (R-SYNC-1): its company and scopes, nothing of a person. */
export interface TokenViewer {
  readonly id: string;
  readonly companyId: string;
  readonly name: string;
  readonly scopes: readonly TokenScope[];
}

/** API tokens say what they are: a bearer starting with this is a token, anything else a session. */
export const TOKEN_PREFIX = 'hbt_';

/** `INTEGRATION` includes everything `READ` may do. */
export const tokenHasScope = (token: TokenViewer, needed: TokenScope): boolean =>
  token.scopes.includes(needed) || (needed === TokenScope.READ && token.scopes.includes(TokenScope.INTEGRATION));
