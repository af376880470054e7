// Reading an enterprise registry file into raw records (cells + the line they came from).
//
// CSV/TSV/TXT: streamed (10⁵–10⁶ rows in constant memory). The encoding is sniffed from the first
// 64 KB: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"), else GB18030 (a
// superset of GBK, what Excel writes on a Chinese Windows). A UTF-8 file with a few rows pasted in
// another encoding stays UTF-8: those rows decode with U+FFFD and are reported, the rest load.
// The delimiter (comma, tab, semicolon) is sniffed from the first lines. Quotes are parsed leniently
// (a stray quote inside a field is kept), and each record knows the line it starts on.
//
// XLSX: loaded whole with exceljs (its streaming reader decodes each XML chunk separately and breaks
// Chinese characters that straddle two chunks; measured: 434 of 10⁵ rows damaged). Merged cells give
// every covered cell the master's value (a park written once for a block of rows applies to each), rich
// text, hyperlinks and formulas give their text or result, dates become yyyy-mm-dd. Every visible sheet
// with a recognisable header row is read. 10⁵ rows take ~30 s and ~0.5 GB: CSV is the path for bulk.
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import iconv from 'iconv-lite';
import { KgError } from '../errors.ts';
import { utf8Validity } from '../text.ts';
import { assertZipWithinLimits, DOCX_LIMITS, ZipGuardError, type ZipLimits } from '../ingest/zip-guard.ts';

export type RegistryFormat = 'csv' | 'xlsx';

/** One row as read: cells in column order, 1-based line (CSV) or row number (XLSX). */
export interface RawRecord {
  line: number;
  sheet?: string;
  cells: string[];
  /** Column indices whose value came from a merged cell's master (XLSX). */
  merged?: number[];
  /** Column indices holding a number too large for Excel to keep exactly (18-digit codes typed as numbers). */
  lossy?: number[];
}

/** A problem found while reading (not about one field): bad quotes, undecodable bytes. */
export interface ReadIssue {
  line: number;
  sheet?: string;
  code: 'CSV_SYNTAX' | 'BAD_ENCODING' | 'TOO_MANY_ROWS';
  message: string;
}

export interface RegistryReader {
  file: string;
  format: RegistryFormat;
  /** Decoding used for CSV: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030. */
  encoding?: string;
  delimiter?: string;
  records(): AsyncIterable<RawRecord>;
  /** Filled while `records()` is iterated. */
  issues: ReadIssue[];
}

/**
 * Upper bounds: a city's registry is 10⁴–10⁵ rows; 10⁶ rows and 500 MB keep one import bounded.
 * An xlsx is loaded whole by exceljs (measured, fix33: 10⁵ rows × 15 columns, 40 MB of sheet XML and
 * 11 MB of shared strings, took 100 s and 401 MB; the same with inline strings, 84 MB of XML, 107 s and
 * 548 MB): its parts are counted before exceljs sees them (the zip guard's one pass over the XML) and
 * refused past these, TOO_LARGE naming the count and the limit; CSV is the path for bigger registries.
 */
export const REGISTRY_LIMITS = {
  maxCsvBytes: 500 * 1024 * 1024,
  maxXlsxBytes: 100 * 1024 * 1024,
  maxRows: 1_000_000,
  maxCellChars: 20_000,
  /** Rows (<row> elements) over all sheets of an xlsx. */
  maxXlsxRows: 200_000,
  /** Cells (<c> elements) over all sheets of an xlsx. */
  maxXlsxCells: 4_000_000,
  /** Shared strings (<si> elements) of an xlsx. */
  maxXlsxSharedStrings: 2_000_000,
  /** Inflated size of one XML part of an xlsx (a sheet, the shared strings). */
  maxXlsxPartBytes: 128 * 1024 * 1024,
  /** Inflated XML of all parts of an xlsx together. */
  maxXlsxXmlBytes: 256 * 1024 * 1024,
};

