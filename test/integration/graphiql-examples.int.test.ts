// Every example query saved in the GraphQL IDE runs without errors on the seeds and finds data,
// so the examples researchers start from never rot when the schema changes; and the README's three example
// queries answer exactly the output the README prints (review16 found two of them stale).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../client/src/graphiql/examples.ts';
import { gql, ROOT, runCli, SEEDS, startServer, tempDir, type RunningServer } from './helpers.ts';

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

/** The README's "Three example queries" section: each ```graphql block and the ```json answer printed after it. */
function readmeExamples(): { query: string; answer: unknown }[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('### Three example queries');
  const section = readme.slice(start, readme.indexOf('\n### ', start + 1));
  const pairs: { query: string; answer: unknown }[] = [];
  const block = /```graphql\n([\s\S]*?)```\n```json\n([\s\S]*?)```/g;
  for (let m = block.exec(section); m; m = block.exec(section)) pairs.push({ query: m[1]!, answer: JSON.parse(m[2]!) });
  return pairs;
}

describe('README example queries', () => {
  it('are three, each followed by its printed answer', () => {
    expect(readmeExamples()).toHaveLength(3);
  });
  it.each(readmeExamples().map((e, i) => [i + 1, e] as const))('example %i answers what the README prints', async (_i, ex) => {
    const r = await gql(server.url, ex.query);
    expect(r.errors).toBeUndefined();
    expect({ data: r.data }).toEqual(ex.answer);
  });
});
