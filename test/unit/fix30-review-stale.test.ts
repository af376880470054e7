// fix30: the review queue after a write. The queue of a graph version is rebuilt (paced) after any
// write; at 10⁵ nodes that takes 18–35 s under load, and the queue answered TIMEOUT meanwhile: a
// curator who confirmed one fact and reloaded the queue waited half a minute for an error. Now the
// request answers from the last built queue, flagged `stale`, each fact read back as it is now
// (decided facts leave the default queue, vanished ones are dropped), while the rebuild runs.
//
// The rebuild is held (the store's listNodes, which every build starts with, waits on a gate we
// open), so the old code must answer TIMEOUT at the request's deadline whatever the machine's load,
// and the new code answers from the kept queue. Through GraphQL execution as the server runs it.
import { beforeAll, describe, expect, it } from 'vitest';
import { ExecutionGuard } from '../../server/src/graphql/guard.ts';
import { createGraphQLHandler } from '../../server/src/graphql/handler.ts';
import { CuratedStore } from '../../server/src/store/curated/index.ts';
import { EDITOR, graphqlHarness } from '../fixtures/graphql-exec.ts';

const { run, generated } = graphqlHarness({ user: EDITOR, prefix: 'kg-fix30-' });

/** Holds every listNodes call of `store` (a queue build's first step) until `open()`; counts them. */
function gateBuilds(store: CuratedStore): { open: () => void; held: () => number } {
  const orig = store.listNodes.bind(store);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let held = 0;
  store.listNodes = async (...args: Parameters<CuratedStore['listNodes']>) => {
    held++;
    await gate;
    return orig(...args);
  };
  return {
    open: () => {
      store.listNodes = orig;
      release();
    },
    held: () => held,
  };
}

const QUEUE = `query($includeCurated: Boolean, $first: Int, $after: String) {
  reviewQueue(includeCurated: $includeCurated, first: $first, after: $after) {
    totalCount stale asOf pageInfo { hasNextPage endCursor } items { edge { id } priority basis confidence dependents } } }`;
type Queue = {
  totalCount: number;
  stale: boolean;
  asOf: string | null;
  pageInfo: { hasNextPage: boolean; endCursor: string };
  items: { edge: { id: string }; priority: number; basis: string; confidence: number; dependents: number }[];
};
const ids = (q: Queue) => q.items.map((i) => i.edge.id);

