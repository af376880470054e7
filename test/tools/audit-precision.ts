// Precision audit of the seeds graph (issue 12): `npm run audit:precision`.
//
// Ingests seeds/ (the real pipeline, batches merged by the store's merge rule), draws a seeded,
// stratified random sample of the edges users see (confidence ≥ 0.5 by default; stratum = relation
// type, ≥ 40 per type, all of a type when fewer) and of the Industry, Lab and Park nodes, and
// compares them with the team's judgments (test/fixtures/audit/*.tsv): right / weak / wrong and why,
// read against the evidence sentence. Prints precision per type and lists the sampled items not yet
// judged (after an extraction change, the changed edges).
//
// The sample is stable under change: each item is ranked by a hash of (seed, id) and the lowest
// ranks are taken, so an edge that survives a change keeps its place. A judgment is keyed by the
// edge id and a hash of its evidence sentences: when an edge's evidence changes, it is judged again.
// Never edit a judgment to make a figure pass; judge the sentence.
//
//   npm run audit:precision                       # report
//   npm run audit:precision -- --worksheet FILE   # also write the unjudged items as TSV rows to fill in
//   npm run audit:precision -- --per-type 60 --min-confidence 0 --seed issue-12
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GraphEdge, GraphNode } from '../../server/src/model.ts';
import { collectInputFiles, createIngestContext, ingestFile } from '../../server/src/ingest/index.ts';
import { mergeEdges, mergeNodes } from '../../server/src/store/merge.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const JUDGMENTS = join(ROOT, 'test', 'fixtures', 'audit', 'edge-judgments.tsv');
export const NODE_JUDGMENTS = join(ROOT, 'test', 'fixtures', 'audit', 'node-judgments.tsv');
export const AUDITED_TYPES = ['HOSTS', 'IN_INDUSTRY', 'INNOVATES_FOR', 'LOCATED_IN', 'PART_OF', 'UPSTREAM_OF', 'SUPPORTS', 'MENTIONS', 'LEADS'] as const;
export const AUDITED_LABELS = ['Industry', 'Lab', 'Park'] as const;
export const VERDICTS = ['right', 'weak', 'wrong'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The seeds as users see them: every seed ingested, contributions merged like the stores do. */
export async function seedGraph(dir = join(ROOT, 'seeds'), ctx = createIngestContext()): Promise<Graph> {
  const files = await collectInputFiles([dir]);
  const nodeParts = new Map<string, { doc: string; n: GraphNode }[]>();
  const edgeParts = new Map<string, { doc: string; e: GraphEdge }[]>();
  for (const f of files) {
    const { batch } = await ingestFile(f, ctx);
    for (const n of batch.nodes) (nodeParts.get(n.id) ?? nodeParts.set(n.id, []).get(n.id)!).push({ doc: batch.documentId, n });
    for (const e of batch.edges) (edgeParts.get(e.id) ?? edgeParts.set(e.id, []).get(e.id)!).push({ doc: batch.documentId, e });
  }
  const byDoc = <T extends { doc: string }>(a: T, b: T) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0);
  return {
    nodes: [...nodeParts.values()].map((ps) => mergeNodes(ps.sort(byDoc).map((p) => p.n))),
    edges: [...edgeParts.values()].map((ps) => mergeEdges(ps.sort(byDoc).map((p) => p.e))),
  };
}

const sha = (s: string, n = 12) => createHash('sha256').update(s).digest('hex').slice(0, n);

export function confidenceOf(e: GraphEdge): number {
  return typeof e.properties.confidence === 'number' ? e.properties.confidence : 1;
}

/** Judgment key of an edge: its id and a hash of its evidence (document, offsets, text). */
export function edgeKey(e: GraphEdge): string {
  const ev = e.evidence.map((x) => `${x.documentId}:${x.start}:${x.end}:${x.text}`).sort().join('\n');
  return `${e.id}#${sha(ev)}`;
}

