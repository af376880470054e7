// Import an enterprise registry into a store: read → validate rows → map industries, segments and
// parks → resolve legal names against the enterprises the documents name → one GraphBatch under
// `registry:<source>` (re-importing a source replaces it; removing it takes all of it out).
// Shared by the CLI and the upload endpoint. Nothing is written when no row is good.
import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import { KgError } from '../errors.ts';
import type { GraphNode } from '../model.ts';
import type { GraphStore } from '../store/port.ts';
import { buildRegistryBatch, checkSourceName, isRegistrySource, registryHash, registrySourceId, type BatchStats, type DoubtfulMatch, type ResolvedRow } from './batch.ts';
import type { ColumnMap } from './fields.ts';
import { loadRegistryLexicon, type RegistryLexicon } from './lexicon.ts';
import { loadRegistry } from './load.ts';
import { ParkMatcher, type KnownPark } from './parks.ts';
import { openRegistry, openRegistryBytes } from './read.ts';
import { Resolver, resolveAll, type KnownEnterprise } from './resolve.ts';
import type { RowIssue } from './rows.ts';
import { SegmentMatcher, segmentsFromTaxonomy } from './segments.ts';

export interface ImportOptions {
  /** Source name (default: the file name without extension). */
  source?: string;
  map?: ColumnMap;
  lexiconDir?: string;
  /** Minimum confidence of a document's IN_INDUSTRY edge to count for its field. */
  minConfidence?: number;
}

export interface ImportResult {
  source: string;
  sourceId: string;
  file: string;
  format: string;
  encoding?: string;
  /** Data rows read. */
  rows: number;
  /** Rows loaded (good rows). */
  loaded: number;
  /** Rows rejected (errors). */
  rejected: number;
  issues: RowIssue[];
  mapping: string[];
  mergedCells: number;
  stats: BatchStats;
  doubtful: DoubtfulMatch[];
  /** Enterprises merged with a document's enterprise: [legal name, document name]. */
  merged: { line: number; legalName: string; id: string; name: string; kind: string; score: number }[];
  timings: Record<string, number>;
}

export type RegistryInput = { path: string } | { file: string; bytes: Uint8Array };

export function defaultSourceName(file: string): string {
  return basename(file, extname(file)).replace(/[^\p{L}\p{N}_.\-]+/gu, '_').slice(0, 80) || 'registry';
}

async function allNodes(store: GraphStore, label: 'Enterprise' | 'Park', documentId?: string): Promise<GraphNode[]> {
  const out: GraphNode[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listNodes({ label, first: 1000, ...(documentId ? { documentId } : {}), ...(after ? { after } : {}) });
    out.push(...page.nodes);
    if (!page.hasNextPage || page.nodes.length === 0) return out;
    after = page.nodes[page.nodes.length - 1]!.id;
  }
}

function num(x: unknown): number | undefined {
  return typeof x === 'number' ? x : undefined;
}

/**
 * The enterprises resolution may merge with: those the documents name (with their field from the
 * documents' IN_INDUSTRY / INNOVATES_FOR edges), and, by credit code only, other registries' ones.
 */
