import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import type { Logger } from '../logger.js';

/**
 * Serves the production builds of both apps on the server's own port: the admin app under
 * `/admin`, the client portal at `/`. Unknown paths get the app's index.html (client-side routes).
 * The API explorer (R-SYNC-1) is a second page of the admin build, served at `/explorer`; its
 * assets are the admin app's (`/admin/assets`), so it needs nothing but this server.
 */
export function serveApps(app: Express, dists: { client: string; admin: string }, logger: Logger): void {
  const mount = (prefix: string, dir: string, name: string) => {
    const index = join(dir, 'index.html');
    if (!existsSync(index)) {
      logger.warn({ dir }, `${name} build not found; run npm run build`);
      return;
    }
    app.use(prefix, express.static(dir, { index: false, maxAge: '1h', immutable: false }));
    app.get(prefix === '/' ? /^\/(?!graphql|admin|explorer\/?$|dev\/|files\/|finance\/).*/ : new RegExp(`^${prefix}(/.*)?$`), (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  };
  mount('/admin', dists.admin, 'admin-portal');
  const explorer = join(dists.admin, 'explorer.html');
  if (existsSync(explorer)) {
    app.get(/^\/explorer\/?$/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(explorer);
    });
  }
  mount('/', dists.client, 'client-portal');
}
