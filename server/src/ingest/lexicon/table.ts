// The one reader of the lexicon's text files: UTF-8 (a BOM is dropped), `#` comment lines and blank
// lines skipped, every other line kept with its line number so that a bad value is reported where
// it is. A bad line is a KgError LEXICON_INVALID naming the file and the line.
import { KgError } from '../../errors.ts';

export interface NumberedLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
}

export function lexiconError(file: string, line: number | undefined, reason: string): KgError {
  const where = line === undefined ? file : `${file}:${line}`;
  const details: Record<string, string | number> = { file };
  if (line !== undefined) details.line = line;
  return new KgError('LEXICON_INVALID', `词表文件有误 / invalid lexicon file ${where}: ${reason}`, { details });
}

/** Content lines of a lexicon file (trimmed at the end only; tabs are significant). */
export function contentLines(text: string): NumberedLine[] {
  const out: NumberedLine[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      if (!raw.trim() || raw.trimStart().startsWith('#')) return;
      out.push({ line: i + 1, text: raw });
    });
  return out;
}

export interface TableRow {
  line: number;
  /** Cells by column position, trimmed. */
  cells: string[];
  /** Cells by header name (lower case). */
  byName: Record<string, string>;
}

/**
 * A tab-separated table: the first content line is the header. `columns` are the header names the
 * file must have (lower case, in any order); extra columns are allowed and kept.
 */
export function readTable(text: string, file: string, columns: readonly string[]): TableRow[] {
  const lines = contentLines(text);
  const head = lines[0];
  if (!head) return [];
  const header = head.text.split('\t').map((c) => c.trim().toLowerCase());
  for (const c of columns) {
    if (!header.includes(c)) throw lexiconError(file, head.line, `表头缺少列「${c}」/ the header lacks the column "${c}" (expected: ${columns.join(', ')})`);
  }
  return lines.slice(1).map(({ line, text: raw }) => {
    const cells = raw.split('\t').map((c) => c.trim());
    const byName: Record<string, string> = {};
    header.forEach((h, j) => (byName[h] = cells[j] ?? ''));
    return { line, cells, byName };
  });
}

/** Values of one cell separated by `sep`, trimmed, empty ones dropped. */
export function splitCell(cell: string | undefined, sep: RegExp | string): string[] {
  return (cell ?? '')
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);
}
