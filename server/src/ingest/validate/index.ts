// Stage 7, validate: checks a document's batch against the data model before it is stored, drops
// what breaks it and lists every drop:
//   - rules.ts: label pairs, self-loops, dangling ends, evidence present, basis and confidence on
//     inferred edges, an acyclic PART_OF (a cycle loses its weakest edge), no top-level industry under
//     another; segments with several parents reported, kept;
//   - here: every edge's evidence quotes this document's text exactly;
//   - limits.ts: what one document may add (nodes, edges, bare names): over a bound the whole
//     document is refused (IngestError TOO_LARGE), nothing of it stored.
//   takes: the batch and the document text its evidence quotes
//   gives: the batch without what broke a rule, the violations (empty for a sound batch), and the
//          segments with several parents
import { RELATION_ENDS, type GraphBatch } from '../../model.ts';
import { assertWithinDocumentLimits, documentLimits, type DocumentLimits } from './limits.ts';
import { validateBatch as enforceRules, type MultiParent, type ValidateOptions, type ViolationRule } from './rules.ts';

export type { MultiParent } from './rules.ts';

export interface Violation {
  /** What rule is broken. */
  rule: 'endpoint' | 'evidence' | 'labels' | ViolationRule;
  /** The edge (or node) it is about. */
  id: string;
  message: string;
}


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
    } else if (!RELATION_ENDS[e.type].some(([a, b]) => a === from && b === to)) {
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

export interface Validated {
  batch: GraphBatch;
  /** What was dropped and why (rules.ts first, then evidence that does not quote the text). */
  violations: Violation[];
  /** Segments with several PART_OF parents: reported, kept. */
  multiParent: MultiParent[];
}

/** The validate stage: drops what breaks the data model's rules and lists each drop. */
export function validateStage(batch: GraphBatch, text: string, opts: ValidateOptions & { limits?: DocumentLimits } = {}): Validated {
  const r = enforceRules(batch, opts);
  const violations: Violation[] = r.dropped.map((v) => ({ rule: v.rule, id: v.edgeId, message: v.message }));
  const rest = validateBatch(r.batch, text);
  const bad = new Set(rest.map((v) => v.id));
  const out = rest.length ? { ...r.batch, edges: r.batch.edges.filter((e) => !bad.has(e.id)) } : r.batch;
  // what one document may add (limits.ts): over a bound, the whole document is refused
  assertWithinDocumentLimits(out, text, opts.limits ?? documentLimits());
  return { batch: out, violations: rest.length ? [...violations, ...rest] : violations, multiParent: r.multiParent };
}
