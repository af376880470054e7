// GraphQL over HTTP against a real running server on the ingested seeds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, gql, runCli, SEEDS, startServer, tempDir, upload, type RunningServer } from './helpers.ts';

let data: { dir: string; cleanup: () => Promise<void> };
let server: RunningServer;
let token: string;

beforeAll(async () => {
  data = await tempDir('kg-gql-');
  const r = await runCli(['ingest', SEEDS, '--data', data.dir]);
  expect(r.code).toBe(0);
  token = await createToken(data.dir, 'editor');
  server = await startServer(data.dir);
}, 180_000);

afterAll(async () => {
  if (server) expect(await server.stop()).toBe(0); // graceful shutdown on SIGTERM
  await data?.cleanup();
});

describe('GraphQL API', () => {
  it('lists documents with their measures in document order', async () => {
    const r = await gql<{ documents: { id: string; file: string; title: string; jurisdiction: string; measures: { number: string }[] }[] }>(
      server.url,
      '{ documents { id file title jurisdiction measures { number } } }',
    );
    expect(r.errors).toBeUndefined();
    const docs = r.data!.documents;
    expect(docs).toHaveLength(5);
    const d003 = docs.find((d) => d.file.startsWith('003_'))!;
    expect(d003.jurisdiction).toBe('滨海高新区');
    const nums = d003.measures.map((m) => m.number);
    expect(nums.slice(0, 3)).toEqual(['1', '2', '3']);
    expect(nums.indexOf('36-1')).toBe(nums.indexOf('36-2') - 1);
  });

  it('gives a measure its departments with roles and evidence', async () => {
    const r = await gql<{ node: { number: string; departments: { role: string; department: { name: string; jurisdiction: string }; edge: { evidence: { text: string; section: string | null; document: { file: string } }[] } }[] } }>(
      server.url,
      `query($id: ID!) { node(id: $id) { ... on Measure { number departments { role department { name jurisdiction } edge { evidence { text section document { file } } } } } } }`,
      { id: 'measure:003_87e0e3da8a4aaa7d:3' },
    );
    expect(r.errors).toBeUndefined();
    const m = r.data!.node;
    expect(m.number).toBe('3');
    expect(m.departments.map((d) => [d.role, d.department.name])).toEqual([
      ['lead', '科技创新局'],
      ['support', '经发局'],
      ...m.departments.filter((d) => d.role === 'city').map((d) => ['city', d.department.name]),
    ]);
    const ev = m.departments[0]!.edge.evidence[0]!;
    expect(ev.text).toContain('牵头部门');
    expect(ev.document.file).toBe('003_87e0e3da8a4aaa7d.txt');
  });

  it('searches Chinese substrings and gives a department its measures', async () => {
    const r = await gql<{ search: { id: string; label: string; name: string; jurisdiction?: string; measures?: { role: string; measure: { id: string } }[] }[] }>(
      server.url,
      '{ search(text: "科技局", labels: [Department]) { id label name ... on Department { jurisdiction measures { role measure { id } } } } }',
    );
    expect(r.errors).toBeUndefined();
    const hits = r.data!.search;
    expect(hits.length).toBeGreaterThanOrEqual(3);
    expect(hits[0]!.name).toBe('科技局'); // exact match ranks first
    const jn = hits.find((h) => h.jurisdiction === '津南区' && h.name === '区科技局')!;
    expect(jn.measures!.length).toBeGreaterThanOrEqual(19);
    const sub = await gql<{ search: { name: string }[] }>(server.url, '{ search(text: "招商") { name } }');
    expect(sub.data!.search.some((n) => n.name.includes('招商局'))).toBe(true);
  });

  it('returns a neighbourhood subgraph', async () => {
    const r = await gql<{ neighborhood: { nodes: { id: string; label: string }[]; edges: { type: string; source: { id: string } }[]; truncated: boolean } }>(
      server.url,
      '{ neighborhood(ids: ["doc:004_fdc6922baeda3b1e"], depth: 2, types: [CONTAINS, RESPONSIBLE_FOR]) { nodes { id label } edges { type source { id } } truncated } }',
    );
    expect(r.errors).toBeUndefined();
    const labels = new Set(r.data!.neighborhood.nodes.map((n) => n.label));
    expect(labels).toEqual(new Set(['Document', 'Measure', 'Department']));
    expect(r.data!.neighborhood.edges.filter((e) => e.type === 'CONTAINS')).toHaveLength(21);
  });

  it('answers unknown ids with NOT_FOUND and bad arguments with BAD_USER_INPUT', async () => {
    const a = await gql(server.url, '{ node(id: "nope") { id } }');
    expect(a.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const b = await gql(server.url, '{ search(text: "局", first: 500) { id } }');
    expect(b.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT'); // first is capped at 200
    const huge = await gql(server.url, '{ search(text: "局", first: 100000) { id } }');
    expect(huge.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT'); // refused before it runs
    expect(huge.data).toBeUndefined();
    const c = await gql(server.url, '{ neighborhood(ids: ["doc:004_fdc6922baeda3b1e"], depth: 50) { truncated } }');
    expect(c.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const d = await gql(server.url, '{ nosuchfield }');
    expect(d.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // GraphQL over HTTP: application/json answers 200 with the errors; graphql-response+json answers 400.
    expect(d.status).toBe(200);
    const RESPONSE_JSON = { accept: 'application/graphql-response+json' };
    expect((await gql(server.url, '{ nosuchfield }', {}, RESPONSE_JSON)).status).toBe(400);
    // Syntax errors (here a Chinese operation name, an easy slip) are the client's fault: never 500.
    for (const bad of ['query 飞腾 { stats { nodes } }', '{ stats { nodes }']) {
      const e = await gql(server.url, bad);
      expect(e.status).toBe(200);
      expect(e.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      const f = await gql(server.url, bad, {}, RESPONSE_JSON);
      expect(f.status).toBe(400);
      expect(f.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    }
  });

  it('refuses a 20-deep query and a 1,000-alias query with QUERY_TOO_COMPLEX', async () => {
    let inner = 'id';
    for (let i = 0; i < 20; i++) inner = `edges { source { ${inner} } }`;
    const deep = await gql(server.url, `{ node(id: "doc:004_fdc6922baeda3b1e") { ${inner} } }`);
    expect(deep.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: stats { nodes }`).join(' ');
    const bomb = await gql(server.url, `{ ${aliases} }`);
    expect(bomb.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // and keeps answering
    const ok = await gql<{ stats: { nodes: number } }>(server.url, '{ stats { nodes } }');
    expect(ok.data!.stats.nodes).toBeGreaterThan(100);
  });

  it('HTTP hygiene: CSRF prevention, malformed JSON, oversized bodies, health', async () => {
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ stats { nodes } }')}`);
    expect(get.status).toBe(400); // no apollo-require-preflight header
    const bad = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(bad.status).toBe(400);
    const big = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { nodes } }', pad: 'x'.repeat(2_000_000) }) });
    expect(big.status).toBe(413);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', responseCache: { enabled: true } });
  });

  it('serves the client at /', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('<div id="root">');
    // no CDN: every script and stylesheet is served from this origin
    const refs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^(\/(?!\/)|data:)/);
  });

  it('ingests an uploaded document without a restart, and refuses what it cannot read', async () => {
    const before = await gql<{ stats: { nodes: number; edges: number } }>(server.url, '{ stats { nodes edges } }');
    const text = [
      '某区支持科技创新若干措施',
      '一、主要任务',
      '1.支持企业研发投入。鼓励企业加大研发投入。（牵头单位：区科技局；配合单位：区财政局）',
      '2.建设创新平台。支持建设一批重点实验室。（牵头单位：区发展改革委）',
    ].join('\n');
    const up = await upload(server.url, 'upload-test.txt', text, token);
    expect(up.status).toBe(200);
    const body = (await up.json()) as { documentId: string; nodes: number };
    expect(body.documentId).toBe('doc:upload-test');
    const m = await gql<{ node: { measures: { number: string; departments: { role: string; department: { name: string } }[] }[] } }>(
      server.url,
      '{ node(id: "doc:upload-test") { ... on Document { measures { number departments { role department { name } } } } } }',
    );
    expect(m.errors).toBeUndefined();
    expect(m.data!.node.measures.map((x) => x.number)).toEqual(['1', '2']);
    expect(m.data!.node.measures[0]!.departments.map((d) => [d.role, d.department.name])).toEqual([
      ['lead', '区科技局'],
      ['support', '区财政局'],
    ]);
    const mid = await gql<{ stats: { nodes: number; edges: number } }>(server.url, '{ stats { nodes edges } }');
    const junk = await upload(server.url, 'junk.txt', new Uint8Array([0, 0xff, 0xfe, 0, 0x81, 0, 0, 0x9f]), token);
    expect(junk.status).toBe(422);
    expect(((await junk.json()) as { error: { message: string } }).error.message).toContain('junk.txt');
    const exe = await upload(server.url, 'tool.exe', 'MZ', token);
    expect(exe.status).toBe(415);
    const noname = await upload(server.url, '', 'x', token);
    expect(noname.status).toBe(400);
    const after = await gql<{ stats: { nodes: number; edges: number } }>(server.url, '{ stats { nodes edges } }');
    expect(after.data).toEqual(mid.data); // refused uploads change nothing
    expect(mid.data!.stats.nodes).toBeGreaterThan(before.data!.stats.nodes);
  });
});

describe('contract root fields answer the questions users ask, on the seeds', () => {
  it('parksForIndustry: the parks hosting 细胞和基因治疗, found through its alias, with evidence from 002', async () => {
    const found = await gql<{ search: { id: string; name: string; aliases: string[] }[] }>(server.url, '{ search(text: "细胞和基因治疗", labels: [Industry], first: 1) { id name aliases } }');
    const ind = found.data!.search[0]!;
    expect(ind.aliases).toContain('细胞和基因治疗');
    const r = await gql<{ parksForIndustry: { name: string }[]; parksForIndustryDetailed: { park: { name: string }; via: { type: string; evidence: { text: string; document: { file: string } }[] }[] }[] }>(
      server.url,
      'query($id: ID!) { parksForIndustry(id: $id) { name } parksForIndustryDetailed(id: $id) { park { name } via { type evidence { text document { file } } } } }',
      { id: ind.id },
    );
    expect(r.errors).toBeUndefined();
    const names = r.data!.parksForIndustry.map((p) => p.name);
    // 002 section 三: 细胞和基因治疗 has 京津冀特色细胞谷 as its 产业依托.
    expect(names).toContain('京津冀特色细胞谷');
    const cellValley = r.data!.parksForIndustryDetailed.find((p) => p.park.name === '京津冀特色细胞谷')!;
    expect(cellValley.via.every((e) => e.type === 'HOSTS')).toBe(true);
    expect(cellValley.via.some((e) => e.evidence.some((ev) => ev.document.file.startsWith('002_') && ev.text.includes('细胞谷')))).toBe(true);
  });

  it('relatedEnterprises: 飞腾 is related to 麒麟软件 and 中科曙光, each with Chinese reasons and the edges behind them', async () => {
    const r = await gql<{ relatedEnterprises: { enterprise: { name: string; aliases: string[] }; score: number; reasons: string[]; via: { type: string; evidence: { text: string }[] }[] }[] }>(
      server.url,
      '{ relatedEnterprises(id: "enterprise:飞腾", first: 10) { enterprise { name aliases } score reasons via { type evidence { text } } } }',
    );
    expect(r.errors).toBeUndefined();
    const list = r.data!.relatedEnterprises;
    const scores = list.map((x) => x.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a)); // ranked
    for (const want of ['麒麟', '中科曙光']) {
      const hit = list.find((x) => x.enterprise.name.includes(want) || x.enterprise.aliases.includes(want));
      expect(hit, `${want} among 飞腾's related enterprises`).toBeDefined();
      expect(hit!.reasons.length).toBeGreaterThan(0);
      expect(hit!.reasons.every((t) => /[\u4e00-\u9fff]/.test(t))).toBe(true);
      expect(hit!.via.length).toBeGreaterThan(0);
      expect(hit!.via.every((e) => e.evidence.length > 0)).toBe(true);
    }
    // 麒麟 shares the 海洋片区 with 飞腾 (001 section 六): the reason says so.
    const kylin = list.find((x) => x.enterprise.name.includes('麒麟'))!;
    expect(kylin.reasons.some((t) => t.includes('海洋片区'))).toBe(true);
  });

  it('shortestPaths: 飞腾 → 海洋片区, every step with its evidence sentence', async () => {
    const r = await gql<{ shortestPaths: { nodes: { id: string; name: string }[]; edges: { type: string; source: { id: string }; target: { id: string }; evidence: { text: string; start: number; end: number }[] }[] }[] }>(
      server.url,
      '{ shortestPaths(from: "enterprise:飞腾", to: "park:海洋片区", maxLength: 4, first: 3) { nodes { id name } edges { type source { id } target { id } evidence { text start end } } } }',
    );
    expect(r.errors).toBeUndefined();
    const paths = r.data!.shortestPaths;
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p.nodes[0]!.name).toBe('飞腾');
      expect(p.nodes[p.nodes.length - 1]!.name).toBe('海洋片区');
      expect(p.edges).toHaveLength(p.nodes.length - 1);
      p.edges.forEach((e, i) => {
        // each edge joins consecutive nodes (in either direction) and quotes its sentence
        expect([e.source.id, e.target.id].sort()).toEqual([p.nodes[i]!.id, p.nodes[i + 1]!.id].sort());
        expect(e.evidence[0]!.end).toBeGreaterThan(e.evidence[0]!.start);
      });
    }
    // The shortest is the direct LOCATED_IN from 001 section 六 (南动能 in 海洋片区), quoting 飞腾.
    expect(paths[0]!.edges).toHaveLength(1);
    expect(paths[0]!.edges[0]!.type).toBe('LOCATED_IN');
    expect(paths[0]!.edges[0]!.evidence[0]!.text).toContain('飞腾');
  });

  it('industryChain: 信创 segments in chain order, with at least one gap, and NOT_FOUND for an unknown id', async () => {
    const r = await gql<{ industryChain: { segments: { industry: { name: string }; position: number; gap: boolean }[]; gaps: { name: string }[] } }>(
      server.url,
      '{ industryChain(id: "industry:信创") { segments { industry { name } position gap } gaps { name } } }',
    );
    expect(r.errors).toBeUndefined();
    const segs = r.data!.industryChain.segments;
    expect(segs.length).toBeGreaterThan(1);
    const pos = segs.map((x) => x.position);
    expect(pos).toEqual([...pos].sort((a, b) => a - b));
    expect(r.data!.industryChain.gaps.map((g) => g.name).sort()).toEqual(segs.filter((x) => x.gap).map((x) => x.industry.name).sort());
    const missing = await gql(server.url, '{ industryChain(id: "industry:不存在") { gaps { name } } }');
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    // A node of the wrong label is the caller's mistake, not a missing node.
    for (const q of ['{ industryChain(id: "enterprise:飞腾") { gaps { name } } }', '{ relatedEnterprises(id: "industry:信创") { score } }']) {
      const wrong = await gql(server.url, q);
      expect(wrong.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(wrong.errors![0]!.message).toMatch(/不是(产业|企业)节点/);
    }
  });

  it('industryChain: 信创 drawn against its template — the 311 system in stage order (基础硬件 → 软件系统 → 信创+服务), cross-cutting last, 补链 gaps marked', async () => {
    const r = await gql<{ industryChain: { template: string | null; minConfidence: number; stages: { order: number; position: string; name: string; segments: { name: string; gap: boolean; industries: { name: string }[] }[] }[] } }>(
      server.url,
      '{ industryChain(id: "industry:信创") { template minConfidence stages { order position name segments { name gap industries { name } } } } }',
    );
    expect(r.errors).toBeUndefined();
    const c = r.data!.industryChain;
    expect(c.template).toBe('信创');
    expect(c.minConfidence).toBe(0.5);
    expect(c.stages.map((s) => s.name)).toEqual(['基础硬件', '软件系统', '信创+服务', '横向环节']);
    expect(c.stages.map((s) => s.position)).toEqual(['上游', '中游', '下游', '横向']);
    const hw = c.stages[0]!.segments.find((s) => s.name === '核心芯片')!;
    expect(hw.industries.length).toBeGreaterThan(0);
    expect(hw.gap).toBe(false);
    // every stage lists the template's segments, those the documents never fill marked as gaps
    expect(c.stages.flatMap((s) => s.segments).some((s) => s.gap)).toBe(true);
  });

  it('every inferred edge carries basis and confidence; relatedEnterprises reasons quote their sentence; minConfidence 0 lets weak edges in', async () => {
    const e = await gql<{ node: { edges: { type: string; basis: string | null; basisLabel: string | null; confidence: number; weak: boolean; evidence: { basis: string | null; confidence: number | null }[] }[] } }>(
      server.url,
      '{ node(id: "enterprise:飞腾") { edges(first: 100) { type basis basisLabel confidence weak evidence { basis confidence } } } }',
    );
    expect(e.errors).toBeUndefined();
    const inferred = e.data!.node.edges.filter((x) => ['IN_INDUSTRY', 'INNOVATES_FOR', 'LOCATED_IN', 'MENTIONS', 'LEADS'].includes(x.type));
    expect(inferred.length).toBeGreaterThan(0);
    for (const x of inferred) {
      expect(['stated', 'planned', 'encouraged', 'listed', 'lexicon', 'registry', 'curated']).toContain(x.basis);
      expect(x.basisLabel).toMatch(/明确陈述|规划|鼓励|并列提及|词表|名录|人工确认/);
      expect(x.confidence).toBeGreaterThan(0);
      expect(x.weak).toBe(x.confidence < 0.5);
      expect(x.evidence.every((ev) => ev.basis !== null && ev.confidence !== null)).toBe(true);
    }
    const q = (min: number) =>
      gql<{ relatedEnterprises: { enterprise: { name: string }; details: { kind: string; text: string; weight: number; sentence: { text: string }; edges: { confidence: number }[] }[] }[] }>(
        server.url,
        `{ relatedEnterprises(id: "enterprise:飞腾", first: 20, minConfidence: ${min}) { enterprise { name } details { kind text weight sentence { text } edges { confidence } } } }`,
      );
    const strong = await q(0.5);
    expect(strong.errors).toBeUndefined();
    for (const r of strong.data!.relatedEnterprises) {
      expect(r.details.length).toBeGreaterThan(0);
      for (const d of r.details) {
        expect(d.sentence.text.length).toBeGreaterThan(0);
        expect(d.edges.every((x) => x.confidence >= 0.5)).toBe(true);
      }
    }
    const all = await q(0);
    expect(all.errors).toBeUndefined();
    expect(all.data!.relatedEnterprises.flatMap((r) => r.details).length).toBeGreaterThanOrEqual(strong.data!.relatedEnterprises.flatMap((r) => r.details).length);
    const bad = await gql(server.url, '{ industryChain(id: "industry:信创", minConfidence: 2) { template } }');
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('departmentWorkload: lead and support counts per department of one jurisdiction', async () => {
    const r = await gql<{ departmentWorkload: { department: { name: string; jurisdiction: string }; lead: number; support: number; responsible: number; total: number }[] }>(
      server.url,
      '{ departmentWorkload(jurisdiction: "滨海高新区") { department { name jurisdiction } lead support responsible total } }',
    );
    expect(r.errors).toBeUndefined();
    const rows = r.data!.departmentWorkload;
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((x) => x.department.jurisdiction === '滨海高新区')).toBe(true);
    for (const x of rows) expect(x.total).toBeGreaterThanOrEqual(x.lead + x.support);
    const totals = rows.map((x) => x.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });
});

describe('no N+1: store calls per request are bounded by the query shape, not the data', () => {
  async function calls(query: string): Promise<number> {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { errors?: unknown };
    expect(body.errors).toBeUndefined();
    return Number(res.headers.get('x-store-calls'));
  }
  it('documents → measures → departments → evidence documents', async () => {
    // Nested lists say how much they want (the cost model multiplies list sizes down the query).
    const n = await calls('{ documents(first: 10) { id measures(first: 100) { id departments(first: 20) { role department { name } edge { evidence(first: 10) { document { name } } } } } } }');
    // documents(1) + CONTAINS edges(1) + measure nodes(1) + RESPONSIBLE_FOR edges(1) + department nodes(1) + evidence documents(≤1),
    // and a count before each batched read of several nodes' edges (≤2; fix33: the loader reads a big batch in calls of ~2,000 edges)
    expect(n).toBeLessThanOrEqual(8);
    const search = await calls('{ search(text: "局") { id ... on Department { measures { measure { number document { title } } } } } }');
    expect(search).toBeLessThanOrEqual(5);
    const nb = await calls('{ neighborhood(ids: ["doc:004_fdc6922baeda3b1e"], depth: 2) { nodes { id name } edges { id source { id } target { id } evidence { document { name } } } } }');
    expect(nb).toBeLessThanOrEqual(3);
  });
});
