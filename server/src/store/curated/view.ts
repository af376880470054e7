// The read path of the curated layer: the inner store's graph seen through an Overlay.
//
// Every port read is answered from the inner store's own answer, corrected:
//   - nodes: hidden ones read as null, merged-away ids read as the node they were merged into
//     (which gains their names as aliases), renames and alias edits applied, added nodes and
//     the last snapshot of nodes a curated fact needs (documents removed) filled in;
//   - edges: hidden ones dropped (by their own id and by the id they read as), ends redirected
//     through merges (edges that meet under one id merge by the store's merge rule), property
//     edits applied, added and pinned edges included; curated facts read basis `curated`,
//     confidence 1, and `sourceRemoved: true` when a document they came from is gone.
//   - traversals (neighborhood, shortestPaths) walk level by level over batched edgesOf when
//     the overlay touches the region (a rejected edge is no path; a merge or an added edge is);
//     otherwise the inner store answers alone.
// Orders, tie-breaks and ranks are the contract's (test/store/contract.ts), so a store reads the
// same with or without curation.
import type { GraphEdge, GraphNode, Json, Label } from '../../model.ts';
import { edgeId, isRelType } from '../../model.ts';
import { mergeEdges } from '../merge.ts';
import type { EdgeQuery, GraphStore, ListOptions, NeighborhoodOptions, NodePage, Path, SearchOptions, Stats, Subgraph } from '../port.ts';
import { matchKey, rankMatch } from '../search-rank.ts';
import type { CuratedEdge, Overlay } from './overlay.ts';

/** Properties the layer sets; a person's edit cannot set them directly. */
export const RESERVED_EDGE_PROPERTIES = ['basis', 'confidence', 'replaces', 'sourceRemoved'] as const;

export interface ViewCache {
  overlayNodes?: Promise<GraphNode[]> | undefined;
  replacedInner?: Promise<GraphNode[]> | undefined;
  /** Nodes whose edge counts the overlay may change (countEdges). */
  countChangers?: Promise<ReadonlySet<string>> | undefined;
}

export class CuratedView {
  constructor(
    readonly inner: GraphStore,
    readonly ov: Overlay,
    /** Ids of the documents the inner store holds (for `sourceRemoved`). */
    private readonly docs: ReadonlySet<string>,
    /** Shared by views of the same overlay while the inner store is unchanged. */
    private readonly cache?: ViewCache,
  ) {}

  // ---- nodes ---------------------------------------------------------------------------------

  async getNodes(ids: string[]): Promise<(GraphNode | null)[]> {
    if (this.ov.empty) return this.inner.getNodes(ids);
    const resolved = ids.map((id) => this.ov.resolve(id));
    const need = new Set<string>();
    for (const r of resolved) for (const x of this.ov.innerIds(r)) need.add(x);
    const list = [...need];
    const got = list.length > 0 ? await this.inner.getNodes(list) : [];
    const innerById = new Map<string, GraphNode>();
    got.forEach((n, i) => n && innerById.set(list[i]!, n));
    const kept = this.ov.keptIds();
    return resolved.map((r) => this.finishNode(r, innerById, kept));
  }

  private finishNode(id: string, innerById: Map<string, GraphNode>, kept: ReadonlySet<string>): GraphNode | null {
    if (this.ov.hiddenNodes.has(id)) return null;
    const inner = innerById.get(id) ?? null;
    const added = this.ov.addedNodes.get(id)?.node ?? null;
    let base = inner ?? added;
    let removed = false;
    if (!base && kept.has(id)) {
      base = this.ov.pinnedNodes.get(id)?.node ?? this.ov.snapshots.get(id) ?? null;
      removed = base !== null;
    }
    if (!base) return null;
    const edits = this.ov.nodeEdits.get(id);
    const from = this.ov.mergedFrom(id);
    if (!edits && from.length === 0 && !removed && !(inner && added)) return base;
    const aliases = new Set(base.aliases);
    if (inner && added) for (const a of added.aliases) aliases.add(a);
    for (const a of from) {
      const n = innerById.get(a) ?? this.ov.snapshots.get(a);
      if (!n) continue;
      aliases.add(n.name);
      for (const x of n.aliases) aliases.add(x);
    }
    let name = base.name;
    const properties: Record<string, Json> = { ...base.properties };
    if (edits) {
      if (edits.name !== undefined && edits.name !== name) {
        aliases.add(name);
        name = edits.name;
      }
      for (const a of edits.addAliases) aliases.add(a);
      for (const a of edits.removeAliases) aliases.delete(a);
      setProps(properties, edits.properties);
    }
    if (removed) properties.sourceRemoved = true;
    return { id: base.id, label: base.label, name, aliases: [...aliases].sort(), properties };
  }

