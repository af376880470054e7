// The outline of the body: which numbered lines are headings and which are items, at which level,
// and where each part ends. A heading with nothing deeper below it and every numbered item become a
// MeasureBlock; the responsibility stage decides which leaf headings are measures.
//   1. candidates: lines that start with a numbering marker (markers.ts), heading or item
//   2. promotions: （2） written where （二） was expected, lost openings, 1、 used for the top level
//   3. levels: the dense rank of the marker families present
//   4. headings and blocks, each block ending at the next element, a table or the end matter
import type { Heading, MeasureBlock, Table } from '../types.ts';
import { lineText, type Line } from './lines.ts';
import { csvRowMarker, FAMILY_RANK, isCsvHeader, isTocLine, markerOf, SENTENCE_END, type Family, type Marker } from './markers.ts';
import { isEndMatter } from './metadata.ts';
import { numberToChinese } from './numerals.ts';

interface Candidate {
  line: Line;
  marker: Marker;
  family: Family;
  /** heading or numbered measure */
  kind: 'heading' | 'measure';
  /** end of the heading text (lead clause) */
  titleEnd: number;
  /** a （一） sub-item inside an article (第三条 …（一）…): it names its part, the article stays one measure */
  inArticle?: boolean;
}

const TOP_FAMILIES: readonly Family[] = ['cn', 'zhang', 'jie', 'bian', 'label'];

export function outline(text: string, norm: string, lines: Line[], tables: Table[], bodyLine: number): { headings: Heading[]; blocks: MeasureBlock[] } {
  const skip = bodyTitleLines(norm, lines, bodyLine);
  const inTable = new Set<number>();
  for (const t of tables) for (let i = t.firstLine; i <= t.lastLine; i++) inTable.add(i);
  const cands = candidates(norm, lines, bodyLine, (i) => inTable.has(i) || skip.has(i));
  promote(text, cands);
  const regionEnd = regionEnds(text, norm, lines, tables, bodyLine, cands);
  return headingsAndBlocks(text, norm, cands, regionEnd);
}

/** Title lines right after the front matter (short lines without sentence punctuation) are no headings. */
function bodyTitleLines(norm: string, lines: Line[], bodyLine: number): Set<number> {
  const skip = new Set<number>();
  let i = bodyLine;
  while (i < lines.length && lines[i]?.ce === lines[i]?.cs) i++;
  for (let n = 0; i < lines.length && n < 4; i++, n++) {
    const line = lines[i];
    const t = line ? lineText(norm, line) : '';
    if (!t || t.length > 40 || SENTENCE_END.test(t) || markerOf(t) || /[,:]/.test(t)) break;
    skip.add(i);
  }
  return skip;
}

