// 主营产品 / 经营范围 → chain segments, with a confidence.
//
// Segments come from a list of templates (chain, segment, aliases); until the chain templates of the
// lexicon exist they are derived from the taxonomy (industries.tsv: entries of level chain, segment
// and track, with their aliases). Product keywords (products.tsv: 服务器 → 整机, CPU → 芯片) add the
// words registries use for what the segments make.
//
// Confidence: a product item that is a segment's name or keyword 0.8; an item that contains one
// 0.7 (0.6 when the word is two characters, e.g. 芯片 in 芯片封装设备); 经营范围 (what the licence
// allows, not what the firm makes) 0.4, below the default threshold of 0.5: shown as a weak edge.
import type { ProductRule } from './lexicon.ts';
import type { Taxonomy } from './taxonomy.ts';

export interface SegmentTemplate {
  /** The chain (top industry) the segment belongs to, if known. */
  chain?: string;
  /** Canonical segment name: the Industry node `industry:<segment>`. */
  segment: string;
  aliases: string[];
}

export interface SegmentHit {
  segment: string;
  /** The word found in the text. */
  word: string;
  /** Which cell: products (主营产品) or scope (经营范围). */
  field: 'products' | 'scope';
  confidence: number;
}

export const SEGMENT_CONFIDENCE = { exact: 0.8, contains: 0.7, containsShort: 0.6, scope: 0.4 } as const;

/** Segments from the taxonomy: chain-, segment- and track-level entries under a top industry. */
export function segmentsFromTaxonomy(taxonomy: Taxonomy): SegmentTemplate[] {
  const out: SegmentTemplate[] = [];
  for (const e of taxonomy.entries) {
    if (e.level !== 'segment' && e.level !== 'chain' && e.level !== 'track') continue;
    const ancestors = taxonomy.ancestors(e.name).filter((a) => taxonomy.get(a)?.level !== 'system');
    const t: SegmentTemplate = { segment: e.name, aliases: e.aliases };
    const chain = ancestors[ancestors.length - 1];
    if (chain) t.chain = chain;
    out.push(t);
  }
  return out;
}

interface Word {
  word: string;
  segment: string;
}

export class SegmentMatcher {
  private readonly words: Word[];
  /** First character → words starting with it, longest first. */
  private readonly byFirst = new Map<string, Word[]>();
  /** Registries repeat the same products and scopes: results by (field, text). */
  private readonly cache = new Map<string, SegmentHit[]>();

  constructor(templates: SegmentTemplate[], products: ProductRule[]) {
    const seen = new Set<string>();
    const words: Word[] = [];
    const add = (word: string, segment: string) => {
      const w = word.normalize('NFKC').toUpperCase().trim();
      if (w.length < 2 || seen.has(w)) return;
      seen.add(w);
      words.push({ word: w, segment });
    };
    // Explicit product keywords first: they win over a segment alias spelled the same.
    for (const p of products) add(p.keyword, p.segment);
    for (const t of templates) for (const a of [t.segment, ...t.aliases]) add(a, t.segment);
    this.words = words.sort((a, b) => b.word.length - a.word.length);
    for (const w of this.words) {
      const list = this.byFirst.get(w.word[0]!) ?? [];
      list.push(w);
      this.byFirst.set(w.word[0]!, list);
    }
  }

  get size(): number {
    return this.words.length;
  }

  /** Segments named in a products or scope cell; one hit per segment, the strongest. */
  match(text: string | undefined, field: 'products' | 'scope'): SegmentHit[] {
    if (!text) return [];
    const key = field + '\u0000' + text;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const result = this.matchText(text, field);
    if (this.cache.size >= 50_000) this.cache.clear();
    this.cache.set(key, result);
    return result;
  }

  private matchText(text: string, field: 'products' | 'scope'): SegmentHit[] {
    const t = cleanScope(text.normalize('NFKC').toUpperCase());
    const items = t.split(/[、,;；。/|\n]+|\s+/).map((s) => s.trim()).filter(Boolean);
    const best = new Map<string, SegmentHit>();
    for (const item of items) {
      // Longest words first; a shorter word inside a longer one already found is not counted again.
      const found: { at: number; w: Word }[] = [];
      for (let i = 0; i < item.length; i++) {
        for (const w of this.byFirst.get(item[i]!) ?? []) if (item.startsWith(w.word, i)) found.push({ at: i, w });
      }
      found.sort((a, b) => b.w.word.length - a.w.word.length || a.at - b.at);
      const taken: [number, number][] = [];
      for (const { at, w } of found) {
        if (taken.some(([s, e]) => at < e && at + w.word.length > s)) continue;
        taken.push([at, at + w.word.length]);
        const confidence =
          field === 'scope'
            ? SEGMENT_CONFIDENCE.scope
            : item === w.word
              ? SEGMENT_CONFIDENCE.exact
              : w.word.length <= 2
                ? SEGMENT_CONFIDENCE.containsShort
                : SEGMENT_CONFIDENCE.contains;
        const old = best.get(w.segment);
        if (!old || confidence > old.confidence) best.set(w.segment, { segment: w.segment, word: w.word, field, confidence });
      }
    }
    return [...best.values()];
  }
}

/** Drops what a scope excludes: （不含…）, （除…外）, 依法须经批准的项目… boilerplate. */
function cleanScope(s: string): string {
  return s
    .replace(/[(（][^()（）]*(?:不含|除|不得|须经|不包括)[^()（）]*[)）]/g, ' ')
    .replace(/依法须经批准的项目[^。]*。?/g, ' ')
    .replace(/许可项目[:：]?|一般项目[:：]?/g, ' ');
}
