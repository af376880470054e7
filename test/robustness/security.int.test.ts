// Safe to expose (issue 10), against a real `kg serve` on the seeds: hostile queries and hostile
// files (all generated here) each get a coded refusal or a bounded answer while /healthz keeps
// answering within 1 s; writes are closed without credentials (issue 13's sign-in and roles);
// the HTTP hygiene items; and the graphql-http audit with its MUST results asserted.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, gql, runCli, ROOT, SEEDS, startServer, tempDir, upload, type RunningServer } from '../integration/helpers.ts';
import { bigPartDocx, lyingDirectoryDocx, twentyMbDocx } from './hostile.ts';

let data: { dir: string; cleanup: () => Promise<void> };
let server: RunningServer;
const tokens: Record<'viewer' | 'editor' | 'admin', string> = { viewer: '', editor: '', admin: '' };
const STRICT = { accept: 'application/graphql-response+json' };

beforeAll(async () => {
  data = await tempDir('kg-sec-');
  expect((await runCli(['ingest', SEEDS, '--data', data.dir])).code).toBe(0);
  for (const role of ['viewer', 'editor', 'admin'] as const) tokens[role] = await createToken(data.dir, role);
  server = await startServer(data.dir);
}, 240_000);

afterAll(async () => {
  await server?.stop();
  await data?.cleanup();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `work` while polling /healthz; every poll must answer 200, each within 1 s — or, on a machine
 * so loaded that even an idle /healthz is slow, within 10× the worst idle poll measured just before
 * (a ratio within one run, not a wall-clock promise: a blocked event loop, the failure this guards
 * against, stalls /healthz for the whole of the work, seconds at least). A poll over that bound fails
 * only when it also covers at least half of the work's own duration: one GC pause or CPU queueing on a
 * loaded machine is short against the work, a blocked loop is as long as the work.
 */
async function whileHealthy<T>(work: () => Promise<T>): Promise<{ result: T; worstMs: number; polls: number }> {
  const idle: number[] = [];
  for (let i = 0; i < 8; i++) {
    const t0 = performance.now();
    await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5000) });
    idle.push(performance.now() - t0);
    await sleep(10);
  }
  const bound = Math.max(1000, 10 * Math.max(...idle));
  let done = false;
  const times: number[] = [];
  const poll = (async () => {
    while (!done) {
      const t0 = performance.now();
      const r = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(15000) });
      times.push(performance.now() - t0);
      expect(r.status).toBe(200);
      await sleep(25);
    }
  })();
  let result: T;
  const w0 = performance.now();
  try {
    result = await work();
  } finally {
    done = true;
  }
  const workMs = performance.now() - w0;
  await poll;
  const worstMs = Math.max(...times);
  expect(times.length).toBeGreaterThan(0);
  const limit = Math.max(bound, workMs / 2);
  console.log(`/healthz during the work: worst ${worstMs.toFixed(0)} ms over ${times.length} polls (idle worst ${Math.max(...idle).toFixed(0)} ms, bound ${bound.toFixed(0)} ms, work ${workMs.toFixed(0)} ms)`);
  expect(worstMs, `/healthz took ${worstMs.toFixed(0)} ms during ${workMs.toFixed(0)} ms of work`).toBeLessThan(limit);
  return { result, worstMs, polls: times.length };
}

