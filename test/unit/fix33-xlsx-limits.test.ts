// fix33: an xlsx registry is loaded whole by exceljs (10⁵ rows: 100 s and 0.4 GB measured), and its
// zip guard let one part inflate to 768 MB of XML. Now its parts are counted before exceljs sees them,
// in the zip guard's one pass (REGISTRY_LIMITS): rows, cells, shared strings, one part's XML, all XML.
// Past one: TOO_LARGE at once, one bilingual line naming the file, the count and the limit, nothing
// imported (the store as it was). Through `kg import-enterprises` where users meet it; the other
// counts through the reader with lowered limits (the files stay a few KB).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openRegistryBytes, REGISTRY_LIMITS } from '../../server/src/registry/read.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { runCli } from '../integration/helpers.ts';
import { rawZip } from '../robustness/hostile.ts';
import { CT, ROOT_RELS, S, WB, WB_RELS, cell } from '../robustness/xlsx-parts.ts';

const HEADER = `<row r="1">${cell('A1', '企业名称')}${cell('B1', '统一社会信用代码')}</row>`;
const xlsx = (rows: string, extra: { name: string; data: string }[] = []) =>
  rawZip(
    [
      { name: '[Content_Types].xml', data: CT },
      { name: '_rels/.rels', data: ROOT_RELS },
      { name: 'xl/workbook.xml', data: WB },
      { name: 'xl/_rels/workbook.xml.rels', data: WB_RELS },
      { name: 'xl/worksheets/sheet1.xml', data: `<?xml version="1.0"?><worksheet xmlns="${S}"><sheetData>${HEADER}${rows}</sheetData></worksheet>` },
      ...extra,
    ].map((p) => ({ name: p.name, data: Buffer.from(p.data, 'utf8') })),
  );

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kg-fix33-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const saved = { ...REGISTRY_LIMITS };
afterEach(() => Object.assign(REGISTRY_LIMITS, saved));

/** Enterprises and edges of the store in the data directory, as one figure (it must not move). */
async function storeFigure(data: string): Promise<number> {
  const s = await EmbeddedStore.open({ dir: data });
  try {
    const st = await s.stats();
    return (st.byLabel.Enterprise ?? 0) * 1_000_000 + st.edges;
  } finally {
    await s.close();
  }
}

describe('kg import-enterprises: an xlsx past its limits is refused before parsing, the store intact', () => {
  it(`more than ${REGISTRY_LIMITS.maxXlsxRows.toLocaleString('en')} rows: TOO_LARGE naming the count and the limit; the registry imported before stays`, async () => {
    const data = path.join(dir, 'data-rows');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('企业名录');
    ws.addRow(['企业名称', '统一社会信用代码', '所属园区']);
    ws.addRow(['天津飞腾信息技术有限公司', '', '滨海高新区']);
    const real = path.join(dir, 'real.xlsx');
    await writeFile(real, Buffer.from(await wb.xlsx.writeBuffer()));
    const first = await runCli(['import-enterprises', real, '--data', data]);
    expect(first.stdout + first.stderr).toMatch(/导入 1 家企业/);
    const before = await storeFigure(data);
    expect(before).toBeGreaterThan(0);

    // 200,001 empty rows after the header: a few KB zipped, 4 MB of XML
    const n = REGISTRY_LIMITS.maxXlsxRows + 1;
    let rows = '';
    for (let i = 2; i <= n + 1; i++) rows += `<row r="${i}"/>`;
    const big = path.join(dir, 'rows.xlsx');
    await writeFile(big, xlsx(rows));
    const r = await runCli(['import-enterprises', big, '--data', data]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stderr).toContain('[TOO_LARGE]');
    const line = r.stderr.split('\n').find((l) => l.includes('rows.xlsx')) ?? '';
    expect(line, r.stderr).toContain('200,000 行');
    expect(line).toContain('more than 200,000 rows');
    expect(line).toContain('CSV');
    expect(r.stderr).not.toMatch(/exceljs|heap|Maximum call stack/i);
    expect(await storeFigure(data)).toBe(before);
  }, 180_000);
});

describe('the xlsx reader counts before exceljs parses (limits lowered for small files)', () => {
  const refused = (bytes: Uint8Array) => {
    try {
      openRegistryBytes('名录.xlsx', bytes);
    } catch (e) {
      return e as Error & { code: string };
    }
    throw new Error('not refused');
  };

  it('cells', () => {
    REGISTRY_LIMITS.maxXlsxCells = 10;
    const rows = Array.from({ length: 5 }, (_, i) => `<row r="${i + 2}">${cell(`A${i + 2}`, '某公司')}${cell(`B${i + 2}`, 'x')}</row>`).join('');
    const e = refused(xlsx(rows));
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toContain('名录.xlsx');
    expect(e.message).toContain('超过 10 个单元格');
    expect(e.message).toContain('more than 10 cells');
  });

  it('shared strings, with or without the x: prefix', () => {
    REGISTRY_LIMITS.maxXlsxSharedStrings = 3;
    for (const p of ['', 'x:']) {
      const sst = `<?xml version="1.0"?><${p}sst xmlns${p ? ':x' : ''}="${S}">${`<${p}si><${p}t>某公司</${p}t></${p}si>`.repeat(4)}</${p}sst>`;
      const e = refused(xlsx('', [{ name: 'xl/sharedStrings.xml', data: sst }]));
      expect(e.code).toBe('TOO_LARGE');
      expect(e.message).toContain('超过 3 个共享字符串');
      expect(e.message).toContain('more than 3 shared strings');
    }
  });

  it('one part inflating past its size, and all XML past the total', () => {
    REGISTRY_LIMITS.maxXlsxPartBytes = 64 * 1024;
    const rows = `<row r="2">${cell('A2', '某'.repeat(30_000))}</row>`;
    const part = refused(xlsx(rows));
    expect(part.code).toBe('TOO_LARGE');
    expect(part.message).toContain('xl/worksheets/sheet1.xml');
    Object.assign(REGISTRY_LIMITS, saved);
    REGISTRY_LIMITS.maxXlsxXmlBytes = 64 * 1024;
    const total = refused(xlsx(rows));
    expect(total.code).toBe('TOO_LARGE');
    expect(total.message).toContain('XML');
  });

  it('within the limits the workbook reads as before', async () => {
    const r = openRegistryBytes('名录.xlsx', xlsx(`<row r="2">${cell('A2', '天津某某科技有限公司')}${cell('B2', '91120116MA05JXXXXX')}</row>`));
    const got: string[][] = [];
    for await (const rec of r.records()) got.push(rec.cells);
    expect(got).toEqual([
      ['企业名称', '统一社会信用代码'],
      ['天津某某科技有限公司', '91120116MA05JXXXXX'],
    ]);
  });
});
