// The GraphQL response cache over HTTP, as clients meet it: `kg serve` with the cache (the default)
// answers byte for byte what a server without it (KG_RESPONSE_CACHE_MB=0) answers, never hands one
// caller's answer to another (`me` differs per caller), never serves a refused query or a mutation
// from the cache, and a write (a curation mutation, an upload, a removal) is visible to the very
// next read. /healthz counts hits and misses.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, runCli, SEEDS, startServer, tempDir, upload, type RunningServer } from './helpers.ts';

let data: { dir: string; cleanup: () => Promise<void> };
let cached: RunningServer;
let plain: RunningServer | null = null;
const tokens = { editor: '', viewer: '', admin: '' };
const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

interface Raw {
  status: number;
  body: string;
  contentType: string | null;
  cache: string | null;
}

async function post(url: string, payload: unknown, headers: Record<string, string> = {}): Promise<Raw> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });
  return { status: res.status, body: await res.text(), contentType: res.headers.get('content-type'), cache: res.headers.get('x-cache') };
}
/** The data generation the cached server's response cache is at (/healthz). */
const cacheGeneration = async (): Promise<number | null | undefined> =>
  ((await (await fetch(`${cached.url}/healthz`)).json()) as { responseCache?: { generation: number | null } }).responseCache?.generation;
const q = (query: string, variables?: Record<string, unknown>, operationName?: string) => ({ query, ...(variables ? { variables } : {}), ...(operationName ? { operationName } : {}) });

// a doubtful fact of seed 001 (as in curation-http.int.test.ts)
const WRONG = 'HOSTS:park:中环高端半导体产业园->industry:基础硬件';

beforeAll(async () => {
  data = await tempDir('kg-cache-http-');
  expect((await runCli(['ingest', SEEDS, '--data', data.dir])).code).toBe(0);
  tokens.editor = await createToken(data.dir, 'editor', '编辑甲');
  tokens.viewer = await createToken(data.dir, 'viewer', '访客乙');
  tokens.admin = await createToken(data.dir, 'admin', '管理丙');
  // Two servers on one data directory: both read; only `cached` writes, after `plain` stops.
  cached = await startServer(data.dir);
  plain = await startServer(data.dir, { KG_RESPONSE_CACHE_MB: '0' });
}, 180_000);

afterAll(async () => {
  await plain?.stop();
  await cached?.stop();
  await data?.cleanup();
});

