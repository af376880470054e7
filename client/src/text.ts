// Text helpers for highlighting names inside evidence sentences and suggestions.

export interface Segment {
  text: string;
  hit: boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Splits `text` into plain and highlighted segments for every occurrence of any term
 * (longest term wins where terms overlap; case-insensitive for Latin letters).
 */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  const uniq = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (!uniq.length || !text) return text ? [{ text, hit: false }] : [];
  const re = new RegExp(uniq.map(escapeRegExp).join('|'), 'gi');
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const i = m.index;
    if (i > last) out.push({ text: text.slice(last, i), hit: false });
    out.push({ text: m[0], hit: true });
    last = i + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), hit: false });
  return out;
}
