// The lexicon files of enterprise registries (kg import-enterprises, see seeds/lexicon/README.md,
// "Enterprise registries"): GB/T 4754-2017 codes and their mapping onto the taxonomy, the words that
// make up legal names (regions, trade words, shareholder qualifiers), product words → segments and
// address words → parks. Read with the rest of the lexicon; bad lines are LEXICON_INVALID.
import { contentLines, lexiconError, readTable, splitCell } from './table.ts';
import type { IndustryCodeEntry, KeywordRule } from './types.ts';

const CODE = /^[A-T](?:\d{2}|\d{3}|\d{4})?$/;

/** gbt4754.tsv: code, level, name, industries (| separated, `-` stops inheritance), confidence. */
export function parseIndustryCodes(text: string, file = 'gbt4754.tsv'): IndustryCodeEntry[] {
  const out: IndustryCodeEntry[] = [];
  const seen = new Map<string, number>();
  for (const { line, byName } of readTable(text, file, ['code', 'level', 'name', 'industries', 'confidence'])) {
    const code = byName.code ?? '';
    if (!CODE.test(code)) throw lexiconError(file, line, `行业代码「${code}」应为门类字母加 2–4 位数字 / code "${code}" must be a section letter and 2-4 digits`);
    const prev = seen.get(code);
    if (prev !== undefined) throw lexiconError(file, line, `代码 ${code} 与第 ${prev} 行重复 / code ${code} repeats line ${prev}`);
    seen.set(code, line);
    const name = byName.name ?? '';
    if (!name) throw lexiconError(file, line, `代码 ${code} 没有名称 / code ${code} has no name`);
    const level = Number(byName.level);
    if (![1, 2, 3, 4].includes(level)) throw lexiconError(file, line, `level "${byName.level}" is not 1–4`);
    const e: IndustryCodeEntry = { code, level, name };
    const ind = byName.industries ?? '';
    if (ind === '-') e.industries = null;
    else if (ind) {
      e.industries = splitCell(ind, '|');
      const c = byName.confidence ? Number(byName.confidence) : 0.8;
      if (!(c > 0 && c <= 1)) throw lexiconError(file, line, `confidence "${byName.confidence}" is not in (0, 1]`);
      e.confidence = c;
    } else if (byName.confidence) throw lexiconError(file, line, `confidence without industries / 有置信度而无对应产业`);
    out.push(e);
  }
  return out;
}

/** One word per line (regions.txt, trade-words.txt, name-prefixes.txt); duplicates dropped. */
export function parseWordList(text: string, file: string): string[] {
  const out: string[] = [];
  for (const { line, text: raw } of contentLines(text)) {
    const w = raw.trim();
    if (/\s/.test(w)) throw lexiconError(file, line, `每行一个词，不含空格或制表符 / one word per line, without blanks: "${w}"`);
    if (!out.includes(w)) out.push(w);
  }
  return out;
}

/** products.tsv (keywords → segment) and park-addresses.tsv (keywords → park). */
export function parseKeywordRules(text: string, file: string, target: 'segment' | 'park'): KeywordRule[] {
  const out: KeywordRule[] = [];
  for (const { line, byName } of readTable(text, file, ['keywords', target])) {
    const keywords = splitCell(byName.keywords, '|');
    const to = byName[target] ?? '';
    if (keywords.length === 0 || !to) throw lexiconError(file, line, `需要关键词和${target === 'segment' ? '环节' : '园区'} / needs keywords and a ${target}`);
    for (const k of keywords) out.push({ keyword: k, target: to, line });
  }
  return out;
}
