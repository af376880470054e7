// review17 H2/H3/H5: on a big store the analyses behind 补链招商 (chainGapCandidates), the 园区
// comparisons (compareParks, chainParks, parkFacts over ParkWorld.load) and relatedEnterprises held
// the event loop for their whole run (the embedded store's awaits resolve as microtasks: an async
// analysis that never pauses never lets /healthz or another request in) and never looked at the
// request's deadline. Measured here by counts, never by the clock: the turns the event loop gets
// while one call runs (a setImmediate ticker), the calls of the deadline check, and a check that
// throws ends the call with its error. Answers are unchanged (the analyses' own tests); here also
// the bounded collection of gap candidates gives the same first ones as a longer list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/generate-graph.ts';
import { chainGapCandidates } from '../../server/src/analysis/gaps.ts';
import { edgesOf, Pace } from '../../server/src/analysis/park-world.ts';
import { industryChain } from '../../server/src/analysis/index.ts';
import { chainParks, compareParks, parkFacts } from '../../server/src/analysis/parks.ts';
import { relatedEnterprises } from '../../server/src/analysis/related.ts';
import { buildRelatedIndex } from '../../server/src/analysis/related-index.ts';
import type { GraphStore } from '../../server/src/store/port.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { tempDir } from '../integration/helpers.ts';
import { counter, edgesBetweenTurns, turnsDuring } from '../fixtures/event-loop-turns.ts';

let data: { dir: string; cleanup: () => Promise<void> };
let store: EmbeddedStore;
/** The industry with the most PART_OF children (a chain with segments), and the busiest park. */
let chainId = '';
let parkId = '';
let parkB = '';
/** The most edges one node has (a read of one node's edges cannot be split). */
let maxDegree = 0;
/** Edges read by one store call, at most, in a paced read (park-world.ts EDGES_PER_CALL). */
const EDGES_PER_CALL = 2000;

beforeAll(async () => {
  data = await tempDir('kg-fix24-');
  const syn = syntheticGraph(10_000, 7, 40);
  store = await EmbeddedStore.open({ dir: data.dir });
  for (let d = 0; d < syn.documents; d++) await store.replaceDocument(syn.batch(d));
  const count = async (label: 'Industry' | 'Park', type: 'PART_OF' | 'LOCATED_IN') => {
    const ids = (await store.listNodes({ label, first: 1000 })).nodes.map((n) => n.id);
    const n = await store.countEdges({ ids, direction: 'in', types: [type] });
    return ids[n.indexOf(Math.max(...n))]!;
  };
  chainId = await count('Industry', 'PART_OF');
  parkId = await count('Park', 'LOCATED_IN');
  const parks = (await store.listNodes({ label: 'Park', first: 1000 })).nodes.map((n) => n.id);
  parkB = parks.find((p) => p !== parkId)!;
  for (const label of ['Park', 'Industry', 'Enterprise'] as const) {
    const ids = (await store.listNodes({ label, first: 5000 })).nodes.map((n) => n.id);
    maxDegree = Math.max(maxDegree, ...(await store.countEdges({ ids, direction: 'both' })));
  }
}, 180_000);

afterAll(async () => {
  await store?.close();
  await data?.cleanup();
});

describe('chainGapCandidates on a 10⁴-node graph (review17 H2)', () => {
  it('gives the event loop turns and checks the deadline while it works, for every park and for one', async () => {
    for (const park of [null, parkId]) {
      const c = counter();
      const { value, turns } = await turnsDuring(() => chainGapCandidates(store, chainId, park, { first: 50, minConfidence: 0, check: c.check }));
      expect(value!.segments.length).toBeGreaterThan(3);
      // one park leaves gaps with candidates; every park the documents name covers more segments
      if (park) expect(value!.segments.some((s) => s.candidateCount > 0)).toBe(true);
      else expect(value!.scope.length).toBeGreaterThan(100);
      expect(turns).toBeGreaterThan(1);
      expect(c.calls()).toBeGreaterThan(1);
      // no stall reads more than one paced chunk of edges
      const { most } = await edgesBetweenTurns(store, (s) => chainGapCandidates(s, chainId, park, { first: 50, minConfidence: 0, check: c.check }));
      expect(most).toBeGreaterThan(0);
      expect(most).toBeLessThanOrEqual(Math.max(EDGES_PER_CALL, maxDegree));
    }
  }, 120_000);

  it('a deadline check that throws ends the call with its error', async () => {
    const c = counter(2);
    await expect(chainGapCandidates(store, chainId, null, { first: 50, minConfidence: 0, check: c.check })).rejects.toMatchObject({ code: 'TIMEOUT' });
  }, 120_000);

  it('candidates kept while collecting are the first ones of a longer list, and their count is every candidate', async () => {
    const long = (await chainGapCandidates(store, chainId, parkId, { first: 50, minConfidence: 0 }))!;
    const short = (await chainGapCandidates(store, chainId, parkId, { first: 2, minConfidence: 0 }))!;
    const gaps = long.segments.filter((s) => s.candidateCount > 2);
    expect(gaps.length).toBeGreaterThan(0);
    for (const s of gaps) {
      const t = short.segments.find((x) => x.segment.id === s.segment.id)!;
      expect(t.candidates.map((x) => x.enterprise.id)).toEqual(s.candidates.slice(0, 2).map((x) => x.enterprise.id));
      expect(t.candidateCount).toBe(s.candidateCount);
      expect(s.candidates.length).toBe(Math.min(50, s.candidateCount));
    }
  }, 120_000);
});

