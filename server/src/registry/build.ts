// Building a registry import without a store: read → validate rows → map industries, segments and
// parks → resolve legal names against the enterprises given in the context → one GraphBatch under
// `registry:<source>`. Pure over its inputs, so it runs in the ingest worker (uploads, off the
// event loop) as well as in the CLI's process; import.ts gathers the context and writes the batch.
import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import { KgError } from '../errors.ts';
import type { GraphBatch } from '../model.ts';
import { buildRegistryBatch, checkSourceName, registryHash, type BatchStats, type DoubtfulMatch, type ResolvedRow } from './batch.ts';
import type { ColumnMap } from './fields.ts';
import { loadRegistryLexicon } from './lexicon.ts';
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
  /** Enterprises merged with an enterprise already in the graph. */
  merged: { line: number; legalName: string; id: string; name: string; kind: string; score: number }[];
  timings: Record<string, number>;
}

export type RegistryInput = { path: string } | { file: string; bytes: Uint8Array };

/** What the store knows that resolution and park mapping need (plain data: it crosses to the worker). */
export interface RegistryContext {
  /** Enterprises the documents name (with lexicon aliases and their field). */
  documents: KnownEnterprise[];
  /** Enterprises of other registries, matched by credit code only. */
  byCode: KnownEnterprise[];
  parks: KnownPark[];
}

export function defaultSourceName(file: string): string {
  return basename(file, extname(file)).replace(/[^\p{L}\p{N}_.\-]+/gu, '_').slice(0, 80) || 'registry';
}

export function inputFile(input: RegistryInput): string {
  return 'path' in input ? basename(input.path) : basename(input.file);
}

/** The source name an import will use (checked). */
export function sourceNameFor(input: RegistryInput, source?: string): string {
  const name = source ?? defaultSourceName(inputFile(input));
  const bad = checkSourceName(name);
  if (bad) throw new KgError('BAD_USER_INPUT', `${bad}: "${name}"`, { details: { source: name } });
  return name;
}

export async function buildRegistryImport(input: RegistryInput, context: RegistryContext, options: ImportOptions = {}): Promise<{ batch: GraphBatch; result: ImportResult }> {
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  const lap = (k: string, since: number) => (timings[k] = Math.round(performance.now() - since));
  const file = inputFile(input);
  const source = sourceNameFor(input, options.source);
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
  const parks = new ParkMatcher(context.parks, lex.addresses);
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
  const resolver = new Resolver(context.documents, lex.names, context.byCode);
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
  timings.build = Math.round(performance.now() - t0);
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
  return { batch, result };
}
