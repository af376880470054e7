// The GraphStore contract: one suite, every adapter (embedded always, Neo4j when NEO4J_URI is set).
// It pins the semantics the GraphQL layer relies on, including the ones adapters could answer
// differently: merge rule across documents, search ranking and tie-breaks, ordering of lists,
// shortest-path enumeration order.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Evidence, GraphBatch, GraphEdge, GraphNode, Label, RelType } from '../../server/src/model.ts';
import { edgeId } from '../../server/src/model.ts';
import type { GraphStore } from '../../server/src/store/port.ts';

// ---- builders -------------------------------------------------------------------------------

export function node(id: string, label: Label, name: string, aliases: string[] = [], properties: GraphNode['properties'] = {}): GraphNode {
  return { id, label, name, aliases, properties };
}

export function ev(documentId: string, text: string, start = 0): Evidence {
  return { documentId, text, start, end: start + text.length, section: '一、测试' };
}

export function edge(type: RelType, source: string, target: string, evidence: Evidence[], properties: GraphEdge['properties'] = {}): GraphEdge {
  return { id: edgeId(type, source, target), type, source, target, properties, evidence };
}

export function batch(documentId: string, nodes: GraphNode[], edges: GraphEdge[], sourceHash = 'h-' + documentId): GraphBatch {
  return { documentId, sourceHash, nodes, edges };
}

/**
 * A small chain fixture in two documents:
 *   doc:a  Document A contains measure m1; 科技局 leads m1; m1 supports 信创; 飞腾 in 信创; 麒麟软件 in 信创
 *   doc:b  Document B: 信创谷 hosts 信创; 飞腾 located in 信创谷; 麒麟 (alias 麒麟软件公司)
 */
export function fixture(): { a: GraphBatch; b: GraphBatch } {
  const A = 'doc:a';
  const B = 'doc:b';
  const a = batch(
    A,
    [
      node(A, 'Document', '文件甲', [], { file: 'a.txt', title: '文件甲' }),
      node('measure:a:1', 'Measure', '1. 支持信创产业', [], { documentId: A, number: '1' }),
      node('dept:滨海高新区:科技局', 'Department', '科技局', ['科技局'], { jurisdiction: '滨海高新区' }),
      node('industry:信创', 'Industry', '信创', ['信创', '信息技术应用创新产业'], { level: 'industry' }),
      node('enterprise:飞腾', 'Enterprise', '飞腾', ['飞腾'], { note: 'from a' }),
      node('enterprise:麒麟软件', 'Enterprise', '麒麟软件', ['麒麟软件']),
    ],
    [
      edge('CONTAINS', A, 'measure:a:1', [ev(A, '1.支持信创产业。', 10)]),
      edge('RESPONSIBLE_FOR', 'dept:滨海高新区:科技局', 'measure:a:1', [ev(A, '(责任部门:科技局)', 20)], { role: 'responsible' }),
      edge('SUPPORTS', 'measure:a:1', 'industry:信创', [ev(A, '1.支持信创产业。', 10)]),
      edge('IN_INDUSTRY', 'enterprise:飞腾', 'industry:信创', [ev(A, '依托飞腾、麒麟软件等企业发展信创。', 40)]),
      edge('IN_INDUSTRY', 'enterprise:麒麟软件', 'industry:信创', [ev(A, '依托飞腾、麒麟软件等企业发展信创。', 40)]),
    ],
  );
  const b = batch(
    B,
    [
      node(B, 'Document', '文件乙', [], { file: 'b.txt', title: '文件乙' }),
      node('park:信创谷', 'Park', '中国信创谷', ['信创谷'], { kind: 'cluster' }),
      node('industry:信创', 'Industry', '信息技术应用创新', ['信创'], { level: 'chain', extra: 'from b' }),
      node('enterprise:飞腾', 'Enterprise', '飞腾信息', ['飞腾信息技术有限公司'], { note: 'from b', city: '天津' }),
      node('enterprise:麒麟软件', 'Enterprise', '麒麟软件', ['麒麟', '麒麟软件公司']),
    ],
    [
      edge('HOSTS', 'park:信创谷', 'industry:信创', [ev(B, '以中国信创谷为产业依托发展信创。', 5)]),
      edge('LOCATED_IN', 'enterprise:飞腾', 'park:信创谷', [ev(B, '飞腾落户中国信创谷。', 30)]),
      edge('IN_INDUSTRY', 'enterprise:飞腾', 'industry:信创', [ev(B, '飞腾深耕信创。', 50)]),
    ],
  );
  return { a, b };
}

function ids(xs: { id: string }[]): string[] {
  return xs.map((x) => x.id);
}

// ---- the suite ------------------------------------------------------------------------------

