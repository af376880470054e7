import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

// Client build: root client/, output client/dist (served by the API server at `/`).
// Two pages: the explorer (index.html) and the GraphQL IDE (graphiql.html, served by the server
// at GET /graphql for browsers). In dev (`npm run dev:client`) /graphql and /api are proxied to a
// running server (KG_API, default :4000).
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // .vite/manifest.json: which chunks each page loads up front or lazily (read by bench/ui.ts).
    manifest: true,
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      // GraphiQL's modules start with "use no memo" (a React-compiler hint); bundling drops it harmlessly.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)),
      },
    },
  },
  worker: { format: 'es' },
  server: {
    proxy: {
      '/graphql': process.env.KG_API ?? 'http://localhost:4000',
      '/api': process.env.KG_API ?? 'http://localhost:4000',
    },
  },
});
