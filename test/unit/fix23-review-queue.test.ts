// fix23: the review queue at scale. `{ reviewQueue { totalCount } }` used to export the whole graph,
// rank every fact in one synchronous block and keep two whole queues of items with their edges:
// at 10⁵ nodes a 31-byte anonymous query held the event loop 37–70 s, after every write, and kept
// 1.36 GB. Through GraphQL execution as the server runs it (createContext + the resolvers):
//   1. the answers are the same as the old whole-graph computation (a reference copy below) on the
//      seeds, curated or not, through every filter and page;
//   2. the queue is built without a whole-graph export, and the event loop gets turns while it is
//      built (the longest stall measured against the whole query, no wall-clock bound);
//   3. a request that cannot wait answers TIMEOUT at its deadline and the build goes on for the next;
//   4. after a write, the queues kept hold a fraction of what the old cache held (heap after GC).
import v8 from 'node:v8';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { basisOf, compareItems, confidenceOf, MIN_DOUBT, REVIEW_WEIGHTS } from '../../server/src/analysis/review.ts';
import { ExecutionGuard } from '../../server/src/graphql/guard.ts';
import type { GraphEdge, GraphNode } from '../../server/src/model.ts';
import { CuratedStore } from '../../server/src/store/curated/index.ts';
import type { GraphStore } from '../../server/src/store/port.ts';
import { seedStore } from '../tools/related-judgments.ts';
import { EDITOR, graphqlHarness } from '../fixtures/graphql-exec.ts';

const { run, generated, onCleanup } = graphqlHarness({ user: EDITOR, prefix: 'kg-fix23-' });

