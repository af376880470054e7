import { defineConfig } from 'vitest/config';

// One runner for every tier: unit (*.test.ts), integration (*.int.test.ts: CLI, HTTP, store)
// and end-to-end (test/e2e/*.e2e.ts: Chromium). `npm test` runs them all.
export default defineConfig({
  // One instance of graphql, as in production: Node resolves 'graphql' to its CommonJS main (and so
  // does Apollo Server, loaded by Node); Vite would pick the ESM "module" build for our own code,
  // and GraphQLError/type instanceof checks fail across the two copies.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts', 'test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
