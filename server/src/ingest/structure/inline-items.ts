// Tasks numbered inside a paragraph by 一是… 二是… 三是…, each opening with a short title sentence
// (政府工作报告, 工作要点: "（二）加快壮大高端装备制造产业。一是做强轨道交通装备。以…为龙头，…。二是打造机器人产业
// 集群。…"): each title is a heading one level below the heading the paragraph sits under, so that the
// sentences after it, up to the next 二是 or a heading, are read under it (segment → industry, the part a
// list names). Only headings are added: the outline's blocks (measures) are not changed. A 一是 that opens a
// long clause with commas ("一是依托A、B等企业，发展X。") names no part: none of the run is a heading then.
import type { Heading } from '../types.ts';
import { lineText, type Line } from './lines.ts';
import { chineseToNumber } from './numerals.ts';

const ORDINALS = '一二三四五六七八九十';
/** 一是做强轨道交通装备。 at a sentence's opening: the ordinal, and a title of 2–20 characters without a comma. */
const ITEM = new RegExp(`(?<=^|[。;:])\\s*([${ORDINALS}])是([^。;:,、]{2,20})。`, 'g');

export function inlineOrdinalHeadings(norm: string, lines: Line[], headings: Heading[]): Heading[] {
  const sorted = [...headings].sort((a, b) => a.start - b.start);
  const added: Heading[] = [];
  for (const l of lines) {
    if (l.ce <= l.cs) continue;
    const t = lineText(norm, l);
    if (!t.includes('一是') || !t.includes('二是')) continue;
    const items = [...t.matchAll(ITEM)].map((m) => ({ value: chineseToNumber(m[1]!) ?? 0, number: m[1]!, title: m[2]!, at: l.cs + m.index! + m[0].indexOf(m[1]!) }));
    // a run 一是 二是 … in order, every one a title sentence
    const run = items.filter((x, k) => x.value === k + 1);
    const all = [...t.matchAll(new RegExp(`[${ORDINALS}]是`, 'g'))].filter((m) => m.index === 0 || /[。;:\s]/.test(t[m.index! - 1] ?? '')).length;
    if (run.length < 2 || run.length !== items.length || run.length !== all) continue;
    const parent = sorted.filter((h) => h.start <= l.cs || (h.start >= l.cs && h.end <= run[0]!.at)).pop();
    const level = (parent?.level ?? 0) + 1;
    for (const x of run) {
      const start = x.at + 2;
      added.push({ level, number: x.number, title: x.title.trim(), start, end: start + x.title.length });
    }
  }
  return added.length ? [...headings, ...added].sort((a, b) => a.start - b.start) : headings;
}
