import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The staff app, served by the server at `/admin`. `npm run dev` proxies the API to a running server. */
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
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
});
