// What one document may add to the graph (server/src/ingest/validate/limits.ts), through `kg ingest`:
// a file that is a list of 300 bare names (no relation for any of them; review16 M3 grew the store by
// 2,002 such nodes from one 40 KB file) is refused whole with one bilingual line naming the file, the
// count and the limit, and the other file of the run is ingested; a document over a configured node
// or edge bound (KG_DOC_MAX_NODES / KG_DOC_MAX_EDGES) is refused and the version already stored stays
// exactly as it was; a malformed bound is a clear error, not a silent default. An upload over a bound is
// answered 413 TOO_LARGE with the same line, and the graph the server serves is unchanged.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphExport } from '../../server/src/model.ts';
import { gql, runCli, SEEDS, tempDir } from '../integration/helpers.ts';
import { expectUploadsTooLarge } from '../integration/refused-uploads.ts';

const SEED = '002_9031ce5292c2e350.txt'; // 135 nodes, 200 edges (136 / 201 before nodes27's entity rules)
let dir = '';
let cleanup: () => Promise<void>;
let docs = '';
let data = '';

async function exportGraph(): Promise<GraphExport> {
  const out = path.join(dir, `export-${Math.random().toString(36).slice(2)}.json`);
  const r = await runCli(['export', '--format', 'json', '--out', out, '--data', data]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(await readFile(out, 'utf8')) as GraphExport;
}
const lineOf = (stderr: string, file: string) => stderr.split('\n').find((l) => l.includes(file)) ?? '';

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('kg-fix22-limits-'));
  docs = path.join(dir, 'docs');
  data = path.join(dir, 'data');
  await mkdir(docs);
  const names = Array.from({ length: 300 }, (_, i) => `企业${String(i).padStart(5, '0')}公司`).join('、');
  await writeFile(path.join(docs, 'names300.txt'), `一、发展目标\n重点引进${names}等企业，在滨海高新区集聚发展。\n`);
  await copyFile(path.join(SEEDS, SEED), path.join(docs, SEED));
});
afterAll(async () => cleanup?.());

describe('kg ingest: per-document bounds', () => {
  let before: GraphExport;

  it('a list of 300 bare names is refused whole (TOO_LARGE, count and limit named); the good file of the run is ingested', async () => {
    const r = await runCli(['ingest', docs, '--data', data]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const line = lineOf(r.stderr, 'names300.txt');
    expect(line).toContain('[TOO_LARGE]');
    expect(line).toContain('301 个产业、企业、机构或园区没有任何关系');
    expect(line).toContain('301 industries, enterprises, labs or parks have no relation at all');
    expect(line).toContain('over the limit of 200');
    expect(line).toContain('整个文件未存储');
    expect(line).not.toContain('file exceeds the size limit');
    expect(r.stdout).toMatch(/已导入 1 个文件，失败 1 个/);
    before = await exportGraph();
    expect(before.nodes.some((n) => n.name.startsWith('企业00001'))).toBe(false);
    expect(before.nodes.some((n) => n.id === 'doc:names300')).toBe(false);
    expect(before.nodes.some((n) => n.id === 'doc:002_9031ce5292c2e350')).toBe(true);
  }, 300_000);

  it('over a configured node bound: refused, the stored version stays exactly as it was', async () => {
    const r = await runCli(['ingest', path.join(docs, SEED), '--data', data], { KG_DOC_MAX_NODES: '100' });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const line = lineOf(r.stderr, SEED);
    expect(line).toContain('[TOO_LARGE]');
    expect(line).toContain('本文件产生 135 个节点，超过每个文件 100 个的上限（KG_DOC_MAX_NODES）');
    expect(line).toContain('the document yields 135 nodes, over the per-document limit of 100');
    const after = await exportGraph();
    expect(after.nodes.length).toBe(before.nodes.length);
    expect(after.edges.length).toBe(before.edges.length);
  }, 300_000);

  it('over a configured edge bound: refused with the edge count', async () => {
    const r = await runCli(['ingest', path.join(docs, SEED), '--data', path.join(dir, 'fresh')], { KG_DOC_MAX_EDGES: '150' });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(lineOf(r.stderr, SEED)).toContain('the document yields 200 edges, over the per-document limit of 150 (KG_DOC_MAX_EDGES)');
    expect(r.stdout).toMatch(/图中共 0 个节点/);
  }, 300_000);

  it('a malformed bound is a clear error naming the variable', async () => {
    const r = await runCli(['ingest', path.join(docs, SEED), '--data', path.join(dir, 'fresh2')], { KG_DOC_MAX_NODES: 'lots' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('KG_DOC_MAX_NODES 必须是正整数');
  }, 300_000);
});

describe('POST /api/documents: per-document bounds', () => {
  it('the list of bare names is refused with 413 TOO_LARGE and the precise message; the served graph is unchanged', async () => {
    await expectUploadsTooLarge(path.join(dir, 'served'), docs, SEED, [['names300.txt', '301 industries, enterprises, labs or parks have no relation at all']], async (url) => {
      const search = await gql<{ search: unknown[] }>(url, '{ search(text: "企业00001") { id } }');
      expect(search.data?.search).toEqual([]);
    });
  }, 300_000);
});
