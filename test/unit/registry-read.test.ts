// Reading enterprise registries: encodings, delimiters, header search, explicit mappings, every bad
// row reported with its line and reason while the good rows load, and XLSX with merged cells.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { KgError } from '../../server/src/errors.ts';
import { checkCreditCode, withCheckChar } from '../../server/src/registry/credit-code.ts';
import { mapHeaders, parseMapArg, recogniseHeader } from '../../server/src/registry/fields.ts';
import { loadRegistryLexicon } from '../../server/src/registry/lexicon.ts';
import { loadRegistry } from '../../server/src/registry/load.ts';
import { openRegistry, openRegistryBytes, sniffEncoding } from '../../server/src/registry/read.ts';
import { parseCapital, parseDate, splitTags } from '../../server/src/registry/rows.ts';

const lex = loadRegistryLexicon();
const code = (i: number) => withCheckChar(`9112011${String(6000000000 + i).padStart(10, '0')}`);

const HEADER = '企业名称,统一社会信用代码,国民经济行业代码,注册地址,所属园区,主营产品,成立日期,注册资本（万元）,企业标签';
const ROWS = [
  `飞腾信息技术有限公司,${code(1)},6520,天津滨海高新区海洋科技园,海洋片区,CPU芯片,2014-08-21,1000,高新技术企业、专精特新`,
  `麒麟软件有限公司,${code(2)},I6511,天津滨海高新区塘沽海洋科技园,,操作系统,2014/12/1,"5,000",高企`,
];

async function load(bytes: Uint8Array | string, file = 'r.csv', map?: [string, string][]) {
  const b = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const m = new Map((map ?? []).map((a) => parseMapArg(`${a[0]}=${a[1]}`)));
  return loadRegistry(openRegistryBytes(file, b), lex.codes, m);
}

describe('credit codes (GB 32100-2015)', () => {
  it('accepts real codes and rejects a wrong check character, a bad length and letters outside the alphabet', () => {
    expect(checkCreditCode('914403001922038216').ok).toBe(true); // 华为技术有限公司, public
    expect(checkCreditCode(' 9144030071526726xg ').ok).toBe(true); // lower case and spaces tolerated
    const wrong = checkCreditCode('914403001922038217');
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.reason).toMatch(/校验位应为「6」/);
    expect(checkCreditCode('91440300192203821').ok).toBe(false);
    const o = checkCreditCode('9144030019220382O6');
    expect(!o.ok && o.reason).toMatch(/不在代码字符集/);
  });
  it('withCheckChar completes 17 characters to a valid code', () => {
    for (let i = 0; i < 50; i++) expect(checkCreditCode(code(i)).ok).toBe(true);
  });
});

describe('headers', () => {
  it('recognises common Chinese names, with units and spaces', () => {
    expect(recogniseHeader('企业名称')?.field).toBe('name');
    expect(recogniseHeader(' 统一社会信用代码 ')?.field).toBe('creditCode');
    expect(recogniseHeader('国民经济行业代码')?.field).toBe('industryCode');
    expect(recogniseHeader('行业代码')?.field).toBe('industryCode');
    expect(recogniseHeader('注册资本（万元）')).toEqual({ field: 'capital', unit: '万元' });
    expect(recogniseHeader('企业标签')?.field).toBe('tags');
    expect(recogniseHeader('标签')?.field).toBe('tags');
    expect(recogniseHeader('所属园区')?.field).toBe('park');
    expect(recogniseHeader('经营范围')?.field).toBe('scope');
    expect(recogniseHeader('联系电话')).toBeUndefined();
  });
  it('--map takes field names, Chinese labels and - (ignore); unknown fields are refused', () => {
    expect(parseMapArg('公司=name')).toEqual(['公司', 'name']);
    expect(parseMapArg('所在地=注册地址')).toEqual(['所在地', 'address']);
    expect(parseMapArg('产品=-')).toEqual(['产品', null]);
    expect(() => parseMapArg('x=colour')).toThrow(/未知字段/);
    expect(() => parseMapArg('novalue')).toThrow(/COLUMN=FIELD/);
  });
  it('the first column of a field wins; unmapped and duplicate columns are listed', () => {
    const m = mapHeaders(['企业名称', '公司名称', '联系人']);
    expect(m.columns.map((c) => c?.field ?? null)).toEqual(['name', null, null]);
    expect(m.duplicates).toEqual([{ field: 'name', headers: ['企业名称', '公司名称'] }]);
    expect(m.unmapped).toEqual(['联系人']);
  });
});

