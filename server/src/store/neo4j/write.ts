// replaceDocument / removeDocument as one transaction function.
//
//   1. lock the document's record and read what it contributed last time (its NodeContrib and
//      EdgeContrib nodes, by source);
//   2. compare with what it states now: only the statements that changed go further (re-ingesting
//      an unchanged document writes nothing but its record);
//   3. lock the existing relationships of the changed edges, then (MERGE) the changed nodes and
//      every endpoint of those edges, old and new;
//   4. write the document's changed contributions, then re-merge each changed element from its
//      contributions (distinct node statements in source order; every edge statement);
//   5. write only what changed, in UNWIND batches: delete edges, turn nodes nobody states into
//      ghosts, upsert nodes (per label), create edges (per type), update edges, prune
//      unattached ghosts, write (or delete) the record.
// Locking before reading means two writers touching the same node serialise instead of
// overwriting each other's merge; the driver retries the function on deadlock. The function
// only reads and writes through `tx`, so a retry starts from scratch.
import type { GraphBatch, GraphEdge, GraphNode, Label, RelType } from '../../model.ts';
import { isLabel, isRelType } from '../../model.ts';
import type { Tx } from './executor.ts';
import {
  cmp,
  edgeProps,
  edgeValueJson,
  mergedEdgeJson,
  mergedNodeJson,
  mergeEdgeValues,
  mergeNodeValues,
  nodeProps,
  nodeValueJson,
  parseContribs,
} from './mapping.ts';
import * as S from './statements.ts';
import { mergeNodes } from '../merge.ts';
import type { ElementContributions } from '../port.ts';

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
    if (typeof e.id !== 'string' || !e.id) throw new TypeError(`batch ${batch.documentId}: an edge has no id`);
    if (typeof e.source !== 'string' || !e.source || typeof e.target !== 'string' || !e.target) {
      throw new TypeError(`edge ${e.id} needs a source and a target`);
    }
    if (!isRelType(e.type)) throw new TypeError(`edge ${e.id} has unknown type ${JSON.stringify(e.type)}`);
    if (!Array.isArray(e.evidence) || e.evidence.length === 0) throw new TypeError(`edge ${e.id} has no evidence`);
  }
}

const key = (source: string, element: string) => `${source}\u0000${element}`;

/**
 * Replace (batch given) or remove (batch null) one document's contributions.
 * Returns false when removing a document the store does not know.
 */
