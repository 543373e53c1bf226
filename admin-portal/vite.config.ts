import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The staff app, served by the server at `/admin`. `npm run dev` proxies the API to a running server. */
export default defineConfig({
  plugins: [react()],
  base: '/admin/',
  server: {
    port: 5174,
    proxy: { '/graphql': { target: process.env.HABITE_API ?? 'http://localhost:4000', ws: true, changeOrigin: false } },
  },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
});
