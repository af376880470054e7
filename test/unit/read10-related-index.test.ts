// relatedEnterprises on pre-aggregated memberships (analysis/related-index.ts) against the walk
// with every hub expanded (the reference), over a real embedded store behind the curated store:
//   - on random graphs (hub sizes, shared list sentences, confidences below and above the
//     threshold, chain-template stages, framework labels, parks, measures, labs), the answers are
//     identical: firms, order, scores, reasons, edges, details and their sentences, at several
//     `first` and both thresholds;
//   - on the seeds, every firm's answer (default bounds, which the seeds stay within) is the same
//     with the index as without, at both thresholds (the related-judgments fixture reads these);
//   - an index answers only its data generation: after a document write, a removal and a curation
//     change the old index is not used, and the rebuilt one answers as the walk does on the new graph.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Evidence, GraphEdge, GraphNode, RelType } from '../../server/src/model.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { CuratedStore } from '../../server/src/store/curated/index.ts';
import { HubCounts, relatedEnterprises, RelatedIndexes, type RelatedEnterprise } from '../../server/src/analysis/index.ts';
import { ChainIndex } from '../../server/src/chain-templates.ts';
import { loadLexicon } from '../../server/src/ingest/lexicon/index.ts';
import { batch, edge, ev, node } from '../store/contract.ts';
import { mulberry32 } from '../../bench/generate-graph.ts';
import { seedStore } from '../tools/related-judgments.ts';
import { createGraphQLHandler } from '../../server/src/graphql/handler.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const templates = new ChainIndex(loadLexicon().chains);
// industries named after one template's stages and segments (so template stages relate firms)
const chain = templates.templates.find((c) => c.stages.length >= 3 && c.stages.every((s) => s.segments.length >= 1))!;
const stageNames = [...new Set(chain.stages.flatMap((s) => [s.name, ...s.segments.map((x) => x.name)]))].slice(0, 8);