/** Seeded stratified sample: per stratum, the `per` items with the lowest hash(seed, id). */
export function stratifiedSample<T>(items: T[], stratum: (x: T) => string, id: (x: T) => string, per: number, seed: string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const x of items) (groups.get(stratum(x)) ?? groups.set(stratum(x), []).get(stratum(x))!).push(x);
  const out = new Map<string, T[]>();
  for (const [k, xs] of groups) {
    const ranked = xs.map((x) => ({ x, r: sha(`${seed}\u0000${id(x)}`, 16) })).sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0));
    out.set(k, ranked.slice(0, per).map((y) => y.x));
  }
  return out;
}

export interface Judgment {
  key: string;
  verdict: Verdict;
  why: string;
}

/** key<TAB>verdict<TAB>why<TAB>…columns for people (ignored). Lines starting with # are comments. */
export function loadJudgments(path: string): Map<string, Judgment> {
  const out = new Map<string, Judgment>();
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return out;
  }
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#') || line.startsWith('key\t')) return;
    const [key, verdict, why] = line.split('\t');
    if (!key || !VERDICTS.includes(verdict as Verdict)) throw new Error(`${path}:${i + 1}: expected key<TAB>right|weak|wrong<TAB>why, got ${JSON.stringify(line.slice(0, 80))}`);
    if (!why?.trim()) throw new Error(`${path}:${i + 1}: a judgment needs its reason`);
    if (out.has(key)) throw new Error(`${path}:${i + 1}: ${key} judged twice`);
    out.set(key, { key, verdict: verdict as Verdict, why: why.trim() });
  });
  return out;
}

export interface TypeAudit {
  type: string;
  population: number;
  sampled: number;
  right: number;
  weak: number;
  wrong: number;
  unjudged: number;
}

export interface AuditResult {
  edges: TypeAudit[];
  nodes: TypeAudit[];
  unjudgedEdges: GraphEdge[];
  unjudgedNodes: GraphNode[];
  wrongEdges: { e: GraphEdge; j: Judgment }[];
  wrongNodes: { n: GraphNode; j: Judgment }[];
}

export interface AuditOptions {
  perType?: number;
  seed?: string;
  minConfidence?: number;
  judgments?: Map<string, Judgment>;
  nodeJudgments?: Map<string, Judgment>;
}

export function audit(g: Graph, opts: AuditOptions = {}): AuditResult {
  const per = opts.perType ?? 40;
  const seed = opts.seed ?? 'issue-12';
  const min = opts.minConfidence ?? 0.5;
  const judgments = opts.judgments ?? loadJudgments(JUDGMENTS);
  const nodeJudgments = opts.nodeJudgments ?? loadJudgments(NODE_JUDGMENTS);
  const shown = g.edges.filter((e) => (AUDITED_TYPES as readonly string[]).includes(e.type) && confidenceOf(e) >= min);
  const sample = stratifiedSample(shown, (e) => e.type, (e) => e.id, per, seed);
  const res: AuditResult = { edges: [], nodes: [], unjudgedEdges: [], unjudgedNodes: [], wrongEdges: [], wrongNodes: [] };
  for (const t of AUDITED_TYPES) {
    const s = sample.get(t) ?? [];
    const a: TypeAudit = { type: t, population: shown.filter((e) => e.type === t).length, sampled: s.length, right: 0, weak: 0, wrong: 0, unjudged: 0 };
    for (const e of s) {
      const j = judgments.get(edgeKey(e));
      if (!j) {
        a.unjudged++;
        res.unjudgedEdges.push(e);
      } else {
        a[j.verdict]++;
        if (j.verdict !== 'right') res.wrongEdges.push({ e, j });
      }
    }
    res.edges.push(a);
  }
  // nodes a user sees: those with at least one edge shown
  const visible = new Set<string>();
  for (const e of g.edges) if (confidenceOf(e) >= min) (visible.add(e.source), visible.add(e.target));
  const nodes = g.nodes.filter((n) => (AUDITED_LABELS as readonly string[]).includes(n.label) && visible.has(n.id));
  const nsample = stratifiedSample(nodes, (n) => n.label, (n) => n.id, per, seed);
  for (const l of AUDITED_LABELS) {
    const s = nsample.get(l) ?? [];
    const a: TypeAudit = { type: l, population: nodes.filter((n) => n.label === l).length, sampled: s.length, right: 0, weak: 0, wrong: 0, unjudged: 0 };
    for (const n of s) {
      const j = nodeJudgments.get(n.id);
      if (!j) {
        a.unjudged++;
        res.unjudgedNodes.push(n);
      } else {
        a[j.verdict]++;
        if (j.verdict !== 'right') res.wrongNodes.push({ n, j });
      }
    }
    res.nodes.push(a);
  }
  return res;
}

