// Search ranking shared by every store adapter, so that results rank the same everywhere.
// Tiers: 0 exact name, 1 name prefix, 2 name substring, 3 alias exact, 4 alias prefix/substring.
import { halfWidth } from '../text.ts';

/** Normalise for matching: full-width ASCII → half-width, ideographic space → space, lower case, trim. */
export function matchKey(s: string): string {
  return halfWidth(s).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Rank of a (normalised) query against a (normalised) name and aliases; null when no match. */
export function rankMatch(q: string, name: string, aliases: readonly string[]): number | null {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.includes(q)) return 2;
  let best: number | null = null;
  for (const a of aliases) {
    if (a === q) return 3;
    if (a.includes(q)) best = 4;
  }
  return best;
}
