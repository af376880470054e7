// review18 H3: `{ documents(first: 4999) { id measures(first: 30) { id } } }` (55 bytes, cost 150,000: under the admission
// threshold) read every document's measures in one batch: 150,000 edges and nodes between two turns of the event loop
// (/healthz 2.6 s for one, 40 s for ten; no TIMEOUT). Document.measures is paced (guard.pace): through HTTP, the most
// edges the store hands out between two turns is counted (work, not time), and a request past its deadline stops.
import { describe, expect, it } from 'vitest';
import { PACE_UNITS } from '../../server/src/graphql/guard.ts';
import type { GraphEdge, GraphNode } from '../../server/src/model.ts';
import type { GraphStore } from '../../server/src/store/port.ts';
import { edgesBetweenTurns } from '../fixtures/event-loop-turns.ts';
import { fakeStore } from '../fixtures/store-doubles.ts';
import { appPerTest } from '../fixtures/served-app.ts';

const DOCS = 5000;
const PER_DOC = 30;

function documentsStore(): GraphStore {
  const doc = (i: number): GraphNode => ({ id: `d${i}`, label: 'Document', name: `d${i}`, aliases: [], properties: { date: '2024-01-01' } }) as GraphNode;
  const measure = (id: string): GraphNode => ({ id, label: 'Measure', name: id, aliases: [], properties: {} }) as GraphNode;
  const overrides: Partial<GraphStore> = {
    ping: async () => undefined,
    listNodes: async () => ({ nodes: Array.from({ length: DOCS }, (_, i) => doc(i)), total: DOCS }) as never,
    edgesOf: async (q: { ids: string[] }) =>
      q.ids.flatMap((id) =>
        Array.from({ length: PER_DOC }, (_, k): GraphEdge => ({ id: `${id}>${k}`, type: 'CONTAINS', source: id, target: `m${id}_${k}`, properties: {}, evidence: [{ start: k } as never] })),
      ),
    // the request's edge loader counts a batch's edges before it reads them (fix33)
    countEdges: async (q: { ids: string[] }) => q.ids.map(() => PER_DOC),
    getNodes: async (ids: string[]) => ids.map((id) => (id.startsWith('m') ? measure(id) : null)) as never,
  };
  return fakeStore(overrides);
}

const served = appPerTest(['KG_QUERY_TIMEOUT_MS']);

const QUERY = `{ documents(first: ${DOCS - 1}) { id measures(first: ${PER_DOC}) { id } } }`;

async function ask(store: GraphStore): Promise<{ status: number; body: { data?: { documents: { measures: unknown[] }[] } | null; errors?: { extensions: { code: string } }[] } }> {
  const { port } = await served.serve({ store, log: () => undefined, responseCache: null });
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
  return { status: res.status, body: (await res.json()) as never };
}

describe('nested lists are paced (HTTP)', () => {
  it('documents × measures: the whole answer, at most PACE_UNITS (1,024) edges read between two turns of the event loop', async () => {
    const { value, most, turns } = await edgesBetweenTurns(documentsStore(), (s) => ask(s));
    expect(value.status).toBe(200);
    expect(value.body.errors, JSON.stringify(value.body.errors)).toBeUndefined();
    expect(value.body.data!.documents).toHaveLength(DOCS - 1);
    expect(value.body.data!.documents.every((d) => d.measures.length === PER_DOC)).toBe(true);
    // before: all 149,970 edges in one batch between two turns
    expect(PACE_UNITS).toBe(1024);
    expect(most).toBeLessThanOrEqual(PACE_UNITS);
    expect(turns).toBeGreaterThanOrEqual(Math.floor(((DOCS - 1) * (PER_DOC + 1)) / PACE_UNITS));
  });

  // (held before the fix too, by the field guard's clock check; kept so that the paced path keeps it)
  it('stops at the deadline: TIMEOUT, not a complete answer', async () => {
    process.env.KG_QUERY_TIMEOUT_MS = '1';
    const r = await ask(documentsStore());
    expect(r.body.errors?.map((e) => e.extensions.code)).toEqual(['TIMEOUT']);
  });
});
