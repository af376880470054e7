// fix27: Query.nodes' `first` was checked only by its resolver (resolvers.ts intArg), while executing:
// with Accept: application/graphql-response+json a query asking nodes(first: 99999) answered 200 with
// the error after validation and planning. It is in ARG_RANGE now, refused before execution (400)
// like the other lists' `first`, and a `first` in range is answered.
import { readFileSync } from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryCost } from '../../server/src/graphql/cost.ts';
import { SCHEMA_PATH } from '../../server/src/graphql/handler.ts';
import { LIMITS } from '../../server/src/graphql/limits.ts';
import { startServer, tempDir, type RunningServer } from '../integration/helpers.ts';

const schema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
const over = (q: string) => queryCost(schema, parse(q), undefined, {}).overLimit;

let server: RunningServer;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempDir('kg-fix27-nodes-');
  cleanup = t.cleanup;
  server = await startServer(t.dir);
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await cleanup?.();
});

async function post(q: string): Promise<{ status: number; json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } }> {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify({ query: q }) });
  return { status: res.status, json: (await res.json()) as never };
}

describe('Query.nodes first', () => {
  it('the cost model refuses a first outside [0, searchFirst] and lets the range through', () => {
    expect(over(`{ nodes(first: ${LIMITS.searchFirst + 1}) { totalCount } }`)).toEqual([{ field: 'Query.nodes', arg: 'first', value: LIMITS.searchFirst + 1, min: 0, max: LIMITS.searchFirst }]);
    expect(over('{ nodes(first: -1) { totalCount } }')).toHaveLength(1);
    expect(over(`{ nodes(first: ${LIMITS.searchFirst}) { totalCount } }`)).toEqual([]);
    expect(over('{ nodes(first: 0) { totalCount } }')).toEqual([]);
  });

  it('over HTTP it is refused before execution (400 BAD_USER_INPUT, no data), a first in range answers 200', async () => {
    const r = await post('{ nodes(first: 99999) { edges { node { id } } } }');
    expect(r.status).toBe(400);
    expect(r.json.data).toBeUndefined();
    expect(r.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.json.errors?.[0]?.message).toContain(`first must be in [0, ${LIMITS.searchFirst}]`);
    const ok = await post(`{ nodes(first: ${LIMITS.searchFirst}) { totalCount } }`);
    expect(ok.status).toBe(200);
    expect(ok.json.errors).toBeUndefined();
  }, 60_000);
});