const CSV_EXT = new Set(['.csv', '.tsv', '.txt']);
const XLSX_EXT = new Set(['.xlsx', '.xlsm']);

export function registryFormatOf(file: string): RegistryFormat | undefined {
  const ext = extname(file).toLowerCase();
  if (CSV_EXT.has(ext)) return 'csv';
  if (XLSX_EXT.has(ext)) return 'xlsx';
  return undefined;
}

function unsupported(file: string): KgError {
  const hint = /\.(xls|et|numbers|ods)$/i.test(file) ? '；请另存为 xlsx 或 CSV / save it as .xlsx or .csv first' : '';
  return new KgError('UNSUPPORTED_TYPE', `不支持的名录文件类型：${file}（支持 csv、tsv、txt、xlsx）${hint} / unsupported registry file type: ${file} (csv, tsv, txt, xlsx)`, { details: { file } });
}

export async function openRegistry(path: string): Promise<RegistryReader> {
  const file = basename(path);
  const format = registryFormatOf(file);
  if (!format) throw unsupported(file);
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new KgError('UNREADABLE', `不是普通文件：${path} / not a regular file`, { details: { file } });
    size = st.size;
  } catch (e) {
    if (e instanceof KgError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new KgError('NOT_FOUND', `文件不存在：${path} / file not found: ${path}`, { details: { file } });
    throw new KgError('UNREADABLE', `无法读取文件：${path} — ${(e as Error).message} / cannot read file`, { details: { file } });
  }
  if (size === 0) throw new KgError('EMPTY', `名录文件为空：${file} / registry file is empty`, { details: { file } });
  if (format === 'csv') {
    if (size > REGISTRY_LIMITS.maxCsvBytes) throw tooLarge(file, size, REGISTRY_LIMITS.maxCsvBytes);
    const head = await readHead(path, 64 * 1024);
    return csvReader(file, head, () => createReadStream(path, { highWaterMark: 1 << 20 }));
  }
  if (size > REGISTRY_LIMITS.maxXlsxBytes) throw tooLarge(file, size, REGISTRY_LIMITS.maxXlsxBytes);
  return xlsxReader(file, new Uint8Array(await readFile(path)));
}

/** The same reader over bytes already in memory (uploads). */
export function openRegistryBytes(file: string, bytes: Uint8Array): RegistryReader {
  const name = basename(file);
  const format = registryFormatOf(name);
  if (!format) throw unsupported(name);
  if (bytes.length === 0) throw new KgError('EMPTY', `名录文件为空：${name} / registry file is empty`, { details: { file: name } });
  if (format === 'csv') {
    if (bytes.length > REGISTRY_LIMITS.maxCsvBytes) throw tooLarge(name, bytes.length, REGISTRY_LIMITS.maxCsvBytes);
    return csvReader(name, bytes.subarray(0, 64 * 1024), () => Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]));
  }
  if (bytes.length > REGISTRY_LIMITS.maxXlsxBytes) throw tooLarge(name, bytes.length, REGISTRY_LIMITS.maxXlsxBytes);
  return xlsxReader(name, bytes);
}

function tooLarge(file: string, size: number, max: number): KgError {
  return new KgError('TOO_LARGE', `名录文件过大：${file}（${(size / 1048576).toFixed(1)} MB，上限 ${max / 1048576} MB）/ registry file too large`, { details: { file, size, max } });
}

async function readHead(path: string, n: number): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return new Uint8Array(buf.buffer, buf.byteOffset, bytesRead);
  } finally {
    await fh.close();
  }
}

