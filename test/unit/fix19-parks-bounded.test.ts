// The 园区 home-page query on a generated graph big enough that the old loader held the event loop
// for seconds (review16 H1: /healthz timed out, the deadline never fired), over HTTP as users meet
// it. Outcomes only, no timed assertion: /healthz answers several times while the query runs; the
// work is bounded (the facts placed into cells stay within PARK_LIMITS.placements, `truncated` says
// a cap cut); past a small configured deadline the query ends with the GraphQL code TIMEOUT.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/generate-graph.ts';
import { PARK_LIMITS } from '../../server/src/analysis/park-world.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { gql, startServer, tempDir, type RunningServer } from '../integration/helpers.ts';

let data: { dir: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  data = await tempDir('kg-fix19-');
  // 10⁴ nodes: 500 parks, 600 industries under a tangled PART_OF, ~22,000 park facts.
  const syn = syntheticGraph(10_000, 42, 20);
  const store = await EmbeddedStore.open({ dir: data.dir });
  for (let d = 0; d < syn.documents; d++) await store.replaceDocument(syn.batch(d));
  await store.close();
}, 180_000);

afterAll(async () => {
  await data?.cleanup();
});

interface Matrix {
  parkMatrix: { truncated: boolean; rows: { park: { id: string } }[]; chains: { industry: { id: string } }[]; cells: { factCount: number; facts: { weak: boolean }[] }[] };
}

/** Runs `query` while probing /healthz one request after another; the probes answered before the query's answer. */
async function whileProbing<T>(url: string, query: string): Promise<{ result: Awaited<ReturnType<typeof gql<T>>>; probes: number }> {
  let done = false;
  let probes = 0;
  const pending = gql<T>(url, query).finally(() => (done = true));
  const probing = (async () => {
    while (!done) {
      const res = await fetch(`${url}/healthz`);
      await res.arrayBuffer();
      if (!done && res.ok) probes++;
    }
  })();
  const result = await pending;
  await probing;
  return { result, probes };
}

describe('parkMatrix on a 10⁴-node graph (review16 H1)', () => {
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it('answers within its caps while /healthz keeps answering', async () => {
    server = await startServer(data.dir, { KG_QUERY_TIMEOUT_MS: '120000' });
    const { result, probes } = await whileProbing<Matrix>(server.url, '{ parkMatrix(minConfidence: 0, maxChains: 100) { truncated rows { park { id } } chains { industry { id } } cells { factCount facts(first: 5) { weak } } } }');
    expect(result.errors).toBeUndefined();
    const m = result.data!.parkMatrix;
    expect(m.rows.length).toBe(500);
    expect(m.chains.length).toBeGreaterThan(40);
    expect(m.cells.length).toBeGreaterThan(0);
    // Bounded while collecting: the placements stop at the cap, and the answer says it was cut.
    const placed = m.cells.reduce((n, c) => n + c.factCount, 0);
    expect(placed).toBeLessThanOrEqual(PARK_LIMITS.placements);
    expect(m.truncated).toBe(true);
    // The event loop turned while the analysis worked: health checks were answered meanwhile.
    expect(probes).toBeGreaterThanOrEqual(10);
    // And the server still answers after it.
    expect((await fetch(`${server.url}/healthz`)).ok).toBe(true);
    await server.stop();
    server = undefined;
  }, 180_000);

  it('past a small deadline the query ends with TIMEOUT, and the server answers the next request', async () => {
    server = await startServer(data.dir, { KG_QUERY_TIMEOUT_MS: '50' });
    const result = await gql<Matrix>(server.url, '{ parkMatrix(minConfidence: 0, maxChains: 100) { truncated cells { factCount } } }');
    expect(result.errors?.map((e) => e.extensions?.code)).toContain('TIMEOUT');
    const next = await gql<{ __typename: string }>(server.url, '{ __typename }');
    expect(next.data?.__typename).toBe('Query');
    expect((await fetch(`${server.url}/healthz`)).ok).toBe(true);
    await server.stop();
    server = undefined;
  }, 180_000);
});