export async function knownEnterprises(store: GraphStore, source: string, lex: RegistryLexicon, minConfidence = 0.5): Promise<{ documents: KnownEnterprise[]; byCode: KnownEnterprise[] }> {
  const records = await store.listDocumentRecords();
  const docIds = records.map((r) => r.documentId).filter((d) => !isRegistrySource(d));
  const otherRegistries = records.map((r) => r.documentId).filter((d) => isRegistrySource(d) && d !== registrySourceId(source));
  const docNodes = new Map<string, GraphNode>();
  for (const d of docIds) for (const n of await allNodes(store, 'Enterprise', d)) docNodes.set(n.id, n);
  const ids = [...docNodes.keys()];
  const edges = ids.length ? await store.edgesOf({ ids, direction: 'out', types: ['IN_INDUSTRY', 'INNOVATES_FOR'] }) : [];
  const industryIds = new Set<string>();
  const byEnterprise = new Map<string, string[]>();
  for (const e of edges) {
    if (!e.evidence.some((ev) => !isRegistrySource(ev.documentId))) continue; // the documents' view only
    const c = num(e.properties.confidence);
    if (c !== undefined && c < minConfidence) continue;
    industryIds.add(e.target);
    const list = byEnterprise.get(e.source) ?? [];
    list.push(e.target);
    byEnterprise.set(e.source, list);
  }
  const industryNodes = await store.getNodes([...industryIds]);
  const industryName = new Map(industryNodes.filter((n): n is GraphNode => !!n).map((n) => [n.id, n.name]));
  // The lexicon's aliases (short names, legal names) of the enterprises the documents name.
  const lexAliases = new Map(lex.enterprises.map((o) => [`enterprise:${o.name}`, o.aliases]));
  const documents: KnownEnterprise[] = [...docNodes.values()].map((n) => {
    // The legal name this very source added as an alias last time is not the documents' word.
    const ours = n.properties.registry === source ? n.properties.legalName : undefined;
    const aliases = n.aliases.filter((a) => a !== ours);
    const k: KnownEnterprise = { id: n.id, name: n.name, aliases: [...new Set([...aliases, ...(lexAliases.get(n.id) ?? [])])] };
    const inds = (byEnterprise.get(n.id) ?? []).map((i) => industryName.get(i)).filter((x): x is string => !!x);
    if (inds.length) k.field = lex.taxonomy.field(inds);
    // A credit code this very source put there last time is not evidence for this import.
    if (typeof n.properties.creditCode === 'string' && n.properties.registry !== source) k.creditCode = n.properties.creditCode;
    return k;
  });
  const byCode: KnownEnterprise[] = [];
  for (const r of otherRegistries) {
    for (const n of await allNodes(store, 'Enterprise', r)) {
      if (typeof n.properties.creditCode === 'string' && !docNodes.has(n.id)) byCode.push({ id: n.id, name: n.name, aliases: [], creditCode: n.properties.creditCode });
    }
  }
  return { documents, byCode };
}

async function knownParks(store: GraphStore, lex: RegistryLexicon): Promise<KnownPark[]> {
  const out = new Map<string, KnownPark>();
  for (const n of await allNodes(store, 'Park')) {
    const p: KnownPark = { id: n.id, name: n.name, aliases: n.aliases };
    if (typeof n.properties.kind === 'string') p.kind = n.properties.kind;
    out.set(n.id, p);
  }
  for (const o of lex.parks) {
    const id = `park:${o.name}`;
    const old = out.get(id);
    if (old) old.aliases = [...new Set([...old.aliases, ...o.aliases])];
    else out.set(id, { id, name: o.name, aliases: o.aliases, ...(o.kind ? { kind: o.kind } : {}) });
  }
  return [...out.values()];
}

