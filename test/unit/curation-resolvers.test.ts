// The curation mutations and queries through GraphQL execution, with the signed-in user given in
// the context as the HTTP host puts it there (a stub user here; the browser and HTTP tests sign in
// for real). Roles, error codes, returned objects, the audit trail, undo and the review queue.
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { GraphQLScalarType } from 'graphql';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Principal } from '../../server/src/auth/roles.ts';
import { createContext } from '../../server/src/graphql/context.ts';
import { resolvers } from '../../server/src/graphql/resolvers.ts';
import { normaliseError, SCHEMA_PATH } from '../../server/src/graphql/handler.ts';
import { CuratedStore } from '../../server/src/store/curated/index.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { fixture } from '../store/contract.ts';

const JSONScalar = new GraphQLScalarType({ name: 'JSON', serialize: (v) => v, parseValue: (v) => v });
const apollo = new ApolloServer({
  typeDefs: readFileSync(SCHEMA_PATH, 'utf8'),
  resolvers: { ...resolvers, JSON: JSONScalar } as never,
  formatError: (f, e) => normaliseError(f, e, () => undefined),
});
await apollo.start();

const dirs: string[] = [];
let store: CuratedStore;
afterAll(async () => {
  await apollo.stop();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});
beforeEach(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-cur-gql-'));
  dirs.push(dir);
  store = await CuratedStore.open(await EmbeddedStore.open({ dir }));
  const { a, b } = fixture();
  await store.replaceDocument(a);
  await store.replaceDocument(b);
});

const EDITOR: Principal = { name: '张编辑', role: 'editor', via: 'session' };
const VIEWER: Principal = { name: '王只读', role: 'viewer', via: 'session' };
const HOSTS = 'HOSTS:park:信创谷->industry:信创';

