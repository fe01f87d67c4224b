import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The browser UI. Its source lives in src/web; the build lands in dist/web, which the Fastify server
 * serves with an SPA fallback. In development, Vite proxies the API to a server on port 3000.
 * Unit tests are configured in vitest.config.ts, not here.
 */
const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const apiServer = 'http://127.0.0.1:3000';

export default defineConfig({
  root: fromRoot('./src/web'),
  plugins: [react()],
  resolve: {
    alias: {
      '@web': fromRoot('./src/web'),
      '@server': fromRoot('./src/server'),
      '@domain': fromRoot('./src/domain'),
    },
  },
  build: {
    outDir: fromRoot('./dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    // One bundle of about 190 kB gzipped (mostly react-dom and USWDS components), loaded once per sign-in by
    // staff on agency networks. Split it by route when the case pages arrive and it grows past this.
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/api/v1': apiServer, // not '/api': that would also catch source files such as /api/client.ts
      '/api/docs': apiServer,
      '/healthz': apiServer,
      '/readyz': apiServer,
    },
  },
});
