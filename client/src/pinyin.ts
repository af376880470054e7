// Pinyin / initials matching for the search box: "feiteng" or "ft" finds 飞腾. The matcher
// (pinyin-pro, ~300 KB) and the name index are loaded lazily, the first time a Latin query is typed.
import { nameIndex, type SearchHit } from './api.ts';

export type PinyinMatch = (text: string, query: string) => number[] | null;

/** Queries that look like pinyin: Latin letters (optionally with spaces or apostrophes). */
export function isPinyinQuery(q: string): boolean {
  return /^[a-z][a-z' ]*$/i.test(q.trim()) && q.trim().length >= 2;
}

/**
 * Ranks candidates whose name (or an alias) matches the pinyin query: matches at the start of
 * the name first, then shorter names; ties keep input order. At most `limit` hits.
 */
export function rankPinyin(candidates: readonly SearchHit[], query: string, match: PinyinMatch, limit = 20): SearchHit[] {
  const q = query.trim().toLowerCase().replace(/[' ]/g, '');
  if (!q) return [];
  const scored: { h: SearchHit; start: number; len: number; i: number }[] = [];
  candidates.forEach((h, i) => {
    let best: number | null = null;
    for (const name of [h.name, ...h.aliases]) {
      if (/^[\x00-\x7f]*$/.test(name)) continue; // Latin names are found by the server search
      const m = match(name, q);
      if (m && m.length) best = best === null ? m[0]! : Math.min(best, m[0]!);
    }
    if (best !== null) scored.push({ h, start: best, len: Array.from(h.name).length, i });
  });
  scored.sort((a, b) => Number(a.start > 0) - Number(b.start > 0) || a.len - b.len || a.i - b.i);
  return scored.slice(0, limit).map((s) => s.h);
}

let loaded: Promise<{ names: SearchHit[]; match: PinyinMatch }> | null = null;

/** Pinyin hits for a query (loads the index and the matcher once). */
export async function pinyinSearch(query: string, labels?: readonly string[]): Promise<SearchHit[]> {
  loaded ??= Promise.all([nameIndex(), import('pinyin-pro')]).then(([names, mod]) => ({
    names,
    match: (text: string, q: string) => mod.match(text, q) ?? null,
  }));
  let idx;
  try {
    idx = await loaded;
  } catch (e) {
    loaded = null;
    throw e;
  }
  const pool = labels?.length ? idx.names.filter((n) => labels.includes(n.label)) : idx.names;
  return rankPinyin(pool, query, idx.match);
}

/** Drops the cached index (after an upload adds names). */
export function resetPinyinIndex(): void {
  loaded = null;
}