export const precisionOf = (a: TypeAudit): number => (a.right + a.weak + a.wrong ? a.right / (a.right + a.weak + a.wrong) : 1);

function row(a: TypeAudit): string {
  const judged = a.right + a.weak + a.wrong;
  const pct = (x: number) => (judged ? `${Math.round((100 * x) / judged)}%` : '-');
  return `  ${a.type.padEnd(14)} ${String(a.population).padStart(5)} ${String(a.sampled).padStart(4)}  right ${String(a.right).padStart(3)} (${pct(a.right).padStart(4)})  weak ${String(a.weak).padStart(3)} (${pct(a.weak).padStart(4)})  wrong ${String(a.wrong).padStart(3)} (${pct(a.wrong).padStart(4)})  P ${precisionOf(a).toFixed(3)}${a.unjudged ? `  unjudged ${a.unjudged}` : ''}`;
}

export function formatAudit(r: AuditResult, g: Graph, verbose = false): string {
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  const lines = ['edges (population at the threshold, sample, verdicts; P = right / judged):'];
  for (const a of r.edges) lines.push(row(a));
  lines.push('nodes:');
  for (const a of r.nodes) lines.push(row(a));
  if (verbose && r.wrongEdges.length) {
    lines.push('weak and wrong edges in the sample:');
    for (const { e, j } of r.wrongEdges) lines.push(`  ${j.verdict.padEnd(5)} ${e.type} ${name.get(e.source)} → ${name.get(e.target)}: ${j.why}`);
  }
  if (r.unjudgedEdges.length || r.unjudgedNodes.length) {
    lines.push(`not yet judged: ${r.unjudgedEdges.length} edges, ${r.unjudgedNodes.length} nodes`);
    for (const e of r.unjudgedEdges) lines.push(`  ${e.type} ${name.get(e.source)} → ${name.get(e.target)}  ${edgeKey(e)}`);
    for (const n of r.unjudgedNodes) lines.push(`  ${n.label} ${n.name}  ${n.id}`);
  }
  return lines.join('\n');
}

const clip = (s: string, n = 220) => s.replace(/[\t\n\r]+/g, ' ').slice(0, n);

/** TSV rows for the unjudged items (verdict and reason left empty to fill in). */
export function worksheet(r: AuditResult, g: Graph): { edges: string; nodes: string } {
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  const edges = r.unjudgedEdges.map((e) => {
    const props = [e.properties.basis, typeof e.properties.confidence === 'number' ? e.properties.confidence : undefined].filter((x) => x !== undefined).join(' ');
    return [edgeKey(e), '', '', e.type, name.get(e.source), name.get(e.target), props, e.evidence.map((x) => clip(x.text)).join(' ‖ ')].join('\t');
  });
  const nodes = r.unjudgedNodes.map((n) => {
    const ev = g.edges.find((e) => e.source === n.id || e.target === n.id)?.evidence[0]?.text ?? '';
    return [n.id, '', '', n.label, n.name, clip(ev)].join('\t');
  });
  return { edges: edges.join('\n'), nodes: nodes.join('\n') };
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const opts: AuditOptions = {};
  if (arg('--per-type')) opts.perType = Number(arg('--per-type'));
  if (arg('--seed')) opts.seed = arg('--seed')!;
  if (arg('--min-confidence')) opts.minConfidence = Number(arg('--min-confidence'));
  const g = await seedGraph();
  const r = audit(g, opts);
  console.log(formatAudit(r, g, argv.includes('--verbose')));
  const ws = arg('--worksheet');
  if (ws) {
    const w = worksheet(r, g);
    writeFileSync(ws, `# edges\n${w.edges}\n# nodes\n${w.nodes}\n`);
    console.log(`worksheet: ${ws}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
