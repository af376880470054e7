// fix27 (review17 H3's leftover): industryChain (analysis/chain.ts), which chainParks reads first and
// the 产业链 view asks for, read a hub chain's thousands of edges in one store call and ran its loops
// without a turn of the event loop, and never looked at the request's deadline. Measured by counts,
// never by the clock: edges read between two turns of a setImmediate ticker, the calls of the
// deadline check, a check that throws ends the call with its error. Answers are the chain tests'
// (analysis-chain, read11-chain-selection); here also paced and one-call reads give the same chain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/generate-graph.ts';
import { industryChain } from '../../server/src/analysis/index.ts';
import { chainParks } from '../../server/src/analysis/parks.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { tempDir } from '../integration/helpers.ts';
import { counter, edgesBetweenTurns } from '../fixtures/event-loop-turns.ts';

let data: { dir: string; cleanup: () => Promise<void> };
let store: EmbeddedStore;
let chainId = '';
let maxDegree = 0;
const EDGES_PER_CALL = 2000;

beforeAll(async () => {
  data = await tempDir('kg-fix27-');
  const syn = syntheticGraph(10_000, 7, 40);
  store = await EmbeddedStore.open({ dir: data.dir });
  for (let d = 0; d < syn.documents; d++) await store.replaceDocument(syn.batch(d));
  const ids = (await store.listNodes({ label: 'Industry', first: 1000 })).nodes.map((n) => n.id);
  const n = await store.countEdges({ ids, direction: 'in', types: ['PART_OF'] });
  chainId = ids[n.indexOf(Math.max(...n))]!;
  for (const label of ['Park', 'Industry', 'Enterprise'] as const) {
    const all = (await store.listNodes({ label, first: 5000 })).nodes.map((x) => x.id);
    maxDegree = Math.max(maxDegree, ...(await store.countEdges({ ids: all, direction: 'both' })));
  }
}, 180_000);

afterAll(async () => {
  await store?.close();
  await data?.cleanup();
});


describe('industryChain on a 10⁴-node graph', () => {
  it('reads a hub chain in chunks with turns of the event loop between, and checks the deadline', async () => {
    // the chain's edges are many more than one chunk (the read the fix splits)
    const around = await store.countEdges({ ids: [chainId], direction: 'in', types: ['PART_OF'] });
    expect(around[0]).toBeGreaterThan(10);
    const c = counter();
    const { value, most, turns } = await edgesBetweenTurns(store, (s) => industryChain(s, chainId, { minConfidence: 0, check: c.check }));
    expect(value!.segments.length).toBeGreaterThan(10);
    expect(turns).toBeGreaterThan(1);
    expect(c.calls()).toBeGreaterThan(1);
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(Math.max(EDGES_PER_CALL, maxDegree));
  }, 120_000);

  it('a deadline check that throws ends it with its error', async () => {
    await expect(industryChain(store, chainId, { minConfidence: 0, check: counter(2).check })).rejects.toMatchObject({ code: 'TIMEOUT' });
  }, 120_000);

  it('chainParks hands its deadline to the chain: no turn waits for more than a chunk', async () => {
    const c = counter();
    const { value, most } = await edgesBetweenTurns(store, (s) => chainParks(s, chainId, { minConfidence: 0, rollup: true, check: c.check }));
    expect(value).not.toBeNull();
    expect(most).toBeLessThanOrEqual(Math.max(EDGES_PER_CALL, maxDegree));
    // the first check throws: the chain stops before the parks are read
    await expect(chainParks(store, chainId, { minConfidence: 0, check: counter(1).check })).rejects.toMatchObject({ code: 'TIMEOUT' });
  }, 120_000);
});

describe('sortPaced (runs sorted by the engine, then merged with turns)', () => {
  it('gives the order of one stable sort, ties kept in input order, at every size around its runs', async () => {
    const { Pace, sortPaced } = await import('../../server/src/analysis/park-world.ts');
    for (const n of [0, 1, 2, 255, 256, 257, 511, 513, 5000]) {
      const xs = Array.from({ length: n }, (_, i) => ({ key: (i * 7919) % 13, i }));
      const want = xs.slice().sort((a, b) => a.key - b.key);
      const got = await sortPaced(xs, (a, b) => a.key - b.key, new Pace());
      expect(got.map((x) => x.i)).toEqual(want.map((x) => x.i));
    }
  });
});
