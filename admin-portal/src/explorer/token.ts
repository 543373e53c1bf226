/**
 * R-SYNC-1: the API token the explorer calls with. It stays in this tab only (sessionStorage):
 * closing the tab forgets it, and no other page of the origin reads it from localStorage.
 */
const KEY = 'habite.explorer.token';

/** `hbt_` and the secret (server: api-token.service.ts). */
export const TOKEN_FORMAT = /^hbt_[A-Za-z0-9_-]{20,}$/;

export const storedToken = (): string | null => {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
};

export function storeToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the token lives in memory for this page only.
  }
}