describe('paced edge reads', () => {
  it('read in chunks they are the list one call gives, in its order, an edge between two of the ids once', async () => {
    const parks = (await store.listNodes({ label: 'Park', first: 1000 })).nodes.map((n) => n.id);
    const types = ['PART_OF', 'LOCATED_IN', 'HOSTS'] as const;
    const one = await store.edgesOf({ ids: parks, direction: 'both', types: [...types] });
    expect(one.length).toBeGreaterThan(3 * EDGES_PER_CALL);
    const paced = await edgesOf(store, parks, 'both', [...types], new Pace());
    expect(paced.map((e) => e.id)).toEqual(one.map((e) => e.id));
  }, 120_000);
});

describe('park analyses over ParkWorld.load on a 10⁴-node graph (review17 H3)', () => {
  const calls: Record<string, (s: GraphStore, check: () => void) => Promise<unknown>> = {
    compareParks: (s: GraphStore, check: () => void) => compareParks(s, parkId, parkB, { minConfidence: 0, includeWeak: true, rollup: true, check }),
    chainParks: (s: GraphStore, check: () => void) => chainParks(s, chainId, { minConfidence: 0, rollup: true, check }),
    parkFacts: (s: GraphStore, check: () => void) => parkFacts(s, parkId, chainId, { minConfidence: 0, rollup: true, check }),
  };
  for (const [name, call] of Object.entries(calls)) {
    it(`${name}: no turn of the event loop waits for more than one chunk of edges; the deadline is checked`, async () => {
      const c = counter();
      const { value, most, turns } = await edgesBetweenTurns(store, (s) => call(s, c.check));
      expect(value).not.toBeNull();
      expect(turns).toBeGreaterThan(1);
      expect(c.calls()).toBeGreaterThan(1);
      // the park's edges came in one read of ~10⁴ edges before (the first phase of the load);
      // chainParks first reads the chain (industryChain, chain.ts: its reads are its own)
      const chainReads = name === 'chainParks' ? (await edgesBetweenTurns(store, (s) => industryChain(s, chainId))).most : 0;
      expect(most).toBeLessThanOrEqual(Math.max(EDGES_PER_CALL, maxDegree, chainReads));
      await expect(call(store, counter(3).check)).rejects.toMatchObject({ code: 'TIMEOUT' });
    }, 120_000);
  }
});

describe('relatedEnterprises and its index on a 10⁴-node graph (review17 H5)', () => {
  it('the walk checks the deadline between its reads and loops, and a check that throws ends it', async () => {
    const firm = (await store.listNodes({ label: 'Enterprise', first: 1 })).nodes[0]!.id;
    const c = counter();
    const { value, turns } = await turnsDuring(() => relatedEnterprises(store, firm, 200, { minConfidence: 0, check: c.check }));
    expect(value!.length).toBeGreaterThan(0);
    expect(turns).toBeGreaterThan(1);
    expect(c.calls()).toBeGreaterThan(2);
    await expect(relatedEnterprises(store, firm, 200, { minConfidence: 0, check: counter(2).check })).rejects.toMatchObject({ code: 'TIMEOUT' });
  }, 120_000);

  it('the index build reads at most one chunk of edges between two turns of the event loop', async () => {
    const generation = await store.dataGeneration();
    const { value, most } = await edgesBetweenTurns(store, (s) => buildRelatedIndex(s, generation, 0));
    expect(value).not.toBeNull();
    expect(typeof value === 'object' && value!.ties).toBeGreaterThan(3 * EDGES_PER_CALL);
    expect(most).toBeLessThanOrEqual(Math.max(EDGES_PER_CALL, maxDegree));
  }, 120_000);
});