export async function applyDocument(tx: Tx, documentId: string, batch: GraphBatch | null, batchSize: number): Promise<boolean> {
  const rec = await tx.run(batch ? S.lockRecord(documentId) : S.lockExistingRecord(documentId));
  if (!batch && rec.length === 0) return false;

  // ---- what changed ----
  const oldNodes = new Map<string, string>();
  const oldEdges = new Map<string, string>();
  for (const r of await tx.run(S.contribsOfSource(documentId))) {
    (r.kind === 'node' ? oldNodes : oldEdges).set(String(r.element), String(r.value));
  }
  // What the document states now; a repeated id: the last one wins (as in the embedded store).
  const newNodes = new Map<string, string>();
  const newEdges = new Map<string, GraphEdge>();
  for (const n of batch?.nodes ?? []) newNodes.set(n.id, nodeValueJson(n));
  for (const e of batch?.edges ?? []) newEdges.set(e.id, e);
  const newEdgeJson = new Map([...newEdges].map(([id, e]) => [id, edgeValueJson(e)]));
  const changedNodes = sortedUnique([...oldNodes.keys(), ...newNodes.keys()].filter((id) => oldNodes.get(id) !== newNodes.get(id)));
  const changedEdges = sortedUnique([...oldEdges.keys(), ...newEdges.keys()].filter((id) => oldEdges.get(id) !== newEdgeJson.get(id)));

  if (changedNodes.length > 0 || changedEdges.length > 0) {
    // ---- lock ----
    const existing = new Map<string, { elementId: string; type: string; source: string; target: string }>();
    for (const ids of chunks(changedEdges, batchSize)) {
      for (const row of await tx.run(S.lockEdges(ids))) {
        existing.set(String(row.id), { elementId: String(row.elementId), type: String(row.type), source: String(row.source), target: String(row.target) });
      }
    }
    const endpoints: string[] = [];
    for (const ex of existing.values()) endpoints.push(ex.source, ex.target);
    for (const id of changedEdges) {
      const e = newEdges.get(id);
      if (e) endpoints.push(e.source, e.target);
    }
    const ghost = new Map<string, boolean>();
    for (const ids of chunks(sortedUnique([...changedNodes, ...endpoints]), batchSize)) {
      for (const row of await tx.run(S.lockNodes(ids))) ghost.set(String(row.id), row.ghost === true);
    }

    // ---- this document's contributions ----
    const rows = (ids: string[], values: Map<string, string>) =>
      ids.filter((id) => values.has(id)).map((id) => ({ key: key(documentId, id), element: id, source: documentId, value: values.get(id)! }));
    const gone = (ids: string[], values: Map<string, unknown>) => ids.filter((id) => !values.has(id)).map((id) => key(documentId, id));
    for (const c of chunks(gone(changedNodes, newNodes), batchSize)) await tx.run(S.deleteContribs('node', c));
    for (const c of chunks(rows(changedNodes, newNodes), batchSize)) await tx.run(S.writeContribs('node', c));
    for (const c of chunks(gone(changedEdges, newEdgeJson), batchSize)) await tx.run(S.deleteContribs('edge', c));
    for (const c of chunks(rows(changedEdges, newEdgeJson), batchSize)) await tx.run(S.writeContribs('edge', c));

    // ---- re-merge the changed elements ----
    const nodeValues = new Map<string, unknown[]>();
    for (const ids of chunks(changedNodes, batchSize)) {
      for (const r of await tx.run(S.contribValues('node', ids))) nodeValues.set(String(r.id), r.values as unknown[]);
    }
    const edgeValues = new Map<string, unknown[]>();
    for (const ids of chunks(changedEdges, batchSize)) {
      for (const r of await tx.run(S.contribValues('edge', ids))) edgeValues.set(String(r.id), r.values as unknown[]);
    }

    const toGhost: string[] = [];
    const upserts = new Map<Label, S.NodeRow[]>();
    for (const id of changedNodes) {
      const values = nodeValues.get(id);
      if (!values || values.length === 0) {
        if (ghost.get(id) === false) toGhost.push(id);
        continue;
      }
      const merged = mergeNodeValues(id, values);
      push(upserts, merged.label, { id, props: nodeProps(merged) });
    }

    const deleteElementIds: string[] = [];
    const deletedEndpoints: string[] = [];
    const creates = new Map<RelType, S.EdgeCreateRow[]>();
    const updates: S.EdgeUpdateRow[] = [];
    for (const id of changedEdges) {
      const ex = existing.get(id);
      const values = edgeValues.get(id);
      if (!values || values.length === 0) {
        if (ex) {
          deleteElementIds.push(ex.elementId);
          deletedEndpoints.push(ex.source, ex.target);
        }
        continue;
      }
      const merged = mergeEdgeValues(id, values);
      if (ex && ex.type === merged.type && ex.source === merged.source && ex.target === merged.target) {
        updates.push({ elementId: ex.elementId, props: edgeProps(merged) });
        continue;
      }
      // New edge, or its winning statement now names another type or endpoints:
      // relationships cannot change either, so delete and create.
      if (ex) {
        deleteElementIds.push(ex.elementId);
        deletedEndpoints.push(ex.source, ex.target);
      }
      push(creates, merged.type, { source: merged.source, target: merged.target, props: edgeProps(merged) });
    }
    // Endpoints named only by another document's (now winning) statement: make sure they exist
    // (as ghosts if nobody states them) before creating the edge.
    const missing: string[] = [];
    for (const list of creates.values()) for (const r of list) for (const id of [r.source, r.target]) if (!ghost.has(id)) missing.push(id);
    for (const ids of chunks(sortedUnique(missing), batchSize)) {
      for (const row of await tx.run(S.lockNodes(ids))) ghost.set(String(row.id), row.ghost === true);
    }

    // ---- write ----
    for (const ids of chunks(deleteElementIds, batchSize)) await tx.run(S.deleteEdges(ids));
    for (const ids of chunks(toGhost, batchSize)) await tx.run(S.ghostNodes(ids));
    for (const [label, list] of upserts) for (const c of chunks(list, batchSize)) await tx.run(S.upsertNodes(label, c));
    for (const [type, list] of creates) for (const c of chunks(list, batchSize)) await tx.run(S.createEdges(type, c));
    for (const c of chunks(updates, batchSize)) await tx.run(S.updateEdges(c));
    for (const ids of chunks(sortedUnique([...ghost.keys(), ...deletedEndpoints]), batchSize)) await tx.run(S.pruneGhosts(ids));
  }

  if (batch) await tx.run(S.writeRecord(documentId, batch.sourceHash));
  else await tx.run(S.deleteRecord(documentId));
  return true;
}

