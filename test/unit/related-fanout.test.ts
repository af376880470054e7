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
import { RELATED_WEIGHTS, relatedEnterprises, type RelatedEnterprise } from '../../server/src/analysis/index.ts';
import { FANOUT_BUDGET, HUB_FANOUT } from '../../server/src/analysis/fanout.ts';
import { batch, edge, ev, node } from '../store/contract.ts';

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

const e = (type: RelType, s: string, t: string) => edge(type, s, t, [ev('doc:r', `${s} ${type} ${t}`)]);

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

/** The full expansion (the algorithm before issue 15), as the reference for scores and reasons. */
async function reference(store: GraphStore, id: string): Promise<Map<string, { score: number; reasons: string[]; via: string[] }>> {
  const ex = (ids: string[], direction: 'in' | 'out' | 'both', types: RelType[]) => (ids.length ? store.edgesOf({ ids, direction, types }) : Promise.resolve([]));
  const own = await ex([id], 'both', ['IN_INDUSTRY', 'INNOVATES_FOR', 'LOCATED_IN', 'MENTIONS', 'LEADS']);
  const industries = own.filter((x) => (x.type === 'IN_INDUSTRY' || x.type === 'INNOVATES_FOR') && x.source === id).map((x) => x.target);
  const parks = own.filter((x) => x.type === 'LOCATED_IN' && x.source === id).map((x) => x.target);
  const measures = own.filter((x) => x.type === 'MENTIONS' && x.target === id).map((x) => x.source);
  const labs = own.filter((x) => x.type === 'LEADS' && x.source === id).map((x) => x.target);
  const hubEdges = await ex([...industries, ...parks, ...measures, ...labs], 'both', ['IN_INDUSTRY', 'INNOVATES_FOR', 'LOCATED_IN', 'MENTIONS', 'LEADS', 'UPSTREAM_OF', 'PART_OF']);
  const adjacent = new Map<string, { dir: string; from: string; edge: GraphEdge }>();
  for (const x of hubEdges) {
    if (x.type !== 'UPSTREAM_OF') continue;
    if (industries.includes(x.target) && !industries.includes(x.source)) adjacent.set(x.source, { dir: 'up', from: x.target, edge: x });
    if (industries.includes(x.source) && !industries.includes(x.target)) adjacent.set(x.target, { dir: 'down', from: x.source, edge: x });
  }
  const chainIds = [...new Set(hubEdges.filter((x) => x.type === 'PART_OF' && industries.includes(x.source)).map((x) => x.target))];
  const chainEdges = await ex([...adjacent.keys(), ...chainIds], 'in', ['IN_INDUSTRY', 'PART_OF']);
  const siblings = new Map<string, { chain: string; edge: GraphEdge }>();
  for (const x of chainEdges) if (x.type === 'PART_OF' && !industries.includes(x.source) && !adjacent.has(x.source)) siblings.set(x.source, { chain: x.target, edge: x });
  const sibEdges = await ex([...siblings.keys()], 'in', ['IN_INDUSTRY']);
  const all = [...hubEdges, ...chainEdges, ...sibEdges].flatMap((x) => [x.source, x.target]);
  const names = new Map((await store.getNodes([...new Set([...all, ...industries, ...parks, ...measures, ...labs, ...chainIds])])).filter((n): n is GraphNode => !!n).map((n) => [n.id, n]));
  const nm = (x: string) => names.get(x)?.name ?? x;
  const acc = new Map<string, { score: number; reasons: string[]; via: string[] }>();
  const add = (other: string, w: number, reason: string, via: GraphEdge[]) => {
    if (other === id || names.get(other)?.label !== 'Enterprise') return;
    const r = acc.get(other) ?? { score: 0, reasons: [], via: [] };
    if (r.reasons.includes(reason)) return;
    r.score += w;
    r.reasons.push(reason);
    for (const v of via) if (!r.via.includes(v.id)) r.via.push(v.id);
    acc.set(other, r);
  };
  const mine = (pred: (x: GraphEdge) => boolean) => own.filter(pred);
  for (const x of hubEdges) {
    if ((x.type === 'IN_INDUSTRY' || x.type === 'INNOVATES_FOR') && industries.includes(x.target)) add(x.source, RELATED_WEIGHTS.sameSegment, `同属「${nm(x.target)}」环节 / same segment`, [...mine((y) => y.target === x.target), x]);
    if (x.type === 'LOCATED_IN' && parks.includes(x.target)) add(x.source, RELATED_WEIGHTS.samePark, `同在「${nm(x.target)}」/ same park`, [...mine((y) => y.target === x.target), x]);
    if (x.type === 'MENTIONS' && measures.includes(x.source)) add(x.target, RELATED_WEIGHTS.coMention, `同被举措「${nm(x.source)}」提及 / named in the same measure`, [...mine((y) => y.source === x.source), x]);
    if (x.type === 'LEADS' && labs.includes(x.target)) add(x.source, RELATED_WEIGHTS.sharedLab, `共同牵头「${nm(x.target)}」/ shared lab`, [...mine((y) => y.target === x.target), x]);
  }
  for (const x of chainEdges) {
    const a = x.type === 'IN_INDUSTRY' ? adjacent.get(x.target) : undefined;
    if (a) add(x.source, RELATED_WEIGHTS.chainAdjacent, `处于「${nm(a.from)}」的${a.dir === 'up' ? '上游' : '下游'}「${nm(x.target)}」/ ${a.dir}stream segment`, [...mine((y) => y.target === a.from), a.edge, x]);
  }
  for (const x of sibEdges) {
    const s = siblings.get(x.target);
    if (s) add(x.source, RELATED_WEIGHTS.sameChain, `同属「${nm(s.chain)}」产业链 / same chain`, [s.edge, x]);
  }
  return acc;
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomGraph(seed: number, firms: number): { nodes: GraphNode[]; edges: GraphEdge[]; firms: string[] } {
  const r = rng(seed);
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
        const want = [...ref.entries()]
          .map(([id, r]) => ({ id, score: r.score, reasons: [...r.reasons].sort(), via: [...r.via].sort(), name: g.nodes.find((n) => n.id === id)!.name }))
          .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'zh-Hans-CN') || (a.id < b.id ? -1 : 1))
          .map(({ name: _, ...rest }) => rest);
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
    expect(ref.size).toBe(HUB); // the full expansion relates every hub member (and the outsider)

    const m = metered(store);
    const got = (await relatedEnterprises(m.store, me, 20))!;
    expect(m.edges()).toBeLessThan(FANOUT_BUDGET + 200); // not the 4,500 member edges of the two hubs
    expect(got).toHaveLength(20);
    expect(got.slice(0, 2).map((x) => [x.enterprise.id, x.score])).toEqual([
      ['enterprise:h0010', 7],
      ['enterprise:h0012', 7],
    ]);
    for (const odd of ['enterprise:h0011', 'enterprise:h0013']) expect(got.find((x) => x.enterprise.id === odd)?.score, odd).toBe(5);
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
});
