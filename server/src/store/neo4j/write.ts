// replaceDocument / removeDocument as one transaction function.
//
//   1. lock the document's record and read what it contributed last time;
//   2. lock (MERGE) every node the write touches — its old nodes, its new nodes, the endpoints
//      of its new edges — and read their per-document contributions; then the same for edges;
//   3. in JS: drop this document's entries, add the new ones, merge;
//   4. write only what changed, in UNWIND batches: delete edges, turn nodes nobody states into
//      ghosts, upsert nodes (per label), create edges (per type), update edges, prune
//      unattached ghosts, write the record.
// Locking before reading means two writers touching the same node serialise instead of
// overwriting each other's contributions; the driver retries the function on deadlock.
// The function only reads and writes through `tx`, so a retry starts from scratch.
import type { GraphBatch, GraphEdge, GraphNode, Label, RelType } from '../../model.ts';
import { isLabel, isRelType } from '../../model.ts';
import type { Tx, Row } from './executor.ts';
import {
  cmp,
  edgeProps,
  mergeEdgeContribs,
  mergeNodeContribs,
  nodeProps,
  parseContribs,
  serialiseContribs,
  type Contribs,
} from './mapping.ts';
import * as S from './statements.ts';

interface NodeState {
  contribs: Contribs<GraphNode>;
  raw: string | null;
  ghost: boolean;
}

interface EdgeState {
  contribs: Contribs<GraphEdge>;
  raw: string | null;
  existing: { elementId: string; type: string; source: string; target: string } | null;
}

/** Checks mirroring the embedded store's, plus the model's closed label/type lists. */
export function validateBatch(batch: GraphBatch): void {
  if (!batch || typeof batch.documentId !== 'string' || !batch.documentId) {
    throw new TypeError('batch.documentId is required');
  }
  if (typeof batch.sourceHash !== 'string') throw new TypeError(`batch ${batch.documentId}: sourceHash is required`);
  for (const n of batch.nodes) {
    if (typeof n.id !== 'string' || !n.id) throw new TypeError(`batch ${batch.documentId}: a node has no id`);
    if (!isLabel(n.label)) throw new TypeError(`node ${n.id} has unknown label ${JSON.stringify(n.label)}`);
  }
  for (const e of batch.edges) {
    if (!isRelType(e.type)) throw new TypeError(`edge ${e.id} has unknown type ${JSON.stringify(e.type)}`);
    if (!Array.isArray(e.evidence) || e.evidence.length === 0) throw new TypeError(`edge ${e.id} has no evidence`);
  }
}

/**
 * Replace (batch given) or remove (batch null) one document's contributions.
 * Returns false when removing a document the store does not know.
 */
