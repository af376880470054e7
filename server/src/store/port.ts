// The GraphStore port. Every adapter (embedded, neo4j) implements it and passes the same
// contract suite (test/store/contract.ts). GraphQL talks to the store only through this.
import type { EncodedBatch } from '../batch-codec.ts';
import type { GraphBatch, GraphEdge, GraphNode, Label, RelType } from '../model.ts';
import type { CurationRecord, NewCurationRecord } from './curation.ts';

/**
 * Bounds every adapter applies (the API's own limits are lower, see resolvers.ts LIMITS): a
 * caller asking for more is clamped, never refused. Neighbourhood depth matches the API's.
 */
export const STORE_LIMITS = {
  neighborhoodDepth: 4,
  neighborhoodLimit: 100_000,
  pathMaxLength: 12,
  pathFirst: 100,
  searchFirst: 1000,
  listFirst: 1000,
} as const;

export interface SearchOptions {
  labels?: Label[];
  first?: number;
}

export interface NeighborhoodOptions {
  depth?: number;
  labels?: Label[];
  types?: RelType[];
  limit?: number;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface Path {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface EdgeQuery {
  /** Node ids whose incident edges are wanted. */
  ids: string[];
  direction?: 'out' | 'in' | 'both';
  types?: RelType[];
}

export interface ListOptions {
  label?: Label;
  /** Substring of name or alias. */
  nameContains?: string;
  /** properties.jurisdiction equals */
  jurisdiction?: string;
  /** only nodes with an edge from/to a node of this document (or the Document itself) */
  documentId?: string;
  first?: number;
  /** Opaque cursor: the id of the last node of the previous page (keyset, ordered by id). */
  after?: string;
}

export interface NodePage {
  nodes: GraphNode[];
  totalCount: number;
  hasNextPage: boolean;
}

export interface Stats {
  nodes: number;
  edges: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
  documents: number;
}

export interface DocumentRecord {
  documentId: string;
  sourceHash: string;
}

/** An element with every source's statement of it, in source order, and the merged value. */
export interface ElementContributions<T> {
  value: T;
  contribs: { source: string; value: T }[];
}

/**
 * A whole store as contributions (what `kg copy --to neo4j` moves): the sources, every node and
 * edge with what each source stated, and the ids of edge endpoints no source states (hidden).
 */
export interface StoreDump {
  sources: DocumentRecord[];
  nodes(): Iterable<ElementContributions<GraphNode>>;
  /** Every edge, hidden ones (an endpoint nobody states) included. */
  edges(): Iterable<ElementContributions<GraphEdge>>;
  ghostIds(): Iterable<string>;
}

export interface GraphStore {
  /**
   * Replace everything `batch.documentId` contributed with `batch` (idempotent). `encoded`: the
   * batch's file as encodeBatchFile(batch) gives it, computed already by whoever built the batch (the
   * ingest worker), so the writer need not encode it again; stores that keep no such files ignore it.
   */
  replaceDocument(batch: GraphBatch, encoded?: EncodedBatch): Promise<void>;
  /** Remove a document's contributions; nodes and edges other documents also state stay. Returns false if unknown. */
  removeDocument(documentId: string): Promise<boolean>;
  /** Documents currently stored, with the hash of their source. */
  listDocumentRecords(): Promise<DocumentRecord[]>;
  /** Nodes by id, in the order asked; null for unknown ids. */
  getNodes(ids: string[]): Promise<(GraphNode | null)[]>;
  getEdges(ids: string[]): Promise<(GraphEdge | null)[]>;
  /** Edges incident to the given nodes. */
  edgesOf(query: EdgeQuery): Promise<GraphEdge[]>;
  /**
   * How many edges `edgesOf` would return for each node alone (same direction, types and
   * visibility; a self-loop counts once), in the order asked, 0 for unknown ids. Materialises
   * nothing: analyses use it to weigh or skip hubs (an industry with 50,000 enterprises) before
   * expanding them.
   */
  countEdges(query: EdgeQuery): Promise<number[]>;
  /**
   * Ranked (see search-rank.ts): exact name > name prefix > name substring > exact alias > alias substring.
   * Matching ignores case and full/half width. Ties by name length, then id.
   */
  search(text: string, options?: SearchOptions): Promise<GraphNode[]>;
  listNodes(options: ListOptions): Promise<NodePage>;
  neighborhood(ids: string[], options?: NeighborhoodOptions): Promise<Subgraph>;
  shortestPaths(from: string, to: string, options?: { maxLength?: number; first?: number }): Promise<Path[]>;
  stats(): Promise<Stats>;
  /** The whole graph, nodes and edges ordered by id. */
  exportGraph(): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }>;
  /**
   * The curation log (store/curation.ts), stored as this store's own contribution: records with
   * seq > afterSeq, in seq order. The adapter stores records, it does not interpret them; the
   * curated layer (store/curated/) applies them on read.
   */
  readCuration(afterSeq?: number): Promise<CurationRecord[]>;
  /** Append one record durably and return it with its seq (the last seq + 1). */
  appendCuration(record: NewCurationRecord): Promise<CurationRecord>;
  /** Cheap liveness check for /healthz. */
  ping(): Promise<void>;
  /**
   * The data generation: a number that changes whenever what reads answer may change (a commit,
   * a removal, a curation record, another process's commit this store picked up). Equal numbers
   * from one store object mean equal answers; it is per process (starts again on restart). The
   * response cache keys answers on it. Optional: without it nothing is cached. Neo4j: see its adapter
   * for what a per-process counter cannot see.
   */
  dataGeneration?(): Promise<number>;
  close(): Promise<void>;
}
