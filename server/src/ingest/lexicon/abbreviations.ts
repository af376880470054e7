// abbreviations.tsv: the genre's short forms of words inside industry names (通航 for 通用航空, 封测 for
// 封装测试, 海工 for 海洋工程). A name written with a short form (通航运营, 海工装备) is the name written in
// full (通用航空运营, 海洋工程装备): one node, the short form kept as its alias.
import { lexiconError, readTable, splitCell } from './table.ts';
import type { AbbreviationEntry } from './types.ts';

export function parseAbbreviations(text: string, file = 'abbreviations.tsv'): AbbreviationEntry[] {
  const out: AbbreviationEntry[] = [];
  for (const row of readTable(text, file, ['full', 'short'])) {
    const full = row.byName.full ?? '';
    const shorts = splitCell(row.byName.short, '|');
    if (!full || !shorts.length) throw lexiconError(file, row.line, `全称和简称都不能为空 / both the full form and a short form are needed`);
    for (const s of shorts) {
      // (a full form that contains its short form would expand without end)
      if (full.includes(s) || s.length >= full.length) throw lexiconError(file, row.line, `简称「${s}」须短于全称且不在全称之中 / the short form "${s}" must be shorter than "${full}" and not inside it`);
    }
    out.push({ full, shorts, line: row.line });
  }
  return out;
}
