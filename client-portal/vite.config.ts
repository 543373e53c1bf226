import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The customer portal, served by the server at `/`. `npm run dev` proxies the API to a running server. */
export default defineConfig({
  plugins: [react()],
  base: '/',
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: process.env.HABITE_API ?? 'http://localhost:4000', ws: true, changeOrigin: false },
      '/files': { target: process.env.HABITE_API ?? 'http://localhost:4000', changeOrigin: false },
      '/finance': { target: process.env.HABITE_API ?? 'http://localhost:4000', changeOrigin: false },
      '/privacy': { target: process.env.HABITE_API ?? 'http://localhost:4000', changeOrigin: false },
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
});
