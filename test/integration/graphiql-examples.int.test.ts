// Every example query saved in the GraphQL IDE runs without errors on the seeds and finds data,
// so the examples researchers start from never rot when the schema changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../client/src/graphiql/examples.ts';
import { gql, runCli, SEEDS, startServer, tempDir, type RunningServer } from './helpers.ts';

let data: { dir: string; cleanup: () => Promise<void> };
let server: RunningServer;

beforeAll(async () => {
  data = await tempDir('kg-examples-');
  expect((await runCli(['ingest', SEEDS, '--data', data.dir])).code).toBe(0);
  server = await startServer(data.dir);
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await data?.cleanup();
});

/** Number of non-empty leaves (strings, numbers) in a JSON value. */
function leaves(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + leaves(x), 0);
  if (v && typeof v === 'object') return Object.values(v).reduce((n: number, x) => n + leaves(x), 0);
  return v === null || v === '' ? 0 : 1;
}

describe('GraphiQL saved examples', () => {
  it.each(EXAMPLES.map((e) => [e.title, e] as const))('%s', async (_title, ex) => {
    const r = await gql(server.url, ex.query, ex.variables ?? {});
    expect(r.errors).toBeUndefined();
    expect(leaves(r.data)).toBeGreaterThan(3);
  });
});