// ---- The reference: the whole-graph computation as it was (analysis/review.ts at f55d1f1) ----------
const BASIS_ZH: Record<string, string> = { stated: '明确陈述', planned: '规划', encouraged: '鼓励', listed: '并列提及', lexicon: '词表', registry: '登记信息', curated: '人工确认' };
type Scope = { kind: 'none' } | { kind: 'segment'; above: number; below: number } | { kind: 'park'; inside: number } | { kind: 'order'; chains: number } | { kind: 'industry'; name: string; above: number };
interface RefItem {
  id: string;
  priority: number;
  confidence: number;
  basis: string;
  dependents: number;
  reason: string;
  edge: GraphEdge;
  ends: (GraphNode | undefined)[];
}
function wording(confidence: number, basis: string, dependents: number, sc: Scope): string {
  const [zh, en] =
    sc.kind === 'segment'
      ? [`下挂 ${sc.below} 条事实 × 上级 ${sc.above} 个产业`, `${sc.below} facts below × ${sc.above} chains above`]
      : sc.kind === 'park'
        ? [`园区内 ${sc.inside} 家企业与机构`, `${sc.inside} firms and labs inside`]
        : sc.kind === 'order'
          ? [`${sc.chains} 条产业链的链序`, `the order of ${sc.chains} chains`]
          : sc.kind === 'industry'
            ? sc.above > 0
              ? [`「${sc.name}」及其上级 ${sc.above} 个产业`, `${sc.name} and ${sc.above} industries above it`]
              : [`「${sc.name}」`, sc.name]
            : ['', ''];
  const c = confidence.toFixed(2);
  return `置信度 ${c}（${BASIS_ZH[basis] ?? basis}）· 影响 ${dependents} 个回答${zh ? '：' + zh : ''}` + ` / confidence ${c} (${basis}), ${dependents} answers depend on it${en ? ': ' + en : ''}`;
}
async function referenceQueue(store: GraphStore): Promise<RefItem[]> {
  const { nodes, edges } = await store.exportGraph();
  const names = new Map(nodes.map((n) => [n.id, n]));
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  const hanging = new Map<string, number>();
  const locatedIn = new Map<string, number>();
  for (const e of edges) {
    if (e.type === 'PART_OF' && names.get(e.source)?.label === 'Industry') {
      (parents.get(e.source) ?? parents.set(e.source, []).get(e.source)!).push(e.target);
      (children.get(e.target) ?? children.set(e.target, []).get(e.target)!).push(e.source);
    }
    if (e.type === 'HOSTS' || e.type === 'IN_INDUSTRY' || e.type === 'INNOVATES_FOR' || e.type === 'SUPPORTS') hanging.set(e.target, (hanging.get(e.target) ?? 0) + 1);
    if (e.type === 'LOCATED_IN' && names.get(e.source)?.label !== 'Park') locatedIn.set(e.target, (locatedIn.get(e.target) ?? 0) + 1);
  }
  const ancestors = (id: string): Set<string> => {
    const out = new Set<string>();
    const stack = [...(parents.get(id) ?? [])];
    while (stack.length > 0 && out.size < 64) {
      const p = stack.pop()!;
      if (p === id || out.has(p)) continue;
      out.add(p);
      stack.push(...(parents.get(p) ?? []));
    }
    return out;
  };
  const subtreeFacts = (id: string): number => {
    let n = 0;
    const seen = new Set<string>([id]);
    const stack = [id];
    while (stack.length > 0 && seen.size < 1000) {
      const x = stack.pop()!;
      n += hanging.get(x) ?? 0;
      for (const c of children.get(x) ?? []) if (!seen.has(c)) (seen.add(c), stack.push(c), n++);
    }
    return n;
  };
  const out: RefItem[] = [];
  for (const e of edges) {
    const weight = REVIEW_WEIGHTS[e.type];
    if (weight === undefined) continue;
    const basis = basisOf(e);
    let dependents = 1;
    let scope: Scope = { kind: 'none' };
    const targetIsIndustry = names.get(e.target)?.label === 'Industry';
    if (e.type === 'PART_OF' && targetIsIndustry) {
      const above = 1 + ancestors(e.target).size;
      const below = subtreeFacts(e.source);
      dependents = above * (1 + below);
      scope = { kind: 'segment', above, below };
    } else if (e.type === 'PART_OF') {
      dependents = 1 + (locatedIn.get(e.source) ?? 0);
      scope = { kind: 'park', inside: dependents - 1 };
    } else if (e.type === 'UPSTREAM_OF') {
      dependents = 1 + ancestors(e.source).size;
      scope = { kind: 'order', chains: dependents - 1 };
    } else if (targetIsIndustry) {
      const above = ancestors(e.target).size;
      dependents = 1 + above;
      scope = { kind: 'industry', name: names.get(e.target)?.name ?? e.target, above };
    }
    const confidence = confidenceOf(e);
    const priority = Math.round(Math.max(MIN_DOUBT, 1 - confidence) * weight * Math.log2(1 + dependents) * 1000) / 1000;
    out.push({ id: e.id, priority, confidence, basis, dependents, reason: wording(confidence, basis, dependents, scope), edge: e, ends: [names.get(e.source), names.get(e.target)] });
  }
  return out.sort((a, b) => compareItems({ priority: a.priority, edge: a.edge }, { priority: b.priority, edge: b.edge }));
}
interface Filter {
  document?: string;
  types?: string[];
  basis?: string[];
  nameContains?: string;
  includeCurated?: boolean;
}
function refFilter(items: RefItem[], f: Filter): RefItem[] {
  const needle = f.nameContains?.trim().toLowerCase() || null;
  return items.filter((it) => {
    if (it.basis === 'curated' && !f.includeCurated && !f.basis?.includes('curated')) return false;
    if (f.types && !f.types.includes(it.edge.type)) return false;
    if (f.basis && !f.basis.includes(it.basis)) return false;
    if (f.document && !it.edge.evidence.some((ev) => ev.documentId === f.document)) return false;
    if (needle && !it.ends.some((n) => !!n && (n.name.toLowerCase().includes(needle) || n.aliases.some((a) => a.toLowerCase().includes(needle))))) return false;
    return true;
  });
}

const QUEUE = `query($document: ID, $types: [RelType!], $basis: [String!], $nameContains: String, $includeCurated: Boolean, $first: Int, $after: String) {
  reviewQueue(document: $document, types: $types, basis: $basis, nameContains: $nameContains, includeCurated: $includeCurated, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } items { edge { id } priority confidence basis dependents reason } } }`;

