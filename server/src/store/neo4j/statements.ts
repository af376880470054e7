// Query builders: each returns a Statement `{ name, cypher, params }` from a cypher/*.cypher
// file. They never run anything (executor.ts does) and never put caller text into the Cypher
// string: text goes in params; the only substitutions are slots filled with validated tokens
// (cypher-files.ts).
import type { Label, RelType } from '../../model.ts';
import { STORE_LIMITS } from '../port.ts';
import { boundedInt, labelToken, relTypeToken, statement, type SlotToken, type Statement } from './cypher-files.ts';

/** Hop bounds the adapter accepts for shortestPaths (the embedded store clamps to the same). */
export const MAX_PATH_LENGTH = STORE_LIMITS.pathMaxLength;
/** allShortestPaths rows read at most (one per combination of parallel edges), see docs/neo4j.md. */
export const PATH_SCAN_LIMIT = 10_000;

const orNull = <T>(xs: readonly T[] | undefined): T[] | null => (xs && xs.length > 0 ? [...xs] : null);

// ---- reads -----------------------------------------------------------------------------

export const ping = (): Statement => statement('queries/ping', {});
export const documentRecords = (): Statement => statement('queries/document-records', {});
export const nodesById = (ids: string[]): Statement => statement('queries/nodes-by-id', { ids });
export const edgesById = (ids: string[]): Statement => statement('queries/edges-by-id', { ids });

export function edgesOf(ids: string[], direction: 'out' | 'in' | 'both', types?: readonly RelType[]): Statement {
  if (direction !== 'out' && direction !== 'in' && direction !== 'both') {
    throw new RangeError(`direction must be out, in or both, got ${String(direction)}`);
  }
  return statement('queries/edges-of', { ids, direction, types: orNull(types) });
}

export function countEdges(ids: string[], direction: 'out' | 'in' | 'both', types?: readonly RelType[]): Statement {
  if (direction !== 'out' && direction !== 'in' && direction !== 'both') {
    throw new RangeError(`direction must be out, in or both, got ${String(direction)}`);
  }
  return statement('queries/count-edges', { ids, direction, types: orNull(types) });
}

/** `q` is already normalised (matchKey) and non-empty; `first` already clamped. */
export function search(q: string, labels: readonly Label[] | undefined, first: number): Statement {
  return statement('queries/search', { q, labels: orNull(labels), first: int(first, 'first', 0, 1000) });
}

export interface ListNodesParams {
  label: Label | null;
  contains: string | null;
  jurisdiction: string | null;
  /** The ids of the nodes a document states (documentNodes), when filtering by document. */
  ids: string[] | null;
  after: string | null;
}

/** The `//@when` lines and parameters of one filter combination. */
function listFilters(p: ListNodesParams): { when: Set<string>; params: Record<string, unknown>; slots: Record<string, SlotToken> } {
  const when = new Set<string>();
  const params: Record<string, unknown> = {};
  if (p.contains !== null) {
    when.add('contains');
    params.contains = p.contains;
  }
  if (p.jurisdiction !== null) {
    when.add('jurisdiction');
    params.jurisdiction = p.jurisdiction;
  }
  if (p.ids !== null) {
    when.add('documentId');
    params.ids = p.ids;
  }
  return { when, params, slots: { label: (p.label ? labelToken(p.label) : 'KgNode') as SlotToken } };
}

/** One page: `limit` is first + 1 (to know whether there is a next page). */
export function listNodes(p: ListNodesParams, limit: number): Statement {
  const f = listFilters(p);
  if (p.after !== null) {
    f.when.add('after');
    f.params.after = p.after;
  }
  return statement('queries/list-nodes', { ...f.params, limit: int(limit, 'limit', 1, STORE_LIMITS.listFirst + 1) }, f.slots, f.when);
}

/** totalCount of a listNodes query: from the count store when only a label (or nothing) filters. */
export function listNodesCount(p: ListNodesParams): Statement {
  if (p.contains === null && p.jurisdiction === null && p.ids === null) {
    return p.label ? statement('queries/count-label', {}, { label: labelToken(p.label) }) : statement('queries/count-live-nodes', {});
  }
  const f = listFilters(p);
  return statement('queries/list-nodes-count', f.params, f.slots, f.when);
}

export const documentNodes = (documentId: string): Statement => statement('queries/document-nodes', { documentId });

/**
 * One bounded breadth-first step: per frontier node at most `cap` neighbours outside `seen`, each
 * once (by its smallest joining edge id), of the wanted labels.
 */
export const neighborhoodStep = (
  ids: string[],
  types: readonly RelType[] | undefined,
  seen: string[],
  labels: readonly Label[] | null,
  cap: number,
): Statement =>
  statement('queries/neighborhood-step', { ids, types: orNull(types), seen, labels: labels ?? null, cap: int(cap, 'cap', 1, STORE_LIMITS.neighborhoodLimit) });

export const edgesAmong = (ids: string[], types: readonly RelType[] | undefined): Statement =>
  statement('queries/edges-among', { ids, types: orNull(types) });

/**
 * `maxLength` becomes the literal upper bound of `[*..n]` (Cypher has no parameter there); it
 * must be an integer from 1 to MAX_PATH_LENGTH or this throws.
 */
