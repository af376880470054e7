import type { GraphBatch, GraphEdge, GraphNode } from '../../server/src/model.ts';
import { edgeId } from '../../server/src/model.ts';

/** Batch number i: document doc:w(i mod 3), content varying with i, large enough to take a while to write. */
export function batchFor(i: number): GraphBatch {
  const doc = `doc:w${i % 3}`;
  const nodes: GraphNode[] = [{ id: doc, label: 'Document', name: `文件${i % 3}`, aliases: [], properties: { version: i } }];
  const edges: GraphEdge[] = [];
  for (let k = 0; k < 400; k++) {
    const id = `enterprise:e${(k + i) % 600}`;
    nodes.push({ id, label: 'Enterprise', name: `企业${(k + i) % 600}`, aliases: [`别名${i}`], properties: { version: i } });
    const text = `第${i}版：企业${(k + i) % 600}的句子。`.repeat(3);
    edges.push({ id: edgeId('MENTIONS', doc, id), type: 'MENTIONS', source: doc, target: id, properties: { version: i }, evidence: [{ documentId: doc, text, start: k * 10, end: k * 10 + text.length }] });
  }
  return { documentId: doc, sourceHash: `v${i}`, nodes, edges };
}

/**
 * The stored state after committing operations 0..last, as { documentId → sourceHash }.
 * Operation i removes doc:w(i mod 3) when i mod 7 = 6, otherwise writes batch i.
 */
export function expectedAfter(last: number): Record<string, string> {
  const state: Record<string, string> = {};
  for (let i = 0; i <= last; i++) {
    const doc = `doc:w${i % 3}`;
    if (i % 7 === 6) delete state[doc];
    else state[doc] = `v${i}`;
  }
  return state;
}
