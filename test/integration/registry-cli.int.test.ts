// kg import-enterprises / kg remove --source through the real CLI: the fixture registry (with its dirty
// rows) on top of the seeds, idempotent re-import, removal back to the seeds graph, XLSX with merged
// cells, GBK, explicit column mappings, and clear errors.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphEdge, GraphExport, GraphNode } from '../../server/src/model.ts';
import { ROOT, SEEDS, runCli, tempDir } from './helpers.ts';

const FIXTURE = path.join(ROOT, 'test/fixtures/registry/enterprises.csv');
let dir: string;
let cleanup: () => Promise<void>;
let seedsOnly: GraphExport;

async function exportGraph(data: string): Promise<GraphExport> {
  const out = path.join(dir, `export-${Math.random().toString(36).slice(2)}.json`);
  const r = await runCli(['export', '--format', 'json', '--out', out, '--data', data]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(await readFile(out, 'utf8')) as GraphExport;
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('kg-registry-'));
  const r = await runCli(['ingest', SEEDS, '--data', path.join(dir, 'data')]);
  expect(r.code, r.stderr).toBe(0);
  seedsOnly = await exportGraph(path.join(dir, 'data'));
}, 120_000);
afterAll(async () => cleanup?.());

describe('kg import-enterprises', () => {
  let graph: GraphExport;
  let stdout: string;
  let stderr: string;

  beforeAll(async () => {
    const r = await runCli(['import-enterprises', FIXTURE, '--data', path.join(dir, 'data'), '--issues', path.join(dir, 'issues.csv')]);
    ({ stdout, stderr } = r);
    expect(r.code, 'rows were rejected: exit 1, the good rows loaded').toBe(1);
    graph = await exportGraph(path.join(dir, 'data'));
  }, 120_000);

  it('reports the counts, every rejected row with its line and reason, and the warnings', async () => {
    expect(stdout).toMatch(/读取 227 行，导入 221 家企业，拒绝 6 行/);
    for (const [line, code] of [
      [221, 'DUPLICATE_CREDIT_CODE'],
      [222, 'BAD_CREDIT_CODE'],
      [223, 'MISSING_NAME'],
      [226, 'NOT_A_NAME'],
      [227, 'TOO_MANY_COLUMNS'],
      [228, 'BAD_ENCODING'],
    ] as const) {
      expect(stderr).toMatch(new RegExp(`\\[${code}\\] 第 ${line} 行`));
    }
    expect(stderr).toMatch(/\[MISSING_CREDIT_CODE\] 第 219 行/);
    expect(stderr).toMatch(/\[UNKNOWN_INDUSTRY_CODE\] 第 225 行/);
    const csv = await readFile(path.join(dir, 'issues.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF类型 kind,')).toBe(true);
    expect(csv).toMatch(/issue,,228,error,BAD_ENCODING/);
  });

  it('merges sure matches into the documents\' enterprises and keeps doubtful ones apart, listed', () => {
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const feiteng = byId.get('enterprise:飞腾')!;
    expect(feiteng.name).toBe('飞腾');
    expect(feiteng.aliases).toContain('飞腾信息技术有限公司');
    expect(feiteng.properties).toMatchObject({ legalName: '飞腾信息技术有限公司', industryCode: 'I6520', registry: 'enterprises' });
    expect(byId.get('enterprise:麒麟软件')!.properties.creditCode).toMatch(/^91120116MA00002/);
    expect(byId.has('enterprise:飞腾信息技术有限公司')).toBe(false);
    // a doubtful match stays its own node and names its candidate
    expect(stdout).toMatch(/存疑匹配（未合并，待审核）/);
    const doubtful = graph.nodes.filter((n) => typeof n.properties.possibleMatch === 'string');
    expect(doubtful.length).toBeGreaterThan(0);
    for (const n of doubtful) expect(byId.has(n.properties.possibleMatch as string)).toBe(true);
    // firms the documents never name are new nodes under their legal name
    expect(byId.get('enterprise:北京东方通科技股份有限公司')?.properties).toMatchObject({ mainProducts: '中间件', tags: ['上市'] });
  });

  it('every registry edge has basis registry, a confidence and the row as evidence', () => {
    const reg = graph.edges.filter((e) => e.evidence.some((ev) => ev.documentId === 'registry:enterprises'));
    expect(reg.length).toBeGreaterThan(300);
    for (const e of reg) {
      expect(['IN_INDUSTRY', 'LOCATED_IN']).toContain(e.type);
      const ev = e.evidence.find((x) => x.documentId === 'registry:enterprises')!;
      expect(ev.text).toMatch(/^企业名称=[^；]+；/);
      expect(ev.section).toMatch(/^企业名录「enterprises」第 \d+ 行$/);
      expect([ev.start, ev.end]).toEqual([0, ev.text.length]);
      if (e.evidence.every((x) => x.documentId.startsWith('registry:'))) {
        expect(e.properties.basis).toBe('registry');
        expect(typeof e.properties.confidence).toBe('number');
      }
    }
    const located = reg.find((e) => e.type === 'LOCATED_IN' && e.source === 'enterprise:飞腾')!;
    expect(located.target).toBe('park:海洋片区');
    expect(located.evidence.at(-1)!.text).toContain('所属园区=海洋片区');
  });

  it('re-importing the same file changes nothing', async () => {
    const r = await runCli(['import-enterprises', FIXTURE, '--data', path.join(dir, 'data')]);
    expect(r.code).toBe(1);
    expect(await exportGraph(path.join(dir, 'data'))).toEqual(graph);
  });

  it('a second registry meets the first by credit code, even under another name', async () => {
    const line = (await readFile(FIXTURE, 'utf8')).split('\r\n').find((l) => l.startsWith('龙芯中科技术股份有限公司,'))!;
    const code = line.split(',')[1]!;
    const f = path.join(dir, 'second.csv');
    await writeFile(f, `企业名称,统一社会信用代码,主营产品\n龙芯中科（北京）信息技术有限公司,${code},处理器\n`);
    const copy = path.join(dir, 'data-two');
    await runCli(['ingest', SEEDS, '--data', copy]);
    await runCli(['import-enterprises', FIXTURE, '--data', copy, '--source', 'A']);
    const r = await runCli(['import-enterprises', f, '--data', copy, '--source', 'B']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/龙芯中科（北京）信息技术有限公司 → 龙芯中科技术股份有限公司 \(统一社会信用代码相同/);
    const g = await exportGraph(copy);
    expect(g.nodes.filter((n) => n.properties.creditCode === code).map((n) => n.id)).toEqual(['enterprise:龙芯中科技术股份有限公司']);
  }, 120_000);

  it('kg remove --source takes the registry out and leaves the seeds graph as it was', async () => {
    const copy = path.join(dir, 'data-remove');
    await runCli(['ingest', SEEDS, '--data', copy]);
    expect((await runCli(['import-enterprises', FIXTURE, '--data', copy, '--source', '名录A'])).code).toBe(1);
    const r = await runCli(['remove', '--source', '名录A', '--data', copy]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/已删除企业名录/);
    const after = await exportGraph(copy);
    expect(after).toEqual(seedsOnly);
    const again = await runCli(['remove', '--source', '名录A', '--data', copy]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/\[NOT_FOUND\].*名录A/);
  }, 120_000);
});

describe('other files and mappings', () => {
  it('GBK (as Excel writes it) and UTF-8 with BOM load the same rows', async () => {
    const text = (await readFile(FIXTURE)).toString('utf8').split('\r\n').slice(0, 30).join('\r\n') + '\r\n';
    const gbk = path.join(dir, 'gbk.csv');
    const bom = path.join(dir, 'bom.csv');
    await writeFile(gbk, iconv.encode(text, 'gbk'));
    await writeFile(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    for (const [f, enc] of [[gbk, 'gb18030'], [bom, 'utf-8-bom']] as const) {
      const r = await runCli(['import-enterprises', f, '--data', path.join(dir, 'data-enc')]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`（csv，${enc}）`);
      expect(r.stdout).toMatch(/读取 29 行，导入 29 家企业，拒绝 0 行/);
    }
  }, 60_000);

  it('XLSX with a title row and merged park cells: each covered row is placed in the park', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名录');
    ws.addRow(['2024年重点企业名录']);
    ws.mergeCells('A1:D1');
    ws.addRow(['企业名称', '行业代码', '所属园区', '主营产品']);
    ws.addRow(['北京东方通科技股份有限公司', 'I6512', '华苑片区', '中间件']);
    ws.addRow(['北京宝兰德软件股份有限公司', 'I6512', null, '中间件']);
    ws.addRow(['普元信息技术股份有限公司', 'I6512', null, '中间件']);
    ws.mergeCells('C3:C5');
    const file = path.join(dir, 'merged.xlsx');
    await wb.xlsx.writeFile(file);
    const data = path.join(dir, 'data-xlsx');
    const r = await runCli(['import-enterprises', file, '--data', data, '--source', 'xlsx']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/合并单元格 2 个/);
    const g = await exportGraph(data);
    const parks = g.edges.filter((e: GraphEdge) => e.type === 'LOCATED_IN').map((e) => [e.source, e.target]);
    expect(parks).toEqual([
      ['enterprise:北京东方通科技股份有限公司', 'park:华苑片区'],
      ['enterprise:北京宝兰德软件股份有限公司', 'park:华苑片区'],
      ['enterprise:普元信息技术股份有限公司', 'park:华苑片区'],
    ]);
    expect(g.nodes.find((n: GraphNode) => n.id === 'enterprise:普元信息技术股份有限公司')!.properties.registrySheet).toBe('名录');
  }, 60_000);

  it('columns with other names are mapped with --map; without it the file is refused with the known names', async () => {
    const f = path.join(dir, 'other-headers.csv');
    await writeFile(f, '公司,代码,产品\n北京东方通科技股份有限公司,I6512,中间件\n');
    const refused = await runCli(['import-enterprises', f, '--data', path.join(dir, 'data-map')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/没有找到表头.*企业名称/);
    const ok = await runCli(['import-enterprises', f, '--data', path.join(dir, 'data-map'), '--map', '公司=name', '--map', '代码=行业代码', '--map', '产品=products']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/公司→name，代码→industryCode，产品→products/);
    const bad = await runCli(['import-enterprises', f, '--map', '公司=colour', '--data', path.join(dir, 'data-map')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/未知字段「colour」/);
  }, 60_000);

  it('a missing file fails with exit 1 and its name; no file is a usage error', async () => {
    const r = await runCli(['import-enterprises', path.join(dir, 'nope.csv'), '--data', path.join(dir, 'data-x')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\[NOT_FOUND\].*nope\.csv/);
    expect((await runCli(['import-enterprises', '--data', path.join(dir, 'data-x')])).code).toBe(2);
  });
});