export async function applyDocument(
  tx: Tx,
  documentId: string,
  batch: GraphBatch | null,
  batchSize: number,
): Promise<boolean> {
  const recRows = await tx.run(batch ? S.lockRecord(documentId) : S.lockExistingRecord(documentId));
  if (!batch && recRows.length === 0) return false;
  const oldNodeIds = strings(recRows[0]?.nodeIds);
  const oldEdgeIds = strings(recRows[0]?.edgeIds);

  // What this document states now; a repeated id: the last one wins (as in the embedded store).
  const newNodes = new Map<string, GraphNode>();
  const newEdges = new Map<string, GraphEdge>();
  for (const n of batch?.nodes ?? []) newNodes.set(n.id, n);
  for (const e of batch?.edges ?? []) newEdges.set(e.id, e);

  const endpoints: string[] = [];
  for (const e of newEdges.values()) endpoints.push(e.source, e.target);
  const nodes = new Map<string, NodeState>();
  await lockNodes(tx, sortedUnique([...oldNodeIds, ...newNodes.keys(), ...endpoints]), nodes, batchSize);

  const edges = new Map<string, EdgeState>();
  for (const ids of chunks(sortedUnique([...oldEdgeIds, ...newEdges.keys()]), batchSize)) {
    for (const row of await tx.run(S.lockEdges(ids))) {
      const id = String(row.id);
      edges.set(id, {
        contribs: parseContribs<GraphEdge>(row.contribs, `edge ${id}`),
        raw: (row.contribs as string | null) ?? null,
        existing: {
          elementId: String(row.elementId),
          type: String(row.type),
          source: String(row.source),
          target: String(row.target),
        },
      });
    }
  }

  // ---- compute ----
  for (const id of oldNodeIds) nodes.get(id)?.contribs.delete(documentId);
  for (const [id, n] of newNodes) nodes.get(id)!.contribs.set(documentId, n);
  for (const id of oldEdgeIds) edges.get(id)?.contribs.delete(documentId);
  for (const [id, e] of newEdges) {
    let st = edges.get(id);
    if (!st) {
      st = { contribs: new Map(), raw: null, existing: null };
      edges.set(id, st);
    }
    st.contribs.set(documentId, e);
  }

  const toGhost: string[] = [];
  const upserts = new Map<Label, S.NodeRow[]>();
  for (const [id, st] of [...nodes].sort((a, b) => cmp(a[0], b[0]))) {
    if (st.contribs.size === 0) {
      if (!st.ghost) toGhost.push(id);
      continue;
    }
    const json = serialiseContribs(st.contribs);
    if (!st.ghost && json === st.raw) continue;
    const merged = mergeNodeContribs(st.contribs);
    push(upserts, merged.label, { id, props: nodeProps(merged, json) });
  }

  const deleteElementIds: string[] = [];
  const deletedEndpoints: string[] = [];
  const creates = new Map<RelType, S.EdgeCreateRow[]>();
  const updates: S.EdgeUpdateRow[] = [];
  for (const [, st] of [...edges].sort((a, b) => cmp(a[0], b[0]))) {
    const ex = st.existing;
    if (st.contribs.size === 0) {
      if (ex) {
        deleteElementIds.push(ex.elementId);
        deletedEndpoints.push(ex.source, ex.target);
      }
      continue;
    }
    const json = serialiseContribs(st.contribs);
    const merged = mergeEdgeContribs(st.contribs);
    if (ex && ex.type === merged.type && ex.source === merged.source && ex.target === merged.target) {
      if (json !== st.raw) updates.push({ elementId: ex.elementId, props: edgeProps(merged, json) });
      continue;
    }
    // New edge, or its winning contribution now names another type or endpoints:
    // relationships cannot change either, so delete and create.
    if (ex) {
      deleteElementIds.push(ex.elementId);
      deletedEndpoints.push(ex.source, ex.target);
    }
    push(creates, merged.type, { source: merged.source, target: merged.target, props: edgeProps(merged, json) });
  }

  // Endpoints named only by another document's (now winning) contribution: make sure they
  // exist (as ghosts if nobody states them) before creating the edge.
  const missing: string[] = [];
  for (const rows of creates.values()) {
    for (const r of rows) for (const id of [r.source, r.target]) if (!nodes.has(id)) missing.push(id);
  }
  await lockNodes(tx, sortedUnique(missing), nodes, batchSize);

  // ---- write ----
  for (const ids of chunks(deleteElementIds, batchSize)) await tx.run(S.deleteEdges(ids));
  for (const ids of chunks(toGhost, batchSize)) await tx.run(S.ghostNodes(ids));
  for (const [label, rows] of upserts) for (const c of chunks(rows, batchSize)) await tx.run(S.upsertNodes(label, c));
  for (const [type, rows] of creates) for (const c of chunks(rows, batchSize)) await tx.run(S.createEdges(type, c));
  for (const c of chunks(updates, batchSize)) await tx.run(S.updateEdges(c));
  for (const ids of chunks(sortedUnique([...nodes.keys(), ...deletedEndpoints]), batchSize)) {
    await tx.run(S.pruneGhosts(ids));
  }

  if (batch) {
    await tx.run(S.writeRecord(documentId, batch.sourceHash, sortedUnique([...newNodes.keys()]), sortedUnique([...newEdges.keys()])));
  } else {
    await tx.run(S.deleteRecord(documentId));
  }
  return true;
}

async function lockNodes(tx: Tx, ids: string[], into: Map<string, NodeState>, batchSize: number): Promise<void> {
  for (const chunk of chunks(ids, batchSize)) {
    const rows: Row[] = await tx.run(S.lockNodes(chunk));
    for (const row of rows) {
      const id = String(row.id);
      into.set(id, {
        contribs: parseContribs<GraphNode>(row.contribs, `node ${id}`),
        raw: (row.contribs as string | null) ?? null,
        ghost: row.ghost === true,
      });
    }
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}

export function sortedUnique(xs: Iterable<string>): string[] {
  return [...new Set(xs)].sort(cmp);
}

export function chunks<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}