/** A request with full control over headers (fetch forbids setting Host). */
function raw(method: string, p: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const u = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, method, path: p, headers }, (res) => {
      let b = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (b += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: b }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const errCode = async (res: Response) => ((await res.json()) as { error?: { code?: string } }).error?.code;

describe('hostile queries: refused before they run, or bounded', () => {
  it('the 190-byte 5-hop query of issue 10 is QUERY_TOO_COMPLEX; with first: 5 per hop it is answered', async () => {
    const q = '{ node(id:"industry:信创") { edges { source { edges { source { edges { source { edges { source { edges { source { id } } } } } } } } } } } }';
    const { result } = await whileHealthy(() => gql(server.url, q, {}, STRICT));
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const bounded = await gql<{ node: { edges: unknown[] } }>(server.url, q.replace(/edges \{/g, 'edges(first: 5) {'));
    expect(bounded.errors).toBeUndefined();
    expect(bounded.data!.node.edges.length).toBeLessThanOrEqual(5);
  });

  it('the 146 MB neighbourhood query now answers a bounded response without the documents\' text', async () => {
    const q = '{ neighborhood(ids: ["industry:信创"], depth: 4, limit: 5000) { edges { evidence { document { properties } } } } }';
    const { result } = await whileHealthy(async () => {
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
      return { status: res.status, text: await res.text() };
    });
    expect(result.status).toBe(200);
    console.log(`neighbourhood depth 4 with evidence documents: ${(result.text.length / 1048576).toFixed(2)} MB (was 146 MB)`);
    expect(result.text.length).toBeLessThan(10 * 1024 * 1024);
    const body = JSON.parse(result.text) as { data: { neighborhood: { edges: { evidence: { document: { properties: Record<string, unknown> } }[] }[] } } };
    const props = body.data.neighborhood.edges.flatMap((e) => e.evidence.map((ev) => ev.document.properties));
    expect(props.length).toBeGreaterThan(100);
    expect(props.every((p) => !('text' in p))).toBe(true);
  });

  it('the text is read in pages from Document.content, with the offsets evidence uses', async () => {
    const r = await gql<{ node: { content: { text: string; offset: number; totalLength: number; hasMore: boolean } } }>(
      server.url,
      '{ node(id: "doc:001_92afca926d264bc3") { ... on Document { content(offset: 100, length: 50) { text offset totalLength hasMore } } } }',
    );
    expect(r.data!.node.content).toMatchObject({ offset: 100, hasMore: true });
    expect(r.data!.node.content.text).toHaveLength(50);
    expect(r.data!.node.content.totalLength).toBeGreaterThan(30_000);
    const big = await gql(server.url, '{ node(id: "doc:001_92afca926d264bc3") { ... on Document { content(length: 5000000) { text } } } }', {}, STRICT);
    expect(big.status).toBe(400);
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('aliases, depth and first above its maximum are refused with codes; /healthz never waits', async () => {
    await whileHealthy(async () => {
      const heavy = 'neighborhood(ids: ["industry:信创"], depth: 4, limit: 5000) { edges(first: 20000) { evidence(first: 500) { document { properties } } } }';
      const bomb = await gql(server.url, `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: ${heavy}`).join(' ')} }`, {}, STRICT);
      expect(bomb.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      const first = await gql(server.url, '{ node(id: "park:滨海高新区") { edges(first: 100000) { id } } }', {}, STRICT);
      expect(first.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(first.status).toBe(400);
    });
  });
});

describe('hostile documents: refused quickly, in the ingest worker, while the server answers', () => {
  for (const [name, make] of [
    ['a 0.5 MB docx whose document.xml inflates to 120 MB', bigPartDocx],
    ['a 80 KB docx with 20 MB of XML', twentyMbDocx],
    ['a docx whose directory lists 150 parts of 15 MB, declared as 1 KB each', lyingDirectoryDocx],
  ] as const) {
    it(`${name} is TOO_LARGE`, async () => {
      const bytes = make();
      const before = await gql<{ stats: { nodes: number; edges: number } }>(server.url, '{ stats { nodes edges } }');
      const t0 = performance.now();
      const { result } = await whileHealthy(async () => {
        const res = await upload(server.url, 'hostile.docx', new Uint8Array(bytes), tokens.editor);
        return { status: res.status, body: (await res.json()) as { error: { code: string; message: string } } };
      });
      console.log(`${name}: ${bytes.length} bytes refused in ${(performance.now() - t0).toFixed(0)} ms`);
      expect(result.status).toBe(413);
      expect(result.body.error.code).toBe('TOO_LARGE');
      expect(result.body.error.message).toContain('hostile.docx');
      expect((await gql(server.url, '{ stats { nodes edges } }')).data).toEqual(before.data);
    }, 60_000);
  }

  it('a 1.5 MB text upload is ingested off the event loop: /healthz answers within 1 s throughout', async () => {
    const seed = await readFile(path.join(SEEDS, '001_92afca926d264bc3.txt'), 'utf8');
    const text = Array.from({ length: 12 }, () => seed).join('\n');
    const t0 = performance.now();
    const { result, worstMs, polls } = await whileHealthy(async () => {
      const res = await upload(server.url, 'long-plan.txt', text, tokens.editor);
      return { status: res.status, body: (await res.json()) as { documentId: string } };
    });
    console.log(`${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB upload: ${(performance.now() - t0).toFixed(0)} ms; /healthz worst ${worstMs.toFixed(0)} ms over ${polls} polls`);
    expect(result.status).toBe(200);
    expect(result.body.documentId).toBe('doc:long-plan');
  }, 180_000);
});

describe('closed by default', () => {
  it('listens on loopback only', async () => {
    expect(server.output()).toMatch(/listening on http:\/\/localhost:/);
    const port = new URL(server.url).port;
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal);
    if (!external) return; // no non-loopback interface on this machine: nothing to reach
    await expect(fetch(`http://${external.address}:${port}/healthz`, { signal: AbortSignal.timeout(3000) })).rejects.toThrow();
  });

  it('refuses a Host it does not know (DNS rebinding), accepts loopback and IP literals', async () => {
    const evil = await raw('GET', '/graphql?query=%7Bstats%7Bnodes%7D%7D', { host: 'evil.example:4000', 'apollo-require-preflight': '1' });
    expect(evil.status).toBe(403);
    expect(JSON.parse(evil.body).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await raw('GET', '/healthz', { host: 'evil.example' })).status).toBe(403);
    expect((await raw('GET', '/healthz', { host: 'localhost:1234' })).status).toBe(200);
    expect((await raw('GET', '/healthz', { host: '127.0.0.1' })).status).toBe(200);
  });

  it('writes need credentials and the role: 401 anonymous, 403 viewer, 200 editor', async () => {
    const text = '某区措施\n1.支持企业研发。（牵头单位：区科技局）\n';
    const anon = await upload(server.url, 'anon.txt', text, null);
    expect(anon.status).toBe(401);
    expect(anon.headers.get('www-authenticate')).toMatch(/Bearer/);
    expect(await errCode(anon)).toBe('UNAUTHENTICATED');
    const bad = await upload(server.url, 'anon.txt', text, 'kg_000000000000_not-a-real-token-at-all');
    expect(bad.status).toBe(401);
    const viewer = await upload(server.url, 'viewer.txt', text, tokens.viewer);
    expect(viewer.status).toBe(403);
    expect(await errCode(viewer)).toBe('FORBIDDEN');
    const editor = await upload(server.url, 'editor.txt', text, tokens.editor);
    expect(editor.status).toBe(200);
    const remove = (token: string | null, id: string) =>
      fetch(`${server.url}/api/documents/${encodeURIComponent(id)}`, { method: 'DELETE', headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await remove(null, 'doc:editor')).status).toBe(401);
    expect((await remove(tokens.editor, 'doc:editor')).status).toBe(403);
    expect((await remove(tokens.admin, 'doc:editor')).status).toBe(200);
    expect((await remove(tokens.admin, 'doc:editor')).status).toBe(404);
    const me = await gql<{ me: { name: string; role: string } | null }>(server.url, '{ me { name role } }', {}, { authorization: `Bearer ${tokens.editor}` });
    expect(me.data!.me).toEqual({ name: 'test-editor', role: 'editor' });
    expect((await gql<{ me: null }>(server.url, '{ me { name } }')).data!.me).toBeNull();
  });

  it('refuses what a foreign page could send: a simple text/plain POST, a foreign Origin', async () => {
    const text = '某区措施\n1.支持企业研发。（牵头单位：区科技局）\n';
    // Even with valid credentials (a script's token), a no-cors-able request is not a write.
    const simple = await fetch(`${server.url}/api/documents?filename=simple.txt`, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${tokens.editor}` }, body: text });
    expect(simple.status).toBe(403);
    const foreign = await upload(server.url, 'foreign.txt', text, tokens.editor, { headers: { origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    const ours = await upload(server.url, 'ours.txt', text, tokens.editor, { headers: { origin: server.url.replace('127.0.0.1', 'localhost').replace('localhost', new URL(server.url).hostname) } });
    expect(ours.status).toBe(200);
  });

  it('registry imports (POST /api/registries, DELETE /api/registries/<source>) follow the same rules', async () => {
    const csv = '企业名称,主营产品\n北京东方通科技股份有限公司,中间件\n';
    const post = (token: string | null, headers: Record<string, string> = {}, contentType = 'application/octet-stream') =>
      fetch(`${server.url}/api/registries?filename=r.csv&source=sec-test`, { method: 'POST', headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers }, body: csv });
    expect((await post(null)).status).toBe(401);
    expect((await post(tokens.viewer)).status).toBe(403);
    expect((await post(tokens.editor, {}, 'text/plain')).status).toBe(403); // a simple request is not a write
    expect((await post(tokens.editor, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await post(tokens.editor)).status).toBe(200);
    const del = (token: string | null) => fetch(`${server.url}/api/registries/sec-test`, { method: 'DELETE', headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await del(null)).status).toBe(401);
    expect((await del(tokens.editor)).status).toBe(403);
    expect((await del(tokens.admin)).status).toBe(200);
    const get = await raw('GET', '/api/registries');
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
  });

  it('signs in with a session cookie (HttpOnly, SameSite=Strict); cookie writes need our Origin', async () => {
    const output = server.output();
    expect(output).not.toMatch(/first start/); // users existed: no admin was created
    const { stdout } = await runCli(['user', 'add', 'planner', '--role', 'editor', '--data', data.dir]);
    const password = /password \(shown only once\): (\S+)/.exec(stdout)![1]!;
    const origin = new URL(server.url).origin;
    const login = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin, ...headers }, body: JSON.stringify(body) });
    expect((await login({ name: 'planner', password: 'wrong password!' })).status).toBe(401);
    expect((await login({ name: 'planner', password }, { origin: 'http://evil.example' })).status).toBe(403);
    const ok = await login({ name: 'planner', password });
    expect(ok.status).toBe(200);
    const setCookie = ok.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/kg_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict/);
    const cookie = setCookie.split(';')[0]!;
    const session = (await (await fetch(`${server.url}/api/session`, { headers: { cookie } })).json()) as { user: { name: string; role: string } };
    expect(session.user).toMatchObject({ name: 'planner', role: 'editor' });
    const text = '某区措施\n1.支持企业研发。（牵头单位：区科技局）\n';
    const noOrigin = await fetch(`${server.url}/api/documents?filename=cookie.txt`, { method: 'POST', headers: { cookie, 'content-type': 'application/octet-stream' }, body: text });
    expect(noOrigin.status).toBe(403);
    const withOrigin = await fetch(`${server.url}/api/documents?filename=cookie.txt`, { method: 'POST', headers: { cookie, origin, 'content-type': 'application/octet-stream' }, body: text });
    expect(withOrigin.status).toBe(200);
    expect((await fetch(`${server.url}/api/logout`, { method: 'POST', headers: { cookie, origin, 'content-type': 'application/json' } })).status).toBe(200);
    expect(((await (await fetch(`${server.url}/api/session`, { headers: { cookie } })).json()) as { user: unknown }).user).toBeNull();
  });

  it('replacing an existing document is explicit: CONFLICT (409) unless replace=1', async () => {
    const v1 = '某区措施\n1.支持企业研发。（牵头单位：区科技局）\n';
    const v2 = '某区措施\n1.支持企业研发。（牵头单位：区科技局）\n2.建设平台。（牵头单位：区发展改革委）\n';
    expect((await upload(server.url, 'versioned.txt', v1, tokens.editor)).status).toBe(200);
    const again = await upload(server.url, 'versioned.txt', v2, tokens.editor);
    expect(again.status).toBe(409);
    expect(await errCode(again)).toBe('CONFLICT');
    const measures = async () => (await gql<{ node: { measures: unknown[] } }>(server.url, '{ node(id: "doc:versioned") { ... on Document { measures { id } } } }')).data!.node.measures.length;
    expect(await measures()).toBe(1);
    const replaced = await upload(server.url, 'versioned.txt', v2, tokens.editor, { replace: true });
    expect(replaced.status).toBe(200);
    expect(((await replaced.json()) as { replaced: boolean }).replaced).toBe(true);
    expect(await measures()).toBe(2);
    // A seed re-uploaded without replace=1 is refused too (the attack of issue 10 item 3).
    expect((await upload(server.url, '000_3f4638d7d7188070.txt', 'x', tokens.editor)).status).toBe(409);
  });

  it('refuses file names with NUL, newlines, ANSI escapes or bidi overrides', async () => {
    for (const n of ['a\u0000.txt', 'a\nb.txt', '\u001b[2Jx.txt', 'report\u202etxt.exe']) {
      const r = await upload(server.url, n, 'x', tokens.editor);
      expect(r.status, JSON.stringify(n)).toBe(400);
      expect(await errCode(r)).toBe('BAD_USER_INPUT');
    }
  });

  it('rate-limits sign-in attempts and writes (429 with Retry-After)', async () => {
    const origin = new URL(server.url).origin;
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await fetch(`${server.url}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ name: 'nobody', password: 'guess number ' + i }) });
      statuses.push(r.status);
      if (r.status === 429) {
        expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
        break;
      }
    }
    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Writes: a burst of 30, then 429 (bad file names keep each attempt cheap).
    const writes: number[] = [];
    for (let i = 0; i < 40 && !writes.includes(429); i++) writes.push((await upload(server.url, '', 'x', tokens.admin)).status);
    expect(writes.filter((s) => s === 400).length).toBeGreaterThanOrEqual(20);
    expect(writes.at(-1)).toBe(429);
  });

  it('logs every write attempt, refused ones too, in the data directory (append-only JSON lines)', async () => {
    const lines = (await readFile(path.join(data.dir, 'writes.log'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const find = (p: Record<string, unknown>) => lines.find((l) => Object.entries(p).every(([k, v]) => l[k] === v));
    expect(find({ action: 'ingest', via: 'cli', outcome: 'ok', documentId: 'doc:000_3f4638d7d7188070' })).toBeDefined();
    expect(find({ action: 'user', via: 'cli', outcome: 'ok' })).toBeDefined();
    expect(find({ action: 'upload', actor: 'test-editor', via: 'token', outcome: 'ok', documentId: 'doc:editor' })).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), ip: expect.any(String) });
    expect(find({ action: 'upload', actor: '(anonymous)', outcome: 'refused', code: 'UNAUTHENTICATED' })).toBeDefined();
    expect(find({ action: 'upload', outcome: 'refused', code: 'CONFLICT', documentId: 'doc:versioned' })).toBeDefined();
    expect(find({ action: 'upload', outcome: 'ok', documentId: 'doc:versioned', replace: true })).toBeDefined();
    expect(find({ action: 'upload', outcome: 'refused', code: 'TOO_LARGE' }) ?? find({ action: 'upload', outcome: 'failed', code: 'TOO_LARGE' })).toBeDefined();
    expect(find({ action: 'remove', actor: 'test-admin', outcome: 'ok', documentId: 'doc:editor' })).toBeDefined();
    expect(find({ action: 'login', actor: 'planner', outcome: 'ok' })).toBeDefined();
    expect(lines.every((l) => typeof l.time === 'string')).toBe(true);
  });
});

