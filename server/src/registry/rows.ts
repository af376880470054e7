// From raw records to registry records: find the header row, map columns to fields, normalise
// values (names, credit codes, industry codes, dates, capital, tags) and report every bad row with
// its line and the reason. Errors skip the row; warnings drop one value and keep the row.
import { checkCreditCode, normaliseCreditCode } from './credit-code.ts';
import { FIELD_LABEL, FIELDS, headerScore, mapHeaders, type ColumnMap, type Field, type HeaderMapping } from './fields.ts';
import type { IndustryCodes } from './gbt4754.ts';
import { hasDecodingDamage, type RawRecord, type ReadIssue } from './read.ts';

export interface Capital {
  /** Amount in 万 (10⁴) of the currency. */
  wan: number;
  currency: string;
}

export interface RegistryRecord {
  line: number;
  sheet?: string;
  /** Legal name as written (spaces collapsed). */
  name: string;
  shortName?: string;
  creditCode?: string;
  /** GB/T 4754-2017 code with its section letter (C3973), when the row gives a known code or name. */
  industryCode?: string;
  industryName?: string;
  address?: string;
  district?: string;
  park?: string;
  products?: string;
  scope?: string;
  /** yyyy-mm-dd, yyyy-mm or yyyy */
  founded?: string;
  capital?: Capital;
  employees?: number;
  tags: string[];
  listing?: string;
  /** The mapped cells as written (trimmed), for the evidence text. */
  raw: Partial<Record<Field, string>>;
  /** Fields whose value came from a merged cell. */
  merged?: Field[];
}

export type IssueSeverity = 'error' | 'warning';

export interface RowIssue {
  line: number;
  sheet?: string;
  severity: IssueSeverity;
  code: string;
  field?: Field;
  message: string;
}

export function issueFromRead(i: ReadIssue): RowIssue {
  const r: RowIssue = { line: i.line, severity: 'error', code: i.code, message: i.message };
  if (i.sheet) r.sheet = i.sheet;
  return r;
}

/** Where a row is, for messages: "第 12 行" or "工作表「名录」第 12 行". */
export function where(x: { line: number; sheet?: string }): string {
  return x.sheet ? `工作表「${x.sheet}」第 ${x.line} 行 / sheet ${x.sheet} row ${x.line}` : `第 ${x.line} 行 / line ${x.line}`;
}

/** How many leading records may precede the header row (titles, notes, blank-ish rows). */
const HEADER_SEARCH_ROWS = 30;

/** Collapses whitespace (incl. ideographic space and line breaks inside cells). */
export function clean(s: string): string {
  return s.replace(/[\ufeff\u200b]/g, '').replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}

const NOT_A_NAME = /^(合计|小计|总计|共计|备注|说明|注|填表人|制表人|审核人|序号|total|sum)[：:\s\d]*$/i;

/**
 * Turns raw records into registry records. Feed records in file order with `push`; a header row
 * is looked for in the first rows of each sheet. Stateful: remembers credit codes and names seen.
 */
export class RowReader {
  private mapping: HeaderMapping | undefined;
  private headerSheet: string | undefined = undefined;
  private pendingBeforeHeader = 0;
  private readonly codes = new Map<string, { line: number; sheet?: string }>();
  private readonly names = new Map<string, { line: number; sheet?: string }>();
  readonly issues: RowIssue[] = [];
  readonly headers: { sheet?: string; line: number; mapping: HeaderMapping; headers: string[] }[] = [];
  rows = 0;
  accepted = 0;
  mergedCells = 0;

  constructor(
    private readonly codesTable: IndustryCodes,
    private readonly explicit: ColumnMap = new Map(),
  ) {}

  private issue(rec: { line: number; sheet?: string }, severity: IssueSeverity, code: string, message: string, field?: Field): void {
    const i: RowIssue = { line: rec.line, severity, code, message };
    if (rec.sheet) i.sheet = rec.sheet;
    if (field) i.field = field;
    this.issues.push(i);
  }

