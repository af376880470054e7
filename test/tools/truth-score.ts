// Scorer for the truth fixtures (test/fixtures/truth-blind, test/fixtures/truth-heldout): compares
// one document's GraphBatch with its hand-written gold (format and annotation rules in
// test/fixtures/truth-blind/README.md) and counts, per relation type and per entity label:
//   - at the default threshold (confidence ≥ 0.5; an edge without a confidence counts as 1):
//     precision over the edges a user sees, recall of the strong gold (stated / planned);
//     a weak gold relation (encouraged / listed) that comes out strong is a false positive;
//   - at threshold 0: recall of the weak gold, and whether each matched edge's basis agrees;
//   - facts that must not appear (mustNot).
import { readFileSync } from 'node:fs';
import type { GraphBatch, GraphEdge, GraphNode } from '../../server/src/model.ts';
import { matchKey } from '../../server/src/ingest/names.ts';

export const ENTITY_LABELS = ['Industry', 'Enterprise', 'Lab', 'Park'] as const;
export const REL_TYPES = ['HOSTS', 'INNOVATES_FOR', 'IN_INDUSTRY', 'LOCATED_IN', 'PART_OF', 'UPSTREAM_OF', 'SUPPORTS', 'MENTIONS', 'LEADS'] as const;
export const DEFAULT_THRESHOLD = 0.5;
const STRONG_BASES = ['stated', 'planned'] as const;
const WEAK_BASES = ['encouraged', 'listed'] as const;
type Basis = (typeof STRONG_BASES)[number] | (typeof WEAK_BASES)[number];
const MEASURE_TYPES = new Set(['SUPPORTS', 'MENTIONS']);

