// relatedEnterprises without hub expansion (issue 15), over a real embedded store:
//   - on random graphs whose contexts are within the fan-out bounds, the answer equals the full
//     expansion's (the previous algorithm, kept below as the reference);
//   - with a hub industry of 3,000 firms, the request materialises a bounded number of edges
//     (not the hub), the firms that share more than the hub come first, and every listed score
//     equals the full expansion's score for that firm.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode, RelType } from '../../server/src/model.ts';
import type { EdgeQuery, GraphStore } from '../../server/src/store/port.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { relatedEnterprises, type RelatedEnterprise } from '../../server/src/analysis/index.ts';
import { FANOUT_BUDGET, HUB_FANOUT, HubCounts } from '../../server/src/analysis/fanout.ts';
import { batch, edge, ev, node } from '../store/contract.ts';
import { mulberry32 } from '../../bench/generate-graph.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function open(nodes: GraphNode[], edges: GraphEdge[]): Promise<EmbeddedStore> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-related-'));
  dirs.push(dir);
  const store = await EmbeddedStore.open({ dir });
  await store.replaceDocument(batch('doc:r', nodes, edges));
  return store;
}

// every fact its own sentence (distinct offsets): a list sentence's co-listing is what a capped
// context cannot count exactly from a sample, so these graphs state each tie separately
let offset = 0;
const e = (type: RelType, s: string, t: string) => {
  const text = `${s} ${type} ${t}`;
  const x = edge(type, s, t, [ev('doc:r', text, offset)]);
  offset += text.length + 1;
  return x;
};

