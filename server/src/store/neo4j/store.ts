// The Neo4j GraphStore. Each method: build statements (statements.ts), run them through the
// executor, map rows (mapping.ts). Answers match the embedded store's: same defaults and clamps,
// same orderings (re-sorted here with JS string order after Cypher's ORDER BY), same merge.
import type { GraphBatch, GraphEdge, GraphNode, Label } from '../../model.ts';
import {
  STORE_LIMITS,
  type StoreDump,
  type DocumentRecord,
  type EdgeQuery,
  type GraphStore,
  type ListOptions,
  type NeighborhoodOptions,
  type NodePage,
  type Path,
  type SearchOptions,
  type Stats,
  type Subgraph,
} from '../port.ts';
import { matchKey } from '../search-rank.ts';
import { CurationRecordError, parseCurationRecord, type CurationRecord, type NewCurationRecord } from '../curation.ts';
import { StoreCorruptError } from './errors.ts';
import { DEFAULT_BATCH_SIZE, type Neo4jConfig } from './config.ts';
import { loadCypher, splitStatements } from './cypher-files.ts';
import { Executor, type Tx } from './executor.ts';
import { cmp, edgeFromRow, nodeFromRow } from './mapping.ts';
import * as S from './statements.ts';
import { applyDocument, bulkEdgeRows, bulkNodeRows, chunks, migrateLegacyEdges, migrateLegacyNodes, sortedUnique, validateBatch } from './write.ts';
import { StoreUnavailableError } from './errors.ts';

/** `CALL (x) { … }` (variable-scope subqueries) needs Neo4j 5.23 or later. */
export const MIN_NEO4J_VERSION = [5, 23] as const;

/** Parse "5.26.3", "2025.01.0", "5.23.0-aura"… into numbers; null when unrecognisable. */
export function parseNeo4jVersion(v: string): number[] | null {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : null;
}

/** Calendar versions (2025.x) are newer than every 5.x. */
export function versionSupported(v: string): boolean {
  const p = parseNeo4jVersion(v);
  if (!p) return false;
  if (p[0]! !== 5) return p[0]! > 5;
  return p[1]! >= MIN_NEO4J_VERSION[1];
}

export class Neo4jStore implements GraphStore {
  private readonly exec: Executor;
  private readonly batchSize: number;
  /** Writes from this process are queued (fewer deadlock retries); other processes are safe by locking. */
  private writeChain: Promise<unknown> = Promise.resolve();

  constructor(config: Neo4jConfig) {
    this.exec = new Executor(config);
    this.batchSize = config.batchSize ?? DEFAULT_BATCH_SIZE;
  }

  /**
   * Connect and fail fast (StoreUnavailableError naming the URI) when Neo4j is not reachable or
   * is older than the adapter needs.
   */
  async connect(): Promise<void> {
    await this.exec.verify();
    const [row] = await this.exec.read((tx) => tx.run(S.serverVersion()));
    const version = String(row?.version ?? '');
    if (!versionSupported(version)) {
      throw new StoreUnavailableError(
        `${this.exec.describe()} runs Neo4j ${version || '(unknown version)'}; this app needs Neo4j ≥ ${MIN_NEO4J_VERSION.join('.')} ` +
          '(its queries use CALL (x) { … } subqueries). Use Neo4j 5.26 LTS (docker-compose.yml) or newer, or Aura.',
        this.exec.safeUri,
      );
    }
    this.serverVersion = version;
  }

  /** The server's version, after connect(). */
  serverVersion = '';

  describe(): string {
    return this.exec.describe();
  }

  /**
   * Apply cypher/schema.cypher: constraints and indexes, all `IF NOT EXISTS`, then wait for the
   * indexes to come online. Idempotent; each statement in its own transaction (Neo4j does not
   * mix schema and data changes in one).
   */
  async migrate(): Promise<void> {
    for (const cypher of splitStatements(loadCypher('schema').text)) {
      await this.exec.write((tx) => tx.run({ name: 'schema', cypher, params: {} }));
    }
    // Databases written by the first layout (every document's statement in one `_contribs`
    // property per element) are converted in pages, each in its own transaction.
    const page = 2000;
    while ((await this.exec.write((tx) => migrateLegacyNodes(tx, page, this.batchSize))) > 0);
    while ((await this.exec.write((tx) => migrateLegacyEdges(tx, page, this.batchSize))) > 0);
    await this.exec.write((tx) => tx.run(S.legacyRecordsDone()));
  }

