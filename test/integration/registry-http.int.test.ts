// Enterprise registry uploads over HTTP (POST /api/registries, DELETE /api/registries/<source>):
// editors import (the rows are read and resolved in the ingest worker), viewers and anonymous
// callers are refused and change nothing, an existing source needs replace=1, admins remove, every
// attempt is in the write log.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, gql, ROOT, runCli, SEEDS, startServer, tempDir, type RunningServer } from './helpers.ts';

let data: { dir: string; cleanup: () => Promise<void> };
let server: RunningServer;
const tokens: Record<'viewer' | 'editor' | 'admin', string> = { viewer: '', editor: '', admin: '' };
const FIXTURE = path.join(ROOT, 'test/fixtures/registry/enterprises.csv');

function post(query: string, body: Uint8Array<ArrayBuffer> | string, token: string | null, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}/api/registries?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body,
  });
}

const registries = async () => (await gql<{ registries: { source: string; enterprises: number }[] }>(server.url, '{ registries { source enterprises } }')).data!.registries;

beforeAll(async () => {
  data = await tempDir('kg-registry-http-');
  expect((await runCli(['ingest', SEEDS, '--data', data.dir])).code).toBe(0);
  for (const role of ['viewer', 'editor', 'admin'] as const) tokens[role] = await createToken(data.dir, role);
  server = await startServer(data.dir);
}, 180_000);

afterAll(async () => {
  if (server) await server.stop();
  await data?.cleanup();
});

describe('POST /api/registries', () => {
  it('refuses anonymous callers and viewers, and changes nothing', async () => {
    const bytes = new Uint8Array(await readFile(FIXTURE));
    const anon = await post('filename=enterprises.csv', bytes, null);
    expect(anon.status).toBe(401);
    expect(((await anon.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    const viewer = await post('filename=enterprises.csv', bytes, tokens.viewer);
    expect(viewer.status).toBe(403);
    expect(((await viewer.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    expect(await registries()).toEqual([]);
  });

  it('an editor imports the fixture registry: counts, every rejected row, doubtful matches; the graph has it', async () => {
    const res = await post('filename=enterprises.csv&source=天津名录', new Uint8Array(await readFile(FIXTURE)), tokens.editor);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      source: string; sourceId: string; rows: number; loaded: number; rejected: number; replaced: boolean;
      issues: { line: number; severity: string; code: string; message: string }[]; issueCount: number;
      doubtful: { legalName: string; candidateId: string; score: number }[]; doubtfulCount: number; merged: number;
    };
    expect(body).toMatchObject({ source: '天津名录', sourceId: 'registry:天津名录', rows: 227, loaded: 221, rejected: 6, replaced: false });
    expect(body.issues.filter((i) => i.severity === 'error').map((i) => [i.line, i.code])).toEqual([
      [221, 'DUPLICATE_CREDIT_CODE'],
      [222, 'BAD_CREDIT_CODE'],
      [223, 'MISSING_NAME'],
      [226, 'NOT_A_NAME'],
      [227, 'TOO_MANY_COLUMNS'],
      [228, 'BAD_ENCODING'],
    ]);
    expect(body.issueCount).toBe(body.issues.length);
    expect(body.merged).toBeGreaterThan(30);
    expect(body.doubtfulCount).toBe(body.doubtful.length);
    for (const d of body.doubtful) expect(d.score).toBeLessThan(0.8);
    expect(await registries()).toEqual([{ source: '天津名录', enterprises: 221 }]);
    const feiteng = await gql<{ node: { properties: Record<string, unknown> } }>(server.url, '{ node(id: "enterprise:飞腾") { properties } }');
    expect(feiteng.data!.node.properties.legalName).toBe('飞腾信息技术有限公司');
  });

  it('the same source again needs replace=1, which gives the same graph', async () => {
    const bytes = new Uint8Array(await readFile(FIXTURE));
    const again = await post('filename=enterprises.csv&source=天津名录', bytes, tokens.editor);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('CONFLICT');
    const before = await gql<{ stats: { nodes: number; edges: number } }>(server.url, '{ stats { nodes edges } }');
    const replaced = await post('filename=enterprises.csv&source=天津名录&replace=1', bytes, tokens.editor);
    expect(replaced.status).toBe(200);
    expect(((await replaced.json()) as { replaced: boolean }).replaced).toBe(true);
    const after = await gql<{ stats: { nodes: number; edges: number } }>(server.url, '{ stats { nodes edges } }');
    expect(after.data).toEqual(before.data);
  });

  it('bad input is refused with a code and a message, and loads nothing', async () => {
    const t = tokens.editor;
    const cases: [string, string | Uint8Array<ArrayBuffer>, number, string][] = [
      ['filename=r.xls', 'x', 415, 'UNSUPPORTED_TYPE'],
      ['source=x', 'x', 400, 'BAD_USER_INPUT'],
      ['filename=r.csv&source=a/b', 'x', 400, 'BAD_USER_INPUT'],
      ['filename=r.csv&map=公司=colour', 'x', 400, 'BAD_USER_INPUT'],
      ['filename=r.csv&source=空', '', 422, 'EMPTY'],
      ['filename=r.csv&source=无表头', '甲,乙\n1,2\n', 400, 'BAD_USER_INPUT'],
      ['filename=r.csv&source=全错', '企业名称,统一社会信用代码\n合计,\n', 422, 'EMPTY'],
    ];
    for (const [q, body, status, code] of cases) {
      const res = await post(q, body, t);
      const j = (await res.json()) as { error: { code: string; message: string } };
      expect([q, res.status, j.error.code]).toEqual([q, status, code]);
      expect(j.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect((await registries()).map((r) => r.source)).toEqual(['天津名录']);
  });

  it('columns with other names are mapped with map=', async () => {
    const res = await post(`filename=other.csv&source=映射&map=${encodeURIComponent('公司=name')}&map=${encodeURIComponent('产品=products')}`, '公司,产品\n北京东方通科技股份有限公司,中间件\n', tokens.editor);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { loaded: number }).loaded).toBe(1);
  });
});

describe('DELETE /api/registries/<source>', () => {
  it('is for admins; removes the source and logs every attempt', async () => {
    const del = (source: string, token: string | null) =>
      fetch(`${server.url}/api/registries/${encodeURIComponent(source)}`, { method: 'DELETE', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
    expect((await del('映射', tokens.editor)).status).toBe(403);
    const ok = await del('映射', tokens.admin);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ removed: 'registry:映射' });
    expect((await del('映射', tokens.admin)).status).toBe(404);
    expect((await registries()).map((r) => r.source)).toEqual(['天津名录']);
    const log = (await readFile(path.join(data.dir, 'writes.log'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { action: string; documentId?: string; outcome: string; actor: string; detail?: string });
    const reg = log.filter((e) => e.detail === 'registry');
    expect(reg.filter((e) => e.action === 'upload' && e.outcome === 'ok').length).toBe(3);
    expect(reg.some((e) => e.action === 'upload' && e.outcome === 'refused' && e.actor === 'test-viewer')).toBe(true);
    expect(reg.some((e) => e.action === 'remove' && e.outcome === 'ok' && e.documentId === 'registry:映射' && e.actor === 'test-admin')).toBe(true);
  });
});