export interface Gold {
  note?: string;
  /** false: the document has no numbered measures; SUPPORTS and MENTIONS are not scored. */
  measures?: boolean;
  entities: Record<string, string[]>;
  optional?: string[];
  acceptLabels?: Record<string, string[]>;
  relations: Partial<Record<Basis, string[]>>;
  optionalRelations?: string[];
  mustNot?: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
export const add = (a: Counts, b: Counts): void => {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
};
export const precision = (c: Counts): number => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);
export const recall = (c: Counts): number => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1);
export const fmt = (c: Counts): string => `P ${precision(c).toFixed(3)} R ${recall(c).toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;

export interface DocScore {
  file: string;
  /** Per relation type at the default threshold. */
  relations: Record<string, Counts>;
  /** Per label. */
  entities: Record<string, Counts>;
  /** Weak gold found at threshold 0 / all weak gold, per type. */
  weak: Record<string, { found: number; total: number }>;
  /** Matched edges whose basis is strong/weak as the gold says, and exactly the gold's basis. */
  basis: { matched: number; classAgrees: number; exact: number; missing: number };
  /** Precision over every edge (threshold 0): weak gold counts as right when extracted. */
  allEdges: Counts;
  mustNot: string[];
  wrongRelations: string[];
  missedRelations: string[];
  wrongEntities: string[];
  missedEntities: string[];
  /** Each distinct edge at the threshold with its basis, confidence and verdict (for calibration). */
  outcomes: { type: string; basis: string; confidence: number; evidence: number; verdict: 'right' | 'wrong' | 'accepted' }[];
}

interface GoldEntity {
  name: string;
  label: string;
  labels: string[];
  keys: Set<string>;
}

interface GoldRel {
  a: string[];
  t: string;
  b: string[];
  basis?: Basis;
  text: string;
}

/** Matching key: the extractor's key; industries also without 产业/产业链/领域/行业/环节. */
export function key(label: string, s: string): string {
  const k = matchKey(s);
  return label === 'Industry' ? k.replace(/(产业链|产业|领域|行业|环节)$/, '') || k : k;
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** Measure numbers as written (三, 十二, 3, 36-1) → one comparable form. */
export function measureKey(n: string): string {
  const s = n.trim();
  if (/^[〇零一二两三四五六七八九十百]+$/.test(s)) {
    let total = 0;
    let cur = 0;
    for (const ch of s) {
      if (ch === '十') {
        total += (cur || 1) * 10;
        cur = 0;
      } else if (ch === '百') {
        total += (cur || 1) * 100;
        cur = 0;
      } else cur = CN_DIGITS[ch] ?? 0;
    }
    return String(total + cur);
  }
  return s;
}

const isStrong = (b: unknown): boolean => b === 'stated' || b === 'planned' || b === 'curated' || b === 'registry' || b === 'lexicon';

export function confidenceOf(e: GraphEdge): number {
  const c = e.properties.confidence;
  return typeof c === 'number' ? c : 1;
}

export function scoreDocument(file: string, gold: Gold, batch: GraphBatch, threshold = DEFAULT_THRESHOLD): DocScore {
  // ---------------------------------------------------------------- gold entities
  const ents: GoldEntity[] = [];
  for (const [label, rows] of Object.entries(gold.entities)) {
    for (const row of rows) {
      const names = row.split('|');
      const labels = gold.acceptLabels?.[names[0]!] ?? [label];
      ents.push({ name: names[0]!, label, labels, keys: new Set(labels.flatMap((l) => names.map((n) => key(l, n)))) });
    }
  }
  const optionalKeys = new Set((gold.optional ?? []).flatMap((n) => ENTITY_LABELS.map((l) => key(l, n))));
  const canonical = (n: string): string => {
    if (n === '*' || n.startsWith('#')) return n.startsWith('#') ? `#${measureKey(n.slice(1))}` : n;
    const e = ents.find((x) => x.labels.some((l) => x.keys.has(key(l, n))));
    if (e) return e.name;
    if (ENTITY_LABELS.some((l) => optionalKeys.has(key(l, n)))) return `?${n}`;
    throw new Error(`${file}: gold relation names an unknown entity: ${n}`);
  };
  const parse = (s: string, basis?: Basis): GoldRel => {
    const m = new RegExp(`^(.+?) (${REL_TYPES.join('|')}) (.+)$`).exec(s);
    if (!m) throw new Error(`${file}: bad relation ${s}`);
    const r: GoldRel = { a: m[1]!.split('|').map(canonical), t: m[2]!, b: m[3]!.split('|').map(canonical), text: s };
    if (basis) r.basis = basis;
    return r;
  };
  const scoreMeasures = gold.measures !== false;
  const goldRels: GoldRel[] = [];
  for (const b of [...STRONG_BASES, ...WEAK_BASES]) for (const s of gold.relations[b] ?? []) goldRels.push(parse(s, b));
  const relevant = (t: string) => scoreMeasures || !MEASURE_TYPES.has(t);
  const optRels = (gold.optionalRelations ?? []).map((s) => parse(s));

  // PART_OF closure (gold and optional PART_OF): a relation the gold states for X is acceptable for
  // X's ancestors with the same strength.
  const parents = new Map<string, Set<string>>();
  for (const r of [...goldRels, ...optRels]) {
    if (r.t !== 'PART_OF') continue;
    for (const a of r.a) for (const b of r.b) if (a !== '*' && b !== '*') (parents.get(a) ?? parents.set(a, new Set()).get(a)!).add(b);
  }
  const ancestors = (x: string): Set<string> => {
    const out = new Set<string>();
    const todo = [...(parents.get(x) ?? [])];
    while (todo.length) {
      const y = todo.pop()!;
      if (out.has(y)) continue;
      out.add(y);
      todo.push(...(parents.get(y) ?? []));
    }
    return out;
  };
  const implied = new Map<string, boolean>(); // "a TYPE b" → strong?
  // (an optional relation with named ends is acceptable for the target's ancestors too)
  const namedOptional = optRels.filter((r) => !r.a.includes('*') && !r.b.includes('*'));
  for (const r of [...goldRels, ...namedOptional]) {
    if (!['IN_INDUSTRY', 'HOSTS', 'INNOVATES_FOR', 'SUPPORTS', 'PART_OF'].includes(r.t)) continue;
    const strong = r.basis === undefined || isStrong(r.basis);
    for (const a of r.a) for (const b of r.b) for (const up of ancestors(b)) {
      const k = `${a} ${r.t} ${up}`;
      implied.set(k, (implied.get(k) ?? false) || strong);
    }
  }

  // ---------------------------------------------------------------- entities
  const entities: Record<string, Counts> = Object.fromEntries(ENTITY_LABELS.map((l) => [l, zero()]));
  const wrongEntities: string[] = [];
  const mustNotHits: string[] = [];
  const matched = new Map<string, GoldEntity>();
  const taken = new Set<GoldEntity>();
  const optionalIds = new Set<string>();
  const surfaces = (n: GraphNode) => [n.name, ...n.aliases];
  const mustNot = gold.mustNot ?? [];
  const mustNotEntities = mustNot.filter((m) => /^(\*|Industry|Enterprise|Lab|Park):/.test(m)).map((m) => {
    const i = m.indexOf(':');
    return { label: m.slice(0, i), name: m.slice(i + 1), text: m };
  });
  for (const n of batch.nodes) {
    if (!(ENTITY_LABELS as readonly string[]).includes(n.label)) continue;
    for (const m of mustNotEntities) {
      if ((m.label === '*' || m.label === n.label) && key(n.label, n.name) === key(n.label, m.name)) mustNotHits.push(`${m.text} (node ${n.id})`);
    }
    const g = ents.find((e) => e.labels.includes(n.label) && surfaces(n).some((s) => e.keys.has(key(n.label, s))));
    if (g && !taken.has(g)) {
      taken.add(g);
      matched.set(n.id, g);
      entities[n.label]!.tp++;
    } else if (g) {
      entities[n.label]!.fp++;
      wrongEntities.push(`${n.label}:${n.name} (duplicate of ${g.name})`);
      matched.set(n.id, g);
    } else if (surfaces(n).some((s) => optionalKeys.has(key(n.label, s)))) {
      optionalIds.add(n.id);
    } else {
      entities[n.label]!.fp++;
      wrongEntities.push(`${n.label}:${n.name}`);
    }
  }
  const missedEntities: string[] = [];
  for (const e of ents) {
    if (taken.has(e)) continue;
    entities[e.label]!.fn++;
    missedEntities.push(`${e.label}:${e.name}`);
  }

  // ---------------------------------------------------------------- relations
  const relations: Record<string, Counts> = Object.fromEntries(REL_TYPES.map((t) => [t, zero()]));
  const weak: Record<string, { found: number; total: number }> = Object.fromEntries(REL_TYPES.map((t) => [t, { found: 0, total: 0 }]));
  const basis = { matched: 0, classAgrees: 0, exact: 0, missing: 0 };
  const allEdges = zero();
  const nodeById = new Map(batch.nodes.map((n) => [n.id, n]));
  const endpoint = (id: string): { name: string; optional?: boolean; unknown?: boolean } => {
    const n = nodeById.get(id);
    if (n?.label === 'Measure') return { name: `#${measureKey(String(n.properties.number ?? ''))}` };
    const g = matched.get(id);
    if (g) return { name: g.name };
    if (optionalIds.has(id)) return { name: n?.name ?? id, optional: true };
    return { name: n?.name ?? id, unknown: true };
  };
  const matches = (r: GoldRel, a: string, t: string, b: string) => r.t === t && (r.a.includes('*') || r.a.includes(a)) && (r.b.includes('*') || r.b.includes(b));
  const foundStrong = new Set<GoldRel>();
  const foundWeak = new Set<GoldRel>();
  const wrongRelations: string[] = [];
  const seenStrong = new Set<string>();
  const outcomes: DocScore['outcomes'] = [];
  const seenAll = new Set<string>();
  const mustNotRels = mustNot.filter((m) => !/^(\*|Industry|Enterprise|Lab|Park):/.test(m)).map((m) => {
    const x = /^(.+?) ([A-Z_]+) (.+)$/.exec(m);
    if (!x) throw new Error(`${file}: bad mustNot ${m}`);
    return { a: x[1]!, t: x[2]!, b: x[3]!, text: m };
  });
  const nameKeyOf = (id: string) => {
    const n = nodeById.get(id);
    return n ? [n.name, ...n.aliases].map((s) => key(n.label, s)) : [id];
  };

  for (const e of batch.edges) {
    if (!(REL_TYPES as readonly string[]).includes(e.type) || !relevant(e.type)) continue;
    const conf = confidenceOf(e);
    const strongEdge = conf >= threshold;
    // facts that must not appear (by name, whatever the gold calls the node)
    if (strongEdge) {
      for (const m of mustNotRels) {
        if (m.t !== e.type) continue;
        const okA = m.a === '*' || nameKeyOf(e.source).includes(key('Industry', m.a)) || nameKeyOf(e.source).includes(matchKey(m.a));
        const okB = m.b === '*' || nameKeyOf(e.target).includes(key('Industry', m.b)) || nameKeyOf(e.target).includes(matchKey(m.b));
        if (okA && okB) mustNotHits.push(`${m.text} (edge ${e.id})`);
      }
    }
    const a = endpoint(e.source);
    const b = endpoint(e.target);
    if (a.optional || b.optional) continue;
    const k = `${a.name} ${e.type} ${b.name}`;
    const g = goldRels.find((r) => matches(r, a.name, e.type, b.name));
    const opt = optRels.some((r) => matches(r, a.name, e.type, b.name));
    const imp = implied.get(k);
    // ---- threshold 0: every edge
    if (!seenAll.has(k)) {
      seenAll.add(k);
      if (g) {
        allEdges.tp++;
        basis.matched++;
        const eb = e.properties.basis;
        if (eb === undefined) basis.missing++;
        else {
          if (isStrong(eb) === isStrong(g.basis)) basis.classAgrees++;
          if (eb === g.basis) basis.exact++;
        }
        if (!isStrong(g.basis)) foundWeak.add(g);
      } else if (!(opt || imp !== undefined)) allEdges.fp++;
    }
    // ---- default threshold: what users see
    if (!strongEdge) continue;
    if (seenStrong.has(k)) continue;
    seenStrong.add(k);
    const outcome = { type: e.type, basis: String(e.properties.basis ?? 'none'), confidence: conf, evidence: e.evidence?.length ?? 0 };
    const before = relations[e.type]!.fp;
    if (g && isStrong(g.basis)) {
      if (!foundStrong.has(g)) relations[e.type]!.tp++;
      foundStrong.add(g);
    } else if (g) {
      relations[e.type]!.fp++;
      wrongRelations.push(`${k}  [gold: ${g.basis}, extracted strong]`);
    } else if (imp === true || opt) {
      // acceptable: implied by a strong relation through PART_OF, or optional
    } else if (imp === false) {
      relations[e.type]!.fp++;
      wrongRelations.push(`${k}  [implied by weak gold, extracted strong]`);
    } else {
      relations[e.type]!.fp++;
      wrongRelations.push(a.unknown || b.unknown ? `${k}  [${a.unknown ? 'source' : 'target'} not in gold]` : k);
    }
    outcomes.push({ ...outcome, verdict: relations[e.type]!.fp > before ? 'wrong' : g && isStrong(g.basis) ? 'right' : 'accepted' });
  }
  const missedRelations: string[] = [];
  for (const r of goldRels) {
    if (!relevant(r.t)) continue;
    if (r.a.some((x) => x.startsWith('?')) || r.b.some((x) => x.startsWith('?'))) continue;
    if (isStrong(r.basis)) {
      if (!foundStrong.has(r)) {
        relations[r.t]!.fn++;
        missedRelations.push(r.text);
      }
    } else {
      weak[r.t]!.total++;
      if (foundWeak.has(r)) weak[r.t]!.found++;
    }
    if (!foundStrong.has(r) && !foundWeak.has(r)) allEdges.fn++;
  }
  return { file, relations, entities, weak, basis, allEdges, mustNot: mustNotHits, wrongRelations, missedRelations, wrongEntities, missedEntities, outcomes };
}