/** 1. Lines with a numbering marker, as a heading (a title, maybe with its lead clause) or an item. */
function candidates(norm: string, lines: Line[], bodyLine: number, skipped: (i: number) => boolean): Candidate[] {
  const cands: Candidate[] = [];
  const marked: { l: Line; nl: string; marker: Marker }[] = [];
  // (rows of a table flattened with commas are numbered by their 序号 like 1. items)
  const csvRows = lines.some((l) => l.index >= bodyLine && isCsvHeader(lineText(norm, l)));
  for (let i = bodyLine; i < lines.length; i++) {
    const l = lines[i];
    if (!l || l.ce === l.cs || skipped(i)) continue;
    const nl = lineText(norm, l);
    if (isTocLine(nl)) continue;
    const marker = markerOf(nl) ?? (csvRows ? csvRowMarker(nl) : undefined);
    if (marker) marked.push({ l, nl, marker });
  }
  const numbersMeasure = closeParenItems(marked.map((x) => x.marker));
  // (inside an article, 第三条 …：（一）… （二）…, the items below it are its content up to the next
  // article or a higher heading: a （一） item with a short lead clause still names its part)
  let inArticle = false;
  for (const [j, x] of marked.entries()) {
    const { l, nl } = x;
    let marker = x.marker;
    if (marker.family === 'tiao' || TOP_FAMILIES.includes(marker.family)) inArticle = marker.family === 'tiao';
    else if (inArticle) {
      const rest = nl.slice(marker.rest);
      const stop = rest.search(SENTENCE_END);
      if (marker.family === 'pcn' && !marker.lost && stop > 0 && stop <= 20) cands.push({ line: l, marker, family: 'pcn', kind: 'heading', titleEnd: l.cs + marker.rest + stop, inArticle: true });
      continue;
    }
    const accepted = numbersMeasure(marker, cands[cands.length - 1]);
    if (!accepted && marker.closeParen) continue;
    // (3) among 1. 2、 4． items: a bracketed number that continues the run numbers a measure like them
    if (accepted && marker.family === 'par') marker = { ...marker, family: 'ar', closeParen: true };
    if (marker.family === 'label') {
      // a section label heads what follows it, on its line and below, up to the next label
      cands.push({ line: l, marker, family: 'label', kind: 'heading', titleEnd: l.cs + marker.labelEnd! });
      continue;
    }
    const rest = nl.slice(marker.rest);
    if (!rest.trim()) continue;
    const stop = rest.search(SENTENCE_END);
    const hasBracketClause = /\((?:[^()]*?(?:部门|单位)\s*:|[^()]*负责\))/.test(rest);
    if (marker.family === 'tiao') {
      cands.push({ line: l, marker, family: 'tiao', kind: 'measure', titleEnd: l.ce });
      continue;
    }
    if (marker.family === 'par' && (stop >= 0 || rest.length > 30)) {
      // （1）支持企业…。（责任单位…）: a measure of its own, unless it is an item inside a numbered
      // measure (1.…：（1）…（2）…), whose content it then stays
      const prev = cands[cands.length - 1];
      if (!prev || prev.kind !== 'measure' || prev.family === 'par') {
        cands.push({ line: l, marker, family: 'par', kind: 'measure', titleEnd: l.ce });
      }
      continue;
    }
    if (marker.family === 'ar') {
      const titleOnly = stop < 0 && rest.length <= 30 && !hasBracketClause && !/[,]/.test(rest);
      // (a title-only 1. whose points below it open at (1), each a sentence, is the measure and its points
      // are its content, as in a 工作要点: 1. 做强莓茶产业链 / (1)…。(2)…。 — the (1) list restarts under each)
      const next = marked[j + 1];
      const nextRest = next ? next.nl.slice(next.marker.rest) : '';
      const points = titleOnly && next?.marker.family === 'par' && next.marker.value === 1 && (SENTENCE_END.test(nextRest) || nextRest.length > 30);
      cands.push({ line: l, marker, family: 'ar', kind: titleOnly && !points ? 'heading' : 'measure', titleEnd: l.ce });
      continue;
    }
    if (marker.family === 'circ' || marker.family === 'par') {
      // deeper items: headings when short, otherwise plain content of the enclosing block/measure
      if (stop >= 0 || rest.length > 30) continue;
    }
    if (marker.lost && (stop >= 0 || rest.length > 40)) continue;
    // heading: the lead clause when the line goes on with sentences
    let titleEnd = stop >= 0 && stop <= 40 ? l.cs + marker.rest + stop : l.ce;
    // (a part's title glued to its first sentence when pasted, 一、总体要求为贯彻落实…，…。: the genre's
    // framework title is the heading, the rest of the line its text — only where the line would
    // otherwise be a title of more than 40 characters)
    const glued = TOP_FAMILIES.includes(marker.family) ? GLUED_TITLE.exec(rest) : null;
    // (…or where the lead clause runs on from the framework title into a clause of its own, the line going
    // on after it: 第四章 空间布局构建“一区四园”产业空间格局。“一区四园”由…组成 — a part's title is a noun phrase,
    // never a framework word with a verb's clause of six characters or more behind it)
    const leadGlued = !!glued && stop >= 0 && stop - glued[1]!.length >= 6 && !!rest.slice(stop + 1).trim() && !/^(?:推进|推动|加快|实现|取得|不断|持续|显著|明显|全面|更加|进一步|建设|水平|能级)/.test(rest.slice(glued[1]!.length));
    if (glued && (titleEnd - (l.cs + marker.rest) > 40 || leadGlued)) titleEnd = l.cs + marker.rest + glued[1]!.length;
    if (stop > 40 && !TOP_FAMILIES.includes(marker.family)) continue;
    cands.push({ line: l, marker, family: marker.family, kind: 'heading', titleEnd: Math.min(l.ce, titleEnd) });
  }
  // (a document that numbers its measures 1. 2、 3． keeps them as its only measures: a （1）（2） run outside them —
  // 补链/强链/延链 lines before the tasks, the points of a 保障措施 part after them — is content of its part)
  if (cands.filter((c) => c.kind === 'measure' && c.family === 'ar' && !c.marker.closeParen).length >= 3) {
    return cands.filter((c) => !(c.kind === 'measure' && c.family === 'par'));
  }
  return cands;
}