describe('values', () => {
  it('dates in the ways registries write them', () => {
    expect(parseDate('2014-08-21')).toBe('2014-08-21');
    expect(parseDate('2014/8/1')).toBe('2014-08-01');
    expect(parseDate('2014年8月21日')).toBe('2014-08-21');
    expect(parseDate('20140821')).toBe('2014-08-21');
    expect(parseDate('2014年8月')).toBe('2014-08');
    expect(parseDate('2014')).toBe('2014');
    expect(parseDate('2014-02-30')).toBeUndefined();
    expect(parseDate('去年')).toBeUndefined();
  });
  it('registered capital in 万 of its currency', () => {
    expect(parseCapital('5000万元')).toEqual({ wan: 5000, currency: 'CNY' });
    expect(parseCapital('5,000万人民币')).toEqual({ wan: 5000, currency: 'CNY' });
    expect(parseCapital('1.2亿元')).toEqual({ wan: 12000, currency: 'CNY' });
    expect(parseCapital('500万美元')).toEqual({ wan: 500, currency: 'USD' });
    expect(parseCapital('3000', '万元')).toEqual({ wan: 3000, currency: 'CNY' });
    expect(parseCapital('3000')).toEqual({ wan: 3000, currency: 'CNY' });
    expect(parseCapital('2000000元')).toEqual({ wan: 200, currency: 'CNY' });
    expect(parseCapital('5千万元')).toEqual({ wan: 5000, currency: 'CNY' });
    expect(parseCapital('很多')).toBeUndefined();
  });
  it('tags split and unified', () => {
    expect(splitTags('高企、专精特新企业;小巨人 上市公司')).toEqual(['高新技术企业', '专精特新', '专精特新小巨人', '上市']);
  });
});