export function shortestPaths(from: string, to: string, maxLength: number, first: number, scan = PATH_SCAN_LIMIT): Statement {
  return statement(
    'queries/shortest-paths',
    { from, to, first: int(first, 'first', 1, STORE_LIMITS.pathFirst), scan: int(scan, 'scan', 1, 1_000_000) },
    { maxLength: boundedInt('maxLength', maxLength, 1, MAX_PATH_LENGTH) },
  );
}

/** Pairs of adjacent node ids → the smallest edge id between each pair. */
export const edgesBetween = (pairs: [string, string][]): Statement => statement('queries/edges-between', { pairs });

export const statsLabels = (): Statement => statement('queries/stats-labels', {});
export const statsTypes = (): Statement => statement('queries/stats-types', {});
export const statsGhostEdges = (): Statement => statement('queries/stats-ghost-edges', {});
export const statsDocuments = (): Statement => statement('queries/stats-documents', {});
export const serverVersion = (): Statement => statement('queries/server-version', {});
export const graphSize = (): Statement => statement('queries/graph-size', {});
export const exportNodes = (): Statement => statement('queries/export-nodes', {});
export const exportEdges = (): Statement => statement('queries/export-edges', {});

// ---- writes ----------------------------------------------------------------------------

export const lockRecord = (documentId: string): Statement => statement('ingest/lock-record', { documentId });
export const lockExistingRecord = (documentId: string): Statement =>
  statement('ingest/lock-existing-record', { documentId });
export const lockNodes = (ids: string[]): Statement => statement('ingest/lock-nodes', { ids });
export const lockEdges = (ids: string[]): Statement => statement('ingest/lock-edges', { ids });
export const deleteEdges = (elementIds: string[]): Statement => statement('ingest/delete-edges', { elementIds });
export const ghostNodes = (ids: string[]): Statement => statement('ingest/ghost-nodes', { ids });
export const pruneGhosts = (ids: string[]): Statement => statement('ingest/prune-ghosts', { ids });

export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}
export interface EdgeCreateRow {
  source: string;
  target: string;
  props: Record<string, unknown>;
}
export interface EdgeUpdateRow {
  elementId: string;
  props: Record<string, unknown>;
}

/** All rows must have `label`: the label is a slot filled from the model's closed list. */
export const upsertNodes = (label: Label, rows: NodeRow[]): Statement =>
  statement('ingest/upsert-nodes', { rows }, { label: labelToken(label) });

export const createEdges = (type: RelType, rows: EdgeCreateRow[]): Statement =>
  statement('ingest/create-edges', { rows }, { type: relTypeToken(type) });

export const updateEdges = (rows: EdgeUpdateRow[]): Statement => statement('ingest/update-edges', { rows });

export const writeRecord = (documentId: string, sourceHash: string): Statement => statement('ingest/write-record', { documentId, sourceHash });

export const contribsOfSource = (source: string): Statement => statement('ingest/contribs-of-source', { source });

export interface ContribRow {
  /** source + U+0000 + element id */
  key: string;
  element: string;
  source: string;
  /** Canonical JSON of the statement. */
  value: string;
}

export const writeContribs = (kind: 'node' | 'edge', rows: ContribRow[]): Statement =>
  statement(kind === 'node' ? 'ingest/write-node-contribs' : 'ingest/write-edge-contribs', { rows });
export const deleteContribs = (kind: 'node' | 'edge', keys: string[]): Statement =>
  statement(kind === 'node' ? 'ingest/delete-node-contribs' : 'ingest/delete-edge-contribs', { keys });
export const contribValues = (kind: 'node' | 'edge', ids: string[]): Statement =>
  statement(kind === 'node' ? 'ingest/node-contrib-values' : 'ingest/edge-contrib-values', { ids });

// ---- bulk load (kg copy) and migration -------------------------------------------------

export const createNodes = (label: Label, rows: NodeRow[]): Statement => statement('ingest/create-nodes', { rows }, { label: labelToken(label) });
export const createGhosts = (ids: string[]): Statement => statement('ingest/create-ghosts', { ids });
export const createRecords = (rows: { documentId: string; sourceHash: string }[]): Statement => statement('ingest/create-records', { rows });
export const legacyNodes = (limit: number): Statement => statement('ingest/legacy-nodes', { limit: int(limit, 'limit', 1, 100_000) });
export const legacyNodesDone = (rows: { id: string; value: string }[]): Statement => statement('ingest/legacy-nodes-done', { rows });
export const legacyEdges = (limit: number): Statement => statement('ingest/legacy-edges', { limit: int(limit, 'limit', 1, 100_000) });
export const legacyEdgesDone = (rows: { elementId: string; value: string }[]): Statement => statement('ingest/legacy-edges-done', { rows });
export const legacyRecordsDone = (): Statement => statement('ingest/legacy-records-done', {});

export const deleteRecord = (documentId: string): Statement => statement('ingest/delete-record', { documentId });

export const curationRead = (afterSeq: number): Statement =>
  statement('queries/curation-read', { afterSeq: int(afterSeq, 'afterSeq', 0, Number.MAX_SAFE_INTEGER) });
export const curationAppend = (id: string, record: string): Statement => statement('ingest/curation-append', { id, record });

function int(n: number, name: string, min: number, max: number): number {
  if (!Number.isInteger(n) || n < min || n > max) throw new RangeError(`${name} must be an integer from ${min} to ${max}`);
  return n;
}
