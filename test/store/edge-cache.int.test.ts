// The embedded store's read-side edge cache (materialised edges kept per data generation): every
// read after a change answers the changed edge, never a remembered one — after a re-ingest that
// changes an edge's evidence and confidence, a removal, a slot reused by another edge,
// and a reopen after another store object wrote the directory.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../server/src/store/port.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { batch, edge, ev, node } from './contract.ts';

const D = 'doc:cache';
const firm = (n: number) => node(`enterprise:e${n}`, 'Enterprise', `企业${n}`);
const hub = node('industry:芯片', 'Industry', '芯片');

/** One document: firms 0..n-1 in 芯片, each edge with its own sentence and the given confidence. */
function doc(n: number, text: string, confidence: number, id = D) {
  return batch(
    id,
    [hub, ...Array.from({ length: n }, (_, i) => firm(i))],
    Array.from({ length: n }, (_, i) => edge('IN_INDUSTRY', `enterprise:e${i}`, 'industry:芯片', [ev(id, `${text}${i}。`, 10 * i)], { basis: 'stated', confidence })),
  );
}

/** Every read that returns edges, for the hub's member edge of firm 0. */
async function reads(store: GraphStore) {
  const id = 'IN_INDUSTRY:enterprise:e0->industry:芯片';
  const [byId] = await store.getEdges([id]);
  const of = (await store.edgesOf({ ids: ['industry:芯片'], direction: 'in' })).find((e) => e.id === id) ?? null;
  const nb = (await store.neighborhood(['enterprise:e0'], { depth: 1 })).edges.find((e) => e.id === id) ?? null;
  const path1 = (await store.shortestPaths('enterprise:e0', 'industry:芯片'))[0]?.edges[0] ?? null;
  return [byId ?? null, of, nb, path1];
}

describe('embedded store: edge cache', () => {
  let dir: string;
  let store: EmbeddedStore;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kg-edge-cache-'));
    store = await EmbeddedStore.open({ dir });
  });
  afterEach(async () => {
    await store.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('answers the changed edge after a re-ingest, nothing after a removal, and the new edge in a reused slot', async () => {
    // 60 members: the hub is over the typed-incidence threshold, so the hub's typed reads are exercised too
    await store.replaceDocument(doc(60, '甲句', 0.9));
    for (const e of await reads(store)) {
      expect(e?.evidence.map((x) => x.text)).toEqual(['甲句0。']);
      expect(e?.properties.confidence).toBe(0.9);
    }
    const before = await reads(store);
    // the same reads again, with nothing changed, answer equal edges
    expect(await reads(store)).toEqual(before);

    await store.replaceDocument(doc(60, '乙句', 0.6));
    for (const e of await reads(store)) {
      expect(e?.evidence.map((x) => x.text)).toEqual(['乙句0。']);
      expect(e?.properties.confidence).toBe(0.6);
    }

    expect(await store.removeDocument(D)).toBe(true);
    expect(await store.getEdges(['IN_INDUSTRY:enterprise:e0->industry:芯片'])).toEqual([null]);
    expect(await store.edgesOf({ ids: ['industry:芯片'] })).toEqual([]);

    // freed slots are reused by other edges: a remembered edge of an old slot must not come back
    await store.replaceDocument(
      batch('doc:other', [hub, firm(7), node('park:园', 'Park', '园')], [edge('LOCATED_IN', 'enterprise:e7', 'park:园', [ev('doc:other', '丙句。')]), edge('IN_INDUSTRY', 'enterprise:e7', 'industry:芯片', [ev('doc:other', '丁句。', 5)])]),
    );
    const got = await store.edgesOf({ ids: ['enterprise:e7'] });
    expect(got.map((e) => [e.id, e.evidence[0]!.text])).toEqual([
      ['IN_INDUSTRY:enterprise:e7->industry:芯片', '丁句。'],
      ['LOCATED_IN:enterprise:e7->park:园', '丙句。'],
    ]);
    expect((await store.neighborhood(['industry:芯片'], { depth: 1 })).edges.map((e) => e.id)).toEqual(['IN_INDUSTRY:enterprise:e7->industry:芯片']);
  });

  it('a second document stating the same edge shows in the next read (merged evidence)', async () => {
    await store.replaceDocument(doc(3, '甲句', 0.9));
    expect((await reads(store))[0]?.evidence.map((x) => x.text)).toEqual(['甲句0。']);
    await store.replaceDocument(doc(1, '戊句', 0.9, 'doc:second'));
    for (const e of await reads(store)) expect(e?.evidence.map((x) => x.documentId).sort()).toEqual([D, 'doc:second']);
    await store.removeDocument('doc:second');
    for (const e of await reads(store)) expect(e?.evidence.map((x) => x.text)).toEqual(['甲句0。']);
  });

  it('after a reopen of a directory another store object wrote since, reads answer the new data', async () => {
    await store.replaceDocument(doc(3, '甲句', 0.9));
    await reads(store);
    await store.close();
    const writer = await EmbeddedStore.open({ dir });
    await writer.replaceDocument(doc(3, '乙句', 0.7));
    await writer.close();
    store = await EmbeddedStore.open({ dir });
    for (const e of await reads(store)) expect(e?.evidence.map((x) => x.text)).toEqual(['乙句0。']);
  });
});
