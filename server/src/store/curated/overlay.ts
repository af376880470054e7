// The fold of the curation log: what the active changes say, indexed for the read path.
//
// A change is active unless a later active undo (or split) undid it; undoing an undo makes the
// change active again. Active changes are applied in log order:
//   accept edge/node  → pinned (kept from the snapshot taken when accepted if the documents drop it)
//   reject edge/node  → hidden (by id: the extractor finding it again does not bring it back)
//   edit edge         → properties patched; or, when type/source/target change, the old edge hidden
//                       and the new one added, linked by properties.replaces
//   edit node         → name, aliases, properties
//   add node/edge     → added
//   merge A into B    → A redirected to B on read (B gains A's names as aliases)
import type { GraphEdge, GraphNode, Json } from '../../model.ts';
import { edgeId } from '../../model.ts';
import type { CurationRecord, EdgeEdit, NodeEdit } from '../curation.ts';

export interface NodeEditState {
  name?: string;
  addAliases: Set<string>;
  removeAliases: Set<string>;
  properties: Record<string, Json>;
  /** The name before the first rename (kept as an alias). */
  renamedFrom?: string;
}

export interface CuratedEdge {
  /** The edge as recorded (ids as they were when the change was made). */
  edge: GraphEdge;
  kind: 'added' | 'pinned';
  change: CurationRecord;
}

export class Overlay {
  readonly records: CurationRecord[];
  readonly byId = new Map<string, CurationRecord>();
  /** change id → the active undo/split that undid it */
  readonly undoneBy = new Map<string, CurationRecord>();
  readonly hiddenEdges = new Map<string, CurationRecord>();
  readonly hiddenNodes = new Map<string, CurationRecord>();
  readonly pinnedNodes = new Map<string, { node: GraphNode; change: CurationRecord }>();
  readonly addedNodes = new Map<string, { node: GraphNode; change: CurationRecord }>();
  /** Edge id → properties set by edits (null values remove keys), and the last change. */
  readonly edgeProps = new Map<string, { properties: Record<string, Json>; change: CurationRecord }>();
  readonly nodeEdits = new Map<string, NodeEditState>();
  /** Added and pinned edges, keyed by their recorded id. */
  readonly curatedEdges = new Map<string, CuratedEdge>();
  /** Node merged away → the active merge record. */
  readonly merges = new Map<string, CurationRecord>();
  /** Last known state of nodes the changes mention: the fallback when no document states them any more. */
  readonly snapshots = new Map<string, GraphNode>();
  /** Every node id an active change concerns (either side of it): reads touching none of them need no overlay. */
  readonly touchedNodes = new Set<string>();
  /** Change records per fact id (node or edge), in log order, active or not. */
  readonly byFact = new Map<string, CurationRecord[]>();
  private readonly redirect = new Map<string, string>();
  private readonly mergedFromCache = new Map<string, string[]>();

  constructor(records: CurationRecord[]) {
    this.records = [...records].sort((a, b) => a.seq - b.seq);
    for (const r of this.records) this.byId.set(r.id, r);
    // Which changes are active: walk newest first; an active undo undoes its target.
    const undone = new Set<string>();
    for (let i = this.records.length - 1; i >= 0; i--) {
      const r = this.records[i]!;
      if (undone.has(r.id)) continue;
      if (r.op === 'undo' || r.op === 'split') {
        undone.add(r.target);
        if (!this.undoneBy.has(r.target)) this.undoneBy.set(r.target, r);
      }
    }
    for (const r of this.records) {
      const facts = factIds(r, this.byId);
      for (const f of facts) {
        const list = this.byFact.get(f) ?? [];
        list.push(r);
        this.byFact.set(f, list);
      }
      if (this.undoneBy.has(r.id) || r.op === 'undo' || r.op === 'split') continue;
      this.apply(r);
    }
    // Merged-away nodes are redirected; a hidden node stays hidden under its own id only.
  }

  get empty(): boolean {
    return (
      this.hiddenEdges.size === 0 &&
      this.hiddenNodes.size === 0 &&
      this.pinnedNodes.size === 0 &&
      this.addedNodes.size === 0 &&
      this.edgeProps.size === 0 &&
      this.nodeEdits.size === 0 &&
      this.curatedEdges.size === 0 &&
      this.merges.size === 0
    );
  }

  /** Whether an active change adds connectivity (added edges, merges): traversals must walk the overlay. */
  get addsConnectivity(): boolean {
    return this.merges.size > 0 || [...this.curatedEdges.values()].some((c) => c.kind === 'added');
  }

  isActive(id: string): boolean {
    const r = this.byId.get(id);
    return !!r && r.op !== 'undo' && r.op !== 'split' && !this.undoneBy.has(id);
  }

  private touch(...ids: (string | undefined)[]): void {
    for (const id of ids) if (id) this.touchedNodes.add(id);
  }