  /**
   * Load a whole store's contributions into this (empty) database in UNWIND batches, each batch
   * in its own transaction: nodes per label, placeholders for unstated endpoints, edges per type,
   * contributions, document records. Refuses a database that already holds a graph.
   */
  async bulkLoad(dump: StoreDump, progress: (msg: string) => void = () => undefined): Promise<{ nodes: number; edges: number; documents: number }> {
    const [size] = await this.exec.read((tx) => tx.run(S.graphSize()));
    if (Number(size?.nodes ?? 0) > 0) {
      throw new StoreUnavailableError(
        `${this.exec.describe()} already holds a graph (${String(size?.nodes)} nodes): copy into an empty database, or use --merge to apply the documents one by one`,
        this.exec.safeUri,
      );
    }
    const B = this.batchSize;
    let nodes = 0;
    let edges = 0;
    const flush = async <T>(items: T[], write: (items: T[]) => Promise<void>) => {
      if (items.length > 0) await write(items.splice(0));
    };
    let buf: Parameters<typeof bulkNodeRows>[0] = [];
    const writeNodes = async (items: Parameters<typeof bulkNodeRows>[0]) => {
      const { nodes: byLabel, contribs } = bulkNodeRows(items);
      await this.exec.write(async (tx) => {
        for (const [label, rows] of byLabel) await tx.run(S.createNodes(label, rows));
        for (const c of chunks(contribs, B)) await tx.run(S.writeContribs('node', c));
      });
      nodes += items.length;
      if (nodes % (B * 20) < items.length) progress(`${nodes} nodes`);
    };
    for (const n of dump.nodes()) {
      buf.push(n);
      if (buf.length >= B) await flush(buf, writeNodes);
    }
    await flush(buf, writeNodes);
    for (const ids of chunks([...dump.ghostIds()], B)) await this.exec.write((tx) => tx.run(S.createGhosts(ids)));
    let ebuf: Parameters<typeof bulkEdgeRows>[0] = [];
    const writeEdges = async (items: Parameters<typeof bulkEdgeRows>[0]) => {
      const { edges: byType, contribs } = bulkEdgeRows(items);
      await this.exec.write(async (tx) => {
        for (const [type, rows] of byType) await tx.run(S.createEdges(type, rows));
        for (const c of chunks(contribs, B)) await tx.run(S.writeContribs('edge', c));
      });
      edges += items.length;
      if (edges % (B * 20) < items.length) progress(`${edges} edges`);
    };
    for (const e of dump.edges()) {
      ebuf.push(e);
      if (ebuf.length >= B) await flush(ebuf, writeEdges);
    }
    await flush(ebuf, writeEdges);
    buf = [];
    ebuf = [];
    for (const rows of chunks(dump.sources, B)) await this.exec.write((tx) => tx.run(S.createRecords(rows)));
    return { nodes, edges, documents: dump.sources.length };
  }