  // ---- edges ---------------------------------------------------------------------------------

  /**
   * Inner edges (and the curated edges asked for) as they read through the overlay, merged by
   * the id they read as. Drops edges to hidden nodes and self-loops made by a merge.
   */
  transform(innerEdges: GraphEdge[], curated: CuratedEdge[]): GraphEdge[] {
    const ov = this.ov;
    const groups = new Map<string, { parts: GraphEdge[]; added: GraphEdge[]; pinned: GraphEdge[]; ids: string[] }>();
    const place = (e: GraphEdge, slot: 'parts' | 'added' | 'pinned'): void => {
      if (ov.hiddenEdges.has(e.id)) return;
      const s = ov.resolve(e.source);
      const t = ov.resolve(e.target);
      if (ov.hiddenNodes.has(s) || ov.hiddenNodes.has(t)) return;
      if (s === t && (s !== e.source || t !== e.target)) return; // A–B became B–B
      const id = edgeId(e.type, s, t);
      const moved = id === e.id && s === e.source && t === e.target ? e : { ...e, id, source: s, target: t };
      const g = groups.get(id) ?? { parts: [], added: [], pinned: [], ids: [] };
      g[slot].push(moved);
      g.ids.push(e.id);
      groups.set(id, g);
    };
    // Edges between nodes no change concerns read as they are (the common case: no grouping).
    const touched = ov.touchedResolved();
    const out: GraphEdge[] = [];
    const seen = new Set<string>();
    const affected: GraphEdge[] = [];
    for (const e of innerEdges) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      if (!touched.has(e.source) && !touched.has(e.target) && !ov.hiddenEdges.has(e.id) && !ov.edgeProps.has(e.id)) out.push(e);
      else affected.push(e);
    }
    for (const e of affected.sort((a, b) => cmp(a.id, b.id))) place(e, 'parts');
    for (const c of curated) place(c.edge, c.kind === 'added' ? 'added' : 'pinned');
    for (const [id, g] of groups) {
      if (ov.hiddenEdges.has(id)) continue;
      const curatedFact = g.added.length > 0 || g.pinned.length > 0;
      let base: GraphEdge;
      if (g.parts.length > 1) base = byDocument(mergeEdges(g.parts.sort(partOrder)));
      else if (g.parts.length === 1) base = g.parts[0]!;
      else if (g.added.length > 0) base = mergeEdges(g.added);
      else base = g.pinned[0]!;
      if (g.parts.length > 0 && g.added.length > 0) base = withEvidence(base, g.added);
      const edits = [...new Set([id, ...g.ids])].map((x) => ov.edgeProps.get(x)).filter((x) => x !== undefined);
      if (!curatedFact && edits.length === 0) {
        out.push(base);
        continue;
      }
      const properties: Record<string, Json> = { ...base.properties };
      if (g.added.length > 0) Object.assign(properties, g.added[g.added.length - 1]!.properties);
      for (const ed of edits.sort((a, b) => a.change.seq - b.change.seq)) setProps(properties, ed.properties);
      properties.basis = 'curated';
      properties.confidence = 1;
      if (base.evidence.some((ev) => !this.docs.has(ev.documentId))) properties.sourceRemoved = true;
      else delete properties.sourceRemoved;
      out.push({ ...base, properties });
    }
    return out;
  }

  /** Curated edges with an end among `ids` (resolved ids). */
  private curatedTouching(ids: ReadonlySet<string>, types: ReadonlySet<string> | null): CuratedEdge[] {
    const byNode = this.ov.curatedByNode();
    const out = new Set<CuratedEdge>();
    for (const id of ids) for (const c of byNode.get(id) ?? []) if (!types || types.has(c.edge.type)) out.add(c);
    return [...out];
  }

  async getEdges(ids: string[]): Promise<(GraphEdge | null)[]> {
    if (this.ov.empty) return this.inner.getEdges(ids);
    // Each asked id reads as an edge id after redirects; fetch every inner edge that reads as it.
    const wanted = ids.map((id) => this.readsAs(id));
    const innerIds = new Set<string>(ids);
    const targets = new Set<string>();
    for (const w of wanted) {
      for (const c of w) {
        targets.add(c.id);
        for (const s of this.ov.innerIds(c.source)) for (const t of this.ov.innerIds(c.target)) innerIds.add(edgeId(c.type, s, t));
      }
    }
    const list = [...innerIds];
    const got = (await this.inner.getEdges(list)).filter((e): e is GraphEdge => e !== null);
    const curated = [...this.ov.curatedEdges.values()].filter((c) => targets.has(this.ov.effectiveEdgeId(c.edge)));
    const byId = new Map(this.transform(got, curated).map((e) => [e.id, e]));
    return wanted.map((w, i) => {
      for (const c of w) {
        const e = byId.get(c.id);
        if (e) return e;
      }
      // An id not of the TYPE:source->target form reads as itself.
      return w.length === 0 ? (byId.get(ids[i]!) ?? null) : null;
    });
  }

  /** The (type, source, target) readings of an edge id, redirected; usually exactly one. */
  private readsAs(id: string): { id: string; type: GraphEdge['type']; source: string; target: string }[] {
    const colon = id.indexOf(':');
    const type = id.slice(0, colon);
    if (colon < 0 || !isRelType(type)) return [];
    const rest = id.slice(colon + 1);
    const out: { id: string; type: GraphEdge['type']; source: string; target: string }[] = [];
    for (let i = rest.indexOf('->'); i >= 0; i = rest.indexOf('->', i + 1)) {
      const s = this.ov.resolve(rest.slice(0, i));
      const t = this.ov.resolve(rest.slice(i + 2));
      if (!s || !t) continue;
      out.push({ id: edgeId(type, s, t), type, source: s, target: t });
    }
    return out;
  }

  async edgesOf(query: EdgeQuery): Promise<GraphEdge[]> {
    if (this.ov.empty) return this.inner.edgesOf(query);
    return (await this.edgesOfUnsorted(query)).sort((a, b) => cmp(a.id, b.id));
  }

  /** edgesOf without the final sort (the walks order what they need themselves). */
  private async edgesOfUnsorted(query: EdgeQuery): Promise<GraphEdge[]> {
    const dir = query.direction ?? 'both';
    const rids = new Set(query.ids.map((id) => this.ov.resolve(id)).filter((id) => !this.ov.hiddenNodes.has(id)));
    if (rids.size === 0) return [];
    const innerIds = [...new Set([...rids].flatMap((id) => this.ov.innerIds(id)))];
    const types = query.types && query.types.length > 0 ? new Set<string>(query.types) : null;
    const innerEdges = await this.inner.edgesOf({ ids: innerIds, direction: dir, ...(query.types ? { types: query.types } : {}) });
    return this.transform(innerEdges, this.curatedTouching(rids, types)).filter((e) => {
      if (types && !types.has(e.type)) return false;
      if (dir === 'out') return rids.has(e.source);
      if (dir === 'in') return rids.has(e.target);
      return rids.has(e.source) || rids.has(e.target);
    });
  }

  /**
   * How many edges edgesOf would return for each node alone. A node the overlay cannot affect
   * counts as the adapter says (nothing materialised); the few it can (merged, hidden, at an
   * end of a curated or hidden edge, or next to a hidden or merged node) are counted through
   * the overlay.
   */
  async countEdges(query: EdgeQuery): Promise<number[]> {
    if (this.ov.empty) return this.inner.countEdges(query);
    const changers = await this.countChangers();
    const counts = await this.inner.countEdges(query);
    for (let i = 0; i < query.ids.length; i++) {
      const id = query.ids[i]!;
      if (!changers.has(id) && this.ov.resolve(id) === id) continue;
      counts[i] = (await this.edgesOfUnsorted({ ids: [id], ...(query.direction ? { direction: query.direction } : {}), ...(query.types ? { types: query.types } : {}) })).length;
    }
    return counts;
  }

  private countChangers(): Promise<ReadonlySet<string>> {
    if (this.cache?.countChangers) return this.cache.countChangers;
    const p = (async () => {
      const out = new Set<string>([...this.ov.walkChangers(), ...this.ov.hiddenEdgeEnds(), ...this.ov.touchedResolved()]);
      // neighbours of hidden and merged nodes: their edges vanish or fold together
      const special = new Set<string>(this.ov.hiddenNodes.keys());
      for (const m of this.ov.merges.values()) special.add(m.target).add(m.into!);
      const innerSpecial = [...new Set([...special].flatMap((id) => this.ov.innerIds(id)).concat([...special]))];
      if (innerSpecial.length > 0) for (const e of await this.inner.edgesOf({ ids: innerSpecial })) out.add(e.source).add(e.target);
      return out;
    })();
    if (this.cache) {
      this.cache.countChangers = p;
      p.catch(() => this.cache && (this.cache.countChangers = undefined));
    }
    return p;
  }

  // ---- search and lists ----------------------------------------------------------------------

  /** Effective forms of the nodes the overlay changes (re-ranked and re-filtered locally); cached per overlay and inner epoch. */
  private overlayNodes(): Promise<GraphNode[]> {
    if (this.cache?.overlayNodes) return this.cache.overlayNodes;
    const p = (async () => {
      const ids = [...this.ov.overlayNodeIds()].sort(cmp);
      if (ids.length === 0) return [];
      const got = await this.getNodes(ids);
      return got.filter((n, i): n is GraphNode => n !== null && n.id === ids[i]);
    })();
    if (this.cache) {
      this.cache.overlayNodes = p;
      p.catch(() => this.cache && (this.cache.overlayNodes = undefined));
    }
    return p;
  }

  private replacedIds(): ReadonlySet<string> {
    return this.ov.replacedIds();
  }

  /** The inner store's own forms of the nodes the overlay replaces (cached like overlayNodes). */
  private replacedInner(): Promise<GraphNode[]> {
    if (this.cache?.replacedInner) return this.cache.replacedInner;
    const ids = [...this.ov.replacedIds()];
    const p = ids.length === 0 ? Promise.resolve([]) : this.inner.getNodes(ids).then((got) => got.filter((n): n is GraphNode => n !== null));
    if (this.cache) {
      this.cache.replacedInner = p;
      p.catch(() => this.cache && (this.cache.replacedInner = undefined));
    }
    return p;
  }

  async search(text: string, options: SearchOptions = {}): Promise<GraphNode[]> {
    if (this.ov.empty) return this.inner.search(text, options);
    const q = matchKey(text);
    if (!q) return [];
    const first = clampInt(options.first ?? 20, 0, 1000);
    const replaced = this.replacedIds();
    const labels = options.labels && options.labels.length > 0 ? new Set<Label>(options.labels) : null;
    const rankOf = (n: GraphNode) => rankMatch(q, matchKey(n.name), n.aliases.map(matchKey));
    // Ask for enough that dropping the replaced nodes the inner store would rank still leaves `first`.
    const extra = (await this.replacedInner()).filter((n) => (!labels || labels.has(n.label)) && rankOf(n) !== null).length;
    const innerHits = await this.inner.search(text, { ...options, first: Math.min(1000, first + extra) });
    const hits: { node: GraphNode; rank: number }[] = [];
    for (const n of innerHits) {
      if (replaced.has(n.id)) continue;
      const rank = rankOf(n);
      if (rank !== null) hits.push({ node: n, rank });
    }
    for (const n of await this.overlayNodes()) {
      if (labels && !labels.has(n.label)) continue;
      const rank = rankOf(n);
      if (rank !== null) hits.push({ node: n, rank });
    }
    hits.sort((a, b) => a.rank - b.rank || a.node.name.length - b.node.name.length || cmp(a.node.id, b.node.id));
    return hits.slice(0, first).map((h) => h.node);
  }

  async listNodes(options: ListOptions): Promise<NodePage> {
    if (this.ov.empty) return this.inner.listNodes(options);
    const first = clampInt(options.first ?? 50, 0, 1000);
    const replaced = this.replacedIds();
    const match = await this.matcher(options);
    // The inner nodes the overlay replaces that the inner store counts for this filter.
    const allReplaced = await this.replacedInner();
    const replacedInner = allReplaced.filter(match);
    // (Document membership is only estimated here: then count every replaced node, to be safe.)
    const extra = (options.documentId ? allReplaced : replacedInner).filter((n) => !options.after || n.id > options.after).length;
    const page = await this.inner.listNodes({ ...options, first: Math.min(1000, first + extra) });
    const overlay = (await this.overlayNodes()).filter((n) => match(n) && (!options.after || n.id > options.after));
    const candidates = [...page.nodes.filter((n) => !replaced.has(n.id)), ...overlay].sort((a, b) => cmp(a.id, b.id));
    // totalCount: the inner count, less the replaced nodes it counted, plus the overlay's.
    const allOverlay = options.after ? (await this.overlayNodes()).filter(match) : overlay;
    const totalCount = Math.max(0, page.totalCount - replacedInner.length) + allOverlay.length;
    return {
      nodes: candidates.slice(0, first),
      totalCount,
      hasNextPage: candidates.length > first || page.hasNextPage,
    };
  }

  /** listNodes' filter evaluated here (for the nodes the overlay changes). */
  private async matcher(options: ListOptions): Promise<(n: GraphNode) => boolean> {
    const contains = options.nameContains ? matchKey(options.nameContains) : null;
    let inDoc: Set<string> | null = null;
    if (options.documentId) {
      // A node belongs to a document when it is the document, its measure, or an end of an edge
      // the document states (what the adapters list for it).
      const candidates = [...this.ov.overlayNodeIds(), ...this.ov.goneNodeIds()];
      const es = candidates.length > 0 ? await this.inner.edgesOf({ ids: candidates }) : [];
      inDoc = new Set();
      for (const e of es) {
        if (e.evidence.some((ev) => ev.documentId === options.documentId)) {
          inDoc.add(e.source).add(e.target);
          inDoc.add(this.ov.resolve(e.source)).add(this.ov.resolve(e.target));
        }
      }
      for (const c of this.ov.curatedEdges.values()) {
        if (c.edge.evidence.some((ev) => ev.documentId === options.documentId)) {
          inDoc.add(this.ov.resolve(c.edge.source)).add(this.ov.resolve(c.edge.target));
        }
      }
    }
    return (n) => {
      if (options.label && n.label !== options.label) return false;
      if (options.jurisdiction && n.properties.jurisdiction !== options.jurisdiction) return false;
      if (options.documentId && n.id !== options.documentId && n.properties.documentId !== options.documentId && !inDoc?.has(n.id)) return false;
      if (contains && !matchKey(n.name).includes(contains) && !n.aliases.some((a) => matchKey(a).includes(contains))) return false;
      return true;
    };
  }

  // ---- traversals ----------------------------------------------------------------------------

  async neighborhood(ids: string[], options: NeighborhoodOptions = {}): Promise<Subgraph> {
    if (this.ov.empty) return this.inner.neighborhood(ids, options);
    const seeds = [...new Set(ids.map((id) => this.ov.resolve(id)))].sort(cmp);
    const changers = this.ov.walkChangers();
    if (!seeds.some((id) => changers.has(id))) {
      // The inner walk is the walk through the overlay when it met nothing that changes a walk:
      // no hidden node, no side of a merge, no end of an added edge among its nodes, and no hidden
      // edge among its edges (the result holds every edge between its nodes, so an edge it lacks
      // led nowhere) — unless the walk stopped at its limit, which a hidden edge out of one of its
      // nodes may have reached first. What it returns may still read differently (renames,
      // properties).
      const fast = await this.inner.neighborhood(seeds, options);
      const hiddenEnds = this.ov.hiddenEdgeEnds();
      if (
        !fast.nodes.some((n) => changers.has(n.id) || (fast.truncated && hiddenEnds.has(n.id))) &&
        !fast.edges.some((e) => this.ov.hiddenEdges.has(e.id))
      ) {
        return this.readThrough(fast);
      }
    }
    return this.walkNeighborhood(seeds, options);
  }

  /** An inner subgraph's nodes and edges as they read through the overlay (same ids). */
  private async readThrough(sg: Subgraph): Promise<Subgraph> {
    const overlay = this.ov.overlayNodeIds();
    const edited = sg.nodes.filter((n) => overlay.has(n.id)).map((n) => n.id);
    let nodes = sg.nodes;
    if (edited.length > 0) {
      const got = await this.getNodes(edited);
      const byId = new Map(got.filter((n): n is GraphNode => n !== null).map((n) => [n.id, n]));
      nodes = sg.nodes.map((n) => byId.get(n.id) ?? n);
    }
    const edges = sg.edges.some((e) => this.ov.edgeProps.has(e.id)) ? this.transform(sg.edges, []).sort((a, b) => cmp(a.id, b.id)) : sg.edges;
    return { nodes, edges, truncated: sg.truncated };
  }

  /** The adapters' breadth-first walk (seeds sorted, frontier in discovery order, incident edges by id), over the overlay. */
  private async walkNeighborhood(seeds: string[], options: NeighborhoodOptions): Promise<Subgraph> {
    const depth = clampInt(options.depth ?? 1, 0, 6);
    const limit = clampInt(options.limit ?? 200, 1, 100_000);
    const types = options.types && options.types.length > 0 ? options.types : undefined;
    const labels = options.labels && options.labels.length > 0 ? new Set<Label>(options.labels) : null;
    const live = await this.getNodes(seeds);
    const seen = new Set<string>();
    let truncated = false;
    let frontier: string[] = [];
    seeds.forEach((id, i) => {
      if (truncated || !live[i] || live[i]!.id !== id) return;
      if (seen.size >= limit) {
        truncated = true;
        return;
      }
      seen.add(id);
      frontier.push(id);
    });
    for (let d = 0; d < depth && frontier.length > 0 && !truncated; d++) {
      const es = (await this.edgesOfUnsorted({ ids: frontier, ...(types ? { types } : {}) })).sort((a, b) => cmp(a.id, b.id));
      const inFrontier = new Set(frontier);
      const incident = new Map<string, GraphEdge[]>();
      for (const e of es) {
        for (const end of new Set([e.source, e.target])) {
          if (!inFrontier.has(end)) continue;
          const l = incident.get(end) ?? [];
          l.push(e);
          incident.set(end, l);
        }
      }
      let labelOf: Map<string, Label> | null = null;
      if (labels) {
        const others = [...new Set(es.flatMap((e) => [e.source, e.target]).filter((x) => !seen.has(x)))];
        const got = await this.getNodes(others);
        labelOf = new Map();
        got.forEach((n, i) => n && labelOf!.set(others[i]!, n.label));
      }
      const next: string[] = [];
      for (const id of frontier) {
        for (const e of incident.get(id) ?? []) {
          const other = e.source === id ? e.target : e.source;
          if (seen.has(other)) continue;
          if (labels && !labels.has(labelOf!.get(other)!)) continue;
          if (seen.size >= limit) {
            truncated = true;
            break;
          }
          seen.add(other);
          next.push(other);
        }
        if (truncated) break;
      }
      frontier = next;
    }
    const ordered = [...seen].sort(cmp);
    const nodes = (await this.getNodes(ordered)).filter((n): n is GraphNode => n !== null);
    // Edges among the nodes reached: the inner store's own (a depth-0 neighbourhood of every inner
    // id behind them), read through the overlay, plus the curated ones.
    let edges: GraphEdge[] = [];
    if (ordered.length > 0) {
      const innerIds = [...new Set(ordered.flatMap((id) => this.ov.innerIds(id)))];
      const among = await this.inner.neighborhood(innerIds, { depth: 0, limit: innerIds.length, ...(types ? { types } : {}) });
      const typeSet = types ? new Set<string>(types) : null;
      edges = this.transform(among.edges, this.curatedTouching(seen, typeSet))
        .filter((e) => seen.has(e.source) && seen.has(e.target) && (!typeSet || typeSet.has(e.type)))
        .sort((a, b) => cmp(a.id, b.id));
    }
    return { nodes, edges, truncated };
  }

  async shortestPaths(from: string, to: string, options: { maxLength?: number; first?: number } = {}): Promise<Path[]> {
    if (this.ov.empty) return this.inner.shortestPaths(from, to, options);
    const f = this.ov.resolve(from);
    const t = this.ov.resolve(to);
    const touched = this.ov.touchedResolved();
    if (!this.ov.addsConnectivity && !touched.has(f) && !touched.has(t)) {
      // The overlay only removes here: inner shortest paths avoiding it are still the shortest.
      const fast = await this.inner.shortestPaths(f, t, options);
      if (fast.every((p) => !p.nodes.some((n) => touched.has(n.id)))) return fast;
    }
    return this.walkPaths(f, t, options);
  }

  /**
   * All shortest paths by a bidirectional, level-synchronous BFS over the overlay (the smaller
   * frontier grows first, so hubs cost two balls of half the radius), then the nodes on shortest
   * paths, then the adapters' enumeration: backwards from `to`, predecessors in id order, per hop
   * the edge with the smallest id.
   */
  private async walkPaths(from: string, to: string, options: { maxLength?: number; first?: number }): Promise<Path[]> {
    const maxLength = clampInt(options.maxLength ?? 6, 1, 12);
    const first = clampInt(options.first ?? 5, 1, 100);
    const [a, b] = await this.getNodes([from, to]);
    if (!a || !b || a.id !== from || b.id !== to) return [];
    if (from === to) return [{ nodes: [a], edges: [] }];
    const distF = new Map<string, number>([[from, 0]]);
    const distB = new Map<string, number>([[to, 0]]);
    const adj = new Map<string, Set<string>>();
    const hop = new Map<string, GraphEdge>();
    const hopKey = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
    const link = (x: string, y: string) => (adj.get(x) ?? adj.set(x, new Set()).get(x)!).add(y);
    let frontF = [from];
    let frontB = [to];
    let kF = 0;
    let kB = 0;
    let met = false;
    while (!met && kF + kB < maxLength && frontF.length > 0 && frontB.length > 0) {
      const forward = frontF.length <= frontB.length;
      const front = forward ? frontF : frontB;
      const dist = forward ? distF : distB;
      const other = forward ? distB : distF;
      const level = (forward ? kF : kB) + 1;
      for (const e of await this.edgesOfUnsorted({ ids: front })) {
        if (e.source === e.target) continue;
        link(e.source, e.target);
        link(e.target, e.source);
        const k = hopKey(e.source, e.target);
        const h = hop.get(k);
        if (!h || e.id < h.id) hop.set(k, e);
      }
      const next: string[] = [];
      for (const x of front) {
        for (const y of adj.get(x) ?? []) {
          if (dist.has(y)) continue;
          dist.set(y, level);
          next.push(y);
          if (other.has(y)) met = true;
        }
      }
      if (forward) [frontF, kF] = [next, level];
      else [frontB, kB] = [next, level];
    }
    if (!met) return [];
    // The first meeting is at distance D = kF + kB; every shortest path crosses position kF at a
    // node both balls labelled. From there, walk each ball back to its root keeping only nodes
    // one step closer: exactly the nodes on shortest paths, with their positions.
    const D = kF + kB;
    const pos = new Map<string, number>();
    let layer: string[] = [];
    for (const [v, d] of distF) if (d === kF && distB.get(v) === kB) (pos.set(v, kF), layer.push(v));
    const middle = layer;
    for (let i = kF - 1; i >= 0; i--) {
      const down: string[] = [];
      for (const z of layer) for (const y of adj.get(z) ?? []) if (distF.get(y) === i && !pos.has(y)) (pos.set(y, i), down.push(y));
      layer = down;
    }
    layer = middle;
    for (let j = kB - 1; j >= 0; j--) {
      const up: string[] = [];
      for (const z of layer) for (const y of adj.get(z) ?? []) if (distB.get(y) === j && !pos.has(y)) (pos.set(y, D - j), up.push(y));
      layer = up;
    }
    const sequences: string[][] = [];
    const walk = (id: string, suffix: string[]): void => {
      if (sequences.length >= first) return;
      if (id === from) {
        sequences.push([from, ...suffix]);
        return;
      }
      const p = pos.get(id)!;
      const preds = [...(adj.get(id) ?? [])].filter((y) => pos.get(y) === p - 1).sort(cmp);
      for (const y of preds) walk(y, [id, ...suffix]);
    };
    walk(to, []);
    const ids = [...new Set(sequences.flat())];
    const got = await this.getNodes(ids);
    const byId = new Map(ids.map((id, i) => [id, got[i]!]));
    return sequences.map((seq) => ({
      nodes: seq.map((id) => byId.get(id)!),
      edges: seq.slice(1).map((id, i) => hop.get(hopKey(seq[i]!, id))!),
    }));
  }

  // ---- whole graph ---------------------------------------------------------------------------

  async stats(): Promise<Stats> {
    const base = await this.inner.stats();
    if (this.ov.empty) return base;
    const byLabel = { ...base.byLabel };
    const byType = { ...base.byType };
    let nodes = base.nodes;
    let edges = base.edges;
    const bump = (r: Record<string, number>, k: string, by: number) => {
      r[k] = (r[k] ?? 0) + by;
      if (r[k] === 0) delete r[k];
    };
    // Nodes: the inner nodes the overlay replaces out, their effective forms in.
    const replaced = [...this.replacedIds()];
    for (const n of await this.inner.getNodes(replaced)) {
      if (!n) continue;
      nodes--;
      bump(byLabel, n.label, -1);
    }
    for (const n of await this.overlayNodes()) {
      nodes++;
      bump(byLabel, n.label, 1);
    }
    // Edges: every edge the overlay can change has an end among the touched nodes.
    const touched = [...this.ov.touchedResolved()];
    const affected = touched.length > 0 ? await this.inner.edgesOf({ ids: touched }) : [];
    for (const e of affected) {
      edges--;
      bump(byType, e.type, -1);
    }
    for (const e of this.transform(affected, [...this.ov.curatedEdges.values()])) {
      edges++;
      bump(byType, e.type, 1);
    }
    return { ...base, nodes, edges, byLabel, byType };
  }

  async exportGraph(): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
    const g = await this.inner.exportGraph();
    if (this.ov.empty) return g;
    const replaced = this.replacedIds();
    const overlay = await this.overlayNodes();
    const nodes = [...g.nodes.filter((n) => !replaced.has(n.id)), ...overlay].sort((a, b) => cmp(a.id, b.id));
    const edges = this.transform(g.edges, [...this.ov.curatedEdges.values()]).sort((a, b) => cmp(a.id, b.id));
    return { nodes, edges };
  }
}

