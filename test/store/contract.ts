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
