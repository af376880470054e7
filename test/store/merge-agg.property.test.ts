// The incremental merge of nodes and edges stated by many documents (#15, merge-agg.ts) against
// the merge rule applied from scratch (merge.ts, through the reference store): random sequences of
// documents added, replaced (re-ingest of a changed document) and removed, many of them stating
// the same hub node and hub edges with different names, aliases, property keys in different
// orders, bases and confidences (per sentence too), curated judgments and sentences of another
// document. After every step the export must be equal, including the key order of every object
// (JSON text), and a restart (snapshot plus replay) must give the same.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASES, combineBasis, type Basis, type Judged } from '../../server/src/basis.ts';
import type { Evidence, GraphBatch, GraphEdge, GraphNode, Json } from '../../server/src/model.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { AGG_MIN, combineSummary } from '../../server/src/store/embedded/merge-agg.ts';
import { ReferenceStore } from './reference-store.ts';

// Aggregates from 6 sources (32 and 8 in production), so that 16 documents exercise them.
AGG_MIN.nodes = 6;
AGG_MIN.edges = 6;

const DOCS = Array.from({ length: 16 }, (_, i) => `doc:${String.fromCharCode(97 + ((i * 7) % 16))}${i}`);
const NAMES = ['信创', '信创产业', '信息技术应用创新', '芯片'];
const ALIASES = ['信创', 'XC', '信息创新', '芯'];
// Property objects with shared keys in different orders (the merged key order is checked).
const PROPS: Record<string, Json>[] = [{}, { level: 'chain' }, { kind: 'x', level: 'seg' }, { level: 'a', kind: 'y' }, { jurisdiction: '滨海新区', n: 2 }, { n: 3, level: 'b' }];
const NON_CURATED = BASES.filter((b) => b !== 'curated');

const judgedArb = fc.record({
  basis: fc.constantFrom(...NON_CURATED),
  confidence: fc.constantFrom(0.3, 0.35, 0.6, 0.8, 0.9, 0.45, 0.2),
});

const nodeArb = fc.record({
  k: fc.integer({ min: 0, max: 2 }),
  name: fc.constantFrom(...NAMES),
  aliases: fc.array(fc.constantFrom(...ALIASES), { maxLength: 2 }),
  props: fc.integer({ min: 0, max: PROPS.length - 1 }),
});

const edgeArb = fc.record({
  e: fc.integer({ min: 0, max: 2 }),
  props: fc.integer({ min: 0, max: PROPS.length - 1 }),
  judged: fc.option(judgedArb, { freq: 4 }),
  curated: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  // Distinct spans within one statement: a single-source edge keeps its evidence de-duplicated
  // (rows), so two judgments of one span by one document are not compared here (see the report of #15).
  ev: fc.uniqueArray(fc.record({ k: fc.integer({ min: 0, max: 2 }), own: fc.option(judgedArb, { freq: 2 }), foreign: fc.integer({ min: 0, max: 29 }) }), { minLength: 1, maxLength: 3, selector: (v) => v.k }),
});

