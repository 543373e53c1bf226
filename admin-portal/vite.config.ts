import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The staff app, served by the server at `/admin`, and the API explorer (`explorer.html`), served at
 * `/explorer` (R-SYNC-1). Both land in one dist with their assets under /admin/assets. `npm run dev`
 * proxies the API to a running server.
 */
export default defineConfig({
  plugins: [react()],
  base: '/admin/',
  // The router and the formatting helpers are shared with the client portal.
  resolve: { alias: { '@shared': fileURLToPath(new URL('../client-portal/src/shared', import.meta.url)) } },
  server: {
    port: 5174,
    proxy: {
      '/graphql': { target: process.env.HABITE_API ?? 'http://localhost:4000', ws: true, changeOrigin: false },
      '/files': { target: process.env.HABITE_API ?? 'http://localhost:4000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The explorer's Monaco editor and its GraphQL worker are big, and loaded only at /explorer.
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      input: {
        admin: fileURLToPath(new URL('./index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('./explorer.html', import.meta.url)),
      },
    },
  },
  // Monaco's workers are ES modules (graphiql/setup-workers/vite imports them with `?worker`).
  worker: { format: 'es' },
});
