// Confidence and basis of inferred edges (ARCHITECTURE.md, "Confidence and basis", a contract).
// Every edge type except CONTAINS and RESPONSIBLE_FOR carries properties.basis and
// properties.confidence; each evidence sentence may carry its own basis and confidence, and the
// edge's are the combination of its sentences' (combineBasis). Shared by ingest (which judges each
// sentence), the stores (which merge documents' contributions) and analysis (which filters by the
// threshold and weighs by basis).

export const BASES = ['stated', 'planned', 'encouraged', 'listed', 'lexicon', 'registry', 'curated'] as const;
export type Basis = (typeof BASES)[number];

/** Edge types that carry a basis and a confidence (all but CONTAINS and RESPONSIBLE_FOR). */
export const INFERRED_TYPES = ['SUPPORTS', 'MENTIONS', 'HOSTS', 'INNOVATES_FOR', 'IN_INDUSTRY', 'LOCATED_IN', 'PART_OF', 'UPSTREAM_OF', 'LEADS'] as const;

/** What users see by default: edges at or above this confidence. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

/**
 * Bases a relation can stand on alone. `encouraged` and `listed` are weak: whatever their number,
 * they never lift an edge to the threshold (combineBasis caps them below it).
 */
export const STRONG_BASES: readonly Basis[] = ['curated', 'stated', 'registry', 'planned', 'lexicon'];
export const WEAK_BASES: readonly Basis[] = ['encouraged', 'listed'];

/** Typical confidence of one sentence of each basis (extraction may lower it, e.g. by list size). */
export const BASIS_CONFIDENCE: Readonly<Record<Basis, number>> = {
  curated: 1,
  stated: 0.9,
  registry: 0.9,
  planned: 0.8,
  lexicon: 0.6,
  encouraged: 0.35,
  listed: 0.3,
};

/** Chinese labels for the UI (详情): 明确陈述 / 规划 / 鼓励 / 并列提及 / 词表 / 名录 / 人工确认. */
export const BASIS_LABELS: Readonly<Record<Basis, { zh: string; en: string }>> = {
  stated: { zh: '明确陈述', en: 'stated' },
  planned: { zh: '规划', en: 'planned' },
  encouraged: { zh: '鼓励', en: 'encouraged' },
  listed: { zh: '并列提及', en: 'listed' },
  lexicon: { zh: '词表', en: 'lexicon' },
  registry: { zh: '名录', en: 'registry' },
  curated: { zh: '人工确认', en: 'curated' },
};

export function isBasis(x: unknown): x is Basis {
  return typeof x === 'string' && (BASES as readonly string[]).includes(x);
}

export function isWeakBasis(b: Basis): boolean {
  return WEAK_BASES.includes(b);
}

/** The confidence below which a weak combination always stays. */
const WEAK_CAP = DEFAULT_MIN_CONFIDENCE - 0.01;
const RANK: Readonly<Record<Basis, number>> = { curated: 7, stated: 6, registry: 5, planned: 4, lexicon: 3, encouraged: 2, listed: 1 };

export interface Judged {
  basis: Basis;
  confidence: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * One edge's basis and confidence from its sentences' (each sentence counted once):
 * - a curated judgment wins outright;
 * - with any strong sentence: the best strong one, plus 0.05 for each further strong sentence
 *   (at most +0.1, at most 0.99): repeating a fact in several places makes it surer, not certain;
 * - weak sentences only: the best one plus 0.03 for each further one, never reaching the threshold.
 * The basis is that of the best sentence (ties: the stronger basis).
 */
export function combineBasis(parts: readonly Judged[]): Judged | undefined {
  if (parts.length === 0) return undefined;
  const curated = parts.find((p) => p.basis === 'curated');
  if (curated) return { basis: 'curated', confidence: curated.confidence };
  const strong = parts.filter((p) => !isWeakBasis(p.basis));
  const pool = strong.length ? strong : parts;
  const best = [...pool].sort((a, b) => b.confidence - a.confidence || RANK[b.basis] - RANK[a.basis])[0]!;
  if (strong.length) {
    const bonus = Math.min(0.1, 0.05 * (strong.length - 1));
    return { basis: best.basis, confidence: round(Math.min(0.99, best.confidence + bonus)) };
  }
  const bonus = 0.03 * (parts.length - 1);
  return { basis: best.basis, confidence: round(Math.min(WEAK_CAP, best.confidence + bonus)) };
}

/** The confidence of an edge as stored (an edge without one counts as certain: older exports). */
export function edgeConfidence(properties: Readonly<Record<string, unknown>>): number {
  const c = properties.confidence;
  return typeof c === 'number' && Number.isFinite(c) ? c : 1;
}

export function edgeBasis(properties: Readonly<Record<string, unknown>>): Basis | undefined {
  return isBasis(properties.basis) ? properties.basis : undefined;
}
