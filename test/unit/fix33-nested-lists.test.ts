// fix33: the nested lists of a list of nodes — Node.edges and the neighbour lists (Industry.enterprises,
// Park.enterprises, … through resolvers.ts `related`) — read every edge and every end of every node of
// the list in one store call each: `{ nodes(label: Industry, first: 200) { nodes { edges(first: 1000) { id }
// ... on Industry { enterprises(first: 1000) { id } } } } }` (under 200 bytes) read tens of thousands of
// edges and nodes between two turns of the event loop at 10⁵ nodes. Now they are paced like the root
// fields: the request's edge loader counts a batch's edges first and reads them in calls of about 2,000
// (one node's edges in one call), nodes 2,000 a call, with turns between and the deadline checked (TIMEOUT,
// a GraphQL error with its code; the next request is answered). Over HTTP, counted, not timed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/generate-graph.ts';
import { EDGES_PER_READ } from '../../server/src/graphql/context.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import type { GraphStore } from '../../server/src/store/port.ts';
import { edgesBetweenTurns } from '../fixtures/event-loop-turns.ts';
import { tempDir } from '../integration/helpers.ts';
import { appPerTest } from '../fixtures/served-app.ts';

let data: { dir: string; cleanup: () => Promise<void> };
let store: EmbeddedStore;
/** The most edges one industry has (one node's edges are one call). */
let maxDegree = 0;
let total = 0;

beforeAll(async () => {
  data = await tempDir('kg-fix33-nested-');
  const syn = syntheticGraph(10_000, 3, 20);
  store = await EmbeddedStore.open({ dir: data.dir });
  for (let d = 0; d < syn.documents; d++) await store.replaceDocument(syn.batch(d));
  const ids = (await store.listNodes({ label: 'Industry', first: 200 })).nodes.map((n) => n.id);
  const counts = await store.countEdges({ ids, direction: 'both' });
  maxDegree = Math.max(...counts);
  total = counts.reduce((a, b) => a + b, 0);
}, 300_000);

afterAll(async () => {
  await store?.close();
  await data?.cleanup();
});

const served = appPerTest(['KG_QUERY_TIMEOUT_MS']);

const QUERY = '{ nodes(label: Industry, first: 200) { nodes { id edges(first: 1000) { id } ... on Industry { enterprises(first: 1000) { id } } } } }';

async function serve(s: GraphStore) {
  const { port } = await served.serve({ store: s, log: () => undefined, responseCache: null });
  return async (query: string) => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
  };
}

describe('nested lists of a list of 200 nodes are paced (HTTP)', () => {
  it('Node.edges and Industry.enterprises: the whole answer, at most ~2,000 edges (or one node’s) read between two turns', async () => {
    expect(total).toBeGreaterThan(4 * EDGES_PER_READ);
    const { value, most, turns } = await edgesBetweenTurns(store, async (s) => (await serve(s))(QUERY));
    expect(value.errors, JSON.stringify(value.errors)).toBeUndefined();
    const nodes = value.data.nodes.nodes as { edges: unknown[]; enterprises: { id: string }[] }[];
    expect(nodes).toHaveLength(200);
    // the lists as the store has them: every edge of a node up to 1,000, the enterprises sorted by name
    expect(nodes.reduce((n, x) => n + x.edges.length, 0)).toBeGreaterThan(4 * EDGES_PER_READ);
    expect(nodes.some((x) => x.enterprises.length > 50)).toBe(true);
    // before: every node's edges in one call (most ≈ all the edges of the 200 industries)
    expect(most).toBeLessThanOrEqual(Math.max(EDGES_PER_READ, maxDegree));
    expect(turns).toBeGreaterThan(4);
  }, 300_000);

  it('past its deadline the query ends with TIMEOUT and the next request is answered', async () => {
    process.env.KG_QUERY_TIMEOUT_MS = '30';
    const ask = await serve(store);
    const r = await ask(QUERY);
    expect(r.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
    // (no unhandled rejection: the items completed before the deadline leave none behind, guard.ts)
    delete process.env.KG_QUERY_TIMEOUT_MS;
    const next = await ask('{ nodes(label: Park, first: 1) { nodes { id } } }');
    expect(next.errors).toBeUndefined();
    expect(next.data.nodes.nodes).toHaveLength(1);
  }, 300_000);
});
