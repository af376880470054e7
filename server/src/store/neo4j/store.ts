// The Neo4j GraphStore. Each method: build statements (statements.ts), run them through the
// executor, map rows (mapping.ts). Answers match the embedded store's: same defaults and clamps,
// same orderings (re-sorted here with JS string order after Cypher's ORDER BY), same merge.
import type { GraphBatch, GraphEdge, GraphNode, Label } from '../../model.ts';
import type {
  DocumentRecord,
  EdgeQuery,
  GraphStore,
  ListOptions,
  NeighborhoodOptions,
  NodePage,
  Path,
  SearchOptions,
  Stats,
  Subgraph,
} from '../port.ts';
import { matchKey } from '../search-rank.ts';
import { CurationRecordError, parseCurationRecord, type CurationRecord, type NewCurationRecord } from '../curation.ts';
import { StoreCorruptError } from './errors.ts';
import { DEFAULT_BATCH_SIZE, type Neo4jConfig } from './config.ts';
import { loadCypher, splitStatements } from './cypher-files.ts';
import { Executor, type Tx } from './executor.ts';
import { cmp, edgeFromRow, nodeFromRow } from './mapping.ts';
import * as S from './statements.ts';
import { applyDocument, chunks, sortedUnique, validateBatch } from './write.ts';

export class Neo4jStore implements GraphStore {
  private readonly exec: Executor;
  private readonly batchSize: number;
  /** Writes from this process are queued (fewer deadlock retries); other processes are safe by locking. */
  private writeChain: Promise<unknown> = Promise.resolve();

  constructor(config: Neo4jConfig) {
    this.exec = new Executor(config);
    this.batchSize = config.batchSize ?? DEFAULT_BATCH_SIZE;
  }

  /** Connect and fail fast (StoreUnavailableError naming the URI) when Neo4j is not reachable. */
  async connect(): Promise<void> {
    await this.exec.verify();
  }

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
  }

  private serialise<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writeChain.then(fn, fn);
    this.writeChain = run.catch(() => undefined);
    return run;
  }

  async replaceDocument(batch: GraphBatch): Promise<void> {
    validateBatch(batch);
    await this.serialise(() => this.exec.write((tx) => applyDocument(tx, batch.documentId, batch, this.batchSize)));
  }

  async removeDocument(documentId: string): Promise<boolean> {
    return this.serialise(() => this.exec.write((tx) => applyDocument(tx, documentId, null, this.batchSize)));
  }

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

  async search(text: string, options: SearchOptions = {}): Promise<GraphNode[]> {
    const q = matchKey(text);
    if (!q) return [];
    const first = clampInt(options.first ?? 20, 0, 1000);
    if (first === 0) return [];
    const rows = await this.exec.read((tx) => tx.run(S.search(q, options.labels, first)));
    const hits = rows.map((r) => ({ node: nodeFromRow(r), rank: Number(r.rank) }));
    hits.sort((a, b) => a.rank - b.rank || a.node.name.length - b.node.name.length || cmp(a.node.id, b.node.id));
    return hits.map((h) => h.node);
  }

  async listNodes(options: ListOptions): Promise<NodePage> {
    const first = clampInt(options.first ?? 50, 0, 1000);
    const contains = options.nameContains ? matchKey(options.nameContains) : '';
    const rows = await this.exec.read((tx) =>
      tx.run(
        S.listNodes({
          label: options.label || null,
          contains: contains || null,
          jurisdiction: options.jurisdiction || null,
          documentId: options.documentId || null,
          after: options.after || null,
          first,
        }),
      ),
    );
    const row = rows[0];
    if (!row) return { nodes: [], totalCount: 0, hasNextPage: false };
    const nodes = (row.nodes as Record<string, unknown>[]).map(nodeFromRow).sort((a, b) => cmp(a.id, b.id));
    return { nodes, totalCount: Number(row.totalCount), hasNextPage: row.hasNextPage === true };
  }

  async neighborhood(ids: string[], options: NeighborhoodOptions = {}): Promise<Subgraph> {
    const depth = clampInt(options.depth ?? 1, 0, 6);
    const limit = clampInt(options.limit ?? 200, 1, 100_000);
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
      for (let d = 0; d < depth && frontier.length > 0 && !truncated; d++) {
        const incident = new Map<string, { edgeId: string; otherId: string; otherLabel: string }[]>();
        for (const chunk of chunks(frontier, this.batchSize)) {
          for (const r of await tx.run(S.neighborhoodStep(chunk, types))) {
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
            if (labels && !labels.has(s.otherLabel as Label)) continue;
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
    const first = clampInt(options.first ?? 5, 1, 100);
    return this.exec.read(async (tx) => {
      const ends = await fetchNodes(tx, [from, to], this.batchSize);
      if (!ends.has(from) || !ends.has(to)) return [];
      if (from === to) return [{ nodes: [ends.get(from)!], edges: [] }];
      const rows = await tx.run(S.shortestPaths(from, to, maxLength));
      // Distinct node sequences; per hop, the smallest edge id between the two nodes (the
      // embedded store's choice). allShortestPaths returns one path per parallel-edge
      // combination, so every edge between consecutive nodes shows up in some row.
      const seqs = new Map<string, { nodes: string[]; hops: string[] }>();
      for (const r of rows) {
        const nodeIds = (r.nodeIds as unknown[]).map(String);
        const edgeIds = (r.edgeIds as unknown[]).map(String);
        const key = JSON.stringify(nodeIds);
        const seen = seqs.get(key);
        if (!seen) seqs.set(key, { nodes: nodeIds, hops: edgeIds });
        else seen.hops = seen.hops.map((h, i) => (cmp(edgeIds[i]!, h) < 0 ? edgeIds[i]! : h));
      }
      // The embedded store enumerates sequences backwards from `to`, predecessors in id order:
      // i.e. ordered by the reversed sequence.
      const picked = [...seqs.values()].sort((a, b) => compareSeq([...a.nodes].reverse(), [...b.nodes].reverse())).slice(0, first);
      const nodeMap = await fetchNodes(tx, sortedUnique(picked.flatMap((p) => p.nodes)), this.batchSize);
      const edgeMap = await fetchEdges(tx, sortedUnique(picked.flatMap((p) => p.hops)), this.batchSize);
      return picked.map((p) => ({
        nodes: p.nodes.map((id) => nodeMap.get(id)!),
        edges: p.hops.map((id) => edgeMap.get(id)!),
      }));
    });
  }

  async stats(): Promise<Stats> {
    return this.exec.read(async (tx) => {
      const byLabel: Record<string, number> = {};
      const byType: Record<string, number> = {};
      let nodes = 0;
      let edges = 0;
      for (const r of await tx.run(S.statsLabels())) {
        byLabel[String(r.label)] = Number(r.count);
        nodes += Number(r.count);
      }
      for (const r of await tx.run(S.statsTypes())) {
        byType[String(r.type)] = Number(r.count);
        edges += Number(r.count);
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
    const rows = await this.serialise(() => this.exec.write((tx) => tx.run(S.curationAppend(record.id, text))));
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