/** Every page of the queue through GraphQL (first 500, then the cursor). */
async function wholeQueue(store: CuratedStore, f: Filter): Promise<{ totalCount: number; items: Omit<RefItem, 'edge' | 'ends'>[] }> {
  const items: Omit<RefItem, 'edge' | 'ends'>[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (;;) {
    const r = await run(store, QUEUE, { ...f, first: 500, after });
    expect(r.errors).toBeUndefined();
    const q = r.data!.reviewQueue;
    totalCount = q.totalCount;
    for (const it of q.items) items.push({ id: it.edge.id, priority: it.priority, confidence: it.confidence, basis: it.basis, dependents: it.dependents, reason: it.reason });
    if (!q.pageInfo.hasNextPage) break;
    after = q.pageInfo.endCursor;
  }
  return { totalCount, items };
}

describe('fix23: the review queue answers as before', () => {
  it('on the seeds, curated or not, through every filter and page, as the whole-graph computation did', async () => {
    const seeded = await seedStore();
    onCleanup(seeded.close);
    const store = await CuratedStore.open(seeded.store);
    const check = async () => {
      // fix30: after a write the queue answers from the previous one (stale) while it is rebuilt: wait for the rebuild.
      while ((await run(store, '{ reviewQueue(first: 0) { stale } }')).data!.reviewQueue.stale) await new Promise((r) => setTimeout(r, 100));
      const ref = await referenceQueue(store);
      expect(ref.length).toBeGreaterThan(500); // several pages
      const docs = [...new Set(ref.flatMap((r) => r.edge.evidence.map((ev) => ev.documentId)))].sort();
      const filters: Filter[] = [
        {},
        { includeCurated: true },
        { basis: ['curated'] },
        { types: ['HOSTS', 'PART_OF'] },
        { basis: ['planned', 'listed'] },
        { document: docs[0]! },
        { document: docs[docs.length - 1]!, types: ['IN_INDUSTRY'] },
        { document: 'doc:none' },
        { nameContains: '生物' },
        { nameContains: ' 园 ', includeCurated: true },
      ];
      for (const f of filters) {
        const want = refFilter(ref, f).map(({ edge: _e, ends: _n, ...rest }) => rest);
        const got = await wholeQueue(store, f);
        expect(got.totalCount, JSON.stringify(f)).toBe(want.length);
        expect(got.items, JSON.stringify(f)).toEqual(want);
      }
      return ref;
    };
    const before = await check();
    // A person decides: accept the first fact, reject the second, merge two firms, add a segment.
    const [a, b] = before;
    expect((await run(store, `mutation { acceptEdge(id: "${a!.id}") { change { id } } }`)).errors).toBeUndefined();
    expect((await run(store, `mutation { rejectEdge(id: "${b!.id}") { change { id } } }`)).errors).toBeUndefined();
    const of = (label: string) => [...new Set(before.flatMap((r) => r.ends).filter((n) => n?.label === label).map((n) => n!.id))].sort();
    const [f1, f2] = of('Enterprise');
    expect((await run(store, `mutation { mergeNodes(from: "${f1}", into: "${f2}") { change { id } } }`)).errors).toBeUndefined();
    const [i1, i2] = of('Industry');
    const add = await run(store, `mutation { addEdge(edge: { type: PART_OF, source: "${i1}", target: "${i2}" }, note: "测试") { change { id } } }`);
    expect(add.errors).toBeUndefined();
    const after = await check();
    expect(after.find((r) => r.id === a!.id)?.basis).toBe('curated');
    expect(after.some((r) => r.id === b!.id)).toBe(false);
  }, 300_000);
});

/** Counts exportGraph calls on the store. */
function countExports(store: CuratedStore): { calls: number } {
  const counter = { calls: 0 };
  const orig = store.exportGraph.bind(store);
  store.exportGraph = async () => {
    counter.calls++;
    return orig();
  };
  return counter;
}

/** Runs `fn` while a 1 ms interval timer records the event loop's turns: the longest gap between two, and the whole time. */
async function stalls<T>(fn: () => Promise<T>): Promise<{ value: T; longest: number; total: number; turns: number }> {
  let last = performance.now();
  let longest = 0;
  let turns = 0;
  const t0 = last;
  const iv = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    turns++;
  }, 1);
  const value = await fn();
  const end = performance.now();
  longest = Math.max(longest, end - last);
  clearInterval(iv);
  return { value, longest, total: end - t0, turns };
}

