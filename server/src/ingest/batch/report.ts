// What `kg ingest --report` says of one document: counts per label and relation type, measures with
// departments, and what to check by hand (structure warnings, missing title or jurisdiction,
// names typed by their neighbours only, validation violations).
import type { GraphBatch } from '../../model.ts';
import type { LowConfidenceItem } from '../entities/index.ts';
import type { StructuredDoc } from '../types.ts';
import type { Violation } from '../validate/index.ts';

export type { LowConfidenceItem } from '../entities/index.ts';

export interface IngestReport {
  file: string;
  documentId: string;
  title: string;
  /** Node counts per label. */
  nodesByLabel: Record<string, number>;
  /** Edge counts per relationship type. */
  edgesByType: Record<string, number>;
  measures: number;
  measuresWithDepartments: number;
  /** Items to check by hand (violations are listed here too, so that --report prints them). */
  lowConfidence: LowConfidenceItem[];
  /** What the validate stage found wrong with the batch. */
  violations: Violation[];
}

export function makeReport(doc: StructuredDoc, batch: GraphBatch, extracted: LowConfidenceItem[], violations: Violation[]): IngestReport {
  const nodes: Record<string, number> = {};
  const edges: Record<string, number> = {};
  for (const n of batch.nodes) nodes[n.label] = (nodes[n.label] ?? 0) + 1;
  for (const e of batch.edges) edges[e.type] = (edges[e.type] ?? 0) + 1;
  const lowConfidence: LowConfidenceItem[] = [];
  for (const w of doc.warnings ?? []) {
    const m = w.measureIndex !== undefined ? doc.measures[w.measureIndex] : undefined;
    lowConfidence.push({ label: 'Measure', name: m ? m.number : doc.source.file, reason: w.message });
  }
  if (!doc.meta.title) lowConfidence.push({ label: 'Document', name: doc.source.file, reason: '未能识别标题 / no title found' });
  if (!doc.meta.jurisdiction) lowConfidence.push({ label: 'Document', name: doc.source.file, reason: '未能识别所属区域，部门无法准确归属 / no jurisdiction found' });
  lowConfidence.push(...extracted);
  for (const v of violations) lowConfidence.push({ label: '校验 / validation', name: v.id, reason: v.message });
  return {
    file: doc.source.file,
    documentId: batch.documentId,
    title: doc.meta.title,
    nodesByLabel: nodes,
    edgesByType: edges,
    measures: doc.measures.length,
    measuresWithDepartments: doc.measures.filter((m) => m.responsibilities.some((r) => r.role !== 'city')).length,
    lowConfidence,
    violations,
  };
}