// ---------------------------------------------------------------- encodings

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Sniffs the encoding from the first bytes of a file. Throws BAD_ENCODING for binary data. */
export function sniffEncoding(file: string, head: Uint8Array): CsvEncoding {
  const b = head;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8-bom';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b.includes(0)) {
    throw new KgError('BAD_ENCODING', `名录文件含有二进制数据（不是文本或 CSV）：${file} / the file contains binary data, not CSV text`, { details: { file } });
  }
  // Cut a character split at the end of the sample before judging.
  let end = b.length;
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b[b.length - k]!;
    if ((c & 0xc0) === 0x80) continue;
    const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    if (len > k) end = b.length - k;
    break;
  }
  const { valid, invalid } = utf8Validity(b.subarray(0, end));
  if (invalid === 0) return 'utf-8';
  // Mostly UTF-8 with a few foreign rows: keep UTF-8 and report those rows.
  if (valid >= 4 * invalid) return 'utf-8';
  const text = iconv.decode(Buffer.from(b.subarray(0, end)), 'gb18030');
  if (!looksLikeText(text)) {
    throw new KgError('BAD_ENCODING', `无法识别名录文件的编码（既不是 UTF-8 也不是 GBK）：${file} / cannot decode the file (neither UTF-8 nor GBK)`, { details: { file } });
  }
  return 'gb18030';
}


/** Mostly CJK, ASCII and punctuation; few control or private-use characters. */
export function looksLikeText(text: string): boolean {
  let good = 0;
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 9 || c === 10 || c === 13 || (c >= 0x20 && c < 0x7f)) good++;
    else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) bad++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) good++;
    else good += 0.5;
  }
  const total = good + bad;
  return total > 0 && bad / total < 0.02;
}

/** Cells that show a decoding failure: U+FFFD, or private-use characters typical of a wrong GBK decode. */
export function hasDecodingDamage(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) return true;
  }
  return false;
}

class Utf8Decode extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    cb(null, this.decoder.decode(chunk, { stream: true }));
  }
  override _flush(cb: TransformCallback): void {
    cb(null, this.decoder.decode());
  }
}

function decoderFor(enc: CsvEncoding): NodeJS.ReadWriteStream {
  // TextDecoder('utf-8') drops a leading BOM itself (ignoreBOM: false).
  if (enc === 'utf-8' || enc === 'utf-8-bom') return new Utf8Decode();
  return iconv.decodeStream(enc, { stripBOM: true });
}

