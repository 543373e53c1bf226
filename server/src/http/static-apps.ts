import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import type { Logger } from '../logger.js';

/**
 * Serves the production builds of both apps on the server's own port: the admin app under
 * `/admin`, the client portal at `/`. Unknown paths get the app's index.html (client-side routes).
 */
export function serveApps(app: Express, dists: { client: string; admin: string }, logger: Logger): void {
  const mount = (prefix: string, dir: string, name: string) => {
    const index = join(dir, 'index.html');
    if (!existsSync(index)) {
      logger.warn({ dir }, `${name} build not found; run npm run build`);
      return;
    }
    app.use(prefix, express.static(dir, { index: false, maxAge: '1h', immutable: false }));
    app.get(prefix === '/' ? /^\/(?!graphql|admin|dev\/|files\/).*/ : new RegExp(`^${prefix}(/.*)?$`), (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  };
  mount('/admin', dists.admin, 'admin-portal');
  mount('/', dists.client, 'client-portal');
}
