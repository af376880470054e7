// Longest-match scan of lexicon surface forms (industries and organisations) over a text.
import { cleanSurface, isAlnum, isCjk, matchKey } from '../names.ts';
import type { IndustryEntry, Lexicon, OrgEntry } from './types.ts';

export type LexRef = { type: 'industry'; entry: IndustryEntry } | { type: 'org'; entry: OrgEntry };

export interface LexMatch {
  start: number;
  end: number;
  surface: string;
  ref: LexRef;
}

/** Characters after which a short name may start (function words, ends of trigger verbs). */
const LEFT_OK = new Set('以由在和与及的为对向托持进励挥合聚引动助好是接重设造、，,。；;：:“”"（(）)——'.split(''));
/** Characters after which a two-character industry term may start: function words and the last characters of verbs. */
const INDUSTRY_LEFT_OK = new Set([...LEFT_OK, ...'展局焦强大优育破绕括能快入到于从向在和与及或的等、，,。；;：:“”"（(）)—发做抓兴推拓延补壮升造设建引聚攻新']);
/** Characters before which a short name may end. */
const RIGHT_OK = new Set('等、和与及的为在牵发以联建打加做开提推参申承搭布实、，,。；;：:“”"（(）)—'.split(''));

export class LexiconIndex {
  private byFirst = new Map<string, { surface: string; ref: LexRef }[]>();
  /**
   * The same candidates keyed by their first two code units (forms of two or more), and the
   * one-unit forms by their only one: a position's candidates are then the few that can match
   * there, in the order of byFirst (longest first; the one-unit forms come last).
   */
  // (two levels of small-integer keys: first * 0x10000 + second is no small integer for CJK text, and
  // a Map keyed by such numbers hashes a heap number at every position scanned)
  private byFirstTwo = new Map<number, Map<number, { surface: string; ref: LexRef }[]>>();
  private byOne = new Map<number, { surface: string; ref: LexRef }[]>();
  private byKey = new Map<string, LexRef>();
  readonly industryByName = new Map<string, IndustryEntry>();
  readonly orgByName = new Map<string, OrgEntry>();

  constructor(readonly lexicon: Lexicon) {
    for (const e of lexicon.industries) {
      this.industryByName.set(e.name, e);
      for (const s of [e.name, ...e.aliases]) this.add(s, { type: 'industry', entry: e });
    }
    for (const e of lexicon.organizations) {
      this.orgByName.set(e.name, e);
      for (const s of [e.name, ...e.aliases]) this.add(s, { type: 'org', entry: e });
    }
    for (const list of this.byFirst.values()) {
      list.sort((a, b) => b.surface.length - a.surface.length);
      for (const c of list) {
        let map = this.byOne;
        let key = c.surface.charCodeAt(0);
        if (c.surface.length >= 2) {
          const first = key;
          const m = this.byFirstTwo.get(first);
          if (m) map = m;
          else this.byFirstTwo.set(first, (map = new Map()));
          key = c.surface.charCodeAt(1);
        }
        const l = map.get(key);
        if (l) l.push(c);
        else map.set(key, [c]);
      }
    }
  }

  private add(surface: string, ref: LexRef) {
    const s = cleanSurface(surface);
    if (!s) return;
    const k = matchKey(s);
    // Organisations win over industries on a key clash (信创谷 vs 信创).
    if (!this.byKey.has(k) || ref.type === 'org') this.byKey.set(k, ref);
    const first = s[0]!;
    const list = this.byFirst.get(first) ?? [];
    if (!list.some((x) => x.surface === s && x.ref.type === ref.type)) list.push({ surface: s, ref });
    this.byFirst.set(first, list);
  }

  /** Exact lookup of a whole surface form (after normalisation). */
  lookup(surface: string): LexRef | undefined {
    return this.byKey.get(matchKey(surface));
  }

  /** Is the whole string an industry term (lexicon)? */
  isIndustryTerm(s: string): boolean {
    const r = this.lookup(s);
    return r?.type === 'industry';
  }

  /** Scan `text` (already normalised) from `offset`; returns non-overlapping longest matches. */
  scan(text: string, offset = 0): LexMatch[] {
    const out: LexMatch[] = [];
    let i = 0;
    let lastEnd = -1;
    while (i < text.length) {
      let hit: LexMatch | undefined;
      const first = text.charCodeAt(i);
      const two = i + 1 < text.length ? this.byFirstTwo.get(first)?.get(text.charCodeAt(i + 1)) : undefined;
      const one = this.byOne.get(first);
      // (the two-character candidates first, then the one-character ones; no list of lists per position)
      for (let k = 0; k < 2 && !hit; k++) {
        const cands = k === 0 ? two : one;
        if (!cands) continue;
        for (const c of cands) {
          if (!text.startsWith(c.surface, i)) continue;
          if (!boundaryOk(text, i, i + c.surface.length, c.ref)) continue;
          // a short industry term glued to the word before it is part of a longer term:
          // 射频|芯片, 无人机|整机, 工业|机器人 (but 整机|终端 after another industry, 发展|氢能 after a verb)
          if (c.ref.type === 'industry' && i !== lastEnd && isCjk(text[i - 1]) && !INDUSTRY_LEFT_OK.has(text[i - 1]!) && codePoints(c.surface) <= 3) continue;
          hit = { start: offset + i, end: offset + i + c.surface.length, surface: c.surface, ref: c.ref };
          break;
        }
      }
      if (hit) {
        out.push(hit);
        i = hit.end - offset;
        lastEnd = i;
      } else i++;
    }
    return out;
  }
}

/** The number of code points of `s` ([...s].length, without the array). */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // (a high surrogate followed by a low one is one code point)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function boundaryOk(text: string, start: number, end: number, ref: LexRef): boolean {
  const s = text.slice(start, end);
  const before = text[start - 1];
  const after = text[end];
  // Alphanumeric names (360, AI) must not be glued to other alphanumerics.
  if (isAlnum(s[0]) && isAlnum(before)) return false;
  if (isAlnum(s[s.length - 1]) && isAlnum(after)) return false;
  if (ref.type === 'industry') return true;
  // A category word after 等 (…等高新区) is not a name.
  if (before === '等') return false;
  // part of a department's name: 滨海高新区管委会, 海河教育园区管委会
  if (/^(管委会|管理委员会|政府|党委|办公室|局|委员会)/.test(text.slice(end, end + 5))) return false;
  const short = [...s].filter((c) => isCjk(c)).length <= 3;
  if (!short) return true;
  if (/(区|园|院|所|谷|大学)$/.test(s)) return !(isCjk(before) && (!LEFT_OK.has(before!) || before === '合'));
  if (isCjk(before) && !LEFT_OK.has(before!)) return false;
  if (isCjk(after) && !RIGHT_OK.has(after!)) return false;
  return true;
}