function randomGraph(seed: number, firms: number): { nodes: GraphNode[]; edges: GraphEdge[]; firms: string[] } {
  const r = mulberry32(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  // skewed: a few hubs take most members
  const skewed = <T,>(xs: T[]) => xs[Math.min(xs.length - 1, Math.floor(xs.length * Math.pow(r(), 2)))]!;
  const ent = Array.from({ length: firms }, (_, i) => `enterprise:e${i}`);
  const ind = [...Array.from({ length: 10 }, (_, i) => `industry:i${i}`), ...stageNames.map((n) => `industry:${n}`)];
  const park = Array.from({ length: 6 }, (_, i) => `park:p${i}`);
  const mea = Array.from({ length: 15 }, (_, i) => `measure:m${i}`);
  const lab = Array.from({ length: 4 }, (_, i) => `lab:l${i}`);
  const nodes = [
    // equal names for some firms: the order of equal scores falls to the id
    ...ent.map((id, i) => node(id, 'Enterprise', `企业${(i * 7919) % Math.max(1, firms - 5)}`)),
    ...ind.map((id, i) => node(id, 'Industry', id.slice('industry:'.length), [], i === 1 ? { level: 'system' } : {})),
    ...park.map((id, i) => node(id, 'Park', `园区${i}`)),
    ...mea.map((id, i) => node(id, 'Measure', `举措${i}`)),
    ...lab.map((id, i) => node(id, 'Lab', `实验室${i}`)),
  ];
  const es = new Map<string, GraphEdge>();
  let offset = 0;
  // a sentence is one fact, or a list shared by several (co-listing, witness sentences)
  const lists: Evidence[] = [];
  const sentence = (s: string, t: string): Evidence[] => {
    if (lists.length > 0 && r() < 0.3) return [pick(lists)];
    const text = `${s}与${t}。`;
    const x: Evidence = { documentId: r() < 0.5 ? 'doc:r' : 'doc:q', text, start: offset, end: offset + text.length, section: '一' };
    offset += text.length + 1;
    if (r() < 0.3) lists.push(x);
    return r() < 0.2 ? [x, pick(lists.length ? lists : [x])] : [x];
  };
  const conf = (): Record<string, number> => (r() < 0.7 ? {} : { confidence: pick([0.3, 0.45, 0.5, 0.7, 0.9]) });
  const put = (type: RelType, s: string, t: string) => {
    if (s === t) return;
    const x = edge(type, s, t, sentence(s, t), conf());
    if (!es.has(x.id)) es.set(x.id, { ...x, evidence: [...new Map(x.evidence.map((v) => [`${v.documentId}|${v.start}`, v])).values()] });
  };
  for (const f of ent) {
    for (let k = 0; k < 1 + Math.floor(r() * 3); k++) put(r() < 0.9 ? 'IN_INDUSTRY' : 'INNOVATES_FOR', f, skewed(ind));
    if (r() < 0.6) put('LOCATED_IN', f, skewed(park));
    if (r() < 0.5) put('MENTIONS', pick(mea), f);
    if (r() < 0.2) put('LEADS', f, pick(lab));
  }
  for (const l of lab) put('INNOVATES_FOR', l, pick(ind));
  for (let k = 0; k < 12; k++) put('UPSTREAM_OF', pick(ind), pick(ind));
  for (let k = 0; k < 10; k++) put('PART_OF', pick(ind.slice(3)), pick(ind.slice(0, 3)));
  return { nodes, edges: [...es.values()], firms: ent };
}

async function open(nodes: GraphNode[], edges: GraphEdge[]): Promise<{ store: CuratedStore; dir: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-read10-'));
  dirs.push(dir);
  const inner = await EmbeddedStore.open({ dir });
  await inner.replaceDocument(batch('doc:r', nodes, edges));
  return { store: await CuratedStore.open(inner), dir };
}

const FULL = { fanout: { hub: Infinity, budget: Infinity } };
/** Everything a client can read of an answer. */
const wire = (xs: RelatedEnterprise[] | null) =>
  JSON.stringify(
    (xs ?? []).map((x) => ({
      id: x.enterprise.id,
      score: x.score,
      reasons: x.reasons,
      via: x.via.map((e) => e.id),
      details: x.details.map((d) => ({ kind: d.kind, text: d.text, weight: d.weight, sentence: [d.sentence.documentId, d.sentence.start, d.sentence.end], edges: d.edges.map((e) => e.id) })),
    })),
  );

/** The index at the store's current generation (built now). */
async function indexed(store: CuratedStore, memo: HubCounts, min: number): Promise<HubCounts> {
  const g = await store.dataGeneration();
  memo.related!.ready(g, min); // a build starts unless built
  await memo.related!.settled();
  expect(memo.related!.ready(g, min)?.generation).toBe(g);
  return memo;
}

async function compareAll(store: CuratedStore, memo: HubCounts, firms: string[], label: string): Promise<number> {
  const g = await store.dataGeneration();
  let listed = 0;
  for (const min of [0.5, 0]) {
    await indexed(store, memo, min);
    for (const f of firms) {
      for (const first of [1, 3, 20, 1000]) {
        const want = await relatedEnterprises(store, f, first, { ...FULL, minConfidence: min, templates });
        const got = await relatedEnterprises(store, f, first, { minConfidence: min, templates, hubCounts: memo.at(g) });
        expect(wire(got), `${label} ${f} first ${first} min ${min}`).toBe(wire(want));
        listed += got?.length ?? 0;
      }
    }
  }
  return listed;
}

describe('read10: relatedEnterprises on pre-aggregated memberships', () => {
  it('equals the fully expanded walk on random graphs (every field, every order)', async () => {
    for (const seed of [11, 12, 13, 14]) {
      const g = randomGraph(seed, 90);
      const { store } = await open(g.nodes, g.edges);
      const memo = new HubCounts();
      memo.related = new RelatedIndexes(store, { preferWalk: false });
      const listed = await compareAll(store, memo, g.firms.filter((_, i) => i % 4 === 0), `seed ${seed}`);
      expect(listed).toBeGreaterThan(100);
      await store.close();
    }
  }, 120_000);

  it('without a built index (or for a request of another generation) the walk answers; writes, removals and curation move the generation', async () => {
    const g = randomGraph(21, 80);
    const { store } = await open(g.nodes, g.edges);
    const memo = new HubCounts();
    memo.related = new RelatedIndexes(store, { preferWalk: false });
    const sample = g.firms.filter((_, i) => i % 5 === 0);
    await compareAll(store, memo, sample, 'before');
    const g0 = await store.dataGeneration();
    const old = memo.related.ready(g0, 0.5)!;

    // a second document: new ties, bigger hubs
    const more = randomGraph(22, 80);
    await store.replaceDocument(batch('doc:s', more.nodes, more.edges.map((e) => ({ ...e, evidence: e.evidence.map((v) => ({ ...v, documentId: 'doc:s' })) }))));
    const g1 = await store.dataGeneration();
    expect(g1).not.toBe(g0);
    expect(memo.related.ready(g1, 0.5)).toBeUndefined();
    await memo.related.settled();
    expect(memo.related.ready(g1, 0.5)).not.toBe(old);
    await compareAll(store, memo, sample, 'after a write');

    // curation: reject the first firm's strongest tie
    const firm = sample.find((f) => g.edges.some((e) => e.source === f && e.type === 'IN_INDUSTRY'))!;
    const tie = g.edges.find((e) => e.source === firm && e.type === 'IN_INDUSTRY')!;
    await store.curate({ op: 'reject', kind: 'edge', id: tie.id }, { name: 'a' });
    const g2 = await store.dataGeneration();
    expect(g2).not.toBe(g1);
    await compareAll(store, memo, sample, 'after a curation');

    // a removal
    expect(await store.removeDocument('doc:s')).toBe(true);
    await compareAll(store, memo, sample, 'after a removal');
    await store.close();
  }, 120_000);

  it('on the seeds: every firm, the same answer with the index as the walk gives today (default bounds)', async () => {
    const { store: inner, close } = await seedStore();
    try {
      const store = await CuratedStore.open(inner);
      const memo = new HubCounts();
      memo.related = new RelatedIndexes(store, { preferWalk: false });
      const firms = (await store.listNodes({ label: 'Enterprise', first: 1000 })).nodes.map((n) => n.id);
      expect(firms.length).toBeGreaterThan(50);
      const g = await store.dataGeneration();
      let listed = 0;
      for (const min of [0.5, 0]) {
        await indexed(store, memo, min);
        for (const f of firms) {
          const want = await relatedEnterprises(store, f, 20, { minConfidence: min, templates, hubCounts: new HubCounts().at(g) });
          const got = await relatedEnterprises(store, f, 20, { minConfidence: min, templates, hubCounts: memo.at(g) });
          expect(wire(got), `${f} min ${min}`).toBe(wire(want));
          listed += got?.length ?? 0;
        }
      }
      expect(listed).toBeGreaterThan(500);
    } finally {
      await close();
    }
  }, 180_000);

  it('by default the index answers where the walk would cap a hub: no sample taken, the answer of the full expansion', async () => {
    // one hub industry of 320 firms (over the fan-out of 200) and small ones
    const r = mulberry32(5);
    const firms = Array.from({ length: 320 }, (_, i) => `enterprise:h${i}`);
    const nodes = [...firms.map((id, i) => node(id, 'Enterprise', `枢纽企业${i}`)), node('industry:big', 'Industry', '大产业'), ...[0, 1, 2, 3].map((i) => node(`industry:s${i}`, 'Industry', `小产业${i}`))];
    const edges: GraphEdge[] = [];
    let off = 0;
    const tie = (s: string, t: string) => {
      const text = `${s}属于${t}`;
      edges.push(edge('IN_INDUSTRY', s, t, [{ documentId: 'doc:r', text, start: off, end: off + text.length }]));
      off += text.length + 1;
    };
    for (const f of firms) {
      tie(f, 'industry:big');
      if (r() < 0.05) tie(f, `industry:s${Math.floor(r() * 4)}`);
    }
    const small = firms.slice(0, 40);
    small.forEach((f, i) => tie(f, `industry:s${i % 4}`));
    const { store } = await open(nodes, [...new Map(edges.map((e) => [e.id, e])).values()]);
    let samples = 0;
    const counted = new Proxy(store, {
      get(target, prop, recv) {
        if (prop === 'neighborhood') return async (...a: Parameters<CuratedStore['neighborhood']>) => (samples++, target.neighborhood(...a));
        const v = Reflect.get(target, prop, recv);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const memo = new HubCounts();
    memo.related = new RelatedIndexes(store);
    await indexed(store, memo, 0.5);
    const g = await store.dataGeneration();
    for (const f of small.slice(0, 8)) {
      const want = await relatedEnterprises(store, f, 10, { ...FULL, templates });
      samples = 0;
      const walked = await relatedEnterprises(counted, f, 10, { templates, hubCounts: new HubCounts().at(g) });
      expect(samples, 'the walk samples the capped hub').toBeGreaterThan(0);
      samples = 0;
      const got = await relatedEnterprises(counted, f, 10, { templates, hubCounts: memo.at(g) });
      expect(samples, 'the index takes no sample').toBe(0);
      expect(wire(got), f).toBe(wire(want));
      expect(walked!.length).toBeGreaterThan(0);
    }
    await store.close();
  }, 120_000);

  it('through GraphQL: the first request starts the build, the server reports it, answers stay the same', async () => {
    const g = randomGraph(31, 260);
    // one hub over the fan-out: the index answers there
    const hubTies = g.firms.slice(0, 230).map((f, i) => edge('IN_INDUSTRY', f, 'industry:i0', [{ documentId: 'doc:r', text: `${f}属于大产业`, start: 100_000 + i * 20, end: 100_000 + i * 20 + 12 }]));
    const { store } = await open(g.nodes, [...new Map([...g.edges, ...hubTies].map((e) => [e.id, e])).values()]);
    const handler = await createGraphQLHandler({ store, log: () => undefined, chains: templates, responseCache: null });
    const ask = async (id: string) => (await handler.execute({ method: 'POST', headers: { 'content-type': 'application/json' }, search: '', body: { query: 'query($id:ID!){relatedEnterprises(id:$id){score reasons enterprise{id} details{kind weight sentence{start end}}}}', variables: { id } } }, null)).body;
    const firms = g.firms.slice(0, 12);
    expect(handler.indexStats()?.builds).toBe(0);
    const before = [];
    for (const f of firms) before.push(await ask(f));
    expect(handler.indexStats()!.builds).toBeGreaterThan(0);
    await handler.idle();
    expect(handler.indexStats()!.ready.map((r) => r.minConfidence)).toEqual([0.5]);
    const gen = await store.dataGeneration();
    for (const [i, f] of firms.entries()) {
      const full = await relatedEnterprises(store, f, 20, { ...FULL, templates });
      const after = await ask(f);
      expect(JSON.parse(after).data.relatedEnterprises.map((x: { enterprise: { id: string }; score: number }) => [x.enterprise.id, x.score]), f).toEqual(full!.map((x) => [x.enterprise.id, x.score]));
      // until the index was built (the first request started it), the walk (bounded) answered; then the index
      const walked = await relatedEnterprises(store, f, 20, { templates, hubCounts: new HubCounts().at(gen) });
      const rows = (xs: { enterprise: { id: string }; score: number }[]) => JSON.stringify(xs.map((x) => [x.enterprise.id, x.score]));
      const was = rows(JSON.parse(before[i]!).data.relatedEnterprises);
      if (i === 0) expect(was, f).toBe(rows(walked!));
      else expect([rows(walked!), rows(full!)], f).toContain(was);
    }
    expect(await store.dataGeneration()).toBe(gen);
    await handler.stop();
    await store.close();
  }, 120_000);

  it('a graph over the size bound is not indexed, and not tried again at the same generation: the walk answers', async () => {
    const g = randomGraph(41, 60);
    const { store } = await open(g.nodes, g.edges);
    const memo = new HubCounts();
    memo.related = new RelatedIndexes(store, { maxTies: 10 });
    const gen = await store.dataGeneration();
    expect(memo.related.ready(gen, 0.5)).toBeUndefined();
    expect(await memo.related.settled()).toBe(true);
    expect(memo.related.ready(gen, 0.5)).toBeUndefined();
    expect(await memo.related.settled()).toBe(false); // no second build
    expect(memo.related.stats()).toMatchObject({ building: 0, builds: 1, ready: [] });
    const f = g.firms[0]!;
    expect(wire(await relatedEnterprises(store, f, 20, { templates, hubCounts: memo.at(gen) }))).toBe(wire(await relatedEnterprises(store, f, 20, { templates, hubCounts: new HubCounts().at(gen) })));
    await store.close();
  }, 60_000);
  it('a curator\'s tie without a sentence gives no reason on either path (it used to throw), and a client cannot start a build per threshold', async () => {
    const firms = ['A', 'B', 'C', 'D'];
    const nodes = firms.map((x) => node(`enterprise:${x}`, 'Enterprise', x)).concat([node('industry:x', 'Industry', '新能源'), node('park:p', 'Park', '园区')]);
    const s1 = ev('doc:r', 'A、B、C和D均从事新能源', 0);
    const edges = [
      ...firms.map((x) => edge('IN_INDUSTRY', `enterprise:${x}`, 'industry:x', [s1], { confidence: 0.9 })),
      edge('LOCATED_IN', 'enterprise:A', 'park:p', [ev('doc:r', 'A位于园区', 100)], { confidence: 0.9 }),
      edge('LOCATED_IN', 'enterprise:C', 'park:p', [ev('doc:r', 'C位于园区', 200)], { confidence: 0.9 }),
    ];
    const { store } = await open(nodes, edges);
    await store.curate({ op: 'add', kind: 'edge', edge: { type: 'LOCATED_IN', source: 'enterprise:B', target: 'park:p' }, note: '现场核实' } as never, { name: 'r' } as never);
    expect((await store.getEdges(['LOCATED_IN:enterprise:B->park:p']))[0]?.evidence).toEqual([]);
    const g = await store.dataGeneration();
    const want = await relatedEnterprises(store, 'enterprise:A', 10, { ...FULL, templates, hubCounts: new HubCounts().at(g) });
    // B shares the park only through the sentence-less tie: no samePark reason for B, C keeps its own
    expect(want!.find((r) => r.enterprise.id === 'enterprise:B')!.details.map((d) => d.kind)).not.toContain('samePark');
    expect(want!.find((r) => r.enterprise.id === 'enterprise:C')!.details.map((d) => d.kind)).toContain('samePark');
    const memo = new HubCounts();
    memo.related = new RelatedIndexes(store, { preferWalk: false });
    for (let i = 0; i < 40; i++) memo.related.ready(g, 0.3 + i / 1000); // thresholds nobody indexes
    expect(memo.related.stats().builds).toBe(0);
    memo.related.ready(g, 0.5);
    memo.related.ready(g, 0);
    expect(memo.related.stats().building).toBe(1); // one build at a time
    await memo.related.settled();
    expect(wire(await relatedEnterprises(store, 'enterprise:A', 10, { templates, hubCounts: memo.at(g) }))).toBe(wire(want));
    await store.close();
  }, 60_000);
});