  /** Returns the record when the row is good (maybe with warnings), else undefined. */
  push(raw: RawRecord): RegistryRecord | undefined {
    if (raw.sheet !== this.headerSheet || !this.mapping) {
      if (raw.sheet !== this.headerSheet) {
        this.headerSheet = raw.sheet;
        this.mapping = undefined;
        this.pendingBeforeHeader = 0;
      }
      if (!this.mapping) {
        const score = headerScore(raw.cells, this.explicit);
        const m = score >= 2 || (score >= 1 && this.explicit.size > 0) ? mapHeaders(raw.cells, this.explicit) : undefined;
        if (m && m.columns.some((c) => c?.field === 'name')) {
          this.mapping = m;
          this.headers.push({ ...(raw.sheet ? { sheet: raw.sheet } : {}), line: raw.line, mapping: m, headers: raw.cells.map(clean) });
        } else if (++this.pendingBeforeHeader > HEADER_SEARCH_ROWS && raw.sheet === undefined) {
          // CSV without a recognisable header: the caller reports it once (see `missingHeader`).
        }
        return undefined;
      }
    }
    this.rows++;
    const mapping = this.mapping;
    const rec = this.toRecord(raw, mapping);
    if (rec) this.accepted++;
    return rec;
  }

  /** True when no header row was found in what was read. */
  get missingHeader(): boolean {
    return this.headers.length === 0;
  }

  private toRecord(raw: RawRecord, mapping: HeaderMapping): RegistryRecord | undefined {
    const values: Partial<Record<Field, string>> = {};
    const mergedFields: Field[] = [];
    let damaged: Field | undefined;
    const extra = raw.cells.length - mapping.columns.length;
    for (let i = 0; i < mapping.columns.length; i++) {
      const info = mapping.columns[i];
      if (!info) continue;
      const v = clean(raw.cells[i] ?? '');
      if (!v) continue;
      values[info.field] = v;
      if (raw.merged?.includes(i)) mergedFields.push(info.field);
      if (!damaged && hasDecodingDamage(v)) damaged = info.field;
    }
    this.mergedCells += mergedFields.length;
    const loc = { line: raw.line, ...(raw.sheet ? { sheet: raw.sheet } : {}) };
    if (extra > 0 && raw.cells.slice(mapping.columns.length).some((c) => c.trim())) {
      this.issue(loc, 'error', 'TOO_MANY_COLUMNS', `${where(loc)}：比表头多 ${extra} 列（字段中有未加引号的分隔符？）/ ${extra} more cell(s) than the header (an unquoted delimiter inside a field?)`);
      return undefined;
    }
    if (damaged) {
      this.issue(loc, 'error', 'BAD_ENCODING', `${where(loc)}：「${FIELD_LABEL[damaged]}」含有无法解码的字符，该行的编码与文件其余部分不同 / undecodable characters in ${damaged}: this row is in another encoding than the file`, damaged);
      return undefined;
    }
    const name = values.name;
    if (!name) {
      if (Object.keys(values).length === 0) return undefined; // a row of empty mapped cells: not data
      this.issue(loc, 'error', 'MISSING_NAME', `${where(loc)}：缺少企业名称 / missing enterprise name`, 'name');
      return undefined;
    }
    if (NOT_A_NAME.test(name) || !/[\p{L}]/u.test(name)) {
      this.issue(loc, 'error', 'NOT_A_NAME', `${where(loc)}：「${name}」不是企业名称（合计行、备注行？）/ "${name}" is not an enterprise name (a total or note row?)`, 'name');
      return undefined;
    }
    if (name.length > 100) {
      this.issue(loc, 'error', 'NAME_TOO_LONG', `${where(loc)}：企业名称超过 100 字 / enterprise name longer than 100 characters`, 'name');
      return undefined;
    }
    const rec: RegistryRecord = { line: raw.line, name, tags: [], raw: values };
    if (raw.sheet) rec.sheet = raw.sheet;
    if (mergedFields.length) rec.merged = mergedFields;

    // identity: the credit code
    if (values.creditCode) {
      const col = mapping.columns.findIndex((c) => c?.field === 'creditCode');
      if (raw.lossy?.includes(col)) {
        this.issue(loc, 'error', 'CREDIT_CODE_AS_NUMBER', `${where(loc)}：统一社会信用代码在 Excel 中被存成数字，末几位已丢失（请把该列设为文本）/ the credit code was stored as a number and lost digits (format the column as text)`, 'creditCode');
        return undefined;
      }
      const check = checkCreditCode(values.creditCode);
      if (!check.ok) {
        this.issue(loc, 'error', 'BAD_CREDIT_CODE', `${where(loc)}：统一社会信用代码「${values.creditCode}」无效：${check.reason}`, 'creditCode');
        return undefined;
      }
      const seen = this.codes.get(check.code);
      if (seen) {
        this.issue(loc, 'error', 'DUPLICATE_CREDIT_CODE', `${where(loc)}：统一社会信用代码 ${check.code} 与${where(seen)}重复，保留前者 / duplicate credit code (first kept)`, 'creditCode');
        return undefined;
      }
      this.codes.set(check.code, loc);
      rec.creditCode = check.code;
    } else {
      const key = normaliseCreditCode(name);
      const seen = this.names.get(key);
      if (seen) {
        this.issue(loc, 'error', 'DUPLICATE_NAME', `${where(loc)}：企业名称与${where(seen)}相同且都没有信用代码，保留前者 / same name as an earlier row without a credit code (first kept)`, 'name');
        return undefined;
      }
      this.issue(loc, 'warning', 'MISSING_CREDIT_CODE', `${where(loc)}：没有统一社会信用代码，以企业名称为准 / no credit code: the name is the identity`, 'creditCode');
    }
    this.names.set(normaliseCreditCode(name), loc);

    if (values.shortName) rec.shortName = values.shortName;
    // industry: a code (C3973, 3973, 3973 集成电路制造) or a name (集成电路制造)
    const codeText = values.industryCode ?? values.industryName;
    if (codeText) {
      const found = this.codesTable.parse(codeText);
      if (found) {
        rec.industryCode = found.code;
        rec.industryName = found.name;
      } else if (values.industryCode) {
        this.issue(loc, 'warning', 'UNKNOWN_INDUSTRY_CODE', `${where(loc)}：行业代码「${values.industryCode}」不在 GB/T 4754-2017 中，已忽略 / not a GB/T 4754-2017 code, ignored`, 'industryCode');
      }
      if (!rec.industryName && values.industryName) rec.industryName = values.industryName;
    }
    for (const f of ['address', 'district', 'park', 'products', 'scope', 'listing'] as const) if (values[f]) rec[f] = values[f];
    if (values.founded) {
      const d = parseDate(values.founded);
      if (d) rec.founded = d;
      else this.issue(loc, 'warning', 'BAD_DATE', `${where(loc)}：成立日期「${values.founded}」无法识别，已忽略 / unreadable date, ignored`, 'founded');
    }
    if (values.capital) {
      const unit = mapping.columns.find((c) => c?.field === 'capital')?.unit;
      const c = parseCapital(values.capital, unit);
      if (c) rec.capital = c;
      else this.issue(loc, 'warning', 'BAD_CAPITAL', `${where(loc)}：注册资本「${values.capital}」无法识别，已忽略 / unreadable registered capital, ignored`, 'capital');
    }
    if (values.employees) {
      const n = parseCount(values.employees);
      if (n !== undefined) rec.employees = n;
      else this.issue(loc, 'warning', 'BAD_NUMBER', `${where(loc)}：从业人员「${values.employees}」无法识别，已忽略 / unreadable head count, ignored`, 'employees');
    }
    if (values.tags) rec.tags = splitTags(values.tags);
    if (values.listing && !/^(否|无|未上市|非上市|-|—|no|n)$/i.test(values.listing) && !rec.tags.includes('上市')) rec.tags.push('上市');
    return rec;
  }

