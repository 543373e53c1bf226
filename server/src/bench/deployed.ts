import type { Config } from '../config.js';

/**
 * The server is measured as it is deployed: `NODE_ENV=production` (the bench scripts set it before
 * Node starts, since graphql-js reads it when it loads and, outside production, checks every type
 * it meets for a second copy of itself), which requires an SMTP address (none is used here).
 */
export const AS_DEPLOYED: Partial<Config> = {
  production: process.env.NODE_ENV === 'production',
  smtpUrl: 'smtp://127.0.0.1:9',
};