interface Result {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function run(query: string, variables: Record<string, unknown> = {}, user: Principal | null = EDITOR): Promise<Result> {
  const res = await apollo.executeOperation({ query, variables }, { contextValue: createContext(store, { user, curation: store }) });
  if (res.body.kind !== 'single') throw new Error('unexpected incremental result');
  return res.body.singleResult as Result;
}
const codes = (r: Result) => r.errors?.map((e) => e.extensions?.code);

const REJECT = `mutation($id: ID!, $note: String) { rejectEdge(id: $id, note: $note) {
  change { id seq author op kind target note summary active before after }
  edge { id } } }`;
const PARKS = `{ parksForIndustry(id: "industry:信创") { id } }`;

describe('curation over GraphQL', () => {
  it('refuses anonymous and viewer changes (UNAUTHENTICATED, FORBIDDEN) and changes nothing', async () => {
    const anon = await run(REJECT, { id: HOSTS }, null);
    expect(codes(anon)).toEqual(['UNAUTHENTICATED']);
    const viewer = await run(REJECT, { id: HOSTS }, VIEWER);
    expect(codes(viewer)).toEqual(['FORBIDDEN']);
    expect(viewer.errors?.[0]?.message).toContain('viewer');
    expect(await store.readCuration()).toEqual([]);
    expect((await run(PARKS)).data).toEqual({ parksForIndustry: [{ id: 'park:信创谷' }] });
    // Reads stay open to everyone.
    expect((await run(`{ changes { totalCount } }`, {}, null)).data).toEqual({ changes: { totalCount: 0 } });
  });

  it('an editor rejects an edge: the change comes back, the park leaves parksForIndustry; undo brings it back', async () => {
    const r = await run(REJECT, { id: HOSTS, note: '只是依托' });
    expect(r.errors).toBeUndefined();
    const change = (r.data!.rejectEdge as { change: Record<string, unknown>; edge: unknown }).change;
    expect(change).toMatchObject({ seq: 1, author: '张编辑', op: 'REJECT', kind: 'EDGE', target: HOSTS, note: '只是依托', active: true, after: null });
    expect(change.summary).toBe('拒绝关系：中国信创谷 —HOSTS→ 信创');
    expect((change.before as { edge: { id: string } }).edge.id).toBe(HOSTS);
    expect((r.data!.rejectEdge as { edge: unknown }).edge).toBeNull();
    expect((await run(PARKS)).data).toEqual({ parksForIndustry: [] });
    expect(codes(await run(`{ edge(id: "${HOSTS}") { id } }`))).toEqual(['NOT_FOUND']);

    const u = await run(`mutation($id: ID!) { undoChange(id: $id, note: "误拒") { change { op target undoes { id active undoneBy { id } } summary } edge { id properties } } }`, { id: change.id });
    expect(u.errors).toBeUndefined();
    const undo = u.data!.undoChange as { change: Record<string, unknown>; edge: { id: string } };
    expect(undo.change).toMatchObject({ op: 'UNDO', target: change.id, undoes: { id: change.id, active: false } });
    expect(undo.change.summary).toMatch(/^撤销「拒绝关系/);
    expect(undo.edge.id).toBe(HOSTS);
    expect((await run(PARKS)).data).toEqual({ parksForIndustry: [{ id: 'park:信创谷' }] });
    // Who changed what, on the fact itself.
    const hist = await run(`{ edge(id: "${HOSTS}") { changes { op author note } } }`, {}, null);
    expect(hist.data).toEqual({ edge: { changes: [{ op: 'UNDO', author: '张编辑', note: '误拒' }, { op: 'REJECT', author: '张编辑', note: '只是依托' }] } });
  });

  it('answers NOT_FOUND and BAD_USER_INPUT with precise messages', async () => {
    expect(codes(await run(REJECT, { id: 'HOSTS:park:x->industry:y' }))).toEqual(['NOT_FOUND']);
    const bad = await run(`mutation { editEdge(id: "${HOSTS}", set: { type: IN_INDUSTRY }) { change { id } } }`);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.message).toMatch(/IN_INDUSTRY cannot join Park to Industry/);
    expect(codes(await run(`mutation { editEdge(id: "${HOSTS}", set: { properties: [1] }) { change { id } } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await run(`mutation { addNode(node: { label: Enterprise, name: "新企业" }, note: "") { change { id } } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await run(`mutation { undoChange(id: "chg:none") { change { id } } }`))).toEqual(['NOT_FOUND']);
    expect(codes(await run(`mutation { mergeNodes(from: "enterprise:飞腾", into: "park:信创谷") { change { id } } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await run(`{ changes(since: "昨天") { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await run(`{ changes(first: 100000) { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
    expect(await store.readCuration()).toEqual([]);
  });

  it('merge: the merged id reads as the kept node, which lists both names; split undoes it', async () => {
    const m = await run(`mutation { mergeNodes(from: "enterprise:麒麟软件", into: "enterprise:飞腾", note: "测试") { change { op summary } node { id name aliases } } }`);
    expect(m.errors).toBeUndefined();
    expect(m.data!.mergeNodes).toMatchObject({ change: { op: 'MERGE' }, node: { id: 'enterprise:飞腾', name: '飞腾' } });
    expect((m.data!.mergeNodes as { node: { aliases: string[] } }).node.aliases).toContain('麒麟软件');
    expect((await run(`{ node(id: "enterprise:麒麟软件") { id } }`)).data).toEqual({ node: { id: 'enterprise:飞腾' } });
    const s = await run(`mutation { splitNode(id: "enterprise:麒麟软件") { change { op } node { id name } } }`);
    expect(s.data!.splitNode).toEqual({ change: { op: 'SPLIT' }, node: { id: 'enterprise:麒麟软件', name: '麒麟软件' } });
  });

  it('add a node and an edge, edit a node; the audit trail filters by author and node', async () => {
    const n = await run(`mutation { addNode(node: { label: Industry, name: "信创软件", aliases: ["基础软件"] }, note: "补环节") { node { id name ... on Industry { level } } change { op } } }`);
    expect(n.data).toEqual({ addNode: { node: { id: 'industry:信创软件', name: '信创软件', level: null }, change: { op: 'ADD' } } });
    const e = await run(`mutation { addEdge(edge: { type: PART_OF, source: "industry:信创软件", target: "industry:信创" }, note: "311 体系", source: { documentId: "doc:a", text: "支持信创产业" }) { edge { id properties evidence { documentId text start end } } } }`);
    expect(e.errors).toBeUndefined();
    expect(e.data!.addEdge).toEqual({
      edge: { id: 'PART_OF:industry:信创软件->industry:信创', properties: { basis: 'curated', confidence: 1 }, evidence: [{ documentId: 'doc:a', text: '支持信创产业', start: 0, end: 0 }] },
    });
    await run(`mutation { editNode(id: "enterprise:飞腾", set: { addAliases: ["Phytium"] }, note: "英文名") { node { aliases } } }`, {}, { name: '李审核', role: 'admin', via: 'token' });
    const trail = await run(`{ changes(author: "李审核") { totalCount nodes { author op nodeIds } } }`);
    expect(trail.data).toEqual({ changes: { totalCount: 1, nodes: [{ author: '李审核', op: 'EDIT', nodeIds: ['enterprise:飞腾'] }] } });
    const byNode = await run(`{ changes(nodeId: "industry:信创", first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { op } } }`);
    const page = byNode.data!.changes as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { op: string }[] };
    expect(page.totalCount).toBe(1);
    expect(page.nodes).toEqual([{ op: 'ADD' }]);
    expect((await run(`{ changes(first: 2) { nodes { op } pageInfo { endCursor } } }`)).data).toMatchObject({ changes: { nodes: [{ op: 'EDIT' }, { op: 'ADD' }] } });
  });

  it('the review queue: most depended-on first, filtered, paged by cursor; decided facts leave it', async () => {
    const q = await run(`{ reviewQueue(first: 3) { totalCount pageInfo { hasNextPage endCursor } items { edge { id type } priority dependents basis confidence reason } } }`, {}, null);
    expect(q.errors).toBeUndefined();
    const rq = q.data!.reviewQueue as { totalCount: number; pageInfo: { endCursor: string }; items: { edge: { id: string; type: string }; priority: number; basis: string }[] };
    // Inferred edges of the fixture: HOSTS, LOCATED_IN, SUPPORTS, 2× IN_INDUSTRY (CONTAINS, RESPONSIBLE_FOR are not in it).
    expect(rq.totalCount).toBe(5);
    expect(rq.items[0]!.edge.type).toBe('HOSTS');
    expect(rq.items.map((i) => i.priority)).toEqual([...rq.items.map((i) => i.priority)].sort((a, b) => b - a));
    expect(rq.items[0]!.basis).toBe('stated');
    const next = await run(`query($after: String) { reviewQueue(first: 10, after: $after) { items { edge { id } } pageInfo { hasNextPage } } }`, { after: rq.pageInfo.endCursor });
    const rest = (next.data!.reviewQueue as { items: { edge: { id: string } }[] }).items.map((i) => i.edge.id);
    expect(rest).toHaveLength(2);
    expect(rest).not.toContain(rq.items[0]!.edge.id);
    const onlyIn = await run(`{ reviewQueue(types: [IN_INDUSTRY], document: "doc:b") { totalCount items { edge { id } } } }`);
    expect(onlyIn.data).toEqual({ reviewQueue: { totalCount: 1, items: [{ edge: { id: 'IN_INDUSTRY:enterprise:飞腾->industry:信创' } }] } });
    expect((await run(`{ reviewQueue(nameContains: "麒麟") { totalCount } }`)).data).toEqual({ reviewQueue: { totalCount: 1 } });
    await run(`mutation { acceptEdge(id: "${HOSTS}") { edge { properties } } }`);
    expect((await run(`{ reviewQueue { totalCount } }`)).data).toEqual({ reviewQueue: { totalCount: 4 } });
    expect((await run(`{ reviewQueue(basis: ["curated"]) { items { edge { id } basis confidence } } }`)).data).toEqual({
      reviewQueue: { items: [{ edge: { id: HOSTS }, basis: 'curated', confidence: 1 }] },
    });
  });
});
