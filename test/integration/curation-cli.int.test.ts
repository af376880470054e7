// Curation through the CLI: a change log imported into a store hides a wrong fact from the export,
// survives re-ingesting the seeds, is exported with the graph and reproduces the same graph in
// another store; the audit trail exports as CSV a spreadsheet cannot be tricked by.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphExport } from '../../server/src/model.ts';
import type { CurationRecord } from '../../server/src/store/curation.ts';
import { runCli, SEEDS, tempDir } from './helpers.ts';

// a doubtful fact of the seeds: a project (制造基地) named among projects, tied to 基础硬件 only by its
// section (judged weak in test/fixtures/audit/edge-judgments.tsv)
const WRONG = 'HOSTS:park:中环高端半导体产业园->industry:基础硬件';

let a: { dir: string; cleanup: () => Promise<void> };
let b: { dir: string; cleanup: () => Promise<void> };

function record(seq: number, over: Partial<CurationRecord>): CurationRecord {
  return {
    id: `chg:test-${seq}`,
    seq,
    at: `2025-03-0${seq}T09:00:00.000Z`,
    author: '规划处张三',
    op: 'reject',
    kind: 'edge',
    target: WRONG,
    nodeIds: ['industry:基础硬件', 'park:中环高端半导体产业园'],
    note: '这是一个建设项目，不是承载基础硬件的园区',
    before: null,
    after: null,
    ...over,
  };
}

async function exportJson(dir: string): Promise<GraphExport & { curation?: CurationRecord[] }> {
  const r = await runCli(['export', '--format', 'json', '--data', dir]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as GraphExport & { curation?: CurationRecord[] };
}

beforeAll(async () => {
  a = await tempDir('kg-cur-a-');
  b = await tempDir('kg-cur-b-');
  for (const d of [a, b]) expect((await runCli(['ingest', SEEDS, '--data', d.dir])).code).toBe(0);
}, 180_000);

afterAll(async () => {
  await a?.cleanup();
  await b?.cleanup();
});

describe('kg import-curation / changes / export', () => {
  it('refuses a bad file with its name and the record, changing nothing', async () => {
    const bad = path.join(a.dir, 'bad.jsonl');
    await writeFile(bad, JSON.stringify(record(1, {})) + '\n' + JSON.stringify({ ...record(2, {}), op: 'delete' }) + '\n');
    const r = await runCli(['import-curation', bad, '--data', a.dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.jsonl:2.*unknown op delete/);
    expect((await exportJson(a.dir)).curation).toBeUndefined();
    expect((await runCli(['import-curation', '--data', a.dir])).code).toBe(2);
    expect((await runCli(['import-curation', path.join(a.dir, 'missing.json'), '--data', a.dir])).stderr).toMatch(/missing\.json/);
  });

  it('a rejected fact leaves the export, stays out after re-ingest, and travels with the export to another store', async () => {
    const before = await exportJson(a.dir);
    expect(before.edges.map((e) => e.id)).toContain(WRONG);
    const file = path.join(a.dir, 'changes.jsonl');
    const evil = record(2, { op: 'accept', target: 'HOSTS:park:中国信创谷->industry:信创', nodeIds: ['industry:信创', 'park:中国信创谷'], author: '=HYPERLINK("http://x","y")', note: '+cmd', before: { edge: before.edges.find((e) => e.id === 'HOSTS:park:中国信创谷->industry:信创')! } });
    await writeFile(file, [record(1, {}), evil].map((r) => JSON.stringify(r)).join('\n') + '\n');
    const imp = await runCli(['import-curation', file, '--data', a.dir]);
    expect(imp.stdout).toContain('imported 2 curation change(s), 0 already present');
    expect((await runCli(['import-curation', file, '--data', a.dir])).stdout).toContain('imported 0 curation change(s), 2 already present');

    const after = await exportJson(a.dir);
    expect(after.edges.map((e) => e.id)).not.toContain(WRONG);
    expect(after.edges).toHaveLength(before.edges.length - 1);
    expect(after.edges.find((e) => e.id === 'HOSTS:park:中国信创谷->industry:信创')?.properties).toMatchObject({ basis: 'curated', confidence: 1 });
    expect(after.curation?.map((r) => r.id)).toEqual(['chg:test-1', 'chg:test-2']);

    // Re-ingest every seed (as if the extractor changed): the rejected fact stays hidden.
    expect((await runCli(['ingest', SEEDS, '--data', a.dir])).code).toBe(0);
    expect((await exportJson(a.dir)).edges.map((e) => e.id)).not.toContain(WRONG);

    // The export carries the log; another store importing it reads the same graph.
    const exported = path.join(a.dir, 'export.json');
    await writeFile(exported, JSON.stringify(after));
    expect((await runCli(['import-curation', exported, '--data', b.dir])).stdout).toContain('imported 2');
    const other = await exportJson(b.dir);
    expect({ nodes: other.nodes, edges: other.edges }).toEqual({ nodes: after.nodes, edges: after.edges });
  }, 180_000); // eight CLI runs including a re-ingest of the seeds: over 60 s once on a loaded machine

  it('the audit trail as CSV: who, when, what, why, before and after; formulas neutralised', async () => {
    const r = await runCli(['changes', '--format', 'csv', '--data', a.dir]);
    expect(r.code).toBe(0);
    const lines = r.stdout.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('seq,id,at,author,op,op_zh,kind,target,nodes,note,before,after,before_json,after_json');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^1,chg:test-1,2025-03-01T09:00:00\.000Z,规划处张三,reject,拒绝,edge,HOSTS:park:中环高端半导体产业园->industry:基础硬件,/);
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(lines[2]).toContain(",'+cmd,");
    expect(lines[2]).toContain('park:中国信创谷 —HOSTS→ industry:信创'); // a hand-written record without its ends' names
    const byAuthor = await runCli(['changes', '--author', '规划处张三', '--format', 'json', '--data', a.dir]);
    expect((JSON.parse(byAuthor.stdout) as { changes: CurationRecord[] }).changes.map((c) => c.id)).toEqual(['chg:test-1']);
    const out = path.join(a.dir, 'audit', 'changes.csv');
    expect((await runCli(['changes', '--node', 'park:中环高端半导体产业园', '--out', out, '--data', a.dir])).code).toBe(0);
    expect((await readFile(out, 'utf8')).trim().split('\r\n')).toHaveLength(2);
    expect((await runCli(['changes', '--since', 'yesterday', '--data', a.dir])).code).toBe(2);
  });
});