// ---- bulk load (kg copy --to neo4j) ------------------------------------------------------

/** Rows for a bulk load: the merged element plus one contribution row per source. */
export function bulkNodeRows(items: ElementContributions<GraphNode>[]): { nodes: Map<Label, S.NodeRow[]>; contribs: S.ContribRow[] } {
  const nodes = new Map<Label, S.NodeRow[]>();
  const contribs: S.ContribRow[] = [];
  for (const { value: node, contribs: cs } of items) {
    push(nodes, node.label, { id: node.id, props: nodeProps(node) });
    for (const c of cs) contribs.push({ key: key(c.source, node.id), element: node.id, source: c.source, value: nodeValueJson(c.value) });
  }
  return { nodes, contribs };
}

export function bulkEdgeRows(items: ElementContributions<GraphEdge>[]): { edges: Map<RelType, S.EdgeCreateRow[]>; contribs: S.ContribRow[] } {
  const edges = new Map<RelType, S.EdgeCreateRow[]>();
  const contribs: S.ContribRow[] = [];
  for (const { value: edge, contribs: cs } of items) {
    push(edges, edge.type, { source: edge.source, target: edge.target, props: edgeProps(edge) });
    for (const c of cs) contribs.push({ key: key(c.source, edge.id), element: edge.id, source: c.source, value: edgeValueJson(c.value) });
  }
  return { edges, contribs };
}

// ---- migration from the first layout (`_contribs` on elements) ----------------------------

/** Convert one page of legacy nodes; returns how many were converted (0: done). */
export async function migrateLegacyNodes(tx: Tx, pageSize: number, batchSize: number): Promise<number> {
  const page = await tx.run(S.legacyNodes(pageSize));
  const contribs: S.ContribRow[] = [];
  const done: { id: string; value: string }[] = [];
  for (const r of page) {
    const id = String(r.id);
    const cs = [...parseContribs<GraphNode>(r.contribs, `node ${id}`)].sort((a, b) => cmp(a[0], b[0]));
    for (const [source, v] of cs) contribs.push({ key: key(source, id), element: id, source, value: nodeValueJson({ ...v, id }) });
    if (cs.length > 0) done.push({ id, value: mergedNodeJson(mergeNodes(cs.map(([, v]) => ({ ...v, id })))) });
    else done.push({ id, value: 'null' });
  }
  for (const c of chunks(contribs, batchSize)) await tx.run(S.writeContribs('node', c));
  for (const c of chunks(done, batchSize)) await tx.run(S.legacyNodesDone(c));
  return page.length;
}

export async function migrateLegacyEdges(tx: Tx, pageSize: number, batchSize: number): Promise<number> {
  const page = await tx.run(S.legacyEdges(pageSize));
  const contribs: S.ContribRow[] = [];
  const done: { elementId: string; value: string }[] = [];
  for (const r of page) {
    const id = String(r.id);
    const cs = [...parseContribs<GraphEdge>(r.contribs, `edge ${id}`)].sort((a, b) => cmp(a[0], b[0]));
    for (const [source, v] of cs) contribs.push({ key: key(source, id), element: id, source, value: edgeValueJson({ ...v, id }) });
    const merged = cs.length > 0 ? mergeEdgeValues(id, cs.map(([, v]) => edgeValueJson({ ...v, id }))) : null;
    done.push({ elementId: String(r.elementId), value: merged ? mergedEdgeJson(merged) : 'null' });
  }
  for (const c of chunks(contribs, batchSize)) await tx.run(S.writeContribs('edge', c));
  for (const c of chunks(done, batchSize)) await tx.run(S.legacyEdgesDone(c));
  return page.length;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function sortedUnique(xs: Iterable<string>): string[] {
  return [...new Set(xs)].sort(cmp);
}

export function chunks<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}