/**
 * The framework titles of the genre's parts (总体要求, 发展布局, 保障措施 …) at the start of a line that
 * goes on without a break into prose (the next character opens a word: no 和/与/及 joining a longer title).
 * The words are those the genre's part titles are made of (总体安排 and 产业定位 in 分工方案 and 规划 alike,
 * 创新平台, 区域协同, 功能定位 …): a head word, then the part's kind. A verb that opens a measure's title is no
 * head word (支持重点企业做大做强。…, 实施重点产业链提升行动。…: 支持重点 and 实施重点 are no titles).
 */
const TITLE_HEAD = '总体|主要|工作|发展|重点|基本|空间|产业|服务|要素|组织|政策|保障|功能|创新|区域|开放|招商|招引|承载|投资|行动|具体';
const TITLE_KIND =
  '要求|目标|思路|布局|基础|现状|重点|方向|任务|举措|措施|保障|原则|概况|政策|安排|定位|情况|体系|平台|协同|合作|步骤|机制|领域|支撑|环境|对接';
const GLUED_TITLE = new RegExp(`^((?:${TITLE_HEAD})(?:${TITLE_KIND}))(?![和与及暨、，,：:（(])[\\u4e00-\\u9fa5]`);

/**
 * 4)推进… / 1）落户奖励 / (3)关于…: an arabic number with only its closing bracket, or in brackets, numbers measures
 *   - in a document that numbers its measures 1. 2、 3．, when it continues that run (3．… then 4)…: a
 *     mistyped separator); a 1) 2) list elsewhere (a layout list, the points inside a measure) is content;
 *   - in a document with no 1. items, as a run 1) 2) 3) … right under a title-only heading (五、支持政策).
 * Called for every marked line in order, with the last candidate kept before it.
 */
function closeParenItems(markers: Marker[]): (m: Marker, prev: Candidate | undefined) => boolean {
  const plain = markers.some((m) => m.family === 'ar' && !m.closeParen);
  let lastAr: number | undefined; // the value of the last measure numbered 1. (or an accepted 4))
  let listSinceAr = false; // a 1) list already started since that measure
  let run: number | undefined; // the value of the last accepted 1) item of a run under a heading
  return (m, prev) => {
    if (m.family === 'par' && plain && lastAr !== undefined) {
      // (3) in a 1. 2、 run: a mistyped separator when it continues the run; a (1) (2) list inside a
      // measure is its content (and no later bracketed number continues the run past it)
      const continues = !listSinceAr && m.value === lastAr + 1;
      if (continues) lastAr = m.value;
      else listSinceAr = true;
      return continues;
    }
    if (m.family !== 'ar') {
      if (m.family !== 'circ' && m.family !== 'par') run = undefined;
      return false;
    }
    if (!m.closeParen) {
      lastAr = m.value;
      listSinceAr = false;
      return false;
    }
    if (plain) {
      const continues = lastAr !== undefined && !listSinceAr && m.value === lastAr + 1;
      if (continues) lastAr = m.value;
      else listSinceAr = true;
      return continues;
    }
    const titleOnly = !!prev && prev.kind === 'heading' && prev.titleEnd >= prev.line.ce;
    const ok = run === undefined ? m.value === 1 && titleOnly : m.value === run + 1;
    run = ok ? m.value : undefined;
    return ok;
  };
}