describe('HTTP hygiene', () => {
  it('sends CSP with frame-ancestors, Referrer-Policy and nosniff on pages and API answers', async () => {
    for (const p of ['/', '/graphql?query=%7Bstats%7Bnodes%7D%7D', '/healthz']) {
      const r = await fetch(server.url + p, { headers: { 'apollo-require-preflight': '1' } });
      expect(r.headers.get('content-security-policy'), p).toMatch(/frame-ancestors 'none'/);
      expect(r.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves no source maps and nothing outside client/dist', async () => {
    const manifest = JSON.parse(await readFile(path.join(ROOT, 'client/dist/.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
    const js = Object.values(manifest).find((m) => m.file.endsWith('.js'))!.file;
    expect((await fetch(`${server.url}/${js}`)).status).toBe(200);
    expect((await fetch(`${server.url}/${js}.map`)).status).toBe(404);
    for (const p of ['/..%2fpackage.json', '/..%2f..%2fpackage.json', '/%2e%2e/server/src/cli.ts', '/..%2fdist-x/x.js']) {
      expect((await raw('GET', p)).status, p).toBe(404);
    }
  });

  it('answers malformed percent-encoding with 400, unknown methods with 405 and Allow', async () => {
    expect((await raw('GET', '/%E0%A4%A')).status).toBe(400);
    const put = await raw('PUT', '/graphql');
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe('GET, POST');
    const del = await raw('DELETE', '/');
    expect(del.status).toBe(405);
    expect(del.headers.allow).toBe('GET, HEAD');
    const get = await raw('GET', '/api/documents');
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
  });

  it('takes a request body up to 1 MB (1,048,576 bytes, as the README says) and refuses a larger one with TOO_LARGE', async () => {
    const json = JSON.stringify({ query: '{ stats { nodes } }' });
    const post = (pad: number) => raw('POST', '/graphql', { 'content-type': 'application/json' }, json + ' '.repeat(pad - json.length));
    const within = await post(1_040_000); // over the old 1,000,000-byte cap, under 1 MB
    expect(within.status).toBe(200);
    expect(JSON.parse(within.body).data.stats.nodes).toBeGreaterThan(0);
    const over = await post(1_048_577);
    expect(over.status).toBe(413);
    const err = JSON.parse(over.body) as { error?: { code: string; message: string }; errors?: { message: string; extensions: { code: string } }[] };
    const code = err.error?.code ?? err.errors?.[0]?.extensions.code;
    const message = err.error?.message ?? err.errors?.[0]?.message;
    expect(code).toBe('TOO_LARGE');
    expect(message).toContain('上限 1 MB');
  });

  it('answers an unknown mutation with a clean validation error and logs no stack trace', async () => {
    const before = server.output().length;
    // The schema has mutations (curation, issue 13): `mutation { __typename }` is a valid no-op.
    expect((await gql(server.url, 'mutation { __typename }')).status).toBe(200);
    const r = await gql(server.url, 'mutation { dropEverything }');
    expect(r.status).toBe(200);
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await gql(server.url, 'mutation { dropEverything }', {}, STRICT)).status).toBe(400);
    await sleep(200);
    expect(server.output().slice(before)).not.toMatch(/internal error|at .*\.ts:\d+/);
  });
});

describe('GraphQL over HTTP (graphql-http audit)', () => {
  it('passes every MUST of the spec', async () => {
    const results = await Promise.all(serverAudits({ url: `${server.url}/graphql` }).map((a) => a.fn()));
    const must = results.filter((r) => r.name.startsWith('MUST'));
    expect(must.length).toBeGreaterThanOrEqual(10);
    expect(must.filter((r) => r.status !== 'ok').map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
    const should = results.filter((r) => r.name.startsWith('SHOULD'));
    console.log(`graphql-http audit: MUST ${must.filter((r) => r.status === 'ok').length}/${must.length}, SHOULD ${should.filter((r) => r.status === 'ok').length}/${should.length}`);
  });
});
