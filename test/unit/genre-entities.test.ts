// Held-out genre documents (test/fixtures/genre-entities/*.txt): short texts written in the genre
// of the seeds with names that are in neither the seeds nor the lexicon, each with a gold file
// written by hand from reading the text (*.gold.json). Runs the real ingest entry (read →
// structure → extract → batch) and scores entities (per label) and relations (per type).
//
// Gold format: entities {label: ["canonical|alias|…"]}; optional: names that may or may not be
// extracted (neither rewarded nor penalised, nor are edges touching them); relations
// "source TYPE target" (names as in entities, measures as #<number>); optionalRelations: the same,
// with * for any endpoint; acceptLabels: {name: [labels]} for names of two acceptable labels.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphBatch, GraphNode } from '../../server/src/model.ts';
import { matchKey } from '../../server/src/ingest/names.ts';
import { ingestFile } from '../../server/src/ingest/index.ts';
import { seedsContext } from '../fixtures/ingest-context.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'genre-entities');
const ENTITY_LABELS = ['Industry', 'Enterprise', 'Lab', 'Park'] as const;
const REL_TYPES = ['HOSTS', 'INNOVATES_FOR', 'IN_INDUSTRY', 'PART_OF', 'UPSTREAM_OF', 'SUPPORTS', 'LEADS', 'LOCATED_IN'] as const;

interface Gold {
  entities: Record<string, string[]>;
  optional?: string[];
  relations: string[];
  optionalRelations?: string[];
  acceptLabels?: Record<string, string[]>;
}

interface GoldEntity {
  name: string;
  label: string;
  labels: string[];
  keys: Set<string>;
}

/** Matching key: the extractor's key, and for industries without 产业/领域/产业链 (商业航天产业 = 商业航天). */
function key(label: string, s: string): string {
  const k = matchKey(s);
  return label === 'Industry' ? k.replace(/(产业链|产业|领域|行业|环节)$/, '') || k : k;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const add = (a: Counts, b: Counts) => ((a.tp += b.tp), (a.fp += b.fp), (a.fn += b.fn));
const p = (c: Counts) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);
const r = (c: Counts) => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1);
const f1 = (c: Counts) => (p(c) + r(c) ? (2 * p(c) * r(c)) / (p(c) + r(c)) : 0);
const fmt = (c: Counts) => `P ${p(c).toFixed(3)} R ${r(c).toFixed(3)} F1 ${f1(c).toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;

interface DocScore {
  file: string;
  entities: Record<string, Counts>;
  relations: Record<string, Counts>;
  wrongEntities: string[];
  missedEntities: string[];
  wrongRelations: string[];
  missedRelations: string[];
}

function scoreDoc(file: string, gold: Gold, batch: GraphBatch): DocScore {
  const ents: GoldEntity[] = [];
  for (const [label, rows] of Object.entries(gold.entities)) {
    for (const row of rows) {
      const names = row.split('|');
      const labels = gold.acceptLabels?.[names[0]!] ?? [label];
      ents.push({ name: names[0]!, label, labels, keys: new Set(labels.flatMap((l) => names.map((n) => key(l, n)))) });
    }
  }
  const optional = new Set((gold.optional ?? []).flatMap((n) => ENTITY_LABELS.map((l) => key(l, n))));
  const goldByName = (n: string): string => {
    if (n === '*' || n.startsWith('#')) return n;
    const e = ents.find((e) => e.labels.some((l) => e.keys.has(key(l, n))));
    if (!e && ENTITY_LABELS.some((l) => optional.has(key(l, n)))) return n;
    if (!e) throw new Error(`${file}: gold relation names an unknown entity: ${n}`);
    return e.name;
  };

  // ---- entities
  const entities: Record<string, Counts> = Object.fromEntries(ENTITY_LABELS.map((l) => [l, zero()]));
  const wrongEntities: string[] = [];
  const matched = new Map<string, GoldEntity>(); // node id → gold
  const taken = new Set<GoldEntity>();
  const optionalIds = new Set<string>();
  const surfaces = (n: GraphNode) => [n.name, ...n.aliases];
  for (const n of batch.nodes.filter((n) => (ENTITY_LABELS as readonly string[]).includes(n.label))) {
    const g = ents.find((e) => e.labels.includes(n.label) && surfaces(n).some((s) => e.keys.has(key(n.label, s))));
    if (g && !taken.has(g)) {
      taken.add(g);
      matched.set(n.id, g);
      entities[n.label]!.tp++;
    } else if (g) {
      entities[n.label]!.fp++;
      wrongEntities.push(`${n.label}:${n.name} (duplicate of ${g.name})`);
      matched.set(n.id, g);
    } else if (surfaces(n).some((s) => optional.has(key(n.label, s))) || ents.some((e) => surfaces(n).some((s) => e.keys.has(key(e.label, s))) && !e.labels.includes(n.label) && optional.has(key(n.label, n.name)))) {
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

  // ---- relations
  const relations: Record<string, Counts> = Object.fromEntries(REL_TYPES.map((t) => [t, zero()]));
  const parse = (s: string) => {
    const m = new RegExp(`^(.+?) (${REL_TYPES.join('|')}) (.+)$`).exec(s);
    if (!m) throw new Error(`${file}: bad relation ${s}`);
    return { a: goldByName(m[1]!), t: m[2]!, b: goldByName(m[3]!) };
  };
  const required = new Map<string, boolean>();
  for (const s of gold.relations) {
    const x = parse(s);
    required.set(`${x.a} ${x.t} ${x.b}`, false);
  }
  const optRels = (gold.optionalRelations ?? []).map(parse);
  const nodeById = new Map(batch.nodes.map((n) => [n.id, n]));
  const endpoint = (id: string): { name: string; optional?: boolean; unknown?: boolean } => {
    const n = nodeById.get(id);
    if (n?.label === 'Measure') return { name: `#${String(n.properties.number)}` };
    const g = matched.get(id);
    if (g) return { name: g.name };
    if (optionalIds.has(id)) return { name: n?.name ?? id, optional: true };
    return { name: n?.name ?? id, unknown: true };
  };
  const wrongRelations: string[] = [];
  const seen = new Set<string>();
  for (const e of batch.edges) {
    if (!(REL_TYPES as readonly string[]).includes(e.type)) continue;
    const a = endpoint(e.source);
    const b = endpoint(e.target);
    if (a.optional || b.optional) continue;
    const k = `${a.name} ${e.type} ${b.name}`;
    if (seen.has(k)) continue; // two nodes of one gold entity (already counted as a duplicate entity)
    seen.add(k);
    if (required.has(k)) {
      required.set(k, true);
      relations[e.type]!.tp++;
      continue;
    }
    if (optRels.some((o) => o.t === e.type && (o.a === '*' || o.a === a.name) && (o.b === '*' || o.b === b.name))) continue;
    relations[e.type]!.fp++;
    wrongRelations.push(k);
  }
  const missedRelations: string[] = [];
  for (const [k, found] of required) {
    if (found) continue;
    relations[REL_TYPES.find((t) => k.includes(` ${t} `))!]!.fn++;
    missedRelations.push(k);
  }
  return { file, entities, relations, wrongEntities, missedEntities, wrongRelations, missedRelations };
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
const scores: DocScore[] = [];
const texts = new Map<string, string>();
const batches = new Map<string, GraphBatch>();

