// relatedEnterprises on the pre-aggregated memberships (related-index.ts): "one sentence counts once
// per pair" costs constant work per reason. A firm tied to the given one through K segments, each
// stated in a sentence of its own, has K reasons of K sentences; a search of the firm's sentences so
// far made that K²/2 probes (K = 12,000: 1.15 s for one request). The answer is compared with the
// fully expanded walk (every field), and the work is counted (scoringWork.probes), never timed.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Evidence, GraphEdge, GraphNode } from '../../server/src/model.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { CuratedStore } from '../../server/src/store/curated/index.ts';
import { HubCounts, relatedEnterprises, RelatedIndexes, type RelatedEnterprise } from '../../server/src/analysis/index.ts';
import { scoringWork } from '../../server/src/analysis/related.ts';
import { batch, edge, node } from '../store/contract.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

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

/**
 * Firm a and firm b share K segments; b's tie to each is stated in a sentence of its own, except
 * that every tenth sentence of b also states b's next segment (one sentence, two ties: counted once,
 * its strongest). Firm c shares every third segment, through sentences that list it with b. Segment
 * sizes vary (filler firms), so the weights of b's ties differ and the strongest tie of a shared
 * sentence matters.
 */
function graph(k: number): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes: GraphNode[] = [node('enterprise:a', 'Enterprise', '甲企业'), node('enterprise:b', 'Enterprise', '乙企业'), node('enterprise:c', 'Enterprise', '丙企业')];
  const edges: GraphEdge[] = [];
  let off = 0;
  const sentence = (text: string): Evidence => {
    const x = { documentId: 'doc:k', text, start: off, end: off + text.length, section: '一' };
    off += text.length + 1;
    return x;
  };
  let prevB: Evidence | undefined;
  for (let i = 0; i < k; i++) {
    const ind = `industry:k${i}`;
    nodes.push(node(ind, 'Industry', `细分产业${i}`));
    edges.push(edge('IN_INDUSTRY', 'enterprise:a', ind, [sentence(`甲企业属于细分产业${i}。`)]));
    const sb = i % 10 === 1 && prevB ? prevB : sentence(`乙企业属于细分产业${i}。`);
    edges.push(edge('IN_INDUSTRY', 'enterprise:b', ind, [sb], i % 7 === 0 ? { confidence: 0.7 } : {}));
    prevB = sb;
    if (i % 3 === 0) edges.push(edge('IN_INDUSTRY', 'enterprise:c', ind, [sb]));
    for (let f = 0; f < i % 4; f++) {
      const id = `enterprise:f${i}_${f}`;
      nodes.push(node(id, 'Enterprise', `填充企业${i}_${f}`));
      edges.push(edge('IN_INDUSTRY', id, ind, [sentence(`填充企业${i}_${f}属于细分产业${i}。`)]));
    }
  }
  return { nodes, edges };
}

async function open(nodes: GraphNode[], edges: GraphEdge[]): Promise<CuratedStore> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-read11-'));
  dirs.push(dir);
  const inner = await EmbeddedStore.open({ dir });
  await inner.replaceDocument(batch('doc:k', nodes, edges));
  return CuratedStore.open(inner);
}

describe('read11: relatedEnterprises, one sentence once per pair in constant work per reason', () => {
  it('K reasons of K sentences: the answer of the full walk, at most one probe per reason', async () => {
    const K = 3000;
    const g = graph(K);
    const store = await open(g.nodes, g.edges);
    try {
      const memo = new HubCounts();
      memo.related = new RelatedIndexes(store, { preferWalk: false });
      const gen = await store.dataGeneration();
      memo.related.ready(gen, 0.5);
      await memo.related.settled();
      expect(memo.related.ready(gen, 0.5)?.generation).toBe(gen);

      const want = await relatedEnterprises(store, 'enterprise:a', 5, { fanout: { hub: Infinity, budget: Infinity } });
      const before = scoringWork.probes;
      const got = await relatedEnterprises(store, 'enterprise:a', 5, { hubCounts: memo.at(gen) });
      const probes = scoringWork.probes - before;

      expect(wire(got)).toBe(wire(want));
      const b = got!.find((x) => x.enterprise.id === 'enterprise:b')!;
      // b's reasons: K ties, every tenth sharing its sentence with the tie before
      expect(b.details.length).toBe(K - Math.floor((K - 2) / 10) - 1);
      expect(got!.some((x) => x.enterprise.id === 'enterprise:c')).toBe(true);
      // every reason of every firm is probed once (b: K, c: K/3; the fillers have one reason each and
      // are not probed); a search of the sentences so far probed ~K²/2 = 4.5 million
      expect(probes).toBeGreaterThanOrEqual(K);
      expect(probes).toBeLessThanOrEqual(K + Math.ceil(K / 3));

      // the next request starts from clean slots: the same answer again
      expect(wire(await relatedEnterprises(store, 'enterprise:a', 5, { hubCounts: memo.at(gen) }))).toBe(wire(want));
      expect(wire(await relatedEnterprises(store, 'enterprise:b', 5, { hubCounts: memo.at(gen) }))).toBe(wire(await relatedEnterprises(store, 'enterprise:b', 5, { fanout: { hub: Infinity, budget: Infinity } })));
    } finally {
      await store.close();
    }
  }, 180_000);
});