  private serialise<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writeChain.then(fn, fn);
    this.writeChain = run.catch(() => undefined);
    return run;
  }

  async replaceDocument(batch: GraphBatch): Promise<void> {
    validateBatch(batch);
    await this.serialise(() => this.exec.write((tx) => applyDocument(tx, batch.documentId, batch, this.batchSize))).finally(() => this.generation++);
  }

  async removeDocument(documentId: string): Promise<boolean> {
    return this.serialise(() => this.exec.write((tx) => applyDocument(tx, documentId, null, this.batchSize))).finally(() => this.generation++);
  }

  /**
   * A per-process counter, bumped when a write of this process settles (documents, removals,
   * curation). It cannot see other processes' writes to the same database, nor Cypher run by hand;
   * the curated layer (store/curated) adds what its 2-second refresh sees of them (the document
   * list and curation records), so a server sharing a database sees another's writes within ~2 s.
   */
  async dataGeneration(): Promise<number> {
    return this.generation;
  }
  private generation = 0;

  async listDocumentRecords(): Promise<DocumentRecord[]> {
    const rows = await this.exec.read((tx) => tx.run(S.documentRecords()));
    return rows
      .map((r) => ({ documentId: String(r.documentId), sourceHash: String(r.sourceHash) }))
      .sort((a, b) => cmp(a.documentId, b.documentId));
  }

  async getNodes(ids: string[]): Promise<(GraphNode | null)[]> {
    if (ids.length === 0) return [];
    const byId = await this.exec.read((tx) => fetchNodes(tx, ids, this.batchSize));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async getEdges(ids: string[]): Promise<(GraphEdge | null)[]> {
    if (ids.length === 0) return [];
    const byId = await this.exec.read((tx) => fetchEdges(tx, ids, this.batchSize));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async edgesOf(query: EdgeQuery): Promise<GraphEdge[]> {
    if (query.ids.length === 0) return [];
    const rows = await this.exec.read((tx) =>
      tx.run(S.edgesOf(sortedUnique(query.ids), query.direction ?? 'both', query.types)),
    );
    return rows.map(edgeFromRow).sort((a, b) => cmp(a.id, b.id));
  }

  async countEdges(query: EdgeQuery): Promise<number[]> {
    if (query.ids.length === 0) return [];
    const out: number[] = [];
    await this.exec.read(async (tx) => {
      for (const ids of chunks(query.ids, this.batchSize)) {
        const rows = await tx.run(S.countEdges(ids, query.direction ?? 'both', query.types));
        for (const r of rows) out.push(Number(r.count));
      }
    });
    return out;
  }

  async search(text: string, options: SearchOptions = {}): Promise<GraphNode[]> {
    const q = matchKey(text);
    if (!q) return [];
    const first = clampInt(options.first ?? 20, 0, STORE_LIMITS.searchFirst);
    if (first === 0) return [];
    const rows = await this.exec.read((tx) => tx.run(S.search(q, options.labels, first)));
    const hits = rows.map((r) => ({ node: nodeFromRow(r), rank: Number(r.rank) }));
    hits.sort((a, b) => a.rank - b.rank || a.node.name.length - b.node.name.length || cmp(a.node.id, b.node.id));
    return hits.map((h) => h.node);
  }

  async listNodes(options: ListOptions): Promise<NodePage> {
    const first = clampInt(options.first ?? 50, 0, STORE_LIMITS.listFirst);
    const contains = options.nameContains ? matchKey(options.nameContains) : '';
    return this.exec.read(async (tx) => {
      let ids: string[] | null = null;
      if (options.documentId) ids = (await tx.run(S.documentNodes(options.documentId))).map((r) => String(r.id));
      const p: S.ListNodesParams = {
        label: options.label || null,
        contains: contains || null,
        jurisdiction: options.jurisdiction || null,
        ids,
        after: options.after || null,
      };
      // One statement per filter combination: a keyset page (first + 1 rows) and the count.
      const rows = first > 0 ? await tx.run(S.listNodes(p, first + 1)) : [];
      const [count] = await tx.run(S.listNodesCount(p));
      const nodes = rows.map(nodeFromRow).sort((a, b) => cmp(a.id, b.id));
      return { nodes: nodes.slice(0, first), totalCount: Number(count?.total ?? 0), hasNextPage: nodes.length > first };
    });
  }

  async neighborhood(ids: string[], options: NeighborhoodOptions = {}): Promise<Subgraph> {
    const depth = clampInt(options.depth ?? 1, 0, STORE_LIMITS.neighborhoodDepth);
    const limit = clampInt(options.limit ?? 200, 1, STORE_LIMITS.neighborhoodLimit);
    const types = options.types && options.types.length > 0 ? options.types : undefined;
    const labels = options.labels && options.labels.length > 0 ? new Set<Label>(options.labels) : null;
    return this.exec.read(async (tx) => {
      // Breadth-first, one query per layer, walked in the embedded store's order: seeds sorted,
      // frontier in discovery order, each node's incident edges by edge id.
      const seeds = sortedUnique(ids);
      const live = await fetchNodes(tx, seeds, this.batchSize);
      const seen = new Set<string>();
      let truncated = false;
      let frontier: string[] = [];
      for (const id of seeds) {
        if (!live.has(id)) continue;
        if (seen.size >= limit) {
          truncated = true;
          break;
        }
        seen.add(id);
        frontier.push(id);
      }
      const wanted = labels ? [...labels] : null;
      for (let d = 0; d < depth && frontier.length > 0 && !truncated; d++) {
        // Each frontier node ships at most `cap` candidates: the nodes this layer can still
        // add, each met once in edge-id order and outside `seen` as it stood at the layer's
        // start. The walk below skips a candidate only when an earlier frontier node added it
        // in this layer, so a node never needs more than `cap` of them (see the .cypher file).
        // One more than the budget tells the walk it is truncated.
        const cap = limit - seen.size + 1;
        const atStart = [...seen];
        const incident = new Map<string, { edgeId: string; otherId: string; otherLabel: string }[]>();
        for (const chunk of chunks(frontier, this.batchSize)) {
          for (const r of await tx.run(S.neighborhoodStep(chunk, types, atStart, wanted, cap))) {
            const list = incident.get(String(r.id)) ?? [];
            list.push({ edgeId: String(r.edgeId), otherId: String(r.otherId), otherLabel: String(r.otherLabel) });
            incident.set(String(r.id), list);
          }
        }
        const next: string[] = [];
        for (const id of frontier) {
          const steps = (incident.get(id) ?? []).sort((a, b) => cmp(a.edgeId, b.edgeId));
          for (const s of steps) {
            if (seen.has(s.otherId)) continue;
            if (seen.size >= limit) {
              truncated = true;
              break;
            }
            seen.add(s.otherId);
            next.push(s.otherId);
          }
          if (truncated) break;
        }
        frontier = next;
      }
      const ordered = [...seen].sort(cmp);
      const byId = await fetchNodes(tx, ordered, this.batchSize);
      // Edges with both ends in the result (of the wanted types), traversed or not.
      const edges = (await tx.run(S.edgesAmong(ordered, types))).map(edgeFromRow);
      return {
        nodes: ordered.map((id) => byId.get(id)!).filter(Boolean),
        edges: edges.sort((a, b) => cmp(a.id, b.id)),
        truncated,
      };
    });
  }

  async shortestPaths(from: string, to: string, options: { maxLength?: number; first?: number } = {}): Promise<Path[]> {
    const maxLength = clampInt(options.maxLength ?? 6, 1, S.MAX_PATH_LENGTH);
    const first = clampInt(options.first ?? 5, 1, STORE_LIMITS.pathFirst);
    return this.exec.read(async (tx) => {
      const ends = await fetchNodes(tx, [from, to], this.batchSize);
      if (!ends.has(from) || !ends.has(to)) return [];
      if (from === to) return [{ nodes: [ends.get(from)!], edges: [] }];
      // Distinct node sequences, ordered and cut in Cypher (the enumeration is bounded there);
      // re-sorted here with JavaScript string order, as the embedded store orders them.
      const seqs = (await tx.run(S.shortestPaths(from, to, maxLength, first)))
        .map((r) => (r.nodeIds as unknown[]).map(String))
        .sort((a, b) => compareSeq([...a].reverse(), [...b].reverse()));
      if (seqs.length === 0) return [];
      // Per hop, the smallest edge id between the two nodes (the embedded store's choice).
      const pairs = sortedPairs(seqs);
      const hop = new Map<string, string>();
      for (const c of chunks(pairs, this.batchSize)) {
        for (const r of await tx.run(S.edgesBetween(c))) hop.set(`${String(r.a)}\u0000${String(r.b)}`, String(r.edgeId));
      }
      const edgeIdOf = (a: string, b: string) => hop.get(`${a}\u0000${b}`) ?? hop.get(`${b}\u0000${a}`)!;
      const nodeMap = await fetchNodes(tx, sortedUnique(seqs.flat()), this.batchSize);
      const edgeMap = await fetchEdges(tx, sortedUnique(seqs.flatMap((q) => q.slice(1).map((x, i) => edgeIdOf(q[i]!, x)))), this.batchSize);
      return seqs.map((q) => ({
        nodes: q.map((id) => nodeMap.get(id)!),
        edges: q.slice(1).map((x, i) => edgeMap.get(edgeIdOf(q[i]!, x))!),
      }));
    });
  }

  /** From the count store per label and type, minus the few edges that touch a ghost. */
  async stats(): Promise<Stats> {
    return this.exec.read(async (tx) => {
      const byLabel: Record<string, number> = {};
      const byType: Record<string, number> = {};
      let nodes = 0;
      let edges = 0;
      for (const r of await tx.run(S.statsLabels())) {
        const c = Number(r.count);
        if (c > 0) byLabel[String(r.label)] = c;
        nodes += c;
      }
      const hidden = new Map<string, number>();
      for (const r of await tx.run(S.statsGhostEdges())) hidden.set(String(r.type), Number(r.count));
      for (const r of await tx.run(S.statsTypes())) {
        const c = Number(r.count) - (hidden.get(String(r.type)) ?? 0);
        if (c > 0) byType[String(r.type)] = c;
        edges += c;
      }
      const docs = await tx.run(S.statsDocuments());
      return { nodes, edges, byLabel: sortKeys(byLabel), byType: sortKeys(byType), documents: Number(docs[0]?.documents ?? 0) };
    });
  }

  async exportGraph(): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
    return this.exec.read(async (tx) => {
      const nodes = (await tx.run(S.exportNodes())).map(nodeFromRow).sort((a, b) => cmp(a.id, b.id));
      const edges = (await tx.run(S.exportEdges())).map(edgeFromRow).sort((a, b) => cmp(a.id, b.id));
      return { nodes, edges };
    });
  }

  async readCuration(afterSeq = 0): Promise<CurationRecord[]> {
    const rows = await this.exec.read((tx) => tx.run(S.curationRead(Math.max(0, Math.trunc(afterSeq)))));
    return rows.map((r) => {
      const where = `${this.describe()} CurationChange seq ${String(r.seq)}`;
      try {
        return parseCurationRecord({ ...(JSON.parse(String(r.record)) as object), seq: Number(r.seq) }, where, { requireSeq: true });
      } catch (err) {
        const why = err instanceof CurationRecordError ? err.message : `${where}: not valid JSON`;
        throw new StoreCorruptError(`审核记录损坏 / curation log is corrupt: ${why}`);
      }
    });
  }

  async appendCuration(record: NewCurationRecord): Promise<CurationRecord> {
    const text = JSON.stringify(record);
    const rows = await this.serialise(() => this.exec.write((tx) => tx.run(S.curationAppend(record.id, text)))).finally(() => this.generation++);
    return { ...record, seq: Number(rows[0]?.seq) };
  }

  async ping(): Promise<void> {
    await this.exec.read((tx) => tx.run(S.ping()));
  }

  async close(): Promise<void> {
    await this.writeChain;
    await this.exec.close();
  }
}

