import type { GraphBatch, GraphEdge, GraphNode } from '../../server/src/model.ts';
import { edgeId } from '../../server/src/model.ts';

const DOCS = 11;
/** The most operations the writer hands over at once. */
export const MAX_WINDOW = 12;

/** How many operations the writer hands over at once from operation i (1…MAX_WINDOW). */
export function windowAt(i: number): number {
  return 1 + ((i * 7919 + 13) % MAX_WINDOW);
}

/** Operation i: remove doc:g(i mod 11) when i mod 13 = 12, otherwise write batch i of that document. */
export function groupOp(i: number): { remove?: string; batch?: GraphBatch } {
  const doc = `doc:g${i % DOCS}`;
  if (i % 13 === 12) return { remove: doc };
  const nodes: GraphNode[] = [{ id: doc, label: 'Document', name: `文件${i % DOCS}`, aliases: [], properties: { version: i } }];
  const edges: GraphEdge[] = [];
  for (let k = 0; k < 300; k++) {
    const id = `enterprise:e${(k * 7 + i) % 900}`;
    nodes.push({ id, label: 'Enterprise', name: `企业${(k * 7 + i) % 900}`, aliases: [], properties: { version: i } });
    const text = `第${i}版：企业${(k * 7 + i) % 900}的句子。`.repeat(3);
    edges.push({ id: edgeId('MENTIONS', doc, id), type: 'MENTIONS', source: doc, target: id, properties: { version: i }, evidence: [{ documentId: doc, text, start: 0, end: text.length }] });
  }
  return { batch: { documentId: doc, sourceHash: `v${i}`, nodes, edges } };
}

/** The stored state after operations 0..last, as { documentId → sourceHash }. */
export function stateAfter(last: number): Record<string, string> {
  const state: Record<string, string> = {};
  for (let i = 0; i <= last; i++) {
    const op = groupOp(i);
    if (op.remove) delete state[op.remove];
    else state[op.batch!.documentId] = op.batch!.sourceHash;
  }
  return state;
}