export function defineGraphStoreSuite(name: string, createStore: () => Promise<GraphStore>, options: { reopen?: (s: GraphStore) => Promise<GraphStore> } = {}): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await createStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('starts empty', async () => {
      expect(await store.stats()).toMatchObject({ nodes: 0, edges: 0, documents: 0 });
      expect(await store.listDocumentRecords()).toEqual([]);
      expect(await store.exportGraph()).toEqual({ nodes: [], edges: [] });
    });

    it('stores a batch and returns nodes by id in the order asked, null for unknown ids', async () => {
      const { a } = fixture();
      await store.replaceDocument(a);
      const got = await store.getNodes(['industry:信创', 'nope', 'doc:a']);
      expect(got[0]?.name).toBe('信创');
      expect(got[1]).toBeNull();
      expect(got[2]?.label).toBe('Document');
      const edges = await store.getEdges([edgeId('SUPPORTS', 'measure:a:1', 'industry:信创'), 'missing']);
      expect(edges[0]?.evidence[0]?.text).toBe('1.支持信创产业。');
      expect(edges[1]).toBeNull();
      expect(await store.listDocumentRecords()).toEqual([{ documentId: 'doc:a', sourceHash: 'h-doc:a' }]);
    });

    it('re-ingesting the same batch changes nothing', async () => {
      const { a, b } = fixture();
      await store.replaceDocument(a);
      await store.replaceDocument(b);
      const before = await store.exportGraph();
      await store.replaceDocument(a);
      await store.replaceDocument(b);
      expect(await store.exportGraph()).toEqual(before);
      expect((await store.stats()).documents).toBe(2);
    });

    it('merges nodes stated by several documents: name/properties from the smallest documentId, aliases unioned', async () => {
      const { a, b } = fixture();
      // ingest order must not matter
      await store.replaceDocument(b);
      await store.replaceDocument(a);
      const [ft, xc] = await store.getNodes(['enterprise:飞腾', 'industry:信创']);
      expect(ft?.name).toBe('飞腾');
      expect(ft?.properties).toEqual({ note: 'from a', city: '天津' });
      expect(ft?.aliases).toEqual(['飞腾', '飞腾信息技术有限公司'].sort());
      expect(xc?.properties).toEqual({ level: 'industry', extra: 'from b' });
      const [inInd] = await store.getEdges([edgeId('IN_INDUSTRY', 'enterprise:飞腾', 'industry:信创')]);
      expect(inInd?.evidence.map((e) => e.documentId)).toEqual(['doc:a', 'doc:b']);
    });

    it('removing a document keeps what other documents stated', async () => {
      const { a, b } = fixture();
      await store.replaceDocument(a);
      await store.replaceDocument(b);
      expect(await store.removeDocument('doc:a')).toBe(true);
      expect(await store.removeDocument('doc:a')).toBe(false);
      const [doc, ft, m] = await store.getNodes(['doc:a', 'enterprise:飞腾', 'measure:a:1']);
      expect(doc).toBeNull();
      expect(m).toBeNull();
      expect(ft?.name).toBe('飞腾信息');
      expect(ft?.aliases).toEqual(['飞腾信息技术有限公司']);
      const [inInd, sup] = await store.getEdges([
        edgeId('IN_INDUSTRY', 'enterprise:飞腾', 'industry:信创'),
        edgeId('SUPPORTS', 'measure:a:1', 'industry:信创'),
      ]);
      expect(inInd?.evidence.map((e) => e.documentId)).toEqual(['doc:b']);
      expect(sup).toBeNull();
      expect(await store.listDocumentRecords()).toEqual([{ documentId: 'doc:b', sourceHash: 'h-doc:b' }]);
    });

    it('replacing a changed document drops what it no longer states', async () => {
      const { a } = fixture();
      await store.replaceDocument(a);
      const changed = batch('doc:a', a.nodes.filter((n) => n.id !== 'enterprise:麒麟软件'), a.edges.filter((e) => e.source !== 'enterprise:麒麟软件'), 'h2');
      await store.replaceDocument(changed);
      expect((await store.getNodes(['enterprise:麒麟软件']))[0]).toBeNull();
      expect(await store.listDocumentRecords()).toEqual([{ documentId: 'doc:a', sourceHash: 'h2' }]);
      const s = await store.stats();
      expect(s.byLabel.Enterprise).toBe(1);
    });

    it('search finds Chinese substrings and aliases, ranked exact > prefix > substring > alias', async () => {
      const { a, b } = fixture();
      await store.replaceDocument(a);
      await store.replaceDocument(b);
      // 信创: exact name (industry:信创 is named 信创 via doc:a), then substrings, shorter names first
      expect(ids(await store.search('信创'))).toEqual(['industry:信创', 'park:信创谷', 'measure:a:1']);
      expect(ids(await store.search('麒麟'))).toEqual(['enterprise:麒麟软件']);
      expect(ids(await store.search('软件公司'))).toEqual(['enterprise:麒麟软件']); // alias substring
      expect(ids(await store.search('飞腾信息技术'))).toEqual(['enterprise:飞腾']); // alias only
      expect(ids(await store.search('科技'))).toEqual(['dept:滨海高新区:科技局']);
      expect(ids(await store.search('信创', { labels: ['Park'] }))).toEqual(['park:信创谷']);
      expect(ids(await store.search('信创', { first: 1 }))).toEqual(['industry:信创']);
      expect(await store.search('不存在的名字')).toEqual([]);
      expect(await store.search('   ')).toEqual([]);
    });

    it('search ignores full/half width and case', async () => {
      await store.replaceDocument(batch('doc:c', [node('enterprise:360', 'Enterprise', '360', ['三六零'])], []));
      expect(ids(await store.search('３６０'))).toEqual(['enterprise:360']);
      await store.replaceDocument(batch('doc:d', [node('lab:d-lab', 'Lab', '清数D-LAB', [])], []));
      expect(ids(await store.search('d-lab'))).toEqual(['lab:d-lab']);
    });

    it('edgesOf filters by direction and type', async () => {
      const { a, b } = fixture();
      await store.replaceDocument(a);
      await store.replaceDocument(b);
      const all = await store.edgesOf({ ids: ['industry:信创'] });
      expect(all.map((e) => e.type).sort()).toEqual(['HOSTS', 'IN_INDUSTRY', 'IN_INDUSTRY', 'SUPPORTS']);
      expect(await store.edgesOf({ ids: ['industry:信创'], direction: 'out' })).toEqual([]);
      const hosts = await store.edgesOf({ ids: ['industry:信创'], direction: 'in', types: ['HOSTS'] });
      expect(ids(hosts)).toEqual([edgeId('HOSTS', 'park:信创谷', 'industry:信创')]);
      expect(ids(all)).toEqual([...ids(all)].sort());
    });

    it('countEdges counts what edgesOf returns, per node, without returning it', async () => {
      const { a, b } = fixture();
      await store.replaceDocument(a);
      await store.replaceDocument(b);
      // A self-loop counts once, and an edge to a node nobody states is not counted.
      await store.replaceDocument(
        batch('doc:c', [node('industry:信创', 'Industry', '信创')], [
          edge('PART_OF', 'industry:信创', 'industry:信创', [ev('doc:c', '信创自成一链。')]),
          edge('UPSTREAM_OF', 'industry:信创', 'industry:未列出', [ev('doc:c', '信创在未列出的上游。', 10)]),
        ]),
      );
      const ids = ['industry:信创', 'enterprise:飞腾', 'nope', 'doc:a'];
      for (const q of [{}, { direction: 'out' as const }, { direction: 'in' as const }, { direction: 'in' as const, types: ['HOSTS' as const] }, { types: ['PART_OF' as const, 'IN_INDUSTRY' as const] }]) {
        const want = await Promise.all(ids.map(async (id) => (await store.edgesOf({ ids: [id], ...q })).length));
        expect(await store.countEdges({ ids, ...q }), JSON.stringify(q)).toEqual(want);
      }
      expect(await store.countEdges({ ids: ['industry:信创'] })).toEqual([5]);
      expect(await store.countEdges({ ids: [] })).toEqual([]);
    });

    it('neighborhood honours depth, types, labels and limit', async () => {
      const { a, b } = fixture();
      await store.replaceDocument(a);
      await store.replaceDocument(b);
      const d1 = await store.neighborhood(['enterprise:飞腾']);
      expect(ids(d1.nodes)).toEqual(['enterprise:飞腾', 'industry:信创', 'park:信创谷']);
      expect(d1.edges.map((e) => e.type).sort()).toEqual(['HOSTS', 'IN_INDUSTRY', 'LOCATED_IN']);
      expect(d1.truncated).toBe(false);
      const d2 = await store.neighborhood(['enterprise:飞腾'], { depth: 2 });
      expect(ids(d2.nodes)).toContain('measure:a:1');
      expect(ids(d2.nodes)).toContain('enterprise:麒麟软件');
      const typed = await store.neighborhood(['enterprise:飞腾'], { depth: 2, types: ['IN_INDUSTRY'] });
      expect(ids(typed.nodes)).toEqual(['enterprise:飞腾', 'enterprise:麒麟软件', 'industry:信创']);
      const labelled = await store.neighborhood(['industry:信创'], { labels: ['Enterprise'] });
      expect(ids(labelled.nodes)).toEqual(['enterprise:飞腾', 'enterprise:麒麟软件', 'industry:信创']);
      const limited = await store.neighborhood(['industry:信创'], { limit: 2 });
      expect(limited.nodes).toHaveLength(2);
      expect(limited.truncated).toBe(true);
      expect(await store.neighborhood(['unknown'])).toEqual({ nodes: [], edges: [], truncated: false });
    });

    it('shortestPaths returns the shortest paths in node-id order, none beyond maxLength', async () => {
      const { a, b } = fixture();
      await store.replaceDocument(a);
      await store.replaceDocument(b);
      // a second shortest route through a lab, so that two paths of length 2 exist
      await store.replaceDocument(
        batch('doc:c', [node('lab:x', 'Lab', '某实验室'), node('park:信创谷', 'Park', '中国信创谷'), node('enterprise:麒麟软件', 'Enterprise', '麒麟软件')], [
          edge('LOCATED_IN', 'lab:x', 'park:信创谷', [ev('doc:c', '某实验室位于中国信创谷。')]),
          edge('LEADS', 'enterprise:麒麟软件', 'lab:x', [ev('doc:c', '某实验室由麒麟软件牵头。', 20)]),
        ]),
      );
      const p = await store.shortestPaths('enterprise:麒麟软件', 'park:信创谷');
      expect(p.map((x) => ids(x.nodes))).toEqual([
        ['enterprise:麒麟软件', 'industry:信创', 'park:信创谷'],
        ['enterprise:麒麟软件', 'lab:x', 'park:信创谷'],
      ]);
      expect(await store.shortestPaths('enterprise:麒麟软件', 'park:信创谷', { first: 1 })).toHaveLength(1);
      // Every path is a chain of incident edges.
      for (const path of p) {
        expect(path.edges).toHaveLength(path.nodes.length - 1);
        path.edges.forEach((e, i) => {
          const ends = [e.source, e.target].sort();
          expect(ends).toEqual([path.nodes[i]!.id, path.nodes[i + 1]!.id].sort());
        });
      }
      expect(await store.shortestPaths('enterprise:麒麟软件', 'park:信创谷', { maxLength: 1 })).toEqual([]);
      expect(await store.shortestPaths('enterprise:麒麟软件', 'nope')).toEqual([]);
      const self = await store.shortestPaths('industry:信创', 'industry:信创');
      expect(ids(self[0]!.nodes)).toEqual(['industry:信创']);
    });

    it('listNodes filters and pages by id (keyset)', async () => {
      const { a, b } = fixture();
      await store.replaceDocument(a);
      await store.replaceDocument(b);
      const p1 = await store.listNodes({ label: 'Enterprise', first: 1 });
      expect(ids(p1.nodes)).toEqual(['enterprise:飞腾']);
      expect(p1.totalCount).toBe(2);
      expect(p1.hasNextPage).toBe(true);
      const p2 = await store.listNodes({ label: 'Enterprise', first: 1, after: p1.nodes[0]!.id });
      expect(p2.hasNextPage).toBe(false);
      expect(ids(p2.nodes)).toEqual(['enterprise:麒麟软件']);
      expect(ids((await store.listNodes({ nameContains: '信创' })).nodes)).toEqual(['industry:信创', 'measure:a:1', 'park:信创谷']);
      expect(ids((await store.listNodes({ jurisdiction: '滨海高新区' })).nodes)).toEqual(['dept:滨海高新区:科技局']);
      expect(ids((await store.listNodes({ documentId: 'doc:b', label: 'Park' })).nodes)).toEqual(['park:信创谷']);
    });

    it('listNodes pages walk every node once, in id order, and a cursor survives its node being removed', async () => {
      const { a, b } = fixture();
      await store.replaceDocument(a);
      await store.replaceDocument(b);
      const all = (await store.exportGraph()).nodes.map((n) => n.id);
      const walked: string[] = [];
      let after: string | undefined;
      for (let guard = 0; guard < 100; guard++) {
        const p = await store.listNodes({ first: 2, ...(after ? { after } : {}) });
        expect(p.totalCount).toBe(all.length);
        walked.push(...ids(p.nodes));
        if (!p.hasNextPage) break;
        after = p.nodes[p.nodes.length - 1]!.id;
      }
      expect(walked).toEqual(all);
      // A cursor pointing at a node that no longer exists still continues after it.
      const p1 = await store.listNodes({ label: 'Enterprise', first: 1 });
      await store.removeDocument('doc:a');
      const rest = await store.listNodes({ first: 50, after: p1.nodes[0]!.id });
      expect(rest.nodes.every((n) => n.id > p1.nodes[0]!.id)).toBe(true);
    });

    it('stats and exportGraph agree and are ordered by id', async () => {
      const { a, b } = fixture();
      await store.replaceDocument(a);
      await store.replaceDocument(b);
      const s = await store.stats();
      const g = await store.exportGraph();
      expect(s.nodes).toBe(g.nodes.length);
      expect(s.edges).toBe(g.edges.length);
      expect(s.byLabel).toEqual({ Document: 2, Measure: 1, Department: 1, Industry: 1, Enterprise: 2, Park: 1 });
      expect(s.byType.IN_INDUSTRY).toBe(2);
      expect(ids(g.nodes)).toEqual([...ids(g.nodes)].sort());
      expect(ids(g.edges)).toEqual([...ids(g.edges)].sort());
      for (const e of g.edges) expect(e.evidence.length).toBeGreaterThan(0);
    });

    it('ping answers while open', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('keeps every field of an evidence item (basis, confidence), through reads, exports and a restart', async () => {
      const stated = { ...ev('doc:e', '鼓励甲企业布局乙产业', 3), basis: 'encouraged' as const, confidence: 0.35 };
      const plain = ev('doc:e', '甲企业位于丙园区', 40);
      const b = batch(
        'doc:e',
        [node('enterprise:甲', 'Enterprise', '甲'), node('industry:乙', 'Industry', '乙'), node('park:丙', 'Park', '丙')],
        [edge('IN_INDUSTRY', 'enterprise:甲', 'industry:乙', [stated], { basis: 'encouraged', confidence: 0.35 }), edge('LOCATED_IN', 'enterprise:甲', 'park:丙', [plain])],
      );
      await store.replaceDocument(b);
      const read = async () => {
        const [x, y] = await store.getEdges(['IN_INDUSTRY:enterprise:甲->industry:乙', 'LOCATED_IN:enterprise:甲->park:丙']);
        expect(x!.evidence).toEqual([stated]);
        expect(y!.evidence).toEqual([plain]);
        expect(Object.keys(y!.evidence[0]!).sort()).toEqual(Object.keys(plain).sort());
        const exported = (await store.exportGraph()).edges.find((e) => e.type === 'IN_INDUSTRY')!;
        expect(exported.evidence[0]).toEqual(stated);
      };
      await read();
      if (options.reopen) {
        store = await options.reopen(store);
        await read();
      }
    });

    if (options.reopen) {
      const reopen = options.reopen;
      it('survives a restart with the same graph', async () => {
        const { a, b } = fixture();
        await store.replaceDocument(a);
        await store.replaceDocument(b);
        await store.removeDocument('doc:a');
        const before = await store.exportGraph();
        store = await reopen(store);
        expect(await store.exportGraph()).toEqual(before);
        expect(await store.listDocumentRecords()).toEqual([{ documentId: 'doc:b', sourceHash: 'h-doc:b' }]);
      });
    }
  });
}