async function fetchNodes(tx: Tx, ids: string[], batchSize: number): Promise<Map<string, GraphNode>> {
  const out = new Map<string, GraphNode>();
  for (const chunk of chunks(sortedUnique(ids), batchSize)) {
    for (const r of await tx.run(S.nodesById(chunk))) out.set(String(r.id), nodeFromRow(r));
  }
  return out;
}

async function fetchEdges(tx: Tx, ids: string[], batchSize: number): Promise<Map<string, GraphEdge>> {
  const out = new Map<string, GraphEdge>();
  for (const chunk of chunks(sortedUnique(ids), batchSize)) {
    for (const r of await tx.run(S.edgesById(chunk))) out.set(String(r.id), edgeFromRow(r));
  }
  return out;
}

/** Every consecutive pair of the sequences, once (as [smaller, larger] id). */
function sortedPairs(seqs: string[][]): [string, string][] {
  const seen = new Map<string, [string, string]>();
  for (const q of seqs) {
    for (let i = 1; i < q.length; i++) {
      const [a, b] = cmp(q[i - 1]!, q[i]!) <= 0 ? [q[i - 1]!, q[i]!] : [q[i]!, q[i - 1]!];
      seen.set(`${a}\u0000${b}`, [a, b]);
    }
  }
  return [...seen.values()];
}

function compareSeq(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = cmp(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

function sortKeys(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).sort((a, b) => cmp(a[0], b[0])));
}

function clampInt(n: number, lo: number, hi: number): number {
  if (!Number.isFinite(n)) return lo;
  return Math.max(lo, Math.min(hi, Math.trunc(n)));
}

