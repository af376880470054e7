// How a batch's edge endpoints resolve to node slots (core.ts apply/lookupEdge): the graph must be
// the one the reference implementation builds whether an endpoint is stated in the same batch,
// stated twice, stated only by another document, stated by nobody (a hidden node), dropped by a
// replacement that keeps the edge, or arrives as a fresh copy of the string (a structured clone, as
// from an ingest worker); and a restart (snapshot, or the batches replayed) reads the same graph.
// Written by scale29 for endpoints taken from the batch's own node slots (bench/PROFILE.md: measured
// slower in place, not kept); it fails when an endpoint gets another id's slot.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { edgeId, type GraphBatch, type GraphEdge, type GraphNode, type Label, type RelType } from '../../server/src/model.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { ReferenceStore } from './reference-store.ts';

const node = (id: string, label: Label, name: string): GraphNode => ({ id, label, name, aliases: [], properties: {} });
const edge = (doc: string, type: RelType, source: string, target: string, id = edgeId(type, source, target)): GraphEdge => ({
  id,
  type,
  source,
  target,
  properties: {},
  evidence: [{ documentId: doc, text: `${source}与${target}的句子。`, start: 0, end: 4 }],
});
/** Fresh copies of every string (a structured clone does not keep string identity across fields). */
const fresh = (b: GraphBatch): GraphBatch => JSON.parse(JSON.stringify(b)) as GraphBatch;

describe('edge endpoints resolved against the batch\'s node statements (scale29)', () => {
  it('builds the reference graph and reads it back after a restart', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-scale29-'));
    // A snapshot whatever the log's size: the restart below loads one.
    let store = await EmbeddedStore.open({ dir, snapshot: { minLogBytes: 0, idleMs: 0 } });
    const ref = new ReferenceStore();
    const steps: (GraphBatch | string)[] = [
      {
        documentId: 'doc:a',
        sourceHash: 'a1',
        nodes: [node('enterprise:甲', 'Enterprise', '甲公司'), node('industry:芯片', 'Industry', '芯片'), node('enterprise:甲', 'Enterprise', '甲科技公司')],
        edges: [
          edge('doc:a', 'IN_INDUSTRY', 'enterprise:甲', 'industry:芯片'),
          // an endpoint nobody states: a hidden node, shown once a document states it
          edge('doc:a', 'LOCATED_IN', 'enterprise:甲', 'park:乙园'),
          // a non-derived id
          edge('doc:a', 'SUPPORTS', 'industry:芯片', 'industry:芯片', 'custom:self'),
        ],
      },
      fresh({
        documentId: 'doc:b',
        sourceHash: 'b1',
        nodes: [node('park:乙园', 'Park', '乙园'), node('industry:芯片', 'Industry', '芯片产业')],
        edges: [
          edge('doc:b', 'HOSTS', 'park:乙园', 'industry:芯片'),
          // stated by doc:a only, not by this batch
          edge('doc:b', 'LOCATED_IN', 'enterprise:甲', 'park:乙园'),
        ],
      }),
      // doc:a again: no longer states 芯片, keeps its edge to it; a new node stated after its edge
      fresh({
        documentId: 'doc:a',
        sourceHash: 'a2',
        nodes: [node('enterprise:甲', 'Enterprise', '甲公司'), node('lab:丙', 'Lab', '丙实验室')],
        edges: [edge('doc:a', 'IN_INDUSTRY', 'enterprise:甲', 'industry:芯片'), edge('doc:a', 'LEADS', 'enterprise:甲', 'lab:丙')],
      }),
      'doc:b',
      {
        documentId: 'doc:c',
        sourceHash: 'c1',
        nodes: [node('industry:芯片', 'Industry', '芯片'), node('park:乙园', 'Park', '乙园')],
        edges: [edge('doc:c', 'HOSTS', 'park:乙园', 'industry:芯片'), edge('doc:c', 'INNOVATES_FOR', 'lab:丙', 'industry:芯片')],
      },
    ];
    try {
      for (const [k, step] of steps.entries()) {
        if (typeof step === 'string') expect(await store.removeDocument(step)).toBe(ref.removeDocument(step));
        else {
          await store.replaceDocument(step);
          ref.replaceDocument(step);
        }
        expect(await store.exportGraph(), `step ${k}`).toEqual(await ref.exportGraph());
        expect(await store.stats(), `step ${k}`).toEqual(await ref.stats());
      }
      const want = await ref.exportGraph();
      await store.close();
      store = await EmbeddedStore.open({ dir });
      expect(store.loadInfo.fromSnapshot).toBe(true);
      expect(await store.exportGraph()).toEqual(want);
      await store.close();
      await rm(path.join(dir, 'snapshots'), { recursive: true, force: true });
      store = await EmbeddedStore.open({ dir });
      expect(store.loadInfo.fromSnapshot).toBe(false);
      expect(await store.exportGraph()).toEqual(want);
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
