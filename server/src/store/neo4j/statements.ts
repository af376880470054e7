// Query builders: each returns a Statement `{ name, cypher, params }` from a cypher/*.cypher
// file. They never run anything (executor.ts does) and never put caller text into the Cypher
// string: text goes in params; the only substitutions are slots filled with validated tokens
// (cypher-files.ts).
import type { Label, RelType } from '../../model.ts';
import { boundedInt, labelToken, relTypeToken, statement, type Statement } from './cypher-files.ts';

/** Hop bounds the adapter accepts for shortestPaths (the embedded store clamps to the same). */
export const MAX_PATH_LENGTH = 12;

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

/** `q` is already normalised (matchKey) and non-empty; `first` already clamped. */
export function search(q: string, labels: readonly Label[] | undefined, first: number): Statement {
  return statement('queries/search', { q, labels: orNull(labels), first: int(first, 'first', 0, 1000) });
}

export interface ListNodesParams {
  label: Label | null;
  contains: string | null;
  jurisdiction: string | null;
  documentId: string | null;
  after: string | null;
  first: number;
}

export function listNodes(p: ListNodesParams): Statement {
  return statement('queries/list-nodes', { ...p, first: int(p.first, 'first', 0, 1000) });
}

export const neighborhoodStep = (ids: string[], types: readonly RelType[] | undefined): Statement =>
  statement('queries/neighborhood-step', { ids, types: orNull(types) });

export const edgesAmong = (ids: string[], types: readonly RelType[] | undefined): Statement =>
  statement('queries/edges-among', { ids, types: orNull(types) });

/**
 * `maxLength` becomes the literal upper bound of `[*..n]` (Cypher has no parameter there); it
 * must be an integer from 1 to MAX_PATH_LENGTH or this throws.
 */
export function shortestPaths(from: string, to: string, maxLength: number): Statement {
  return statement('queries/shortest-paths', { from, to }, { maxLength: boundedInt('maxLength', maxLength, 1, MAX_PATH_LENGTH) });
}

export const statsLabels = (): Statement => statement('queries/stats-labels', {});
export const statsTypes = (): Statement => statement('queries/stats-types', {});
export const statsDocuments = (): Statement => statement('queries/stats-documents', {});
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

export const writeRecord = (documentId: string, sourceHash: string, nodeIds: string[], edgeIds: string[]): Statement =>
  statement('ingest/write-record', { documentId, sourceHash, nodeIds, edgeIds });

export const deleteRecord = (documentId: string): Statement => statement('ingest/delete-record', { documentId });

export const curationRead = (afterSeq: number): Statement =>
  statement('queries/curation-read', { afterSeq: int(afterSeq, 'afterSeq', 0, Number.MAX_SAFE_INTEGER) });
export const curationAppend = (id: string, record: string): Statement => statement('ingest/curation-append', { id, record });

function int(n: number, name: string, min: number, max: number): number {
  if (!Number.isInteger(n) || n < min || n > max) throw new RangeError(`${name} must be an integer from ${min} to ${max}`);
  return n;
}
