// The API under abuse and under concurrent writes, over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, gql, runCli, SEEDS, startServer, tempDir, upload, type RunningServer } from '../integration/helpers.ts';
import path from 'node:path';

let data: { dir: string; cleanup: () => Promise<void> };
let server: RunningServer;
let token: string;
// graphql-response+json: a refused request answers 4xx (with application/json it would be 200).
const H = { accept: 'application/graphql-response+json' };

beforeAll(async () => {
  data = await tempDir('kg-abuse-');
  const r = await runCli(['ingest', path.join(SEEDS, '004_fdc6922baeda3b1e.txt'), path.join(SEEDS, '000_3f4638d7d7188070.txt'), '--data', data.dir]);
  expect(r.code).toBe(0);
  token = await createToken(data.dir, 'editor');
  server = await startServer(data.dir);
}, 180_000);
afterAll(async () => {
  await server?.stop();
  await data?.cleanup();
});

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function normalLoad(n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = await gql<{ search: { id: string }[] }>(server.url, '{ search(text: "科技局") { id name } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.search.length).toBeGreaterThan(0);
    times.push(performance.now() - t0);
  }
  return times;
}

describe('API abuse', () => {
  it('refuses abusive requests with codes and keeps answering others', async () => {
    const baseline = await normalLoad(40);
    let deep = 'id';
    for (let i = 0; i < 30; i++) deep = `edges { source { ${deep} } }`;
    const wide = Array.from({ length: 400 }, (_, i) => `f${i}: name`).join(' ');
    const attacks: (() => Promise<{ status: number; code?: string }>)[] = [
      async () => { const r = await gql(server.url, `{ node(id: "doc:004_fdc6922baeda3b1e") { ${deep} } }`, {}, H); return { status: r.status, code: r.errors?.[0]?.extensions?.code }; },
      async () => { const r = await gql(server.url, `{ node(id: "doc:004_fdc6922baeda3b1e") { ${wide} } }`, {}, H); return { status: r.status, code: r.errors?.[0]?.extensions?.code }; },
      async () => { const r = await gql(server.url, `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: stats { nodes }`).join(' ')} }`, {}, H); return { status: r.status, code: r.errors?.[0]?.extensions?.code }; },
      async () => { const r = await gql(server.url, '{ search(text: "局", first: 1000000) { id } }', {}, H); return { status: r.status, code: r.errors?.[0]?.extensions?.code }; },
      async () => { const r = await gql(server.url, '{ neighborhood(ids: ["doc:004_fdc6922baeda3b1e"], depth: 4, limit: 100000) { truncated } }', {}, H); return { status: r.status, code: r.errors?.[0]?.extensions?.code }; },
      async () => { const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ stats {' }); return { status: res.status }; },
      async () => { const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ stats { nodes } }' }); return { status: res.status }; },
      async () => { const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { nodes } }', x: 'y'.repeat(3_000_000) }) }); return { status: res.status }; },
      async () => { const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ stats { nodes } }' }, { query: '{ stats { edges } }' }]) }); return { status: res.status }; },
    ];
    const attackResults: { status: number; code?: string }[] = [];
    const attacking = (async () => {
      for (let round = 0; round < 5; round++) for (const a of attacks) attackResults.push(await a());
    })();
    const during = await normalLoad(40);
    await attacking;
    for (const r of attackResults) expect(r.status, JSON.stringify(r)).toBeGreaterThanOrEqual(400);
    for (const r of attackResults) expect(r.status, JSON.stringify(r)).toBeLessThan(500);
    const codes = new Set(attackResults.map((r) => r.code).filter(Boolean));
    expect(codes).toEqual(new Set(['QUERY_TOO_COMPLEX', 'BAD_USER_INPUT']));
    // Figures, not assertions: timing on a shared machine is noisy.
    console.log(`search p99 before attack ${pct(baseline, 99).toFixed(1)} ms, during ${pct(during, 99).toFixed(1)} ms (${attackResults.length} abusive requests)`);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  }, 120_000);
});

describe('queries during an ingest', () => {
  it('see the graph before or after a document is ingested, never half', async () => {
    const stats = async () => (await gql<{ stats: { nodes: number; edges: number } }>(server.url, '{ stats { nodes edges } }')).data!.stats;
    const before = await stats();
    const lines = ['并发测试文件', '一、主要任务'];
    for (let i = 1; i <= 300; i++) lines.push(`${i}.支持第${i}项工作。（牵头单位：区科技局；配合单位：区财政局、区商务局）`);
    const uploading = upload(server.url, 'concurrent.txt', lines.join('\n'), token);
    const seen: { nodes: number; edges: number }[] = [];
    let done = false;
    void uploading.finally(() => (done = true));
    while (!done) seen.push(await stats());
    expect((await uploading).status).toBe(200);
    const after = await stats();
    expect(after.nodes).toBeGreaterThan(before.nodes);
    for (const s of seen) expect([JSON.stringify(before), JSON.stringify(after)]).toContain(JSON.stringify(s));
    console.log(`${seen.length} queries answered during the ingest, each before or after`);
  }, 120_000);
});
