// The edges one document states: one per (type, source, target), its evidence accumulated in the
// order the sentences give it. Each sentence carries its own judgment of the relation — its basis
// (stated, planned, encouraged, listed, lexicon) and confidence (server/src/basis.ts) — and a
// sentence counts once per edge (two rules reading one sentence keep the surer judgment). The edge's
// basis and confidence are the combination of its sentences'.
import { combineBasis, type Judged } from '../../basis.ts';
import { edgeId, type Evidence, type GraphEdge, type Json, type RelType } from '../../model.ts';

const span = (ev: Evidence) => `${ev.documentId}\u0000${ev.start}\u0000${ev.end}`;

export class EdgeSet {
  private readonly edges = new Map<string, GraphEdge>();
  /** Per edge id, the index in its evidence of each sentence span: a sentence is found in constant time, not by a scan
   * of every sentence the edge already has (an edge stated by k sentences cost O(k²) adds). */
  private readonly spans = new Map<string, Map<string, number>>();

  /** Adds (or strengthens) one edge from one sentence. `judged` defaults to the evidence's own judgment. */
  add(type: RelType, source: string, target: string, ev: Evidence, judged?: Judged, properties: Record<string, Json> = {}): void {
    if (source === target) return;
    const j = judged ?? (ev.basis && typeof ev.confidence === 'number' ? { basis: ev.basis, confidence: ev.confidence } : undefined);
    if (!j) throw new Error(`edge without a judgment: ${type} ${source} → ${target}`);
    const id = edgeId(type, source, target);
    let e = this.edges.get(id);
    if (!e) {
      e = { id, type, source, target, properties: { ...properties }, evidence: [] };
      this.edges.set(id, e);
    }
    let at = this.spans.get(id);
    if (!at) this.spans.set(id, (at = new Map()));
    const k = span(ev);
    const i = at.get(k) ?? -1;
    // (the judged copy of the evidence is made only when it is kept)
    if (i < 0) {
      at.set(k, e.evidence.length);
      e.evidence.push({ ...ev, basis: j.basis, confidence: j.confidence });
    } else if ((e.evidence[i]!.confidence ?? 0) < j.confidence) e.evidence[i] = { ...ev, basis: j.basis, confidence: j.confidence };
  }

  /**
   * Moves an edge to another target with its evidence (a sentence already on the new edge keeps the surer judgment).
   * Whether an edge was moved.
   */
  retarget(type: RelType, source: string, from: string, to: string): boolean {
    const id = edgeId(type, source, from);
    const e = this.edges.get(id);
    if (!e || source === to || from === to) return false;
    this.edges.delete(id);
    this.spans.delete(id);
    for (const ev of e.evidence) this.add(type, source, to, ev, undefined, e.properties);
    return true;
  }

  has(type: RelType, source: string, target: string): boolean {
    return this.edges.has(edgeId(type, source, target));
  }

  /** The targets of the edges of a type from one source, so far. */
  targets(type: RelType, source: string): string[] {
    const out: string[] = [];
    for (const e of this.edges.values()) if (e.type === type && e.source === source) out.push(e.target);
    return out;
  }

  get(type: RelType, source: string, target: string): GraphEdge | undefined {
    return this.edges.get(edgeId(type, source, target));
  }

  /** Every edge with its combined basis and confidence. */
  all(): GraphEdge[] {
    return [...this.edges.values()].map((e) => {
      const c = combineBasis(e.evidence.map((x) => ({ basis: x.basis!, confidence: x.confidence! })));
      return c ? { ...e, properties: { ...e.properties, basis: c.basis, confidence: c.confidence } } : e;
    });
  }
}