describe('fix23: the review queue does not hold the server', () => {
  let store: CuratedStore;
  let facts = 0;
  beforeAll(async () => {
    store = await generated(6000);
    facts = Object.entries((await store.stats()).byType).reduce((n, [t, c]) => n + (t in REVIEW_WEIGHTS ? c : 0), 0);
  }, 300_000);

  it('builds the queue without exporting the graph, giving the event loop turns as it goes', async () => {
    expect(facts).toBeGreaterThan(20_000);
    const exports = countExports(store);
    const r = await stalls(() => run(store, '{ reviewQueue { totalCount } }'));
    expect(r.value.errors).toBeUndefined();
    expect(r.value.data!.reviewQueue.totalCount).toBe(facts);
    expect(exports.calls).toBe(0);
    // Paced: the event loop ran many times, and no single block held it for most of the query (the
    // whole-graph computation was one block: the longest stall was the whole query).
    expect(r.turns).toBeGreaterThan(10);
    expect(r.longest).toBeLessThan(r.total / 3);
  }, 300_000);

  it('a request that cannot wait answers TIMEOUT at its deadline; the build goes on and the next request is answered', async () => {
    // A write gives a new graph version: its queue is built anew.
    const [first] = (await run(store, '{ reviewQueue(first: 1) { items { edge { id } } } }')).data!.reviewQueue.items;
    // fix30: while a store's last queue is kept, a request after a write answers from it (stale);
    // only a store with no queue kept waits for its build. Another store's queue evicts this one's.
    const tiny = await generated(50);
    expect((await run(tiny, '{ reviewQueue { totalCount } }')).errors).toBeUndefined();
    expect((await run(store, `mutation { acceptEdge(id: "${first.edge.id}") { change { id } } }`)).errors).toBeUndefined();
    const hurried = await run(store, '{ reviewQueue { totalCount } }', {}, { guard: new ExecutionGuard(20, 1 << 20) });
    expect(hurried.errors?.map((e) => e.extensions?.code)).toEqual(['TIMEOUT']);
    expect(hurried.data).toBeNull();
    const next = await run(store, '{ reviewQueue(includeCurated: true) { totalCount } }');
    expect(next.errors).toBeUndefined();
    expect(next.data!.reviewQueue.totalCount).toBe(facts);
  }, 300_000);

  it('after writes the queues kept hold a fraction of what an item with its edge took per fact (heap and buffers after GC)', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    // The JS heap and the typed arrays' buffers (outside the heap).
    const heap = () => (gc(), gc(), process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers);
    // The big graph's queue once (the store's own caches warm up), then another (tiny) graph's
    // queues, two versions of it: the big graph's queues leave the cache.
    expect((await run(store, '{ reviewQueue { totalCount } }')).errors).toBeUndefined();
    const tiny = await generated(50);
    const [t] = (await run(tiny, '{ reviewQueue(first: 1) { items { edge { id } } } }')).data!.reviewQueue.items;
    expect((await run(tiny, `mutation { acceptEdge(id: "${t.edge.id}") { change { id } } }`)).errors).toBeUndefined();
    expect((await run(tiny, '{ reviewQueue { totalCount } }')).errors).toBeUndefined();
    const base = heap();
    // The big graph's queue, a write, its queue again: what stays in memory after a person's click.
    const [first] = (await run(store, '{ reviewQueue(first: 1) { items { edge { id } } } }')).data!.reviewQueue.items;
    expect((await run(store, `mutation { rejectEdge(id: "${first.edge.id}") { change { id } } }`)).errors).toBeUndefined();
    expect((await run(store, '{ reviewQueue { totalCount } }')).data!.reviewQueue.totalCount).toBeGreaterThan(facts - 10);
    const held = heap() - base;

    // The old cache kept two versions' whole queues, an item with its edge and ends per fact:
    // ≈1,200 B per fact here. One compact queue: typed arrays and the edge ids.
    expect(held / facts).toBeLessThan(400);
  }, 300_000);
});