describe('CSV', () => {
  const csv = [HEADER, ...ROWS].join('\r\n') + '\r\n';

  it('UTF-8, UTF-8 with BOM, GBK and UTF-16 give the same records', async () => {
    const variants: [string, Uint8Array, string][] = [
      ['utf-8', new TextEncoder().encode(csv), 'utf-8'],
      ['bom', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)]), 'utf-8-bom'],
      ['gbk', new Uint8Array(iconv.encode(csv, 'gbk')), 'gb18030'],
      ['utf-16le', new Uint8Array(iconv.encode(csv.replace(/,/g, '\t').replace('"5\t000"', '5000'), 'utf-16le', { addBOM: true })), 'utf-16le'],
    ];
    for (const [label, bytes, enc] of variants) {
      const r = await load(bytes, label === 'utf-16le' ? 'r.txt' : 'r.csv');
      expect(r.encoding, label).toBe(enc);
      expect(r.records.map((x) => x.name), label).toEqual(['飞腾信息技术有限公司', '麒麟软件有限公司']);
      const ft = r.records[0]!;
      expect(ft.industryCode).toBe('I6520');
      expect(ft.industryName).toBe('集成电路设计');
      expect(ft.founded).toBe('2014-08-21');
      expect(ft.capital).toEqual({ wan: 1000, currency: 'CNY' });
      expect(ft.tags).toEqual(['高新技术企业', '专精特新']);
      expect(ft.line).toBe(2);
      expect(r.records[1]!.capital?.wan, label).toBe(5000);
      expect(r.records[1]!.tags).toEqual(['高新技术企业']);
    }
  });

  it('finds the header below title rows and maps other columns explicitly', async () => {
    const text = ['2024 年滨海高新区重点企业名录', '制表单位：招商局,,', '公司,代码,所在地', `飞腾信息技术有限公司,${code(1)},天津滨海高新区`].join('\n');
    await expect(load(text)).rejects.toThrow(/没有找到表头/);
    const r = await load(text, 'r.csv', [['公司', 'name'], ['代码', 'creditCode'], ['所在地', 'address']]);
    expect(r.records).toHaveLength(1);
    expect(r.records[0]).toMatchObject({ name: '飞腾信息技术有限公司', creditCode: code(1), address: '天津滨海高新区', line: 4 });
  });

  it('every bad row is reported with its line and reason; the good rows still load', async () => {
    const bad = [
      HEADER,
      ROWS[0], // 2 good
      `,${code(3)},6513,,,,,,`, // 3 missing name
      `天津某某科技有限公司,${code(1)},6513,,,,,,`, // 4 duplicate credit code
      `天津错码科技有限公司,911201166000000099,6513,,,,,,`, // 5 bad check character
      '天津无码科技有限公司,,6513,,,,明天,很多,', // 6 no code (warning), bad date and capital (warnings)
      '天津无码科技有限公司,,6513,,,,,,', // 7 duplicate name without codes
      `天津多列科技有限公司,${code(7)},6513,,,,,,,多出来的`, // 8 too many cells
      '合计,,,,,,,,', // 9 a total row
      `天津怪码科技有限公司,${code(9)},9999,,,,,,`, // 10 unknown industry code (warning)
      ROWS[1], // 11 good
    ].join('\n');
    const r = await load(bad);
    expect(r.records.map((x) => [x.line, x.name])).toEqual([
      [2, '飞腾信息技术有限公司'],
      [6, '天津无码科技有限公司'],
      [10, '天津怪码科技有限公司'],
      [11, '麒麟软件有限公司'],
    ]);
    const errors = r.issues.filter((i) => i.severity === 'error').map((i) => [i.line, i.code]);
    expect(errors).toEqual([
      [3, 'MISSING_NAME'],
      [4, 'DUPLICATE_CREDIT_CODE'],
      [5, 'BAD_CREDIT_CODE'],
      [7, 'DUPLICATE_NAME'],
      [8, 'TOO_MANY_COLUMNS'],
      [9, 'NOT_A_NAME'],
    ]);
    const warnings = r.issues.filter((i) => i.severity === 'warning').map((i) => [i.line, i.code]);
    expect(warnings).toEqual([
      [6, 'MISSING_CREDIT_CODE'],
      [6, 'BAD_DATE'],
      [6, 'BAD_CAPITAL'],
      [10, 'UNKNOWN_INDUSTRY_CODE'],
    ]);
    expect(r.issues.find((i) => i.code === 'DUPLICATE_CREDIT_CODE')!.message).toMatch(/与第 2 行/);
    expect(r.rows).toBe(10);
  });

  it('a row in another encoding inside a UTF-8 file is reported, the others load', async () => {
    const head = new TextEncoder().encode([HEADER, ROWS[0]].join('\n') + '\n');
    const gbkRow = new Uint8Array(iconv.encode(`天津编码错误科技有限公司,${code(5)},6513,,,,,,\n`, 'gbk'));
    const tail = new TextEncoder().encode(ROWS[1] + '\n');
    const r = await load(new Uint8Array([...head, ...gbkRow, ...tail]));
    expect(r.encoding).toBe('utf-8');
    expect(r.records.map((x) => x.name)).toEqual(['飞腾信息技术有限公司', '麒麟软件有限公司']);
    expect(r.issues.map((i) => [i.line, i.code])).toEqual([[3, 'BAD_ENCODING']]);
  });

  it('line numbers count quoted line breaks; a stray quote is kept; an unterminated quote is reported', async () => {
    const text = [
      '企业名称,主营产品,经营范围',
      '甲科技有限公司,"芯片\n服务器",范围', // lines 2-3
      '乙科技有限公司,"15"寸"显示器,范围', // line 4: stray quote
      '丙科技有限公司,"未闭合,范围', // line 5 to the end
      '丁科技有限公司,产品,范围',
    ].join('\n');
    const r = await load(text);
    expect(r.records.map((x) => [x.line, x.name])).toEqual([
      [2, '甲科技有限公司'],
      [4, '乙科技有限公司'],
    ]);
    expect(r.records[0]!.products).toBe('芯片 服务器');
    expect(r.issues.map((i) => [i.line, i.code])).toEqual([
      [2, 'MISSING_CREDIT_CODE'],
      [4, 'MISSING_CREDIT_CODE'],
      [5, 'CSV_SYNTAX'],
    ]);
  });

  it('blank lines and CRLF line ends keep the line numbers right', async () => {
    const r = await load(['企业名称,行业代码', '', '甲科技有限公司,6513', '', '', '乙科技有限公司,"65\r\n13"', '丙科技有限公司,6513'].join('\r\n'));
    expect(r.records.map((x) => [x.line, x.name])).toEqual([
      [3, '甲科技有限公司'],
      [6, '乙科技有限公司'],
      [8, '丙科技有限公司'],
    ]);
  });

  it('semicolon and tab delimiters are sniffed', async () => {
    for (const d of [';', '\t']) {
      const r = await load([`企业名称${d}行业代码`, `飞腾信息技术有限公司${d}6520`].join('\n'));
      expect(r.records[0]).toMatchObject({ name: '飞腾信息技术有限公司', industryCode: 'I6520' });
    }
  });

  it('binary data, empty files and unsupported types are refused with a clear error', async () => {
    expect(() => sniffEncoding('x.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]))).toThrow(/二进制/);
    expect(() => openRegistryBytes('x.csv', new Uint8Array())).toThrow(KgError);
    expect(() => openRegistryBytes('x.xls', new Uint8Array([1]))).toThrow(/另存为 xlsx/);
    await expect(openRegistry('/nonexistent/x.csv')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('XLSX', () => {
  it('merged cells give each covered row the value; titles above the header are skipped; dates, numbers and lost digits', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('重点企业');
    ws.addRow(['滨海高新区重点企业名录（2024）']);
    ws.mergeCells('A1:F1');
    ws.addRow(['企业名称', '统一社会信用代码', '行业代码', '所属园区', '成立日期', '注册资本（万元）']);
    ws.addRow(['飞腾信息技术有限公司', code(1), 'C3973', '海洋片区', new Date(Date.UTC(2014, 7, 21)), 1000]);
    ws.addRow(['麒麟软件有限公司', code(2), 6511, null, '2014-12-01', 5000]);
    ws.addRow(['天津滨海数字科技有限公司', 911201166000000000, 6513, null, null, null]);
    ws.mergeCells('D3:D5'); // one park written once for three rows
    const other = wb.addWorksheet('说明');
    other.addRow(['本表由招商局整理']);
    const second = wb.addWorksheet('园区B & 其他');
    second.addRow(['\uFEFF企业名称', '所属园区']);
    second.addRow(['天津乙园科技有限公司', '华苑片区']);
    const hidden = wb.addWorksheet('隐藏', { state: 'hidden' });
    hidden.addRow(['企业名称', '所属园区']);
    hidden.addRow(['天津隐藏科技有限公司', '华苑片区']);
    const file = join(await mkdtemp(join(tmpdir(), 'kg-reg-')), 'r.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await loadRegistry(await openRegistry(file), lex.codes);
    expect(r.format).toBe('xlsx');
    expect(r.records.map((x) => [x.sheet, x.line, x.name, x.park])).toEqual([
      ['重点企业', 3, '飞腾信息技术有限公司', '海洋片区'],
      ['重点企业', 4, '麒麟软件有限公司', '海洋片区'],
      ['园区B & 其他', 2, '天津乙园科技有限公司', '华苑片区'], // its own header; hidden sheets are not read
    ]);
    expect(r.records[0]).toMatchObject({ founded: '2014-08-21', industryCode: 'C3973', capital: { wan: 1000, currency: 'CNY' } });
    expect(r.records[1]).toMatchObject({ industryCode: 'I6511', founded: '2014-12-01', merged: ['park'] });
    expect(r.mergedCells).toBe(2);
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => [i.sheet, i.line, i.code])).toEqual([['重点企业', 5, 'CREDIT_CODE_AS_NUMBER']]);
    expect(r.issues[0]!.message).toMatch(/工作表「重点企业」第 5 行/);
  });

  it('a file that is not a zip is refused', async () => {
    expect(() => openRegistryBytes('x.xlsx', new TextEncoder().encode('企业名称\n'))).toThrow(/不是有效的 xlsx/);
  });
});
