// File names become document ids, titles in the UI, lines in the write log and names in SVG,
// GraphML and CSV exports. Names with control characters (NUL, newlines, ANSI escapes), bidi
// overrides (a name that reads "txt.exe" backwards) or other invisible format characters are
// refused, not silently cleaned: cleaning would let two different names collide on one document.
import { KgError } from './errors.ts';

/** C0/C1 controls, DEL, bidi marks/embeddings/overrides/isolates, ALM, BOM, line/paragraph separators. */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/u;
const MAX_BYTES = 255;

/** The name with every forbidden or non-printing character shown as \uXXXX (safe for a terminal or log). */
export function printableName(name: string): string {
  return name.replace(new RegExp(FORBIDDEN.source, 'gu'), (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/** Why `name` (a base name, not a path) cannot be a document's file name, or null when it can. */
export function fileNameProblem(name: string): string | null {
  if (!name || !name.trim()) return '文件名为空 / empty file name';
  if (FORBIDDEN.test(name)) return `文件名含控制字符或双向文字控制符：${printableName(name)} / file name contains control or bidi-override characters: ${printableName(name)}`;
  if (/[\\/]/.test(name) || name === '.' || name === '..') return `文件名不能含路径：${name} / the file name must not contain a path: ${name}`;
  if (Buffer.byteLength(name, 'utf8') > MAX_BYTES) return `文件名过长（最多 ${MAX_BYTES} 字节）/ file name longer than ${MAX_BYTES} bytes`;
  if (name !== name.trim()) return `文件名首尾不能有空格：「${name}」/ the file name starts or ends with a space`;
  return null;
}

/** Throws BAD_USER_INPUT when `name` cannot be a document's file name. */
export function assertFileName(name: string): void {
  const p = fileNameProblem(name);
  if (p) throw new KgError('BAD_USER_INPUT', p, { details: { file: printableName(name) } });
}
