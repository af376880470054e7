// A line's field label: 主要承载园区：P、Q / 重点企业：A、B / 细分领域：X、Y / 创新平台：L — the genre's
// key-value blocks (链长制 图谱, park profiles, 招商指南). What a label's items are is read by one
// vocabulary, the table column words of structure/table-columns.ts (a labelled line is a table row written
// out), so the entity layer, the field blocks and the chain tables agree on what 承载园区 or 核心配套企业 means.
import { columnRole, type ColumnRole } from '../structure/table-columns.ts';

export interface FieldLabel {
  /** The label word as written (主要承载园区). */
  word: string;
  /** What its items are. */
  role: ColumnRole;
  /** Offset (in the line) just after the colon and its blanks. */
  end: number;
}

const LABEL_AT_START = /^\s*([\u4e00-\u9fff]{2,8})\s*[:：]\s*/;

/** The field label opening a line, if its word is one the column vocabulary knows (not 'other'). */
export function fieldLabel(line: string): FieldLabel | undefined {
  const m = LABEL_AT_START.exec(line);
  if (!m) return undefined;
  const role = columnRole(m[1]!);
  if (role === 'other' || role === 'number') return undefined;
  return { word: m[1]!, role, end: m[0].length };
}

/** Is `word` a label word of items of some kind (主要承载园区, 重点企业, 创新平台)? */
export function isLabelWord(word: string): boolean {
  const r = columnRole(word);
  return r !== 'other' && r !== 'number';
}

/** Is `word` a label of firms (链主企业, 重点企业, 核心配套企业, 招商目标企业)? */
export function isFirmLabel(word: string): boolean {
  const r = columnRole(word);
  return r === 'enterprise' || r === 'target';
}