beforeAll(async () => {
  for (const f of files) {
    const gold = JSON.parse(readFileSync(join(DIR, f.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
    const { batch, doc } = await ingestFile(join(DIR, f), seedsContext);
    texts.set(f, doc.source.text);
    batches.set(f, batch);
    scores.push(scoreDoc(f, gold, batch));
  }
}, 120_000);

function total(pick: (s: DocScore) => Record<string, Counts>, which?: readonly string[], docs: DocScore[] = scores): Counts {
  const c = zero();
  for (const s of docs) for (const [k, v] of Object.entries(pick(s))) if (!which || which.includes(k)) add(c, v);
  return c;
}

describe('held-out genre documents (names in neither the seeds nor the lexicon)', () => {
  it('has ≥10 documents, each with a hand-made gold file', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it('scores every document against its gold (each error listed), no document far below the rest; prints the figures', () => {
    expect(scores.map((s) => s.file)).toEqual(files);
    for (const s of scores) {
      const e = zero();
      for (const v of Object.values(s.entities)) add(e, v);
      const rel = zero();
      for (const v of Object.values(s.relations)) add(rel, v);
      // the gold is used (it states entities and relations) and every counted error is listed below
      expect(e.tp + e.fn, `${s.file}: gold entities`).toBeGreaterThan(0);
      expect(rel.tp + rel.fn, `${s.file}: gold relations`).toBeGreaterThan(0);
      expect(s.wrongEntities, s.file).toHaveLength(e.fp);
      expect(s.missedEntities, s.file).toHaveLength(e.fn);
      expect(s.wrongRelations, s.file).toHaveLength(rel.fp);
      expect(s.missedRelations, s.file).toHaveLength(rel.fn);
      // per document (the overall thresholds below could hide one document gone wrong): the worst
      // document today is at entities F1 0.93, relations F1 0.90
      expect(f1(e), `${s.file}: entities ${fmt(e)}`).toBeGreaterThanOrEqual(0.9);
      expect(f1(rel), `${s.file}: relations ${fmt(rel)}`).toBeGreaterThanOrEqual(0.85);
      console.log(`${s.file}\n  entities  ${fmt(e)}\n  relations ${fmt(rel)}` +
        (s.wrongEntities.length ? `\n  wrong entities: ${s.wrongEntities.join(', ')}` : '') +
        (s.missedEntities.length ? `\n  missed entities: ${s.missedEntities.join(', ')}` : '') +
        (s.wrongRelations.length ? `\n  wrong relations: ${s.wrongRelations.join(', ')}` : '') +
        (s.missedRelations.length ? `\n  missed relations: ${s.missedRelations.join(', ')}` : ''));
    }
    const lines = ['OVERALL entities by label:'];
    for (const l of ENTITY_LABELS) lines.push(`  ${l.padEnd(13)} ${fmt(total((s) => s.entities, [l]))}`);
    lines.push(`  ${'all'.padEnd(13)} ${fmt(total((s) => s.entities))}`);
    lines.push(`  ${'organisations'.padEnd(13)} ${fmt(total((s) => s.entities, ['Enterprise', 'Lab', 'Park']))}`);
    lines.push('OVERALL relations by type:');
    for (const t of REL_TYPES) lines.push(`  ${t.padEnd(13)} ${fmt(total((s) => s.relations, [t]))}`);
    lines.push(`  ${'PART_OF+UPSTREAM_OF'.padEnd(13)} ${fmt(total((s) => s.relations, ['PART_OF', 'UPSTREAM_OF']))}`);
    lines.push(`  ${'all'.padEnd(13)} ${fmt(total((s) => s.relations))}`);
    // g13–g18 (…-fresh-…) were written after the rules, scored before any rule change they prompted
    // (a second held-out set); g01–g12 are the set the rules were developed against.
    const fresh = scores.filter((s) => /fresh/.test(s.file));
    const dev = scores.filter((s) => !/fresh/.test(s.file));
    lines.push(`DEV (${dev.length} documents):`);
    lines.push(`  ${'entities'.padEnd(13)} ${fmt(total((s) => s.entities, undefined, dev))}`);
    lines.push(`  ${'relations'.padEnd(13)} ${fmt(total((s) => s.relations, undefined, dev))}`);
    if (fresh.length) {
      lines.push(`FRESH (${fresh.length} documents written after the rules):`);
      for (const l of ENTITY_LABELS) lines.push(`  ${l.padEnd(13)} ${fmt(total((s) => s.entities, [l], fresh))}`);
      lines.push(`  ${'entities'.padEnd(13)} ${fmt(total((s) => s.entities, undefined, fresh))}`);
      for (const t of REL_TYPES) lines.push(`  ${t.padEnd(13)} ${fmt(total((s) => s.relations, [t], fresh))}`);
      lines.push(`  ${'relations'.padEnd(13)} ${fmt(total((s) => s.relations, undefined, fresh))}`);
    }
    console.log(lines.join('\n'));
  });

  // Thresholds: what the extractor reached (all 18: entities P 0.98 R 0.98, relations F1 0.97;
  // fresh: entities P 0.98 R 0.96, relations F1 0.97) minus a margin. Before this work the same
  // documents scored entities P 0.87 R 0.60, relations F1 0.37 (see the lead's report).
  it('entities: precision and recall over all labels', () => {
    const c = total((s) => s.entities);
    expect(p(c)).toBeGreaterThanOrEqual(0.94);
    expect(r(c)).toBeGreaterThanOrEqual(0.94);
    for (const l of ['Enterprise', 'Lab', 'Park'] as const) expect(f1(total((s) => s.entities, [l])), l).toBeGreaterThanOrEqual(0.9);
  });

  it('relations: F1 over HOSTS, INNOVATES_FOR, IN_INDUSTRY, PART_OF/UPSTREAM_OF, SUPPORTS, LEADS, LOCATED_IN', () => {
    expect(f1(total((s) => s.relations))).toBeGreaterThanOrEqual(0.93);
    for (const t of ['HOSTS', 'INNOVATES_FOR', 'IN_INDUSTRY', 'SUPPORTS'] as const) expect(f1(total((s) => s.relations, [t])), t).toBeGreaterThanOrEqual(0.85);
    expect(f1(total((s) => s.relations, ['PART_OF', 'UPSTREAM_OF']))).toBeGreaterThanOrEqual(0.9);
  });

  it('the fresh documents (written after the rules) score close to the others', () => {
    const fresh = scores.filter((s) => /fresh/.test(s.file));
    expect(fresh.length).toBeGreaterThanOrEqual(4);
    const e = total((s) => s.entities, undefined, fresh);
    expect(p(e)).toBeGreaterThanOrEqual(0.9);
    expect(r(e)).toBeGreaterThanOrEqual(0.9);
    expect(f1(total((s) => s.relations, undefined, fresh))).toBeGreaterThanOrEqual(0.9);
  });

  it('every extracted fact carries evidence that slices the document text exactly', () => {
    for (const [f, batch] of batches) {
      const text = texts.get(f)!;
      for (const e of batch.edges) {
        expect(e.evidence.length, `${f} ${e.id}`).toBeGreaterThan(0);
        for (const ev of e.evidence) expect(ev.text, `${f} ${e.id}`).toBe(text.slice(ev.start, ev.end));
      }
    }
  });
});
