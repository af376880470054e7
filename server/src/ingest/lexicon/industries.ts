// industries.tsv: name, aliases (|), parent, level, order. See seeds/lexicon/README.md.
import { lexiconError, readTable, splitCell } from './table.ts';
import type { IndustryEntry, IndustryLevel } from './types.ts';

const LEVELS: readonly IndustryLevel[] = ['system', 'industry', 'chain', 'segment', 'track'];

export function parseIndustries(text: string, file = 'industries.tsv'): IndustryEntry[] {
  const rows = readTable(text, file, ['name']);
  const out: IndustryEntry[] = [];
  const lineOf = new Map<string, number>();
  for (const { line, byName: r } of rows) {
    const name = r.name ?? '';
    if (!name) throw lexiconError(file, line, '第一列（名称）为空 / empty name');
    const prev = lineOf.get(name);
    if (prev !== undefined) throw lexiconError(file, line, `「${name}」与第 ${prev} 行重复 / "${name}" repeats line ${prev}`);
    lineOf.set(name, line);
    const level = (r.level || 'industry') as IndustryLevel;
    if (!LEVELS.includes(level)) throw lexiconError(file, line, `「${name}」的层级「${r.level}」未知（应为 ${LEVELS.join('/')}）/ unknown level "${r.level}"`);
    const e: IndustryEntry = { name, aliases: splitCell(r.aliases, '|'), level };
    if (r.parent) e.parent = r.parent;
    if (r.order) {
      const order = Number(r.order);
      if (!Number.isInteger(order) || order < 1) throw lexiconError(file, line, `「${name}」的顺序「${r.order}」不是正整数 / order "${r.order}" is not a positive integer`);
      e.order = order;
    }
    out.push(e);
  }
  for (const e of out) {
    if (e.parent !== undefined && !lineOf.has(e.parent)) {
      throw lexiconError(file, lineOf.get(e.name), `「${e.name}」的上级「${e.parent}」不在本文件中 / parent "${e.parent}" names no row`);
    }
  }
  return out;
}
