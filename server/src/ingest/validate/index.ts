// Stage 7, validate: checks a document's batch against the data model before it is stored, and lists
// what breaks it. A placeholder for the truth work (issue 12), which extends it (acyclic PART_OF, no
// top-level industry under another, segments with several parents) and drops what it lists.
//   takes: the batch and the document text its evidence quotes
//   gives: violations (empty for a sound batch); the pipeline reports them with the batch
import type { GraphBatch, Label, RelType } from '../../model.ts';

export interface Violation {
  /** What rule is broken. */
  rule: 'endpoint' | 'evidence' | 'labels';
  /** The edge (or node) it is about. */
  id: string;
  message: string;
}

/** Labels each relation type allows, source → target (docs/ARCHITECTURE data model). */
const RELATION_LABELS: Readonly<Record<RelType, readonly (readonly [Label, Label])[]>> = {
  CONTAINS: [['Document', 'Measure']],
  RESPONSIBLE_FOR: [['Department', 'Measure']],
  SUPPORTS: [['Measure', 'Industry']],
  MENTIONS: [
    ['Measure', 'Enterprise'],
    ['Measure', 'Lab'],
    ['Measure', 'Park'],
  ],
  HOSTS: [['Park', 'Industry']],
  INNOVATES_FOR: [
    ['Lab', 'Industry'],
    ['Enterprise', 'Industry'],
  ],
  IN_INDUSTRY: [['Enterprise', 'Industry']],
  LOCATED_IN: [
    ['Enterprise', 'Park'],
    ['Lab', 'Park'],
    ['Park', 'Park'],
  ],
  PART_OF: [
    ['Industry', 'Industry'],
    ['Park', 'Park'],
  ],
  UPSTREAM_OF: [['Industry', 'Industry']],
  LEADS: [['Enterprise', 'Lab']],
};

/**
 * Every edge's ends are nodes of the batch, with labels its type allows; every edge carries evidence
 * that quotes this document's text exactly.
 */
export function validateBatch(batch: GraphBatch, text: string): Violation[] {
  const out: Violation[] = [];
  const labelOf = new Map(batch.nodes.map((n) => [n.id, n.label]));
  for (const e of batch.edges) {
    const from = labelOf.get(e.source);
    const to = labelOf.get(e.target);
    if (!from || !to) {
      const missing = [!from ? e.source : undefined, !to ? e.target : undefined].filter(Boolean).join(', ');
      out.push({ rule: 'endpoint', id: e.id, message: `关系端点不在本文件的节点中 / edge endpoint is no node of the document: ${missing}` });
    } else if (!RELATION_LABELS[e.type].some(([a, b]) => a === from && b === to)) {
      out.push({ rule: 'labels', id: e.id, message: `${e.type} 不连接 ${from} → ${to} / ${e.type} does not go from ${from} to ${to}` });
    }
    if (!e.evidence.length) out.push({ rule: 'evidence', id: e.id, message: '关系没有原文依据 / edge without evidence' });
    for (const ev of e.evidence) {
      if (ev.documentId !== batch.documentId || ev.text !== text.slice(ev.start, ev.end)) {
        out.push({ rule: 'evidence', id: e.id, message: `依据与原文不符 / evidence does not quote the document at ${ev.start}–${ev.end}` });
        break;
      }
    }
  }
  return out;
}
