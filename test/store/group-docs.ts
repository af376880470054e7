// Small documents for the embedded store's group-commit tests: each has its Document node, a hub
// industry shared by all of them, and a few firms of its own with an edge to the hub.
import { edgeId, type GraphBatch } from '../../server/src/model.ts';

/** Document d at version v; `prefix` keeps ids of different test files apart (doc:g1, doc:p1). */
export function groupDoc(prefix: string, d: number, v = 1): GraphBatch {
  const documentId = `doc:${prefix}${d}`;
  const nodes: GraphBatch['nodes'] = [
    { id: documentId, label: 'Document', name: `文件${d}`, aliases: [], properties: { version: v } },
    { id: 'industry:hub', label: 'Industry', name: '集成电路', aliases: [], properties: {} },
  ];
  const edges: GraphBatch['edges'] = [];
  for (let k = 0; k < 3; k++) {
    const id = `enterprise:${prefix}${d}-${k}`;
    nodes.push({ id, label: 'Enterprise', name: `企业${d}-${k}`, aliases: [], properties: { version: v } });
    const text = `文件${d}第${v}版：企业${d}-${k}属于集成电路产业。`;
    edges.push({ id: edgeId('IN_INDUSTRY', id, 'industry:hub'), type: 'IN_INDUSTRY', source: id, target: 'industry:hub', properties: { version: v }, evidence: [{ documentId, text, start: 0, end: text.length }] });
  }
  return { documentId, sourceHash: `${prefix}${d}v${v}`, nodes, edges };
}