// ---- curation: the layer over any adapter ------------------------------------------------------

import { CuratedStore } from '../../server/src/store/curated/index.ts';
import type { CurationRecord, NewCurationRecord } from '../../server/src/store/curation.ts';

const editor = { name: '张编辑' };
const other = { name: '李审核' };

function rec(id: string, target: string, before: NewCurationRecord['before'] = null): NewCurationRecord {
  return { id, at: '2025-01-02T03:04:05.000Z', author: 'tester', op: 'reject', kind: 'edge', target, nodeIds: [], note: '', before, after: null };
}

/**
 * The curation contract: every adapter persists the log (readCuration/appendCuration), and the
 * curated layer over it reads the same through every port method. `createInner` gives an empty
 * adapter; `reopen` closes it and opens the same data again (a restart).
 */
export function defineCurationSuite(
  name: string,
  createInner: () => Promise<GraphStore>,
  options: { reopen?: (s: GraphStore) => Promise<GraphStore> } = {},
): void {
  describe(`Curation contract: ${name}`, () => {
    let inner: GraphStore;
    let store: CuratedStore;
    let clock = Date.parse('2025-03-01T08:00:00Z');
    const open = (s: GraphStore) => CuratedStore.open(s, { now: () => new Date((clock += 60_000)) });
    beforeEach(async () => {
      inner = await createInner();
      store = await open(inner);
    });
    afterEach(async () => {
      await store.close();
    });
    const seed = async () => {
      const { a, b } = fixture();
      await store.replaceDocument(a);
      await store.replaceDocument(b);
      return { a, b };
    };
    const HOSTS = edgeId('HOSTS', 'park:信创谷', 'industry:信创');
    const FT_IN = edgeId('IN_INDUSTRY', 'enterprise:飞腾', 'industry:信创');
    const QL_IN = edgeId('IN_INDUSTRY', 'enterprise:麒麟软件', 'industry:信创');

    it('the adapter keeps an append-only log with positions, read from a position', async () => {
      expect(await inner.readCuration()).toEqual([]);
      const r1 = await inner.appendCuration(rec('chg:one', 'E1', { edge: edge('HOSTS', 'park:x', 'industry:y', [ev('doc:a', '句子。')]) }));
      const r2 = await inner.appendCuration(rec('chg:two', 'E2'));
      expect([r1.seq, r2.seq]).toEqual([1, 2]);
      expect((await inner.readCuration()).map((r) => r.id)).toEqual(['chg:one', 'chg:two']);
      expect((await inner.readCuration(1)).map((r) => r.id)).toEqual(['chg:two']);
      expect((await inner.readCuration())[0]).toEqual(r1);
      // Curation records are not graph nodes.
      expect(await inner.stats()).toMatchObject({ nodes: 0, edges: 0 });
    });

    it('reject hides an edge everywhere; re-ingesting its document keeps it hidden; undo brings it back', async () => {
      await seed();
      const before = await store.stats();
      const r = await store.curate({ op: 'reject', kind: 'edge', id: HOSTS, note: '依托≠承载' }, editor);
      expect(r.record).toMatchObject({ op: 'reject', kind: 'edge', target: HOSTS, author: editor.name, note: '依托≠承载', seq: 1 });
      expect(r.record.before?.edge?.id).toBe(HOSTS);
      expect(r.record.after).toBeNull();
      expect(r.edge).toBeNull();
      expect(await store.getEdges([HOSTS])).toEqual([null]);
      expect(ids(await store.edgesOf({ ids: ['industry:信创'], types: ['HOSTS'] }))).toEqual([]);
      const n = await store.neighborhood(['park:信创谷']);
      expect(n.edges.map((e) => e.type)).toEqual(['LOCATED_IN']);
      expect((await store.exportGraph()).edges.map((e) => e.id)).not.toContain(HOSTS);
      expect(await store.stats()).toMatchObject({ edges: before.edges - 1, byType: expect.not.objectContaining({ HOSTS: 1 }) });
      // The extractor finds it again (a changed document, same fact): still hidden.
      const { b } = fixture();
      await store.replaceDocument({ ...b, sourceHash: 'changed' });
      expect(await store.getEdges([HOSTS])).toEqual([null]);
      const u = await store.curate({ op: 'undo', change: r.record.id, note: '误拒' }, other);
      expect(u.record).toMatchObject({ op: 'undo', target: r.record.id, author: other.name });
      expect(u.edge?.id).toBe(HOSTS);
      expect((await store.getEdges([HOSTS]))[0]?.id).toBe(HOSTS);
      expect(await store.stats()).toEqual(before);
      // Undoing twice is refused; undoing the undo rejects again.
      await expect(store.curate({ op: 'undo', change: r.record.id }, other)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await store.curate({ op: 'undo', change: u.record.id }, editor);
      expect(await store.getEdges([HOSTS])).toEqual([null]);
    });

    it('a path through a rejected edge is gone; another route is found', async () => {
      await seed();
      // 飞腾 → 信创谷 directly (LOCATED_IN) and via 信创 (IN_INDUSTRY, HOSTS).
      expect((await store.shortestPaths('enterprise:飞腾', 'park:信创谷')).map((p) => ids(p.nodes))).toEqual([['enterprise:飞腾', 'park:信创谷']]);
      await store.curate({ op: 'reject', kind: 'edge', id: edgeId('LOCATED_IN', 'enterprise:飞腾', 'park:信创谷') }, editor);
      expect((await store.shortestPaths('enterprise:飞腾', 'park:信创谷')).map((p) => ids(p.nodes))).toEqual([['enterprise:飞腾', 'industry:信创', 'park:信创谷']]);
      await store.curate({ op: 'reject', kind: 'edge', id: HOSTS }, editor);
      expect(await store.shortestPaths('enterprise:飞腾', 'park:信创谷')).toEqual([]);
    });

    it('reject a node: it and its edges are gone from every read', async () => {
      await seed();
      await store.curate({ op: 'reject', kind: 'node', id: 'park:信创谷', note: '不是园区' }, editor);
      expect(await store.getNodes(['park:信创谷'])).toEqual([null]);
      expect(ids(await store.search('信创'))).toEqual(['industry:信创', 'measure:a:1']);
      expect(ids((await store.listNodes({ label: 'Park' })).nodes)).toEqual([]);
      expect((await store.listNodes({ label: 'Park' })).totalCount).toBe(0);
      expect(ids(await store.edgesOf({ ids: ['enterprise:飞腾'] }))).toEqual([FT_IN]);
      const s = await store.stats();
      expect(s.byLabel.Park).toBeUndefined();
      expect(s.byType.HOSTS).toBeUndefined();
      const g = await store.exportGraph();
      expect(g.nodes.length).toBe(s.nodes);
      expect(g.edges.length).toBe(s.edges);
      await expect(store.curate({ op: 'reject', kind: 'node', id: 'park:信创谷' }, editor)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(store.curate({ op: 'reject', kind: 'node', id: 'doc:a' }, editor)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('accept pins a fact: basis curated, confidence 1; it stays, marked, when its document is removed', async () => {
      await seed();
      const r = await store.curate({ op: 'accept', kind: 'edge', id: HOSTS }, editor);
      expect(r.edge?.properties).toMatchObject({ basis: 'curated', confidence: 1 });
      expect(r.edge?.properties.sourceRemoved).toBeUndefined();
      await expect(store.curate({ op: 'accept', kind: 'edge', id: HOSTS }, editor)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await store.removeDocument('doc:b');
      const [e] = await store.getEdges([HOSTS]);
      expect(e).toMatchObject({ id: HOSTS, properties: { basis: 'curated', confidence: 1, sourceRemoved: true } });
      expect(e?.evidence[0]?.text).toBe('以中国信创谷为产业依托发展信创。');
      // Its ends read too (the park is kept from the snapshot), and the graph stays consistent.
      const [park] = await store.getNodes(['park:信创谷']);
      expect(park).toMatchObject({ name: '中国信创谷', properties: { sourceRemoved: true } });
      expect(ids(await store.edgesOf({ ids: ['park:信创谷'] }))).toEqual([HOSTS]);
      expect(ids(await store.search('信创谷'))).toEqual(['park:信创谷']);
      const s = await store.stats();
      const g = await store.exportGraph();
      expect([g.nodes.length, g.edges.length]).toEqual([s.nodes, s.edges]);
      expect(g.nodes.map((n) => n.id)).toContain('park:信创谷');
    });

    it('edit an edge: a new target replaces the old edge (linked), with its sentence; undo restores it', async () => {
      await seed();
      await store.replaceDocument(batch('doc:c', [node('industry:信创软件', 'Industry', '信创软件')], [edge('PART_OF', 'industry:信创软件', 'industry:信创', [ev('doc:c', '信创软件是信创的环节。')])]));
      const r = await store.curate({ op: 'edit', kind: 'edge', id: QL_IN, set: { target: 'industry:信创软件' }, note: '麒麟是软件' }, editor);
      const NEW = edgeId('IN_INDUSTRY', 'enterprise:麒麟软件', 'industry:信创软件');
      expect(r.edge).toMatchObject({ id: NEW, properties: { basis: 'curated', confidence: 1, replaces: QL_IN } });
      expect(r.edge?.evidence[0]?.text).toBe('依托飞腾、麒麟软件等企业发展信创。');
      expect(r.record.before?.edge?.id).toBe(QL_IN);
      expect(r.record.after?.edge?.id).toBe(NEW);
      expect(r.record.nodeIds).toEqual(['enterprise:麒麟软件', 'industry:信创', 'industry:信创软件']);
      expect(await store.getEdges([QL_IN, NEW])).toEqual([null, r.edge]);
      expect(ids(await store.edgesOf({ ids: ['enterprise:麒麟软件'] }))).toEqual([NEW]);
      await expect(store.curate({ op: 'edit', kind: 'edge', id: NEW, set: { type: 'HOSTS' } }, editor)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(store.curate({ op: 'edit', kind: 'edge', id: NEW, set: { target: 'industry:不存在' } }, editor)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(store.curate({ op: 'edit', kind: 'edge', id: NEW, set: {} }, editor)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await store.curate({ op: 'undo', change: r.record.id }, editor);
      expect((await store.getEdges([QL_IN, NEW])).map((e) => e?.id ?? null)).toEqual([QL_IN, null]);
    });

    it('edit an edge\u2019s properties; reserved properties are refused', async () => {
      await seed();
      const id = edgeId('RESPONSIBLE_FOR', 'dept:滨海高新区:科技局', 'measure:a:1');
      const r = await store.curate({ op: 'edit', kind: 'edge', id, set: { properties: { role: 'lead' } } }, editor);
      expect(r.edge?.properties).toMatchObject({ role: 'lead', basis: 'curated', confidence: 1 });
      expect(r.record.before?.edge?.properties.role).toBe('responsible');
      await expect(store.curate({ op: 'edit', kind: 'edge', id, set: { properties: { confidence: 0.2 } } }, editor)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(store.curate({ op: 'edit', kind: 'edge', id: edgeId('CONTAINS', 'doc:a', 'measure:a:1'), set: { properties: { x: 1 } } }, editor)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('rename a node and edit its aliases: search and lists find the new name, the old one is an alias', async () => {
      await seed();
      const r = await store.curate({ op: 'edit', kind: 'node', id: 'enterprise:麒麟软件', set: { name: '麒麟软件有限公司', addAliases: ['KylinSoft'], removeAliases: ['麒麟'] } }, editor);
      expect(r.node).toMatchObject({ id: 'enterprise:麒麟软件', name: '麒麟软件有限公司' });
      expect(r.node?.aliases).toEqual(['KylinSoft', '麒麟软件', '麒麟软件公司'].sort());
      expect(ids(await store.search('麒麟软件有限'))).toEqual(['enterprise:麒麟软件']);
      expect(ids(await store.search('kylin'))).toEqual(['enterprise:麒麟软件']);
      expect(ids(await store.search('软件', { labels: ['Enterprise'] }))).toEqual(['enterprise:麒麟软件']);
      expect(ids((await store.listNodes({ nameContains: '麒麟软件有限' })).nodes)).toEqual(['enterprise:麒麟软件']);
      expect((await store.listNodes({ nameContains: '麒麟软件有限' })).totalCount).toBe(1);
      expect((await store.listNodes({ nameContains: '有限公司' })).totalCount).toBe(2);
      // A document re-ingested keeps the rename.
      await store.replaceDocument(fixture().a);
      expect((await store.getNodes(['enterprise:麒麟软件']))[0]?.name).toBe('麒麟软件有限公司');
      await expect(store.curate({ op: 'edit', kind: 'node', id: 'enterprise:麒麟软件', set: { removeAliases: ['没有'] } }, editor)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('add a node and an edge with a note and a source sentence; they read like extracted ones', async () => {
      await seed();
      await expect(store.curate({ op: 'add', kind: 'node', node: { label: 'Enterprise', name: '中国长城' }, note: '' }, editor)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      const n = await store.curate({ op: 'add', kind: 'node', node: { label: 'Enterprise', name: '中国长城', aliases: ['长城'] }, note: '整机企业' }, editor);
      expect(n.node).toMatchObject({ id: 'enterprise:中国长城', label: 'Enterprise', properties: { basis: 'curated' } });
      await expect(store.curate({ op: 'add', kind: 'node', node: { label: 'Enterprise', name: '中国长城' }, note: '再加' }, editor)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(store.curate({ op: 'add', kind: 'node', node: { label: 'Measure', name: 'x' }, note: 'x' }, editor)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      const e = await store.curate(
        { op: 'add', kind: 'edge', edge: { type: 'IN_INDUSTRY', source: 'enterprise:中国长城', target: 'industry:信创' }, note: '公开资料', source: { documentId: 'doc:b', text: '长城' } },
        editor,
      );
      const ID = edgeId('IN_INDUSTRY', 'enterprise:中国长城', 'industry:信创');
      expect(e.edge).toMatchObject({ id: ID, properties: { basis: 'curated', confidence: 1 } });
      await expect(
        store.curate({ op: 'add', kind: 'edge', edge: { type: 'HOSTS', source: 'enterprise:中国长城', target: 'industry:信创' }, note: 'x' }, editor),
      ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(
        store.curate({ op: 'add', kind: 'edge', edge: { type: 'IN_INDUSTRY', source: 'enterprise:飞腾', target: 'industry:信创' }, note: 'dup' }, editor),
      ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(ids(await store.search('长城'))).toEqual(['enterprise:中国长城']);
      expect(ids((await store.listNodes({ label: 'Enterprise' })).nodes)).toEqual(['enterprise:中国长城', 'enterprise:飞腾', 'enterprise:麒麟软件']);
      expect((await store.listNodes({ label: 'Enterprise' })).totalCount).toBe(3);
      const nb = await store.neighborhood(['industry:信创'], { labels: ['Enterprise'] });
      expect(ids(nb.nodes)).toEqual(['enterprise:中国长城', 'enterprise:飞腾', 'enterprise:麒麟软件', 'industry:信创']);
      expect(nb.edges.map((x) => x.id)).toContain(ID);
      expect((await store.stats()).byLabel.Enterprise).toBe(3);
      // Undoing the node while an edge builds on it is refused.
      await expect(store.curate({ op: 'undo', change: n.record.id }, editor)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('merge two nodes: ids redirect, names become aliases, edges join; it holds across re-ingest; split undoes it', async () => {
      await seed();
      await store.replaceDocument(
        batch('doc:c', [node('park:信创产业园', 'Park', '信创产业园', ['信创产业园']), node('lab:x', 'Lab', '某实验室')], [
          edge('LOCATED_IN', 'lab:x', 'park:信创产业园', [ev('doc:c', '某实验室位于信创产业园。')]),
          edge('HOSTS', 'park:信创产业园', 'industry:信创', [ev('doc:c', '信创产业园集聚信创企业。', 20)]),
        ]),
      );
      const statsBefore = await store.stats();
      const m = await store.curate({ op: 'merge', from: 'park:信创产业园', into: 'park:信创谷', note: '同一园区' }, editor);
      expect(m.node?.id).toBe('park:信创谷');
      expect(m.node?.aliases).toEqual(expect.arrayContaining(['信创产业园', '信创谷']));
      expect((await store.getNodes(['park:信创产业园']))[0]?.id).toBe('park:信创谷');
      const hosts = await store.getEdges([HOSTS, edgeId('HOSTS', 'park:信创产业园', 'industry:信创')]);
      expect(hosts[0]?.id).toBe(HOSTS);
      expect(hosts[1]?.id).toBe(HOSTS);
      expect(hosts[0]?.evidence.map((x) => x.documentId)).toEqual(['doc:b', 'doc:c']);
      expect(ids(await store.edgesOf({ ids: ['park:信创谷'], direction: 'in' }))).toEqual([
        edgeId('LOCATED_IN', 'enterprise:飞腾', 'park:信创谷'),
        edgeId('LOCATED_IN', 'lab:x', 'park:信创谷'),
      ]);
      expect(ids((await store.shortestPaths('lab:x', 'enterprise:飞腾'))[0]!.nodes)).toEqual(['lab:x', 'park:信创谷', 'enterprise:飞腾']);
      expect(ids(await store.search('信创产业园'))).toEqual(['park:信创谷']);
      const s = await store.stats();
      expect(s.nodes).toBe(statsBefore.nodes - 1);
      expect(s.edges).toBe(statsBefore.edges - 1); // the two HOSTS edges are one
      const g = await store.exportGraph();
      expect([g.nodes.length, g.edges.length]).toEqual([s.nodes, s.edges]);
      // Merging again, across labels, or into itself is refused.
      await expect(store.curate({ op: 'merge', from: 'park:信创产业园', into: 'park:信创谷' }, editor)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(store.curate({ op: 'merge', from: 'lab:x', into: 'park:信创谷' }, editor)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      // Re-ingest: still merged.
      await store.replaceDocument({ ...batch('doc:c', [node('park:信创产业园', 'Park', '信创产业园')], [edge('HOSTS', 'park:信创产业园', 'industry:信创', [ev('doc:c', '信创产业园集聚信创企业。', 20)])], 'h3') });
      expect((await store.getNodes(['park:信创产业园']))[0]?.id).toBe('park:信创谷');
      const sp = await store.curate({ op: 'split', id: 'park:信创产业园', note: '其实是两个' }, other);
      expect(sp.record).toMatchObject({ op: 'split', target: m.record.id });
      expect((await store.getNodes(['park:信创产业园']))[0]?.id).toBe('park:信创产业园');
      expect((await store.getNodes(['park:信创谷']))[0]?.aliases).toEqual(['信创谷']);
      await expect(store.curate({ op: 'split', id: 'park:信创产业园' }, other)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('a merge that would close a cycle is refused', async () => {
      await seed();
      const m = await store.curate({ op: 'merge', from: 'enterprise:麒麟软件', into: 'enterprise:飞腾' }, editor);
      const u = await store.curate({ op: 'undo', change: m.record.id }, editor);
      await store.curate({ op: 'merge', from: 'enterprise:飞腾', into: 'enterprise:麒麟软件' }, editor);
      // Redoing the first merge now would make 飞腾 and 麒麟软件 each other's target.
      await expect(store.curate({ op: 'undo', change: u.record.id }, editor)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('the audit trail: newest first, by author, node, fact and time, paged', async () => {
      await seed();
      const r1 = await store.curate({ op: 'reject', kind: 'edge', id: HOSTS, note: '一' }, editor);
      const r2 = await store.curate({ op: 'accept', kind: 'edge', id: FT_IN, note: '二' }, other);
      const r3 = await store.curate({ op: 'edit', kind: 'node', id: 'enterprise:飞腾', set: { addAliases: ['Phytium'] }, note: '三' }, editor);
      const all = await store.changes({});
      expect(all.records.map((r) => r.id)).toEqual([r3.record.id, r2.record.id, r1.record.id]);
      expect(all.totalCount).toBe(3);
      expect((await store.changes({ author: other.name })).records.map((r) => r.id)).toEqual([r2.record.id]);
      expect((await store.changes({ nodeId: 'enterprise:飞腾' })).records.map((r) => r.id)).toEqual([r3.record.id, r2.record.id]);
      expect((await store.changes({ factId: HOSTS })).records.map((r) => r.id)).toEqual([r1.record.id]);
      expect((await store.changes({ since: r2.record.at })).records.map((r) => r.id)).toEqual([r3.record.id, r2.record.id]);
      const p1 = await store.changes({ first: 2 });
      expect(p1.hasNextPage).toBe(true);
      const p2 = await store.changes({ first: 2, after: p1.records[1]!.id });
      expect(p2.records.map((r) => r.id)).toEqual([r1.record.id]);
      expect(p2.hasNextPage).toBe(false);
      await expect(store.changes({ since: 'gestern' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      for (const r of all.records) {
        expect(Date.parse(r.at)).not.toBeNaN();
        expect(r.author).toBeTruthy();
      }
      await expect(store.curate({ op: 'undo', change: 'chg:nope' }, editor)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(store.curate({ op: 'reject', kind: 'edge', id: 'HOSTS:x->y' }, editor)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(store.curate({ op: 'reject', kind: 'edge', id: FT_IN }, { name: ' ' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    it('curation is exported with the graph and imported into another store, giving the same graph', async () => {
      await seed();
      await store.curate({ op: 'reject', kind: 'edge', id: HOSTS }, editor);
      await store.curate({ op: 'merge', from: 'enterprise:麒麟软件', into: 'enterprise:飞腾' }, editor);
      await store.curate({ op: 'add', kind: 'node', node: { label: 'Industry', name: '信创软件' }, note: '补环节' }, editor);
      const g = await store.exportGraph();
      const log = await store.readCuration();
      const target = await open(await createInner());
      try {
        const { a, b } = fixture();
        await target.replaceDocument(a);
        await target.replaceDocument(b);
        expect(await target.importCuration(log)).toEqual({ added: 3, skipped: 0 });
        expect(await target.importCuration(log)).toEqual({ added: 0, skipped: 3 });
        expect(await target.exportGraph()).toEqual(g);
        expect((await target.readCuration()).map((r) => r.id)).toEqual(log.map((r) => r.id));
      } finally {
        await target.close();
      }
    });

    it('through curation, pages of listNodes walk every node once in id order, search ranks as the contract says', async () => {
      await seed();
      await store.curate({ op: 'edit', kind: 'node', id: 'enterprise:麒麟软件', set: { name: '银河麒麟' } }, editor);
      await store.curate({ op: 'add', kind: 'node', node: { label: 'Lab', name: '信创实验室' }, note: '补' }, editor);
      await store.curate({ op: 'reject', kind: 'node', id: 'dept:滨海高新区:科技局' }, editor);
      const all = (await store.exportGraph()).nodes.map((n) => n.id);
      for (const size of [1, 2, 3]) {
        const walked: string[] = [];
        let after: string | undefined;
        for (let guard = 0; guard < 100; guard++) {
          const p = await store.listNodes({ first: size, ...(after ? { after } : {}) });
          expect(p.totalCount).toBe(all.length);
          walked.push(...ids(p.nodes));
          if (!p.hasNextPage) break;
          after = p.nodes[p.nodes.length - 1]!.id;
        }
        expect(walked).toEqual(all);
      }
      // exact > prefix > substring > alias, ties by name length then id; curated names included
      expect(ids(await store.search('信创'))).toEqual(['industry:信创', 'lab:信创实验室', 'park:信创谷', 'measure:a:1']);
      expect(ids(await store.search('信创', { first: 2 }))).toEqual(['industry:信创', 'lab:信创实验室']);
      expect(ids(await store.search('麒麟'))).toEqual(['enterprise:麒麟软件']);
      expect((await store.search('银河'))[0]?.name).toBe('银河麒麟');
    });

    it('neighborhood and paths read the same with an empty log as the inner store', async () => {
      await seed();
      expect(await store.neighborhood(['enterprise:飞腾'], { depth: 2 })).toEqual(await inner.neighborhood(['enterprise:飞腾'], { depth: 2 }));
      expect(await store.shortestPaths('enterprise:麒麟软件', 'park:信创谷')).toEqual(await inner.shortestPaths('enterprise:麒麟软件', 'park:信创谷'));
      // With curation elsewhere, the walk over the overlay gives the inner answer where nothing changed.
      await store.curate({ op: 'add', kind: 'node', node: { label: 'Lab', name: '无关实验室' }, note: '别处' }, editor);
      await store.curate({ op: 'add', kind: 'edge', edge: { type: 'INNOVATES_FOR', source: 'lab:无关实验室', target: 'industry:信创' }, note: 'x' }, editor);
      await store.curate({ op: 'undo', change: (await store.changes({ first: 1 })).records[0]!.id }, editor);
      expect(await store.neighborhood(['enterprise:飞腾'], { depth: 3, limit: 4 })).toEqual(await inner.neighborhood(['enterprise:飞腾'], { depth: 3, limit: 4 }));
      expect(await store.shortestPaths('enterprise:麒麟软件', 'park:信创谷')).toEqual(await inner.shortestPaths('enterprise:麒麟软件', 'park:信创谷'));
    });

    if (options.reopen) {
      const reopen = options.reopen;
      it('survives a restart: the log and every change are kept', async () => {
        await seed();
        await store.curate({ op: 'reject', kind: 'edge', id: HOSTS }, editor);
        await store.curate({ op: 'merge', from: 'enterprise:麒麟软件', into: 'enterprise:飞腾' }, editor);
        const log = await store.readCuration();
        const g = await store.exportGraph();
        inner = await reopen(inner);
        store = await open(inner);
        expect(await store.readCuration()).toEqual(log);
        expect(await store.exportGraph()).toEqual(g);
        // and a re-ingest after the restart keeps them too
        const { a, b } = fixture();
        await store.replaceDocument(a);
        await store.replaceDocument(b);
        expect(await store.exportGraph()).toEqual(g);
      });
    }
  });
}

export type { CurationRecord };
