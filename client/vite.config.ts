import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

// Client build: root client/, output client/dist (served by the API server at `/`).
// In dev (`npm run dev:client`) /graphql is proxied to a running server (KG_API, default :4000).
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/graphql': process.env.KG_API ?? 'http://localhost:4000',
    },
  },
});