export function readGold(path: string): Gold {
  return JSON.parse(readFileSync(path, 'utf8')) as Gold;
}

/** Sum of per-type counts over documents (all types when `which` is omitted). */
export function total(docs: DocScore[], pick: (s: DocScore) => Record<string, Counts>, which?: readonly string[]): Counts {
  const c = zero();
  for (const s of docs) for (const [k, v] of Object.entries(pick(s))) if (!which || which.includes(k)) add(c, v);
  return c;
}

/** A printable table: per relation type, per label, basis agreement, weak recall, mustNot. */
export function report(title: string, docs: DocScore[], verbose = false): string {
  const lines = [`== ${title} (${docs.length} documents)`];
  if (verbose) {
    for (const s of docs) {
      lines.push(`-- ${s.file}: relations ${fmt(total([s], (x) => x.relations))}, entities ${fmt(total([s], (x) => x.entities))}`);
      if (s.wrongEntities.length) lines.push(`   wrong entities: ${s.wrongEntities.join(', ')}`);
      if (s.missedEntities.length) lines.push(`   missed entities: ${s.missedEntities.join(', ')}`);
      if (s.wrongRelations.length) lines.push(`   wrong relations:\n     ${s.wrongRelations.join('\n     ')}`);
      if (s.missedRelations.length) lines.push(`   missed relations:\n     ${s.missedRelations.join('\n     ')}`);
      if (s.mustNot.length) lines.push(`   MUST NOT: ${s.mustNot.join('; ')}`);
    }
  }
  lines.push(`relations at confidence ≥ ${DEFAULT_THRESHOLD} (precision of what users see, recall of stated/planned gold):`);
  for (const t of REL_TYPES) lines.push(`  ${t.padEnd(14)} ${fmt(total(docs, (s) => s.relations, [t]))}`);
  lines.push(`  ${'all'.padEnd(14)} ${fmt(total(docs, (s) => s.relations))}`);
  lines.push('entities:');
  for (const l of ENTITY_LABELS) lines.push(`  ${l.padEnd(14)} ${fmt(total(docs, (s) => s.entities, [l]))}`);
  const w = { found: 0, total: 0 };
  for (const s of docs) for (const v of Object.values(s.weak)) ((w.found += v.found), (w.total += v.total));
  const b = { matched: 0, classAgrees: 0, exact: 0, missing: 0 };
  for (const s of docs) ((b.matched += s.basis.matched), (b.classAgrees += s.basis.classAgrees), (b.exact += s.basis.exact), (b.missing += s.basis.missing));
  lines.push(`all edges (threshold 0, weak gold counts as right): ${fmt(total(docs, (s) => ({ all: s.allEdges })))}`);
  lines.push(`weak gold (encouraged/listed) present at threshold 0: ${w.found}/${w.total}`);
  lines.push(`basis on matched edges: ${b.matched} matched, ${b.missing} without basis, strong/weak agrees ${b.classAgrees}, exact ${b.exact}`);
  const mn = docs.flatMap((s) => s.mustNot.map((m) => `${s.file}: ${m}`));
  lines.push(`must-not facts present: ${mn.length}${mn.length && verbose ? '\n  ' + mn.join('\n  ') : ''}`);
  return lines.join('\n');
}