/** 2. Families written where another was expected: （2） for （二）, a lost （, 1、 for 一、. */
function promote(text: string, cands: Candidate[]): void {
  let lastPcn: Candidate | undefined;
  let lastPar: Candidate | undefined;
  for (const c of cands) {
    if (c.kind !== 'heading') continue;
    if (TOP_FAMILIES.includes(c.family)) {
      lastPcn = undefined;
      lastPar = undefined;
    } else if (c.family === 'pcn') {
      if (c.marker.lost) {
        const v = (lastPcn?.marker.value ?? 0) + 1;
        c.marker = { ...c.marker, value: v, number: numberToChinese(v) };
      }
      lastPcn = c;
      lastPar = undefined;
    } else if (c.family === 'par') {
      const contin = lastPcn && lastPcn.marker.value === c.marker.value - 1 && !(lastPar && lastPar.marker.value === c.marker.value - 1);
      if (contin) {
        c.family = 'pcn';
        lastPcn = c;
      } else lastPar = c;
    }
  }
  cands.forEach((c, k) => {
    // a title line followed directly (no content in between) by a （一） heading is its parent: it is
    // numbered 1、 where 一、 was expected
    const next = cands[k + 1];
    if (c.kind === 'heading' && c.family === 'ar' && next && next.kind === 'heading' && next.family === 'pcn' && !text.slice(c.line.end, next.line.start).trim()) c.family = 'cn';
  });
}

/** Where the part that starts at candidate k ends: the next candidate, a table, or the end matter. */
function regionEnds(text: string, norm: string, lines: Line[], tables: Table[], bodyLine: number, cands: Candidate[]): (from: number, k: number) => number {
  const tableStarts = tables.map((t) => t.start).sort((a, b) => a - b);
  const endMatter = lines.filter((l) => l.index >= bodyLine && l.ce > l.cs && isEndMatter(lineText(norm, l))).map((l) => l.start);
  const boxEnds = boxItemEnds(norm, lines, bodyLine, cands);
  return (from, k) => {
    let n = k + 1;
    while (cands[n]?.inArticle) n++;
    let e = Math.min(cands[n]?.line.start ?? text.length, boxEnds.get(k) ?? Infinity);
    for (const ts of tableStarts) if (ts > from && ts < e) e = ts;
    // the first end-matter line after `from` (binary search over the sorted line starts)
    let lo = 0;
    let hi = endMatter.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((endMatter[mid] ?? Infinity) <= from) lo = mid + 1;
      else hi = mid;
    }
    const em = endMatter[lo];
    if (em !== undefined && em < e) e = em;
    while (e > from && /\s/.test(text[e - 1] ?? '')) e--;
    return e;
  };
}

/** 专栏5-1　汽车产业重点工程 / 专栏2 新经济制度创新举措: the caption of a box set in a plan's text. */
const BOX_CAPTION = /^专栏\s*[\d一二三四五六七八九十]+(?:\s*[-—–－]\s*\d+)?(?:\s|[\u4e00-\u9fa5]|$)/;

/**
 * A box (专栏) lists its items one paragraph each, and ends with its last item: the paragraph after it
 * (“十四五”期间，全市将统筹…) is the plan's text again, not the last item's. For each item of a box's run (the item
 * candidates after a caption line, with no heading between, each paragraph of the run opening with the next item),
 * where its paragraph ends: the first blank line after it. The first paragraph after the box that is not an item
 * ends the run: a plan's items after the box keep all their paragraphs.
 */
