// The merge rule of the graph: how the contributions of several documents to one node or edge
// become one node or edge. A contract both adapters follow (pinned by the contract suite):
//   - name, label and properties: from the contribution of the smallest documentId;
//     properties missing there are filled from later contributions (in documentId order);
//   - aliases: union of all contributions, sorted;
//   - edge evidence: concatenation in documentId order, duplicates (same doc, start, end) dropped;
//   - an edge's basis and confidence (inferred edges, ARCHITECTURE.md "Confidence and basis"): the
//     combination of every contribution's sentences (server/src/basis.ts combineBasis), so a second
//     document that states a relation makes it surer and one that only lists it does not lift it.
// Callers pass the contributions already sorted by documentId.
import { combineBasis, isBasis, type Judged } from '../basis.ts';
import type { Evidence, GraphEdge, GraphNode, Json } from '../model.ts';

function mergeProps(parts: Record<string, Json>[]): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const p of parts) for (const [k, v] of Object.entries(p)) if (!(k in out)) out[k] = v;
  return out;
}

export function mergeNodes(parts: GraphNode[]): GraphNode {
  const first = parts[0]!;
  if (parts.length === 1) {
    // Reuse the batch's own object when its aliases are already unique and sorted (the common case).
    const a = first.aliases;
    let canonical = true;
    for (let i = 1; i < a.length; i++) if (!(a[i - 1]! < a[i]!)) canonical = false;
    return canonical ? first : { ...first, aliases: [...new Set(a)].sort() };
  }
  const aliases = new Set<string>();
  for (const p of parts) for (const a of p.aliases) aliases.add(a);
  return {
    id: first.id,
    label: first.label,
    name: first.name,
    aliases: [...aliases].sort(),
    properties: mergeProps(parts.map((p) => p.properties)),
  };
}

export function mergeEdges(parts: GraphEdge[]): GraphEdge {
  const first = parts[0]!;
  if (parts.length === 1 && !hasDuplicateEvidence(first.evidence)) return first;
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  for (const p of parts)
    for (const ev of p.evidence) {
      const key = `${ev.documentId}\u0000${ev.start}\u0000${ev.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      evidence.push(ev);
    }
  const properties = parts.length === 1 ? first.properties : mergeProps(parts.map((p) => p.properties));
  if (parts.length > 1) {
    const judged = combineBasis(judgments(parts, evidence));
    if (judged) Object.assign(properties, { basis: judged.basis, confidence: judged.confidence });
  }
  return { id: first.id, type: first.type, source: first.source, target: first.target, properties, evidence };
}

/**
 * The sentence judgments behind merged contributions: each evidence's own basis and confidence
 * when it carries them, otherwise its contribution's (one per sentence).
 */
function judgments(parts: GraphEdge[], evidence: Evidence[]): Judged[] {
  const kept = new Set(evidence.map(spanKey));
  const best = new Map<string, Judged>();
  for (const p of parts) {
    const b = p.properties.basis;
    const c = p.properties.confidence;
    if (!isBasis(b) || typeof c !== 'number') continue;
    for (const ev of p.evidence) {
      const k = spanKey(ev);
      if (!kept.has(k)) continue;
      const j: Judged = isBasis(ev.basis) && typeof ev.confidence === 'number' ? { basis: ev.basis, confidence: ev.confidence } : { basis: b, confidence: c };
      const cur = best.get(k);
      if (!cur || j.confidence > cur.confidence) best.set(k, j);
    }
  }
  return [...best.values()];
}

const spanKey = (ev: Evidence) => `${ev.documentId}\u0000${ev.start}\u0000${ev.end}`;

function hasDuplicateEvidence(evidence: Evidence[]): boolean {
  if (evidence.length < 2) return false;
  const seen = new Set<string>();
  for (const ev of evidence) {
    const key = spanKey(ev);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}
