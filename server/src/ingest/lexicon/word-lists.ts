// The two one-word-per-line files: functional-stems.txt and not-industries.txt.
import { contentLines, lexiconError } from './table.ts';
import type { StopList } from './types.ts';

/** functional-stems.txt: one stem per line; duplicates dropped; longest first (the matcher relies on it). */
export function parseStems(text: string, file = 'functional-stems.txt'): string[] {
  const stems: string[] = [];
  for (const { line, text: raw } of contentLines(text)) {
    const stem = raw.trim();
    if (/\s/.test(stem)) throw lexiconError(file, line, `每行一个词干，不含空格或制表符 / one stem per line, without blanks: "${stem}"`);
    if (!stems.includes(stem)) stems.push(stem);
  }
  return stems.sort((a, b) => b.length - a.length);
}

/**
 * not-industries.txt: one or more patterns per line separated by |, then optionally a tab and a
 * note. `*word` matches names ending in word, `word*` names starting with it, `word` that name only.
 */
export function parseStopList(text: string, file = 'not-industries.txt'): StopList {
  const out: StopList = { exact: new Set(), suffixes: [], prefixes: [] };
  for (const { line, text: raw } of contentLines(text)) {
    const patterns = raw.trim().split('\t')[0] ?? '';
    for (const w of patterns.split('|').map((x) => x.trim()).filter(Boolean)) {
      if ((w.startsWith('*') && w.endsWith('*')) || w.slice(1, -1).includes('*')) throw lexiconError(file, line, `「${w}」：* 只能写在词首或词尾 / "*" only at the start or the end of a pattern`);
      if (w.startsWith('*')) out.suffixes.push(w.slice(1));
      else if (w.endsWith('*')) out.prefixes.push(w.slice(0, -1));
      else out.exact.add(w);
    }
  }
  return out;
}