function boxItemEnds(norm: string, lines: Line[], bodyLine: number, cands: Candidate[]): Map<number, number> {
  const ends = new Map<number, number>();
  const captions = lines.filter((l) => l.index >= bodyLine && l.ce > l.cs && BOX_CAPTION.test(lineText(norm, l))).map((l) => l.index);
  if (!captions.length) return ends;
  const filled = (i: number) => lines[i]!.ce > lines[i]!.cs;
  captions.forEach((cap, n) => {
    const next = captions[n + 1] ?? Infinity;
    const firstHeading = cands.find((h) => h.kind === 'heading' && h.line.index > cap)?.line.index ?? Infinity;
    const run = cands.map((c, k) => ({ c, k })).filter(({ c }) => c.kind === 'measure' && c.line.index > cap && c.line.index < Math.min(next, firstHeading));
    for (let r = 0; r < run.length; r++) {
      const { c, k } = run[r]!;
      let i = c.line.index + 1;
      while (i < lines.length && filled(i)) i++;
      // (the item's paragraph: up to the blank line after it, or the next line that is not the item's when
      // the box sets its items line by line and the plan's text follows after a blank line)
      ends.set(k, lines[i - 1]!.end);
      let j = i;
      while (j < lines.length && !filled(j)) j++;
      // (the paragraph after this one opens with no item of the run: the box has ended)
      if (!run[r + 1] || run[r + 1]!.c.line.index > j) break;
    }
  });
  return ends;
}

/** 3–4. Levels from the families present; headings with their stack; items and leaf headings as blocks. */
function headingsAndBlocks(text: string, norm: string, cands: Candidate[], regionEnd: (from: number, k: number) => number): { headings: Heading[]; blocks: MeasureBlock[] } {
  const present = FAMILY_RANK.filter((f) => cands.some((c) => c.kind === 'heading' && !c.inArticle && c.family === f));
  // articles with parts (第三条 …（一）…) head their parts: the article one level below the headings
  // above it (第一章, 一、), its parts one below the article
  const articleLevel = cands.some((c) => c.inArticle) ? present.filter((f) => TOP_FAMILIES.includes(f)).length + 1 : 0;
  const levelOf = (c: Candidate) => (c.inArticle ? articleLevel + 1 : present.indexOf(c.family) + 1);
  const pathOf = (hs: Heading[]) => hs.map((h) => text.slice(h.start, h.end));
  const headings: Heading[] = [];
  const blocks: MeasureBlock[] = [];
  const stack: Heading[] = [];
  const enter = (h: Heading) => {
    while (stack.length && (stack[stack.length - 1]?.level ?? 0) >= h.level) stack.pop();
    const sectionPath = pathOf(stack);
    stack.push(h);
    headings.push(h);
    return sectionPath;
  };
  cands.forEach((c, k) => {
    if (c.kind === 'measure') {
      const start = c.line.cs;
      const article = articleLevel && c.family === 'tiao';
      let sectionPath = pathOf(stack);
      if (article) {
        const stop = norm.slice(c.line.cs + c.marker.rest, c.line.ce).search(SENTENCE_END);
        const end = stop > 0 && stop <= 40 ? c.line.cs + c.marker.rest + stop : c.line.ce;
        sectionPath = enter({ level: articleLevel, number: c.marker.number, title: text.slice(c.line.cs + c.marker.rest, end).trim(), start, end });
      }
      blocks.push({ kind: 'item', number: c.marker.number, start, end: regionEnd(c.line.start, k), sectionPath, textStart: start + c.marker.rest, ownLine: false });
      return;
    }
    const h: Heading = {
      level: levelOf(c),
      number: c.marker.number,
      title: text.slice(c.line.cs + c.marker.rest, c.titleEnd).trim(),
      start: c.line.cs,
      // (a label's heading takes its closing 】)
      end: c.family === 'label' ? c.titleEnd + 1 : c.titleEnd,
    };
    const sectionPath = enter(h);
    // a leaf (the next element is not deeper) may be a measure of its own; an article's part is not
    if (c.inArticle) return;
    const next = cands[k + 1];
    const deeper = next && (next.kind === 'measure' || levelOf(next) > h.level);
    if (deeper) return;
    const ownLine = c.titleEnd < c.line.ce && !!norm.slice(c.titleEnd + 1, c.line.ce).trim();
    blocks.push({ kind: 'leaf', number: h.number, start: h.start, end: regionEnd(c.line.start, k), sectionPath, textStart: h.start, heading: h, ownLine });
  });
  return { headings, blocks };
}
