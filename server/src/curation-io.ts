// The curation log in and out of files: the audit trail as CSV (for spreadsheets: formula-looking
// cells neutralised) or JSON, and the records of an export read back for `kg import-curation`.
import type { GraphEdge, GraphNode } from './model.ts';
import { EXPORT_FORMAT } from './model.ts';
import { CURATION_FORMAT, CurationRecordError, parseCurationRecord, type CurationRecord, type CurationSnapshot } from './store/curation.ts';

const OP_ZH: Record<CurationRecord['op'], string> = {
  accept: '确认',
  reject: '拒绝',
  edit: '修改',
  add: '新增',
  merge: '合并',
  split: '拆分',
  undo: '撤销',
};

/**
 * One CSV cell. Quoted when it holds a comma, quote or line break; text a spreadsheet would run
 * as a formula (= + - @, tab, CR) gets a leading apostrophe (OWASP "CSV injection").
 */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function nodeText(n: GraphNode): string {
  return `${n.name}［${n.label}］`;
}

function edgeText(e: GraphEdge, ends: GraphNode[] | undefined): string {
  const name = (id: string) => ends?.find((n) => n.id === id)?.name ?? id;
  const basis = typeof e.properties.basis === 'string' ? ` basis=${e.properties.basis}` : '';
  const conf = typeof e.properties.confidence === 'number' ? ` confidence=${e.properties.confidence}` : '';
  return `${name(e.source)} —${e.type}→ ${name(e.target)}${basis}${conf}`;
}

/** A snapshot in one readable line (the JSON columns carry the whole of it). */
export function describeSnapshot(s: CurationSnapshot | null): string {
  if (!s) return '';
  if (s.edge) return edgeText(s.edge, s.ends);
  if (s.node) {
    const aliases = s.node.aliases.filter((a) => a !== s.node!.name);
    return nodeText(s.node) + (aliases.length ? ` 别名 ${aliases.join('、')}` : '');
  }
  return '';
}

export const CHANGES_CSV_HEADER = ['seq', 'id', 'at', 'author', 'op', 'op_zh', 'kind', 'target', 'nodes', 'note', 'before', 'after', 'before_json', 'after_json'] as const;

/** The audit trail as CSV (UTF-8 with BOM, CRLF), one row per change in the order given. */
export function changesToCsv(records: readonly CurationRecord[]): string {
  const rows = records.map((r) => [
    r.seq,
    r.id,
    r.at,
    r.author,
    r.op,
    OP_ZH[r.op],
    r.kind,
    r.target,
    r.nodeIds.join(' '),
    r.note,
    describeSnapshot(r.before),
    describeSnapshot(r.after),
    r.before ? JSON.stringify(r.before) : '',
    r.after ? JSON.stringify(r.after) : '',
  ]);
  return '\uFEFF' + [CHANGES_CSV_HEADER as readonly unknown[], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function changesToJson(records: readonly CurationRecord[]): string {
  return JSON.stringify({ format: CURATION_FORMAT, changes: records }, null, 1) + '\n';
}

export class CurationFileError extends Error {}

/**
 * Curation records from a file: a graph export (`industry-kg/graph@1` with a `curation` array),
 * a `industry-kg/curation@1` file (`changes`), or JSON Lines (the embedded store's curation.jsonl).
 * Every record is validated; the first bad one fails the whole file, naming it.
 */
export function parseCurationFile(text: string, file: string): CurationRecord[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw new CurationFileError(`${file}: 文件为空 / the file is empty`);
  let list: unknown[];
  let at: (i: number) => string = (i) => `${file}: record ${i + 1}`;
  if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
    let doc: unknown;
    try {
      doc = JSON.parse(trimmed);
    } catch {
      throw new CurationFileError(`${file}: 不是合法 JSON / not valid JSON`);
    }
    const d = doc as { format?: unknown; curation?: unknown; changes?: unknown };
    if (d.format === EXPORT_FORMAT) {
      if (!Array.isArray(d.curation)) throw new CurationFileError(`${file}: 导出文件中没有审核记录（curation）/ the export has no curation array`);
      list = d.curation;
    } else if (d.format === CURATION_FORMAT) {
      if (!Array.isArray(d.changes)) throw new CurationFileError(`${file}: changes 必须是数组 / changes must be an array`);
      list = d.changes;
    } else {
      // a single JSON Lines record
      list = [doc];
    }
  } else {
    const lines = trimmed.split(/\r?\n/);
    list = [];
    const lineNo: number[] = [];
    lines.forEach((l, i) => {
      if (!l.trim()) return;
      try {
        list.push(JSON.parse(l));
        lineNo.push(i + 1);
      } catch {
        throw new CurationFileError(`${file}:${i + 1}: 不是合法 JSON / not valid JSON`);
      }
    });
    at = (i) => `${file}:${lineNo[i]}`;
  }
  return list.map((x, i) => {
    try {
      return parseCurationRecord(x, at(i), { requireSeq: true });
    } catch (err) {
      if (err instanceof CurationRecordError) throw new CurationFileError(err.message);
      throw err;
    }
  });
}

const KIND_ZH = { node: '节点', edge: '关系' } as const;

/** One line saying what a change did, in Chinese (the audit trail's summary column). */
export function summarizeChange(r: CurationRecord, undone?: CurationRecord | null): string {
  const what = (s: CurationSnapshot | null) => describeSnapshot(s) || r.target;
  switch (r.op) {
    case 'merge':
      return `合并：${describeSnapshot(r.before)} → ${r.before?.ends?.[0] ? nodeText(r.before.ends[0]) : r.into}`;
    case 'split':
      return `拆分：${r.after?.node ? nodeText(r.after.node) : r.nodeIds.join('、')}`;
    case 'undo':
      return `撤销「${undone ? summarizeChange(undone) : r.target}」`;
    case 'edit':
      if (r.kind === 'edge' && r.after?.edge && r.before?.edge && r.after.edge.id !== r.before.edge.id) return `修改关系：${what(r.before)} ⇒ ${what(r.after)}`;
      return `修改${KIND_ZH[r.kind]}：${what(r.after ?? r.before)}`;
    default:
      return `${OP_ZH[r.op]}${KIND_ZH[r.kind]}：${what(r.op === 'add' ? r.after ?? (r.node ? { node: r.node } : null) : r.before)}`;
  }
}
