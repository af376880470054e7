// The edges one document states: one per (type, source, target), its evidence accumulated in the
// order the sentences give it.
import { edgeId, type Evidence, type GraphEdge, type Json, type RelType } from '../../model.ts';

export class EdgeSet {
  private readonly edges = new Map<string, GraphEdge>();

  add(type: RelType, source: string, target: string, ev: Evidence, properties: Record<string, Json> = {}): void {
    if (source === target) return;
    const id = edgeId(type, source, target);
    let e = this.edges.get(id);
    if (!e) {
      e = { id, type, source, target, properties: { ...properties }, evidence: [] };
      this.edges.set(id, e);
    }
    if (!e.evidence.some((x) => x.start === ev.start && x.end === ev.end && x.documentId === ev.documentId)) e.evidence.push(ev);
  }

  has(type: RelType, source: string, target: string): boolean {
    return this.edges.has(edgeId(type, source, target));
  }

  all(): GraphEdge[] {
    return [...this.edges.values()];
  }
}