const opArb = fc.oneof(
  { weight: 8, arbitrary: fc.record({ op: fc.constant('put' as const), doc: fc.integer({ min: 0, max: DOCS.length - 1 }), nodes: fc.array(nodeArb, { maxLength: 3 }), edges: fc.array(edgeArb, { maxLength: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('remove' as const), doc: fc.integer({ min: 0, max: DOCS.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reopen' as const) }) },
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

const HUB_NODES = ['industry:xc', 'park:p', 'enterprise:e'] as const;
const HUB_LABELS = ['Industry', 'Park', 'Enterprise'] as const;
const HUB_EDGES = [
  ['HOSTS', 'park:p', 'industry:xc'],
  ['IN_INDUSTRY', 'enterprise:e', 'industry:xc'],
  ['LOCATED_IN', 'enterprise:e', 'park:p'],
] as const;

function buildBatch(op: Extract<Op, { op: 'put' }>, version: number): GraphBatch {
  const documentId = DOCS[op.doc]!;
  // Every document names the three hub nodes (edges need their endpoints), some with their own words.
  const nodes: GraphNode[] = HUB_NODES.map((id, k) => {
    const own = op.nodes.find((n) => n.k === k);
    return { id, label: HUB_LABELS[k]!, name: own?.name ?? '信创', aliases: own?.aliases ?? [], properties: { ...PROPS[own?.props ?? 0]! } };
  });
  const edges: GraphEdge[] = op.edges.map((x) => {
    const [type, source, target] = HUB_EDGES[x.e]!;
    const evidence: Evidence[] = x.ev.map((v) => {
      // One sentence in 30 cites another document (two sources judging one document's sentence).
      const doc = v.foreign === 0 ? DOCS[(op.doc + 1) % DOCS.length]! : documentId;
      const ev: Evidence = { documentId: doc, text: `句子${v.k}`, start: v.k * 10, end: v.k * 10 + 4 };
      if (v.own) Object.assign(ev, v.own);
      return ev;
    });
    const properties: Record<string, Json> = { ...PROPS[x.props]! };
    if (x.curated) Object.assign(properties, { basis: 'curated', confidence: 1 });
    else if (x.judged) Object.assign(properties, x.judged);
    return { id: `${type}:${source}->${target}`, type, source, target, properties, evidence };
  });
  // A document stating one edge twice: the last statement wins in both stores.
  const seen = new Map<string, GraphEdge>();
  for (const e of edges) seen.set(e.id, e);
  return { documentId, sourceHash: `h${version}`, nodes, edges: [...seen.values()] };
}

async function compare(store: EmbeddedStore, ref: ReferenceStore, where: string): Promise<void> {
  const got = await store.exportGraph();
  const want = await ref.exportGraph();
  expect(got, where).toEqual(want);
  // Key order too: exports are JSON text.
  expect(JSON.stringify(got), where).toBe(JSON.stringify(want));
  const ids = HUB_EDGES.map(([t, s, x]) => `${t}:${s}->${x}`);
  expect(JSON.stringify(await store.getEdges(ids)), where).toBe(JSON.stringify(await ref.getEdges(ids)));
}

describe('incremental merge of many contributions (merge-agg.ts)', () => {
  it('combineSummary is combineBasis for judgments without a curated one', () => {
    fc.assert(
      fc.property(fc.array(judgedArb, { minLength: 0, maxLength: 12 }), (parts: Judged[]) => {
        let strong = 0;
        let bestStrong: Judged | null = null;
        let bestAll: Judged | null = null;
        const rank = (b: Basis) => ['listed', 'encouraged', 'lexicon', 'planned', 'registry', 'stated', 'curated'].indexOf(b);
        const better = (a: Judged, b: Judged | null) => !b || a.confidence > b.confidence || (a.confidence === b.confidence && rank(a.basis) > rank(b.basis));
        for (const p of parts) {
          if (p.basis !== 'encouraged' && p.basis !== 'listed') {
            strong++;
            if (better(p, bestStrong)) bestStrong = p;
          }
          if (better(p, bestAll)) bestAll = p;
        }
        expect(combineSummary(parts.length, strong, bestStrong, bestAll)).toEqual(combineBasis(parts));
      }),
      { numRuns: 2000, seed: 15 },
    );
  });

  it('gives exactly the from-scratch merge after random adds, re-ingests and removals of many documents', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'kg-merge-agg-'));
    let run = 0;
    let maxSources = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 8, maxLength: 40 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), async (ops, checks) => {
          const dir = path.join(root, `r${run++}`);
          const snapshot = { minLogBytes: 0, afterCommitRatio: 0.5, onCloseRatio: 0, idleMs: 0 };
          let store = await EmbeddedStore.open({ dir, snapshot });
          const ref = new ReferenceStore();
          try {
            let version = 0;
            for (const [i, op] of ops.entries()) {
              const where = `step ${i} (${op.op})`;
              if (op.op === 'put') {
                const b = buildBatch(op, ++version);
                await store.replaceDocument(b);
                ref.replaceDocument(b);
              } else if (op.op === 'remove') {
                expect(await store.removeDocument(DOCS[op.doc]!), where).toBe(ref.removeDocument(DOCS[op.doc]!));
              } else {
                await store.close();
                store = await EmbeddedStore.open({ dir, snapshot });
              }
              maxSources = Math.max(maxSources, ref.documents().length);
              // Not after every step: writes between reads leave merges deferred (stale) for a while.
              if (checks[i % checks.length] || i === ops.length - 1) await compare(store, ref, where);
            }
          } finally {
            await store.close();
          }
        }),
        { numRuns: 60, seed: 20261205 },
      );
      // The histories reach the sizes where the aggregates are used.
      expect(maxSources).toBeGreaterThanOrEqual(AGG_MIN.nodes + 4);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 600_000);
});
