// A hostile .xlsx given to `kg import-enterprises` gets the same precise refusal as a hostile docx
// (fix21): element nesting beyond 256 levels and DTD / entity declarations (the entity-expansion bomb;
// Excel never writes a DTD) are refused by the zip guard before exceljs parses anything — exit 1, one
// bilingual line naming the file and the part, nothing imported. A real workbook (written by exceljs)
// still imports. Files generated here, small (a few KB).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../integration/helpers.ts';
import { rawZip } from '../robustness/hostile.ts';
import { CT, ROOT_RELS, S, WB, WB_RELS, cell } from '../robustness/xlsx-parts.ts';

const sheet = (rows: string, prolog = '') => `<?xml version="1.0"?>${prolog}<worksheet xmlns="${S}"><sheetData>${rows}</sheetData></worksheet>`;
const xlsx = (sheetXml: string) =>
  rawZip(
    [
      { name: '[Content_Types].xml', data: CT },
      { name: '_rels/.rels', data: ROOT_RELS },
      { name: 'xl/workbook.xml', data: WB },
      { name: 'xl/_rels/workbook.xml.rels', data: WB_RELS },
      { name: 'xl/worksheets/sheet1.xml', data: sheetXml },
    ].map((p) => ({ name: p.name, data: Buffer.from(p.data, 'utf8') })),
  );
const HEADER = `<row r="1">${cell('A1', '企业名称')}${cell('B1', '统一社会信用代码')}</row>`;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kg-fix22-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function importFile(name: string, bytes: Buffer | ArrayBuffer) {
  const file = path.join(dir, name);
  await writeFile(file, Buffer.from(bytes as ArrayBuffer));
  const data = path.join(dir, `data-${name}`);
  const t0 = performance.now();
  const r = await runCli(['import-enterprises', file, '--data', data]);
  return { ...r, ms: performance.now() - t0 };
}
/** One line, bilingual, names the file and the part. */
function expectPrecise(stderr: string, file: string, part: string) {
  const line = stderr.split('\n').find((l) => l.includes(file)) ?? '';
  expect(line, stderr).toContain(part);
  expect(line).toMatch(/[\u4e00-\u9fff]/);
  expect(stderr).not.toMatch(/Maximum call stack|xmldom|saxes|line:undefined/i);
}

describe('kg import-enterprises on a hostile xlsx', () => {
  it('a DTD with nested entities (billion laughs): UNREADABLE, entity declarations refused, nothing imported', async () => {
    const ents = ['<!ENTITY lol "天津某某科技有限公司">'];
    for (let k = 2; k <= 9; k++) ents.push(`<!ENTITY lol${k} "${`&lol${k === 2 ? '' : k - 1};`.repeat(10)}">`);
    const bytes = xlsx(sheet(`${HEADER}<row r="2">${cell('A2', '&lol9;')}${cell('B2', '91120116MA05JXXXXX')}</row>`, `<!DOCTYPE lolz [${ents.join('')}]>`));
    expect(bytes.length).toBeLessThan(8 * 1024);
    const r = await importFile('laughs.xlsx', bytes);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stderr).toContain('[UNREADABLE]');
    expect(r.stderr).toContain('实体声明');
    expect(r.stderr).toContain('declares a DTD or entities');
    expectPrecise(r.stderr, 'laughs.xlsx', 'xl/worksheets/sheet1.xml');
    expect(r.stdout).not.toMatch(/导入 [1-9]/);
  }, 120_000);

  it('elements nested thousands deep: UNREADABLE naming the depth and the part', async () => {
    const d = 20_000;
    const bytes = xlsx(sheet(`${HEADER}<row r="2">${'<x>'.repeat(d)}${'</x>'.repeat(d)}</row>`));
    expect(bytes.length).toBeLessThan(8 * 1024);
    const r = await importFile('deep.xlsx', bytes);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stderr).toContain('[UNREADABLE]');
    expect(r.stderr).toContain('嵌套超过 256 层');
    expect(r.stderr).toContain('nested deeper than 256 levels');
    expectPrecise(r.stderr, 'deep.xlsx', 'xl/worksheets/sheet1.xml');
  }, 120_000);

  it('a real workbook (written by exceljs) still imports', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('企业名录');
    ws.addRow(['企业名称', '统一社会信用代码', '所属园区']);
    ws.addRow(['天津飞腾信息技术有限公司', '', '滨海高新区']);
    const r = await importFile('real.xlsx', await wb.xlsx.writeBuffer());
    expect(r.stderr).not.toContain('UNREADABLE');
    expect(r.stdout).toMatch(/导入 1 家企业/);
  }, 120_000);
});