  private keepSnapshots(r: CurationRecord): void {
    for (const snap of [r.before, r.after]) {
      if (!snap) continue;
      if (snap.node) this.snapshots.set(snap.node.id, snap.node);
      for (const n of snap.ends ?? []) this.snapshots.set(n.id, n);
    }
    if (r.node) this.snapshots.set(r.node.id, r.node);
  }

  private apply(r: CurationRecord): void {
    this.keepSnapshots(r);
    this.touch(...r.nodeIds);
    switch (r.op) {
      case 'accept':
        if (r.kind === 'edge' && r.before?.edge) {
          const e = r.before.edge;
          this.curatedEdges.set(e.id, { edge: e, kind: 'pinned', change: r });
          this.touch(e.source, e.target);
        } else if (r.kind === 'node' && r.before?.node) {
          this.pinnedNodes.set(r.target, { node: r.before.node, change: r });
        }
        return;
      case 'reject':
        if (r.kind === 'edge') this.hiddenEdges.set(r.target, r);
        else this.hiddenNodes.set(r.target, r);
        return;
      case 'edit':
        if (r.kind === 'edge') this.applyEdgeEdit(r, r.edit as EdgeEdit);
        else this.applyNodeEdit(r, r.edit as NodeEdit);
        return;
      case 'add':
        if (r.kind === 'node' && r.node) this.addedNodes.set(r.node.id, { node: r.node, change: r });
        if (r.kind === 'edge' && r.edge) {
          this.curatedEdges.set(r.edge.id, { edge: r.edge, kind: 'added', change: r });
          this.touch(r.edge.source, r.edge.target);
        }
        return;
      case 'merge': {
        const into = r.into!;
        // A merge that would close a cycle (possible only by undoing undos) is ignored.
        if (this.resolve(into) === r.target) return;
        this.redirect.set(r.target, into);
        this.merges.set(r.target, r);
        this.mergedFromCache.clear();
        this.touch(r.target, into);
        return;
      }
      case 'undo':
      case 'split':
        return;
    }
  }

  private applyEdgeEdit(r: CurationRecord, edit: EdgeEdit): void {
    const replacement = r.after?.edge;
    if (replacement && replacement.id !== r.target) {
      // Type, source or target changed: the old fact is hidden, the corrected one added.
      this.hiddenEdges.set(r.target, r);
      this.curatedEdges.set(replacement.id, { edge: replacement, kind: 'added', change: r });
      this.touch(replacement.source, replacement.target);
      return;
    }
    const prev = this.edgeProps.get(r.target)?.properties ?? {};
    this.edgeProps.set(r.target, { properties: { ...prev, ...(edit.properties ?? {}) }, change: r });
  }

  private applyNodeEdit(r: CurationRecord, edit: NodeEdit): void {
    const st = this.nodeEdits.get(r.target) ?? { addAliases: new Set<string>(), removeAliases: new Set<string>(), properties: {} };
    if (edit.name !== undefined && edit.name !== st.name) {
      if (st.renamedFrom === undefined) st.renamedFrom = r.before?.node?.name;
      st.name = edit.name;
    }
    for (const a of edit.addAliases ?? []) {
      st.addAliases.add(a);
      st.removeAliases.delete(a);
    }
    for (const a of edit.removeAliases ?? []) {
      st.removeAliases.add(a);
      st.addAliases.delete(a);
    }
    Object.assign(st.properties, edit.properties ?? {});
    this.nodeEdits.set(r.target, st);
  }

  /** The id a node reads as: merged-away ids follow their merges (cycle-safe). */
  resolve(id: string): string {
    let cur = id;
    for (let i = 0; i < 1000; i++) {
      const next = this.redirect.get(cur);
      if (next === undefined || next === id) return cur;
      cur = next;
    }
    return cur;
  }

  /** Every id that reads as `id` (merged into it, directly or through other merges), excluding itself. */
  mergedFrom(id: string): string[] {
    if (this.redirect.size === 0) return [];
    const hit = this.mergedFromCache.get(id);
    if (hit) return hit;
    const out: string[] = [];
    for (const from of this.redirect.keys()) if (from !== id && this.resolve(from) === id) out.push(from);
    out.sort();
    this.mergedFromCache.set(id, out);
    return out;
  }

  /** The inner ids behind a (resolved) node id: itself and everything merged into it. */
  innerIds(id: string): string[] {
    return [id, ...this.mergedFrom(id)];
  }