export async function importRegistry(store: GraphStore, input: RegistryInput, options: ImportOptions = {}): Promise<ImportResult> {
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  const lap = (k: string, since: number) => (timings[k] = Math.round(performance.now() - since));
  const file = 'path' in input ? basename(input.path) : basename(input.file);
  const source = options.source ?? defaultSourceName(file);
  const bad = checkSourceName(source);
  if (bad) throw new KgError('BAD_USER_INPUT', `${bad}: "${source}"`, { details: { source } });
  const lex = loadRegistryLexicon(options.lexiconDir);
  const map = options.map ?? new Map();

  let t = performance.now();
  const reader = 'path' in input ? await openRegistry(input.path) : openRegistryBytes(input.file, input.bytes);
  const loaded = await loadRegistry(reader, lex.codes, map);
  lap('read', t);
  if (loaded.records.length === 0) {
    const first = loaded.issues.find((i) => i.severity === 'error');
    throw new KgError('EMPTY', `${file}：没有可导入的企业（${loaded.rows} 行全部有误${first ? `，例如 ${first.message}` : ''}），图谱未改动 / no good rows to import; the graph is unchanged`, { details: { file } });
  }

  t = performance.now();
  const segments = new SegmentMatcher(segmentsFromTaxonomy(lex.taxonomy), lex.products);
  const parks = new ParkMatcher(await knownParks(store, lex), lex.addresses);
  const rows: ResolvedRow[] = loaded.records.map((record) => {
    const row: ResolvedRow = { record, match: { cls: 'none', others: [] }, segments: [...segments.match(record.products, 'products')] };
    for (const s of segments.match(record.scope, 'scope')) if (!row.segments.some((x) => x.segment === s.segment)) row.segments.push(s);
    if (record.industryCode) {
      const m = lex.codes.industriesOf(record.industryCode);
      if (m && m.industries[0]) row.code = { industry: m.industries[0], confidence: m.confidence, from: `${record.industryCode} ${record.industryName ?? ''}`.trim() };
    }
    const p = parks.match(record.park, record.address);
    if (p) row.park = p;
    return row;
  });
  lap('map', t);

  t = performance.now();
  const known = await knownEnterprises(store, source, lex, options.minConfidence);
  lap('known', t);
  t = performance.now();
  const resolver = new Resolver(known.documents, lex.names, known.byCode);
  const identities = rows.map((r) => {
    const codeInds = r.record.industryCode ? lex.codes.industriesOf(r.record.industryCode)?.industries ?? [] : [];
    const field = lex.taxonomy.field([...codeInds, ...r.segments.filter((s) => s.field === 'products').map((s) => s.segment)]);
    return {
      name: r.record.name,
      ...(r.record.shortName ? { shortName: r.record.shortName } : {}),
      ...(r.record.creditCode ? { creditCode: r.record.creditCode } : {}),
      ...(field.size ? { field } : {}),
    };
  });
  resolveAll(resolver, identities).forEach((m, i) => (rows[i]!.match = m));
  lap('resolve', t);

  t = performance.now();
  const sourceHash = await registryHash('bytes' in input ? [input.bytes] : createReadStream(input.path), map);
  const { batch, stats, doubtful } = buildRegistryBatch(rows, { source, sourceHash, lexicon: lex });
  lap('batch', t);
  t = performance.now();
  await store.replaceDocument(batch);
  lap('write', t);
  timings.total = Math.round(performance.now() - t0);
  const merged = rows
    .filter((r) => r.match.cls === 'sure')
    .map((r) => ({ line: r.record.line, legalName: r.record.name, id: r.match.best!.entity.id, name: r.match.best!.entity.name, kind: r.match.best!.kind, score: r.match.best!.score }));
  const result: ImportResult = {
    source,
    sourceId: batch.documentId,
    file,
    format: loaded.format,
    rows: loaded.rows,
    loaded: loaded.records.length,
    rejected: loaded.issues.filter((i) => i.severity === 'error').length,
    issues: loaded.issues,
    mapping: loaded.mapping,
    mergedCells: loaded.mergedCells,
    stats,
    doubtful,
    merged,
    timings,
  };
  if (loaded.encoding) result.encoding = loaded.encoding;
  return result;
}

/** Takes a registry source out of the store. False when there is no such source. */
export async function removeRegistry(store: GraphStore, source: string): Promise<boolean> {
  return store.removeDocument(registrySourceId(source));
}

/** Registry sources in the store. */
export async function listRegistries(store: GraphStore): Promise<{ source: string; sourceId: string; sourceHash: string }[]> {
  return (await store.listDocumentRecords())
    .filter((r) => isRegistrySource(r.documentId))
    .map((r) => ({ source: r.documentId.slice('registry:'.length), sourceId: r.documentId, sourceHash: r.sourceHash }));
}