/** Counts the edges the store materialises for the analysis (edgesOf and neighbourhood). */
function metered(store: GraphStore): { store: GraphStore; edges: () => number } {
  let n = 0;
  const wrapped = new Proxy(store, {
    get(target, prop, recv) {
      if (prop === 'edgesOf') return async (q: EdgeQuery) => {
        const r = await target.edgesOf(q);
        n += r.length;
        return r;
      };
      if (prop === 'neighborhood') return async (...a: Parameters<GraphStore['neighborhood']>) => {
        const r = await target.neighborhood(...a);
        n += r.edges.length;
        return r;
      };
      const v = Reflect.get(target, prop, recv);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return { store: wrapped, edges: () => n };
}

/** The full expansion (no hub capped: every context expanded), as the reference for scores and reasons. */
const FULL = { fanout: { hub: Infinity, budget: Infinity } };
async function reference(store: GraphStore, id: string): Promise<Map<string, { score: number; reasons: string[]; via: string[] }>> {
  const all = (await relatedEnterprises(store, id, 1_000_000, FULL)) ?? [];
  return new Map(all.map((x) => [x.enterprise.id, { score: x.score, reasons: x.reasons, via: x.via.map((v) => v.id) }]));
}


function randomGraph(seed: number, firms: number): { nodes: GraphNode[]; edges: GraphEdge[]; firms: string[] } {
  const r = mulberry32(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const ent = Array.from({ length: firms }, (_, i) => `enterprise:e${i}`);
  const ind = Array.from({ length: 12 }, (_, i) => `industry:i${i}`);
  const park = Array.from({ length: 6 }, (_, i) => `park:p${i}`);
  const mea = Array.from({ length: 15 }, (_, i) => `measure:m${i}`);
  const lab = Array.from({ length: 4 }, (_, i) => `lab:l${i}`);
  const nodes = [
    ...ent.map((id, i) => node(id, 'Enterprise', `企业${(i * 7919) % firms}`)),
    ...ind.map((id, i) => node(id, 'Industry', `产业${i}`)),
    ...park.map((id, i) => node(id, 'Park', `园区${i}`)),
    ...mea.map((id, i) => node(id, 'Measure', `举措${i}`)),
    ...lab.map((id, i) => node(id, 'Lab', `实验室${i}`)),
  ];
  const es = new Map<string, GraphEdge>();
  const put = (x: GraphEdge) => x.source !== x.target && es.set(x.id, x);
  for (const f of ent) {
    for (let k = 0; k < 1 + Math.floor(r() * 2); k++) put(e(r() < 0.85 ? 'IN_INDUSTRY' : 'INNOVATES_FOR', f, pick(ind)));
    if (r() < 0.6) put(e('LOCATED_IN', f, pick(park)));
    if (r() < 0.5) put(e('MENTIONS', pick(mea), f));
    if (r() < 0.15) put(e('LEADS', f, pick(lab)));
  }
  for (const l of lab) put(e('INNOVATES_FOR', l, pick(ind)));
  for (let k = 0; k < 10; k++) put(e('UPSTREAM_OF', pick(ind), pick(ind)));
  for (let k = 0; k < 8; k++) put(e('PART_OF', pick(ind.slice(4)), pick(ind.slice(0, 4))));
  return { nodes, edges: [...es.values()], firms: ent };
}

const asRows = (list: RelatedEnterprise[]) => list.map((x) => ({ id: x.enterprise.id, score: x.score, reasons: [...x.reasons].sort(), via: x.via.map((v) => v.id).sort() }));

describe('relatedEnterprises: bounded fan-out', () => {
  it('within the bounds, equals the full expansion on random graphs (scores, reasons, edges, order)', async () => {
    for (const seed of [1, 2, 3]) {
      const g = randomGraph(seed, 120);
      const store = await open(g.nodes, g.edges);
      for (const firm of g.firms.filter((_, i) => i % 9 === 0)) {
        const ref = await reference(store, firm);
        const want = [...ref.entries()].map(([id, r]) => ({ id, score: r.score, reasons: [...r.reasons].sort(), via: [...r.via].sort() }));
        const got = await relatedEnterprises(store, firm, 1000);
        expect(asRows(got!), `seed ${seed}, ${firm}`).toEqual(want);
        expect(want.length).toBeGreaterThan(0);
      }
      await store.close();
    }
  });

  it('a hub industry of 3,000 firms is not expanded: bounded edges, exact scores, the firms sharing more come first', async () => {
    const HUB = 3000;
    expect(HUB).toBeGreaterThan(HUB_FANOUT);
    const nodes: GraphNode[] = [node('industry:hub', 'Industry', '大产业'), node('park:small', 'Park', '小园区'), node('measure:m', 'Measure', '举措'), node('park:big', 'Park', '大园区')];
    const edges: GraphEdge[] = [];
    for (let i = 0; i < HUB; i++) {
      const id = `enterprise:h${String(i).padStart(4, '0')}`;
      nodes.push(node(id, 'Enterprise', `枢纽企业${String(i).padStart(4, '0')}`));
      edges.push(e('IN_INDUSTRY', id, 'industry:hub'));
      if (i % 2 === 0) edges.push(e('LOCATED_IN', id, 'park:big')); // a second hub: half the firms
    }
    // The firm asked about: in the hub industry, the big park, a small park and a measure.
    const me = 'enterprise:h2998';
    edges.push(e('LOCATED_IN', me, 'park:small'), e('MENTIONS', 'measure:m', me));
    // Park-mates (hub industry + big park + small park = 7 for even ids, 5 for odd ids), a co-mentioned firm outside the hub (1.5).
    for (const i of [10, 11, 12, 13]) edges.push(e('LOCATED_IN', `enterprise:h${String(i).padStart(4, '0')}`, 'park:small'));
    nodes.push(node('enterprise:outside', 'Enterprise', '外部企业'));
    edges.push(e('MENTIONS', 'measure:m', 'enterprise:outside'));
    const store = await open(nodes, edges);
    const ref = await reference(store, me);
    expect(ref.size).toBe(HUB - 1); // the full expansion relates every other hub member (the outsider shares only a measure)

    const m = metered(store);
    const got = (await relatedEnterprises(m.store, me, 20))!;
    expect(m.edges()).toBeLessThan(FANOUT_BUDGET + 200); // not the 4,500 member edges of the two hubs
    expect(got).toHaveLength(20);
    // the park-mates share the most (segment + both parks for even ids, segment + small park for odd ones)
    expect(got.slice(0, 2).map((x) => x.enterprise.id)).toEqual(['enterprise:h0010', 'enterprise:h0012']);
    expect(got.slice(2, 4).map((x) => x.enterprise.id).sort()).toEqual(['enterprise:h0011', 'enterprise:h0013']);
    expect(got[0]!.reasons.some((t) => t.includes('大产业'))).toBe(true);
    expect(got[0]!.reasons.some((t) => t.includes('大园区'))).toBe(true);
    for (const x of got) {
      const r = ref.get(x.enterprise.id)!;
      expect(x.score, x.enterprise.id).toBe(r.score);
      expect([...x.reasons].sort()).toEqual([...r.reasons].sort());
    }
    const scores = got.map((x) => x.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // The hub's other members fill the list (sampled), each with its hub reasons.
    expect(got.slice(2).every((x) => x.reasons.some((t) => t.includes('大产业')))).toBe(true);
    await store.close();
  });

  it('hub counts remembered per data generation: the same answers, no recount at the same generation, a recount after a write', async () => {
    const g = randomGraph(4, 150);
    const store = await open(g.nodes, g.edges);
    let counted = 0;
    const counting = new Proxy(store, {
      get(target, prop, recv) {
        if (prop === 'countEdges') return async (q: EdgeQuery) => ((counted += q.ids.length), target.countEdges(q));
        const v = Reflect.get(target, prop, recv);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    }) as GraphStore;
    const memo = new HubCounts();
    const firms = g.firms.filter((_, i) => i % 10 === 0);
    const at = async () => memo.at(await store.dataGeneration());
    for (const firm of firms) {
      const plain = await relatedEnterprises(store, firm, 20);
      expect(await relatedEnterprises(counting, firm, 20, { hubCounts: await at() }), firm).toEqual(plain);
    }
    const first = counted;
    expect(first).toBeGreaterThan(0);
    expect(memo.size).toBeGreaterThan(0);
    for (const firm of firms) await relatedEnterprises(counting, firm, 20, { hubCounts: await at() });
    expect(counted).toBe(first); // every hub count came from the memo
    // A write moves the generation: counts are taken afresh and answers follow the new data.
    const hub = g.edges.find((x) => x.type === 'IN_INDUSTRY')!.target;
    const more = Array.from({ length: 30 }, (_, i) => node(`enterprise:new${i}`, 'Enterprise', `新企业${i}`));
    await store.replaceDocument(batch('doc:more', more, more.map((n) => e('IN_INDUSTRY', n.id, hub))));
    for (const firm of firms) {
      const plain = await relatedEnterprises(store, firm, 20);
      expect(await relatedEnterprises(counting, firm, 20, { hubCounts: await at() }), firm).toEqual(plain);
    }
    expect(counted).toBeGreaterThan(first);
    // a request that started before the write does not bring the old counts back
    const before = memo.size;
    memo.set(0, 'in|IN_INDUSTRY|industry:x', 1);
    expect(memo.get(0, 'in|IN_INDUSTRY|industry:x')).toBeUndefined();
    expect(memo.size).toBe(before);
    await store.close();
  });
});
