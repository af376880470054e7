// Snapshot format compatibility: a data directory whose snapshot an older version wrote (format 5,
// multi-source edges stored as evidence rows) loads from that snapshot and answers exactly like a
// replay of the same batch files.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/store-v5');

describe('embedded store: older snapshot formats', () => {
  it('loads a version-5 snapshot (multi-source edges as rows) and answers like a replay of the batches', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'kg-snap-v5-'));
    const fromSnap = path.join(root, 'snap');
    const replay = path.join(root, 'replay');
    try {
      await cp(FIXTURE, fromSnap, { recursive: true });
      await cp(FIXTURE, replay, { recursive: true });
      // The replay copy: the same manifest without its snapshot.
      const m = JSON.parse(await readFile(path.join(replay, 'manifest.json'), 'utf8')) as { snapshot?: unknown };
      delete m.snapshot;
      await writeFile(path.join(replay, 'manifest.json'), JSON.stringify(m));
      const a = await EmbeddedStore.open({ dir: fromSnap });
      const b = await EmbeddedStore.open({ dir: replay });
      try {
        expect(a.loadInfo.fromSnapshot).toBe(true);
        expect(a.loadInfo.replayed).toBe(0);
        expect(b.loadInfo.fromSnapshot).toBe(false);
        const ga = await a.exportGraph();
        expect(ga).toEqual(await b.exportGraph());
        const hosts = ga.edges.find((e) => e.id === 'HOSTS:park:p->industry:xc')!;
        expect(hosts.evidence.map((e) => e.documentId)).toEqual([0, 1, 2, 3, 4, 5].map((d) => `doc:v5-${d}`));
        expect(hosts.properties.basis).toBe('stated');
        expect(await a.neighborhood(['industry:xc'], { depth: 1 })).toEqual(await b.neighborhood(['industry:xc'], { depth: 1 }));
        // Every source's contribution (nodes stated alike by several documents are kept as a run of
        // sources since this snapshot was written: loaded into that form, they must say the same).
        const stated = (s: EmbeddedStore) => [...s.sourceBatches()].map((x) => ({ doc: x.documentId, nodes: x.nodes.map((n) => n.id).sort() }));
        expect(stated(a)).toEqual(stated(b));
        expect(stated(a).filter((x) => x.nodes.includes('industry:xc')).length).toBeGreaterThan(1);
        // A later write on top of the old snapshot keeps the edge's other contributions.
        await a.removeDocument('doc:v5-0');
        await b.removeDocument('doc:v5-0');
        expect(await a.exportGraph()).toEqual(await b.exportGraph());
        expect(stated(a)).toEqual(stated(b));
      } finally {
        await a.close();
        await b.close();
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