/** The delimiter used most in the first non-empty lines (outside quotes): comma, tab or semicolon. */
export function sniffDelimiter(sample: string): string {
  const lines = sample.split(/\r?\n/).filter((l) => l.trim()).slice(0, 5);
  let best = ',';
  let bestCount = 0;
  for (const d of [',', '\t', ';', '|']) {
    let count = 0;
    for (const l of lines) count += l.replace(/"[^"]*"/g, '').split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

function csvReader(file: string, head: Uint8Array, stream: () => Readable): RegistryReader {
  const encoding = sniffEncoding(file, head);
  const sample = encoding === 'utf-8' || encoding === 'utf-8-bom'
    ? new TextDecoder('utf-8').decode(head)
    : iconv.decode(Buffer.from(head), encoding);
  const delimiter = sniffDelimiter(sample);
  const issues: ReadIssue[] = [];
  return {
    file,
    format: 'csv',
    encoding,
    delimiter,
    issues,
    async *records(): AsyncIterable<RawRecord> {
      // UTF-8 goes to csv-parse as bytes (it decodes each field; bad bytes become U+FFFD); other
      // encodings are decoded by iconv first. Line numbers are counted here, not with csv-parse's
      // `info` (which doubles its time): every record is one line plus the line breaks inside its
      // quoted fields; empty lines come through as empty records and are counted too; a record
      // csv-parse skips for a syntax error is resynchronised from the error's line.
      const utf8 = encoding === 'utf-8' || encoding === 'utf-8-bom';
      const parser = parseCsv({
        delimiter,
        bom: true,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: false,
        skip_records_with_error: true,
        max_record_size: REGISTRY_LIMITS.maxCellChars * 8,
      });
      /** Skipped records: how many records came before each, and the line the parser had reached. */
      const skips: { before: number; lines: number; code: string; message: string }[] = [];
      parser.on('skip', (err: Error & { lines?: number; code?: string }) => {
        skips.push({ before: parser.info.records, lines: err.lines ?? 0, code: err.code ?? '', message: err.message });
      });
      const source = stream();
      let input: NodeJS.ReadableStream = source;
      if (!utf8) {
        const decoded = source.pipe(decoderFor(encoding) as unknown as Transform);
        source.on('error', (e) => decoded.destroy(e));
        input = decoded;
      }
      (input as Readable).on('error', (e: Error) => parser.destroy(e));
      input.pipe(parser);
      let next = 1;
      let seen = 0;
      let rows = 0;
      const resync = () => {
        while (skips.length && skips[0]!.before <= seen) {
          const k = skips.shift()!;
          const what =
            k.code === 'CSV_QUOTE_NOT_CLOSED'
              ? `引号未闭合，从第 ${next} 行到文件末尾未能读取 / unterminated quote: lines ${next}–${k.lines || '?'} could not be read`
              : `CSV 格式错误 / CSV syntax error: ${k.message}`;
          issues.push({ line: next, code: 'CSV_SYNTAX', message: what });
          if (k.lines) next = Math.max(next, k.lines + 1);
        }
      };
      for await (const record of parser as AsyncIterable<string[]>) {
        resync();
        seen++;
        const line = next;
        let inner = 0;
        for (const c of record) for (let i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) inner++;
        next = line + inner + 1;
        if (record.length === 1 && record[0] === '') continue; // an empty line
        if (++rows > REGISTRY_LIMITS.maxRows) {
          issues.push({ line, code: 'TOO_MANY_ROWS', message: `超过 ${REGISTRY_LIMITS.maxRows} 行，其余未读取 / more than ${REGISTRY_LIMITS.maxRows} rows: the rest was not read` });
          source.destroy();
          return;
        }
        yield { line, cells: record };
      }
      resync();
    },
  };
}

// ---------------------------------------------------------------- xlsx

// The same XML scan as the docx reader's (zip-guard.ts): a workbook nests ~7–12 elements deep
// (worksheet > sheetData > row > c > is > r > t), Excel never writes a DTD; nesting beyond 256
// levels and DTD / entity declarations are refused, naming the part, before exceljs parses anything.
// fix33: and the parts' size, rows, cells and shared strings (REGISTRY_LIMITS), counted in the same pass
// (a part was allowed 768 MB of XML: exceljs would need ~8 GB for it). Elements are counted with and
// without the x: prefix some writers use.
function xlsxZipLimits(): ZipLimits {
  const L = REGISTRY_LIMITS;
  return {
    maxTotalBytes: 1024 * 1024 * 1024,
    maxXmlBytes: L.maxXlsxPartBytes,
    maxEntries: 10_000,
    maxXmlDepth: DOCX_LIMITS.maxXmlDepth,
    refuseDtd: true,
    maxXmlTotalBytes: L.maxXlsxXmlBytes,
    countElements: { row: L.maxXlsxRows, 'x:row': L.maxXlsxRows, c: L.maxXlsxCells, 'x:c': L.maxXlsxCells, si: L.maxXlsxSharedStrings, 'x:si': L.maxXlsxSharedStrings },
  };
}

const XLSX_COUNTED: Record<string, [string, string]> = {
  row: ['行', 'rows'],
  c: ['个单元格', 'cells'],
  si: ['个共享字符串', 'shared strings'],
};

/** The refusal of an xlsx past a counted limit: what was counted, the limit, what to do. */
function xlsxOverError(file: string, over: NonNullable<ZipGuardError['over']>): KgError {
  const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
  const hint = '请拆分文件，或另存为 CSV（CSV 至多 1,000,000 行）/ split the file, or save it as CSV (up to 1,000,000 rows)';
  if (over.limit === 'countElements') {
    const [zh, en] = XLSX_COUNTED[over.element!.replace(/^x:/, '')] ?? ['个元素', `<${over.element}> elements`];
    return new KgError(
      'TOO_LARGE',
      `名录文件过大：${file} 含有超过 ${over.max.toLocaleString('en')} ${zh}（读入前已数到 ${over.count.toLocaleString('en')}），上限 ${over.max.toLocaleString('en')}；${hint} / registry workbook too large: ${file} has more than ${over.max.toLocaleString('en')} ${en} (${over.count.toLocaleString('en')} counted before parsing)`,
      { details: { file, limit: en, count: over.count, max: over.max } },
    );
  }
  return new KgError(
    'TOO_LARGE',
    `名录文件过大：${file} 的表格 XML 解压后超过 ${mb(over.max)}（已数到 ${mb(over.count)}）；${hint} / registry workbook too large: ${file} inflates to more than ${mb(over.max)} of XML`,
    { details: { file, limit: 'xml bytes', count: over.count, max: over.max } },
  );
}

function xlsxReader(file: string, bytes: Uint8Array): RegistryReader {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new KgError('UNREADABLE', `不是有效的 xlsx 文件：${file} / not a valid xlsx (zip) file`, { details: { file } });
  }
  try {
    assertZipWithinLimits(bytes, xlsxZipLimits());
  } catch (e) {
    if (e instanceof ZipGuardError && e.over) throw xlsxOverError(file, e.over);
    if (e instanceof ZipGuardError) throw new KgError(e.kind === 'too_large' ? 'TOO_LARGE' : 'UNREADABLE', `${file}: ${e.message}`, { details: { file } });
    throw e;
  }
  const issues: ReadIssue[] = [];
  return {
    file,
    format: 'xlsx',
    issues,
    async *records(): AsyncIterable<RawRecord> {
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      try {
        await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
      } catch (e) {
        throw new KgError('UNREADABLE', `无法读取 xlsx 文件：${file} — ${(e as Error).message} / cannot read the xlsx file`, { details: { file } });
      }
      let rows = 0;
      for (const ws of wb.worksheets) {
        if (ws.state && ws.state !== 'visible') continue;
        const width = ws.columnCount;
        for (let r = 1; r <= ws.rowCount; r++) {
          const row = ws.getRow(r);
          if (!row.hasValues) continue;
          const cells: string[] = [];
          const merged: number[] = [];
          const lossy: number[] = [];
          for (let c = 1; c <= width; c++) {
            const cell = row.getCell(c);
            const v = cellText(cell.value);
            cells.push(v.text);
            if (v.lossy) lossy.push(c - 1);
            if (cell.isMerged && cell.master && cell.master.address !== cell.address && v.text) merged.push(c - 1);
          }
          while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
          if (cells.length === 0) continue;
          if (++rows > REGISTRY_LIMITS.maxRows) {
            issues.push({ line: r, sheet: ws.name, code: 'TOO_MANY_ROWS', message: `超过 ${REGISTRY_LIMITS.maxRows} 行，其余未读取 / more than ${REGISTRY_LIMITS.maxRows} rows: the rest was not read` });
            return;
          }
          const rec: RawRecord = { line: r, sheet: ws.name, cells };
          if (merged.length) rec.merged = merged;
          if (lossy.length) rec.lossy = lossy;
          yield rec;
        }
      }
    },
  };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The text of an exceljs cell value. */
export function cellText(value: unknown): { text: string; lossy?: boolean } {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') {
    if (Number.isInteger(value) && Math.abs(value) > Number.MAX_SAFE_INTEGER) return { text: String(value), lossy: true };
    return { text: Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12))) };
  }
  if (typeof value === 'boolean') return { text: value ? '是' : '否' };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { text: '' };
    return { text: `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}` };
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (Array.isArray(o.richText)) return { text: (o.richText as { text?: string }[]).map((p) => p.text ?? '').join('') };
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) return cellText(o.result);
    if (typeof o.text === 'string') return { text: o.text };
    if (o.text && typeof o.text === 'object') return cellText(o.text);
    if ('error' in o) return { text: '' };
  }
  return { text: String(value) };
}
