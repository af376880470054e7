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
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { tempDir } from '../integration/helpers.ts';

let data: { dir: string; cleanup: () => Promise<void> };
let store: EmbeddedStore;
/** The industry with the most PART_OF children (a chain with segments), and the busiest park. */
let chainId = '';
let parkId = '';

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
}, 180_000);

afterAll(async () => {
  await store?.close();
  await data?.cleanup();
});

/** Runs `call` while a setImmediate ticker counts the event loop's turns; the turns it got before the call ended. */
async function turnsDuring<T>(call: () => Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  let done = false;
  const tick = () => {
    if (done) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  try {
    const value = await call();
    return { value, turns };
  } finally {
    done = true;
  }
}

/** A deadline check that counts its calls and throws from the `at`-th on (Infinity: never). */
function counter(at = Infinity): { check: () => void; calls: () => number } {
  let calls = 0;
  return {
    check: () => {
      if (++calls >= at) throw Object.assign(new Error('查询超时 / query timed out'), { code: 'TIMEOUT' });
    },
    calls: () => calls,
  };
}

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