describe('response cache over HTTP', () => {
  it('answers byte for byte what a server without the cache answers, the second time from the cache', async () => {
    const requests: [unknown, Record<string, string>][] = [
      [q('query($t:String!){search(text:$t){id name label}}', { t: '信创' }), {}],
      [q('{neighborhood(ids:["enterprise:飞腾"],depth:2,limit:200){nodes{id name label} edges{id type source{id} target{id}} truncated}}'), {}],
      [q('{shortestPaths(from:"enterprise:飞腾",to:"park:海洋片区"){nodes{id name} edges{type}}}'), {}],
      [q('{relatedEnterprises(id:"enterprise:飞腾"){score reasons enterprise{name}}}'), {}],
      [q('{industryChain(id:"industry:信创"){segments{industry{name} gap enterprises{name}}}}'), {}],
      [q('{documents{id title measures(first:100){number departments(first:10){role department{name}}}}}'), {}],
      [q(`{ edge(id: "${WRONG}") { id type properties evidence { text } } }`), {}],
      [q('query A { stats { nodes edges } } query B { parksForIndustry(id: "industry:基础硬件") { id name } }', undefined, 'B'), {}],
      [q('{ stats { nodes } }'), { accept: 'application/graphql-response+json' }],
      [q('{ me { name role } stats { documents } }'), bearer(tokens.viewer)],
    ];
    for (const [payload, headers] of requests) {
      const want = await post(plain!.url, payload, headers);
      expect(want.status).toBe(200);
      expect(want.body).not.toContain('"errors"');
      let first = await post(cached.url, payload, headers);
      let afterFirst = await cacheGeneration();
      let second = await post(cached.url, payload, headers);
      // The server follows its data directory: when the store moved to a new generation between the two
      // requests (its cache emptied, as it must be), the pair is asked again; at one generation the second
      // answer is the cached one.
      for (let again = 0; again < 3 && second.cache === 'miss' && (await cacheGeneration()) !== afterFirst; again++) {
        first = second;
        afterFirst = await cacheGeneration();
        second = await post(cached.url, payload, headers);
      }
      expect([first.cache, second.cache]).toEqual(['miss', 'hit']);
      for (const got of [first, second]) {
        expect(got.body).toBe(want.body);
        expect(got.status).toBe(want.status);
        expect(got.contentType).toBe(want.contentType);
      }
      expect((await post(plain!.url, payload, headers)).cache).toBe('bypass');
    }
    // The same document spelt differently (whitespace, commas) is the same entry.
    const a = await post(cached.url, q('{ stats { nodes edges } }'));
    const b = await post(cached.url, q('{\n  stats {\n    nodes,\n    edges\n  }\n}'));
    expect(b.cache).toBe('hit');
    expect(b.body).toBe(a.body);
    await plain!.stop();
    plain = null;
  });

  it('never hands one caller’s answer to another', async () => {
    const query = q('{ me { name role } edge(id: "IN_INDUSTRY:enterprise:飞腾->industry:信创") { id properties } }');
    const anon1 = await post(cached.url, query);
    const editor = await post(cached.url, query, bearer(tokens.editor));
    const viewer = await post(cached.url, query, bearer(tokens.viewer));
    const anon2 = await post(cached.url, query);
    const editor2 = await post(cached.url, query, bearer(tokens.editor));
    expect(JSON.parse(anon1.body).data.me).toBeNull();
    expect(JSON.parse(editor.body).data.me).toEqual({ name: '编辑甲', role: 'editor' });
    expect(JSON.parse(viewer.body).data.me).toEqual({ name: '访客乙', role: 'viewer' });
    expect([anon1.cache, editor.cache, viewer.cache, anon2.cache, editor2.cache]).toEqual(['miss', 'miss', 'miss', 'hit', 'hit']);
    expect(anon2.body).toBe(anon1.body);
    expect(editor2.body).toBe(editor.body);
    // A bad token is refused (401), not answered from the anonymous entry.
    const bad = await post(cached.url, query, bearer('kg_not-a-token'));
    expect(bad.status).toBe(401);
  });

  it('keeps the limits: a refused query is refused every time, mutations and GET are never cached', async () => {
    for (let i = 0; i < 2; i++) {
      const big = await post(cached.url, q('{ changes(first: 100000) { totalCount } }'));
      expect(JSON.parse(big.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(big.cache).toBe('miss');
      const deep = await post(cached.url, q('{ node(id: "enterprise:飞腾") { edges { source { edges { source { edges { source { edges { source { edges { source { edges { id } } } } } } } } } } } } }'));
      expect(JSON.parse(deep.body).errors[0].extensions.code).toMatch(/QUERY_TOO_COMPLEX|BAD_USER_INPUT/);
      expect(deep.cache).not.toBe('hit');
      const get = await fetch(`${cached.url}/graphql?query=${encodeURIComponent('{ stats { nodes } }')}`, { headers: { 'apollo-require-preflight': '1' } });
      expect(get.status).toBe(200);
      expect(get.headers.get('x-cache')).toBe('bypass');
      const anonMutation = await post(cached.url, q(`mutation { rejectEdge(id: "${WRONG}") { change { id } } }`));
      expect([anonMutation.status, anonMutation.cache]).toEqual([401, 'bypass']);
    }
  });

  it('a curation mutation is visible to the next read', async () => {
    const read = q('{ parksForIndustry(id: "industry:基础硬件") { id } changes { totalCount } }');
    const before = await post(cached.url, read);
    expect((await post(cached.url, read)).cache).toBe('hit');
    expect(JSON.parse(before.body).data.parksForIndustry.map((p: { id: string }) => p.id)).toContain('park:中环高端半导体产业园');
    const m = await post(cached.url, q(`mutation { rejectEdge(id: "${WRONG}", note: "建设项目，不是园区") { change { id } } }`), bearer(tokens.editor));
    expect([m.status, m.cache]).toEqual([200, 'bypass']);
    expect(JSON.parse(m.body).errors).toBeUndefined();
    const after = await post(cached.url, read);
    expect(after.cache).toBe('miss');
    const d = JSON.parse(after.body).data;
    expect(d.parksForIndustry.map((p: { id: string }) => p.id)).not.toContain('park:中环高端半导体产业园');
    expect(d.changes.totalCount).toBe(JSON.parse(before.body).data.changes.totalCount + 1);
  });

  it('an uploaded document and its removal are visible to the next read', async () => {
    const read = q('query($t:String!){search(text:$t){id name}} ', { t: '缓存测试区科技局' });
    const before = await post(cached.url, read);
    expect((await post(cached.url, read)).cache).toBe('hit');
    expect(JSON.parse(before.body).data.search).toEqual([]);
    const stats = q('{ stats { documents } }');
    const docsBefore = JSON.parse((await post(cached.url, stats)).body).data.stats.documents;
    const text = ['某区支持科技创新若干措施', '一、主要任务', '1.支持企业研发投入。鼓励企业加大研发投入。（牵头单位：缓存测试区科技局）'].join('\n');
    const up = await upload(cached.url, 'cache-test.txt', text, tokens.editor);
    expect(up.status).toBe(200);
    const after = await post(cached.url, read);
    expect(after.cache).toBe('miss');
    expect(JSON.parse(after.body).data.search.map((n: { name: string }) => n.name)).toContain('缓存测试区科技局');
    expect(JSON.parse((await post(cached.url, stats)).body).data.stats.documents).toBe(docsBefore + 1);
    const del = await fetch(`${cached.url}/api/documents/${encodeURIComponent('doc:cache-test')}`, { method: 'DELETE', headers: { ...bearer(tokens.admin), 'x-requested-with': 'test' } });
    expect(del.status).toBe(200);
    expect(JSON.parse((await post(cached.url, read)).body).data.search).toEqual([]);
    expect(JSON.parse((await post(cached.url, stats)).body).data.stats.documents).toBe(docsBefore);
  });

  it('a document the CLI commits to the same data directory shows up once the server follows it', async () => {
    const read = q('query($t:String!){search(text:$t){id name}} ', { t: '跟随测试区工信局' });
    expect(JSON.parse((await post(cached.url, read)).body).data.search).toEqual([]);
    expect((await post(cached.url, read)).cache).toBe('hit');
    const file = path.join(data.dir, '..', `follow-${path.basename(data.dir)}.txt`);
    await writeFile(file, ['某区推动制造业发展若干措施', '一、主要任务', '1.支持企业技术改造。（牵头单位：跟随测试区工信局）'].join('\n'));
    try {
      expect((await runCli(['ingest', file, '--data', data.dir])).code).toBe(0);
    } finally {
      await rm(file, { force: true });
    }
    let names: string[] = [];
    for (let i = 0; i < 100 && names.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 200));
      names = JSON.parse((await post(cached.url, read)).body).data.search.map((n: { name: string }) => n.name);
    }
    expect(names).toContain('跟随测试区工信局');
  });

  it('/healthz counts hits and misses', async () => {
    const h = (await (await fetch(`${cached.url}/healthz`)).json()) as { responseCache: { enabled: boolean; hits: number; misses: number; entries: number; bytes: number; maxBytes: number } };
    expect(h.responseCache.enabled).toBe(true);
    expect(h.responseCache.hits).toBeGreaterThanOrEqual(10);
    expect(h.responseCache.misses).toBeGreaterThanOrEqual(10);
    expect(h.responseCache.maxBytes).toBe(64 * 2 ** 20);
    expect(h.responseCache.bytes).toBeGreaterThan(0);
    expect(h.responseCache.bytes).toBeLessThanOrEqual(h.responseCache.maxBytes);
  });
});
