// fix27: ParkWorld.load reads the first PARK_LIMITS.parks parks (by id); compareParks and parkFacts
// answered null (NOT_FOUND through GraphQL) for a park past them, though the park exists. The parks a
// request names are now always read: the answer is theirs, marked truncated when the world was cut.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/generate-graph.ts';
import { PARK_LIMITS } from '../../server/src/analysis/park-world.ts';
import { compareParks, parkFacts } from '../../server/src/analysis/parks.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { tempDir } from '../integration/helpers.ts';

let data: { dir: string; cleanup: () => Promise<void> };
let store: EmbeddedStore;
/** A park past the first PARK_LIMITS.parks (by id) that hosts industries, and one within them. */
let beyond = '';
let within = '';
let hosted = '';

beforeAll(async () => {
  data = await tempDir('kg-fix27b-');
  const syn = syntheticGraph(25_000, 7, 40);
  store = await EmbeddedStore.open({ dir: data.dir });
  for (let d = 0; d < syn.documents; d++) await store.replaceDocument(syn.batch(d));
  const first = (await store.listNodes({ label: 'Park', first: PARK_LIMITS.parks })).nodes.map((n) => n.id);
  const rest = (await store.listNodes({ label: 'Park', first: 1000, after: first[first.length - 1]! })).nodes.map((n) => n.id);
  expect(first.length).toBe(PARK_LIMITS.parks);
  expect(rest.length).toBeGreaterThan(0);
  for (const id of rest) {
    const hosts = (await store.edgesOf({ ids: [id], direction: 'out', types: ['HOSTS'] })).filter((e) => e.source === id);
    if (hosts.length) {
      beyond = id;
      hosted = hosts[0]!.target;
      break;
    }
  }
  within = first[0]!;
  expect(beyond).not.toBe('');
}, 300_000);

afterAll(async () => {
  await store?.close();
  await data?.cleanup();
});

describe('park analyses name a park past the parks ParkWorld reads', () => {
  it('compareParks answers with both parks, truncated, the far park with its hosted industries', async () => {
    for (const [a, b] of [
      [beyond, within],
      [within, beyond],
    ] as const) {
      const r = await compareParks(store, a, b, { minConfidence: 0, includeWeak: true, rollup: false });
      expect(r).not.toBeNull();
      expect(r!.a.id).toBe(a);
      expect(r!.b.id).toBe(b);
      expect(r!.truncated).toBe(true);
      const far = [...r!.shared.map((s) => (a === beyond ? s.factsA : s.factsB)), ...(a === beyond ? r!.onlyA : r!.onlyB).map((s) => (a === beyond ? s.factsA : s.factsB))].flat();
      expect(far.length).toBeGreaterThan(0);
      expect(far.every((f) => f.park.id === beyond)).toBe(true);
    }
  }, 120_000);

  it('parkFacts answers the far park\'s facts (the HOSTS edge among them)', async () => {
    const facts = await parkFacts(store, beyond, hosted, { minConfidence: 0 });
    expect(facts).not.toBeNull();
    expect(facts!.some((f) => f.kind === 'segment' && f.park.id === beyond && f.segment.id === hosted)).toBe(true);
  }, 120_000);

  it('an id that is no park is still no answer', async () => {
    expect(await compareParks(store, hosted, within, { minConfidence: 0 })).toBeNull();
    expect(await parkFacts(store, 'park:none', hosted, { minConfidence: 0 })).toBeNull();
  }, 120_000);
});