/** Edges meeting under one id through a merge follow the merge rule: the smallest documentId first. */
function partOrder(a: GraphEdge, b: GraphEdge): number {
  return cmp(firstDoc(a), firstDoc(b)) || cmp(a.id, b.id);
}
function firstDoc(e: GraphEdge): string {
  let m = '\uffff';
  for (const ev of e.evidence) if (ev.documentId < m) m = ev.documentId;
  return m;
}
function byDocument(e: GraphEdge): GraphEdge {
  return { ...e, evidence: [...e.evidence].sort((a, b) => cmp(a.documentId, b.documentId)) };
}

function setProps(target: Record<string, Json>, patch: Record<string, Json>): void {
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete target[k];
    else target[k] = v;
  }
}

function withEvidence(base: GraphEdge, more: GraphEdge[]): GraphEdge {
  const seen = new Set(base.evidence.map((ev) => `${ev.documentId}\u0000${ev.start}\u0000${ev.end}`));
  const evidence = [...base.evidence];
  for (const m of more)
    for (const ev of m.evidence) {
      const k = `${ev.documentId}\u0000${ev.start}\u0000${ev.end}`;
      if (!seen.has(k)) {
        seen.add(k);
        evidence.push(ev);
      }
    }
  return { ...base, evidence };
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function clampInt(n: number, lo: number, hi: number): number {
  if (!Number.isFinite(n)) return lo;
  return Math.max(lo, Math.min(hi, Math.trunc(n)));
}
