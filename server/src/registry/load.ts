// Read a whole registry: raw records → registry records, with every issue. The records are kept
// (10⁵ rows is ~100 MB at most); resolution needs them all before anything is written.
import { KgError } from '../errors.ts';
import { knownHeadersHelp, type ColumnMap } from './fields.ts';
import type { IndustryCodes } from './gbt4754.ts';
import type { RegistryReader } from './read.ts';
import { issueFromRead, RowReader, type RegistryRecord, type RowIssue } from './rows.ts';

export interface LoadedRegistry {
  file: string;
  format: RegistryReader['format'];
  encoding?: string;
  records: RegistryRecord[];
  /** Errors (row skipped) and warnings (a value dropped), in file order. */
  issues: RowIssue[];
  /** Data rows read (after the header), good or bad. */
  rows: number;
  mapping: string[];
  mergedCells: number;
}

export async function loadRegistry(reader: RegistryReader, codes: IndustryCodes, map: ColumnMap = new Map()): Promise<LoadedRegistry> {
  const rows = new RowReader(codes, map);
  const records: RegistryRecord[] = [];
  let firstCells: string[] | undefined;
  let seen = 0;
  for await (const raw of reader.records()) {
    if (!firstCells) firstCells = raw.cells;
    seen++;
    const rec = rows.push(raw);
    if (rec) records.push(rec);
    if (rows.missingHeader && seen >= 30 && reader.format === 'csv') break;
  }
  if (rows.missingHeader) {
    const shown = (firstCells ?? []).filter(Boolean).slice(0, 12).join('，') || '（空 / empty）';
    throw new KgError(
      'BAD_USER_INPUT',
      `${reader.file}：前 30 行中没有找到表头（需要「企业名称」列）。首行为：${shown}。可识别的列名：${knownHeadersHelp()}；其他列名请用 --map 列名=字段 指定 / ` +
        `no header row with an enterprise-name column in the first 30 rows; map columns with --map COLUMN=FIELD`,
      { details: { file: reader.file } },
    );
  }
  const issues = [...reader.issues.map(issueFromRead), ...rows.issues];
  if (reader.format === 'csv') issues.sort((a, b) => a.line - b.line);
  const out: LoadedRegistry = { file: reader.file, format: reader.format, records, issues, rows: rows.rows, mapping: rows.describeMapping(), mergedCells: rows.mergedCells };
  if (reader.encoding) out.encoding = reader.encoding;
  return out;
}
