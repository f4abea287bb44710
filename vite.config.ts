import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The public site: React app rooted at `web/`, built into `dist/web`, which the API server serves at `/` with a
 * single-page fallback. In development (`npm run dev:web`) `/api` is proxied to the API server on `API_ORIGIN`
 * (default http://localhost:3000).
 */
export default defineConfig({
  root: 'web',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: {
      '/api': process.env.API_ORIGIN ?? 'http://localhost:3000',
    },
  },
});