  /** Summary of the header mapping for the report. */
  describeMapping(): string[] {
    const out: string[] = [];
    for (const h of this.headers) {
      const mapped = h.mapping.columns
        .map((c, i) => (c ? `${h.headers[i]}→${c.field}` : null))
        .filter(Boolean)
        .join('，');
      out.push(`${h.sheet ? `工作表「${h.sheet}」` : ''}表头在第 ${h.line} 行 / header on line ${h.line}: ${mapped}`);
      if (h.mapping.unmapped.length) out.push(`  未识别的列（已忽略，可用 --map 列名=字段 指定）/ unmapped columns (ignored; use --map COLUMN=FIELD): ${h.mapping.unmapped.join('，')}`);
      for (const d of h.mapping.duplicates) out.push(`  多列对应「${FIELD_LABEL[d.field]}」，使用第一列 / several columns for ${d.field}, the first is used: ${d.headers.join('，')}`);
      if (h.mapping.unusedMaps.length) out.push(`  --map 未找到这些列 / --map names no such column: ${h.mapping.unusedMaps.join('，')}`);
    }
    return out;
  }
}

export const ALL_FIELDS = FIELDS;

// ---------------------------------------------------------------- values

/** yyyy-mm-dd from 2014-08-21, 2014/8/21, 2014.8.21, 2014年8月21日, 20140821, 2014年8月, 2014. */
export function parseDate(s: string): string | undefined {
  const t = s.normalize('NFKC').trim();
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(t);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(t);
  if (m) {
    const y = +m[1]!;
    const mo = +m[2]!;
    return validYear(y) && mo >= 1 && mo <= 12 ? `${y}-${String(mo).padStart(2, '0')}` : undefined;
  }
  m = /^(\d{4})\s*年?$/.exec(t);
  if (m) return validYear(+m[1]!) ? m[1] : undefined;
  return undefined;
}

