import { defineConfig } from 'vitest/config';

// One runner for every tier: unit (*.test.ts), integration (*.int.test.ts: CLI, HTTP, store)
// and end-to-end (test/e2e/*.e2e.ts: Chromium). `npm test` runs them all.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