describe('fix30: after a write the review queue answers from the last queue while it is rebuilt', () => {
  let store: CuratedStore;
  beforeAll(async () => {
    store = await generated(1500);
  }, 300_000);

  it('answers (stale) instead of TIMEOUT while the rebuild is held; exact again once it is done', async () => {
    // The queue of the graph as it is: fresh.
    const before = (await run(store, QUEUE, { first: 40 })).data!.reviewQueue as Queue;
    expect(before.stale).toBe(false);
    expect(before.items).toHaveLength(40);
    const beforeWith = (await run(store, QUEUE, { first: 41, includeCurated: true })).data!.reviewQueue as Queue;
    // Same graph, asked again: the same answer, fresh.
    expect((await run(store, QUEUE, { first: 40 })).data!.reviewQueue).toEqual(before);

    // A curator accepts the first fact and rejects the third.
    const [a, , c] = ids(before);
    expect((await run(store, `mutation { acceptEdge(id: "${a}") { change { id } } }`)).errors).toBeUndefined();
    expect((await run(store, `mutation { rejectEdge(id: "${c}") { change { id } } }`)).errors).toBeUndefined();

    // The rebuild cannot finish (held): the old code waited for it until the deadline (TIMEOUT).
    const gate = gateBuilds(store);
    const reload = await run(store, QUEUE, { first: 20 }, { guard: new ExecutionGuard(8000, 1 << 22) });
    expect(reload.errors).toBeUndefined();
    const stale = reload.data!.reviewQueue as Queue;
    expect(gate.held()).toBeGreaterThan(0); // a rebuild was started, and is held
    expect(stale.stale).toBe(true);
    expect(stale.asOf).toBe(before.asOf);
    // The previous order without the decided facts, filled up to the page size.
    expect(ids(stale)).toEqual(ids(before).filter((id) => id !== a && id !== c).slice(0, 20));
    expect(stale.totalCount).toBe(before.totalCount - 2);
    expect(stale.pageInfo.hasNextPage).toBe(true);
    // The next page through the cursor goes on in that order.
    const next = (await run(store, QUEUE, { first: 10, after: stale.pageInfo.endCursor })).data!.reviewQueue as Queue;
    expect(next.stale).toBe(true);
    expect(ids(next)).toEqual(ids(before).filter((id) => id !== a && id !== c).slice(20, 30));
    // With the decided facts: the accepted one as it reads now (curated, confidence 1), the rejected one gone.
    const withDecided = (await run(store, QUEUE, { first: 40, includeCurated: true })).data!.reviewQueue as Queue;
    expect(withDecided.stale).toBe(true);
    expect(ids(withDecided)).toEqual(ids(beforeWith).filter((id) => id !== c).slice(0, 40));
    const accepted = withDecided.items.find((i) => i.edge.id === a)!;
    expect(accepted.basis).toBe('curated');
    expect(accepted.confidence).toBe(1);
    expect(accepted.priority).toBe(beforeWith.items.find((i) => i.edge.id === a)!.priority); // ranked as computed then

    // The rebuild goes on: once it is done the answer is fresh and exact.
    gate.open();
    let fresh: Queue;
    for (;;) {
      fresh = (await run(store, QUEUE, { first: 20 })).data!.reviewQueue as Queue;
      if (!fresh.stale) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(fresh.totalCount).toBe(before.totalCount - 2);
    expect(ids(fresh)).not.toContain(a);
    expect(ids(fresh)).not.toContain(c);
    const freshAll = (await run(store, QUEUE, { first: 500, includeCurated: true })).data!.reviewQueue as Queue;
    expect(freshAll.stale).toBe(false);
    expect(ids(freshAll)).not.toContain(c);
    // Re-ranked by the rebuild as a decided fact (wherever it now ranks).
    const acceptedNow = freshAll.items.find((i) => i.edge.id === a);
    if (acceptedNow) expect(acceptedNow.basis).toBe('curated');
  }, 300_000);

  it('the first queue of a store (nothing kept) is still waited for until the deadline: TIMEOUT while held', async () => {
    const other = await generated(200);
    const gate = gateBuilds(other);
    const r = await run(other, '{ reviewQueue { totalCount stale } }', {}, { guard: new ExecutionGuard(300, 1 << 20) });
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['TIMEOUT']);
    gate.open();
    const ok = await run(other, '{ reviewQueue { totalCount stale } }');
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.reviewQueue.stale).toBe(false);
  }, 300_000);
  it('through the HTTP handler with its response cache: a stale answer is not kept, the same question is answered fresh after the rebuild', async () => {
    const other = await generated(300);
    const handler = await createGraphQLHandler({ store: other, log: () => undefined });
    const ask = async (first: number) => {
      const r = await handler.execute({ method: 'POST', headers: { 'content-type': 'application/json' }, search: '', body: { query: `{ reviewQueue(first: ${first}) { totalCount stale items { edge { id } } } }` } }, null);
      return { cache: r.cache, q: JSON.parse(r.body).data.reviewQueue as { totalCount: number; stale: boolean; items: { edge: { id: string } }[] } };
    };
    const before = await ask(5);
    expect(before.q.stale).toBe(false);
    expect((await ask(5)).cache).toBe('hit'); // the cache is on
    await other.curate({ op: 'reject', kind: 'edge', id: before.q.items[0]!.edge.id, note: '' }, { name: '审核员' });
    const gate = gateBuilds(other);
    const stale = await ask(5);
    expect(stale.q.stale).toBe(true);
    expect(stale.q.items.map((i) => i.edge.id)).not.toContain(before.q.items[0]!.edge.id);
    gate.open();
    // Another question (not cached) until the rebuild is done; then the first question again.
    while ((await ask(6)).q.stale) await new Promise((r) => setTimeout(r, 100));
    const again = await ask(5);
    expect(again.cache).not.toBe('hit');
    expect(again.q.stale).toBe(false);
    expect(again.q.totalCount).toBe(before.q.totalCount - 1);
    await handler.stop();
  }, 300_000);
});