function validYear(y: number): boolean {
  return y >= 1800 && y <= 2100;
}

function ymd(y: number, mo: number, d: number): string | undefined {
  if (!validYear(y) || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCMonth() !== mo - 1) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const CURRENCIES: [RegExp, string][] = [
  [/美元|USD|US\$/i, 'USD'],
  [/港元|港币|HKD/i, 'HKD'],
  [/欧元|EUR/i, 'EUR'],
  [/日元|JPY/i, 'JPY'],
  [/英镑|GBP/i, 'GBP'],
  [/人民币|元|RMB|CNY/i, 'CNY'],
];

/**
 * Registered capital in 万 of its currency: 5000万元, 5,000万人民币, 1.2亿元, 500万美元, 3000 (with
 * a header unit 万元, or a bare number read as 万元, how registries state it).
 */
export function parseCapital(s: string, headerUnit?: string): Capital | undefined {
  const t = s.normalize('NFKC').replace(/[,，\s]/g, '');
  const m = /^(\d+(?:\.\d+)?)(亿|万|千|百)?(.*)$/.exec(t);
  if (!m) return undefined;
  let amount = Number(m[1]);
  if (!Number.isFinite(amount)) return undefined;
  const rest = (m[3] ?? '') + (headerUnit ?? '');
  let mult: string | undefined = m[2];
  if (!mult && headerUnit) mult = /亿/.test(headerUnit) ? '亿' : /万/.test(headerUnit) ? '万' : undefined;
  if (!mult && /^元|^人民币元/.test(m[3] ?? '')) amount = amount / 10_000; // plain 元
  else if (mult === '亿') amount *= 10_000;
  else if (mult === '千') amount = (m[3] ?? '').startsWith('万') ? amount * 1000 : amount / 10;
  else if (mult === '百') amount = (m[3] ?? '').startsWith('万') ? amount * 100 : amount / 100;
  const rest2 = rest.replace(/亿|万|千|百/g, '');
  if (rest2 && !CURRENCIES.some(([re]) => re.test(rest2))) return undefined;
  const currency = CURRENCIES.find(([re]) => re.test(rest2))?.[1] ?? 'CNY';
  return { wan: Math.round(amount * 10_000) / 10_000, currency };
}

function parseCount(s: string): number | undefined {
  const t = s.normalize('NFKC').replace(/[,，\s人名]/g, '');
  const range = /^(\d+)[-~至到](\d+)$/.exec(t);
  if (range) return Math.round((+range[1]! + +range[2]!) / 2);
  const m = /^(\d+)(\+|以上)?$/.exec(t);
  return m ? +m[1]! : undefined;
}

/** Tags as a list: split on 、，,;；/| and spaces; common spellings unified. */
export function splitTags(s: string): string[] {
  const out: string[] = [];
  for (const part of s.normalize('NFKC').split(/[、,;；/|\s]+/)) {
    const t = TAG_CANON[part] ?? part;
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

const TAG_CANON: Record<string, string> = {
  高企: '高新技术企业',
  国家高新技术企业: '高新技术企业',
  国高: '高新技术企业',
  专精特新企业: '专精特新',
  专精特新中小企业: '专精特新',
  国家级专精特新小巨人: '专精特新小巨人',
  小巨人: '专精特新小巨人',
  专精特新小巨人企业: '专精特新小巨人',
  上市公司: '上市',
  已上市: '上市',
  科技型中小企业: '科技型中小企业',
  雏鹰: '雏鹰企业',
  瞪羚: '瞪羚企业',
  独角兽企业: '独角兽',
};