  private cache = new Map<string, unknown>();
  private memo<T>(key: string, fn: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, fn());
    return this.cache.get(key) as T;
  }

  /** Nodes a live curated fact needs: kept from their snapshot when no document states them. */
  keptIds(): ReadonlySet<string> {
    return this.memo('kept', () => {
      const out = new Set<string>();
      for (const id of this.pinnedNodes.keys()) out.add(this.resolve(id));
      for (const id of this.addedNodes.keys()) out.add(this.resolve(id));
      for (const m of this.merges.values()) out.add(this.resolve(m.into!));
      for (const c of this.curatedEdges.values()) {
        out.add(this.resolve(c.edge.source));
        out.add(this.resolve(c.edge.target));
      }
      return out;
    });
  }

  /** Touched node ids and what they read as (reads touching none of them need no overlay). */
  touchedResolved(): ReadonlySet<string> {
    return this.memo('touched', () => new Set([...this.touchedNodes, ...[...this.touchedNodes].map((id) => this.resolve(id))]));
  }

  /**
   * Nodes whose presence in a traversal means the traversal may run differently through the
   * overlay: hidden nodes, both sides of merges, ends of added and pinned edges, added and pinned
   * nodes. (Renamed nodes and edited properties change what a traversal returns, not its course.)
   */
  walkChangers(): ReadonlySet<string> {
    return this.memo('walkChangers', () => {
      const out = new Set<string>(this.hiddenNodes.keys());
      for (const m of this.merges.values()) out.add(m.target).add(m.into!).add(this.resolve(m.into!));
      for (const c of this.curatedEdges.values()) {
        out.add(c.edge.source).add(c.edge.target).add(this.resolve(c.edge.source)).add(this.resolve(c.edge.target));
      }
      for (const id of [...this.addedNodes.keys(), ...this.pinnedNodes.keys()]) out.add(id).add(this.resolve(id));
      return out;
    });
  }

  /** Both ends of every hidden edge (a truncated traversal may have stopped on one of them). */
  hiddenEdgeEnds(): ReadonlySet<string> {
    return this.memo('hiddenEdgeEnds', () => {
      const out = new Set<string>();
      for (const [id, r] of this.hiddenEdges) {
        for (const n of r.nodeIds) out.add(n).add(this.resolve(n));
        const e = r.before?.edge;
        if (e && e.id === id) out.add(e.source).add(e.target);
        // and the ends the id itself names (TYPE:source->target), for records that carry neither
        const rest = id.slice(id.indexOf(':') + 1);
        for (let i = rest.indexOf('->'); i >= 0; i = rest.indexOf('->', i + 1)) out.add(rest.slice(0, i)).add(rest.slice(i + 2));
      }
      return out;
    });
  }

  /** Curated edges by the (resolved) ids of their ends. */
  curatedByNode(): ReadonlyMap<string, CuratedEdge[]> {
    return this.memo('curatedByNode', () => {
      const out = new Map<string, CuratedEdge[]>();
      for (const c of this.curatedEdges.values()) {
        for (const end of new Set([this.resolve(c.edge.source), this.resolve(c.edge.target)])) {
          const l = out.get(end) ?? [];
          l.push(c);
          out.set(end, l);
        }
      }
      return out;
    });
  }

  /** Nodes whose effective form differs from the inner store's (renamed, merged into, added, pinned, kept). */
  overlayNodeIds(): ReadonlySet<string> {
    return this.memo('overlayNodes', () => this.computeOverlayNodeIds());
  }

  private computeOverlayNodeIds(): Set<string> {
    const out = new Set<string>();
    for (const id of this.nodeEdits.keys()) out.add(this.resolve(id));
    for (const id of this.addedNodes.keys()) out.add(this.resolve(id));
    for (const id of this.pinnedNodes.keys()) out.add(this.resolve(id));
    for (const m of this.merges.values()) out.add(this.resolve(m.into!));
    for (const c of this.curatedEdges.values()) {
      out.add(this.resolve(c.edge.source));
      out.add(this.resolve(c.edge.target));
    }
    for (const id of this.hiddenNodes.keys()) out.delete(id);
    return out;
  }

  /** Node ids that never read under their own id: hidden or merged away. */
  goneNodeIds(): ReadonlySet<string> {
    return this.memo('gone', () => new Set([...this.hiddenNodes.keys(), ...this.merges.keys()]));
  }

  /** Ids the inner store may answer that the overlay replaces or removes. */
  replacedIds(): ReadonlySet<string> {
    return this.memo('replaced', () => new Set([...this.goneNodeIds(), ...this.overlayNodeIds()]));
  }

  /** The edge id after redirects. */
  effectiveEdgeId(e: { type: GraphEdge['type']; source: string; target: string }): string {
    return edgeId(e.type, this.resolve(e.source), this.resolve(e.target));
  }
}

/** The fact ids a record is about (for "who changed what" on a node or an edge). */
function factIds(r: CurationRecord, byId: Map<string, CurationRecord>): string[] {
  const out = new Set<string>();
  if (r.op === 'undo' || r.op === 'split') {
    const t = byId.get(r.target);
    if (t) for (const f of factIds(t, byId)) out.add(f);
  } else {
    out.add(r.target);
    if (r.into) out.add(r.into);
    if (r.after?.edge) out.add(r.after.edge.id);
    if (r.edge) out.add(r.edge.id);
    if (r.node) out.add(r.node.id);
  }
  return [...out];
}
