// GraphQL for curation: the mutations (editor or admin only), the audit trail, the review queue.
// Resolvers check the role, validate the arguments' shapes, and call the store's curation
// service; the service validates against the graph and answers NOT_FOUND / BAD_USER_INPUT as
// KgErrors, which formatError turns into the same codes.
import { GraphQLError } from 'graphql';
import { Pace } from '../analysis/park-world.ts';
import { buildReviewQueue, type ReviewFilter, type ReviewItem, type ReviewQueueIndex } from '../analysis/review.ts';
import { summarizeChange } from '../curation-io.ts';
import type { GraphEdge, Json, Label, RelType } from '../model.ts';
import type { CurationActor, CurationInput, CurationRecord, CurationResult, CurationService, SourceInput } from '../store/curation.ts';
import type { Context } from './context.ts';
import type { GraphStore } from '../store/port.ts';
import { requireRole } from '../auth/roles.ts';
import { badInput, ErrorCode } from './errors.ts';
import type { ExecutionGuard } from './guard.ts';

export interface ReviewQueueParent {
  totalCount: number;
  items: ReviewItem[];
  hasNextPage: boolean;
  /** Answered from the queue of an older graph version while the current one is built. */
  stale?: boolean;
  /** When the queue answered from was computed (ISO). */
  asOf?: string | null;
}

export interface ChangeConnectionParent {
  totalCount: number;
  records: CurationRecord[];
  hasNextPage: boolean;
}

/**
 * The queue of a graph version, compact (ReviewQueueIndex: ≈40 bytes a fact plus its id, ≈40 MB at
 * 10⁵ nodes and 4·10⁵ facts). One queue is kept (the last built, for one store), and at most one
 * build runs. The build is paced (the event loop answers /healthz and other requests meanwhile)
 * and runs for the graph, not for one request.
 *
 * After a write the kept queue is of an older version. Rebuilding takes 18–35 s at 10⁵ nodes
 * under load, so the queue is not made to wait for it (stale while revalidate): the request
 * waits for the rebuild at most KG_REVIEW_STALE_AFTER_MS (default 2 s; at most a quarter of its time),
 * then answers from the kept queue, flagged `stale`: in the order and with the priorities
 * computed then, each fact read back from the store as it is now, and dropped when its edge
 * vanished or no longer fits the filter (a fact just accepted leaves the default queue, a rejected
 * one is gone). Facts new since then appear when the rebuild is done. Not an incremental update:
 * one write can move the priority of many facts (a new fact under a segment raises every
 * PART_OF above it, a merge moves whole subtrees), so only a rebuild is exact.
 *
 * Only the first queue of a store (nothing kept) is waited for until the request's deadline
 * (TIMEOUT); the build goes on for the next request. A build still running for an older version
 * of the same store is not stopped by a write: it finishes, is kept (a fresher stale queue) and
 * the next request starts the build of the version then current. A build for another store is
 * stopped (it would answer nobody).
 */
class Superseded extends Error {}
interface BuiltQueue {
  source: GraphStore;
  version: string;
  queue: ReviewQueueIndex;
  /** When the build began (ISO): the queue reflects the graph as read from then on. */
  asOf: string;
}
interface QueueBuild {
  source: GraphStore;
  version: string;
  stopped: boolean;
  promise: Promise<BuiltQueue>;
}
let queueBuild: QueueBuild | null = null;
let lastBuilt: BuiltQueue | null = null;

/** The queue a request answers from: `stale` when built for an older graph version. */
export interface QueueView {
  queue: ReviewQueueIndex;
  stale: boolean;
  asOf: string | null;
}

function isGraphStore(x: unknown): x is GraphStore {
  return typeof x === 'object' && x !== null && typeof (x as GraphStore).listNodes === 'function' && typeof (x as GraphStore).edgesOf === 'function';
}

/** How long a request waits for a rebuild before it answers from the kept queue (ms). */
function staleAfterMs(): number {
  const v = Number(process.env.KG_REVIEW_STALE_AFTER_MS ?? 2000);
  return Number.isFinite(v) && v >= 0 ? v : 2000;
}

function startBuild(version: string, source: GraphStore): QueueBuild {
  if (queueBuild && queueBuild.source !== source) queueBuild.stopped = true;
  const b: QueueBuild = { source, version, stopped: false, promise: Promise.resolve(null as never) };
  const asOf = new Date().toISOString();
  b.promise = buildReviewQueue(source, () => {
    if (b.stopped) throw new Superseded('another store asked for its queue');
  }).then((queue) => {
    const built: BuiltQueue = { source, version, queue, asOf };
    if (!b.stopped) lastBuilt = built;
    if (queueBuild === b) queueBuild = null;
    return built;
  });
  b.promise.catch(() => {
    if (queueBuild === b) queueBuild = null;
  });
  queueBuild = b;
  return b;
}

/**
 * Builds the queue of the graph as it reads now, unless it is kept or being built (the server's
 * warm-up, graphql/warm.ts): resolves when the queue of that version is kept. A build already
 * running (maybe of an older version) is awaited first, then the current version is asked again.
 */
export async function warmReviewQueue(source: GraphStore & CurationService, stopped: () => boolean = () => false): Promise<void> {
  for (let round = 0; round < 3 && !stopped(); round++) {
    const version = await source.graphVersion();
    if (lastBuilt?.source === source && lastBuilt.version === version) return;
    const b = queueBuild?.source === source && !queueBuild.stopped ? queueBuild : startBuild(version, source);
    await b.promise;
  }
}

/** Stops a build of `source` and forgets its queue (its server is closing). */
export function stopReviewQueue(source: GraphStore): void {
  if (queueBuild?.source === source) queueBuild.stopped = true;
  if (lastBuilt?.source === source) lastBuilt = null;
}

/** For /healthz: the version of the queue kept for `source` and whether a build runs. */
export function reviewQueueStats(source: unknown): { version: string | null; building: boolean } {
  const kept = lastBuilt;
  const running = queueBuild;
  return { version: kept && kept.source === source ? kept.version : null, building: !!running && running.source === source && !running.stopped };
}

/** `p`, or the request's stop reason (TIMEOUT at its deadline) if that comes first. */
function untilStopped<T>(p: Promise<T>, guard: ExecutionGuard): Promise<T> {
  guard.check();
  return new Promise<T>((resolve, reject) => {
    const off = guard.onStop(reject);
    p.then(resolve, reject).finally(off);
  });
}

/** `p` if it settles within `ms` (and before the request stops), else null. */
function within<T>(p: Promise<T>, ms: number, guard: ExecutionGuard): Promise<T | null> {
  if (ms <= 0) return Promise.resolve(null);
  return new Promise<T | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    const off = guard.onStop(() => resolve(null));
    p.then(resolve, () => resolve(null)).finally(() => (clearTimeout(timer), off()));
  });
}

/** The queue of the graph as it reads now, or the last one built while a rebuild runs (`stale`). */
async function currentQueue(ctx: Context): Promise<QueueView> {
  const source = isGraphStore(ctx.curation) ? ctx.curation : ctx.store;
  if (!ctx.curation) return { queue: await buildReviewQueue(source, () => ctx.guard.check()), stale: false, asOf: null };
  for (;;) {
    const version = await ctx.curation.graphVersion();
    const kept = lastBuilt?.source === source ? lastBuilt : null;
    if (kept?.version === version) return { queue: kept.queue, stale: false, asOf: kept.asOf };
    const b = queueBuild?.source === source && !queueBuild.stopped ? queueBuild : startBuild(version, source);
    if (kept) {
      // Wait at most a quarter of the request's time: the rest is for reading the answer.
      const built = await within(b.promise, Math.min(staleAfterMs(), ctx.guard.deadlineMs / 4), ctx.guard);
      ctx.guard.check();
      const q = built ?? kept;
      return { queue: q.queue, stale: q.version !== version, asOf: q.asOf };
    }
    try {
      const built = await untilStopped(b.promise, ctx.guard);
      return { queue: built.queue, stale: built.version !== version, asOf: built.asOf };
    } catch (e) {
      // Another store asked for its queue meanwhile: ask again.
      if (!(e instanceof Superseded)) throw e;
    }
  }
}

export const CURATION_LIMITS = { changesFirst: 500, queueFirst: 500, edgeChanges: 100, idLength: 1000 } as const;

/** The signed-in editor or admin making a change; UNAUTHENTICATED or FORBIDDEN otherwise. */
export function requireEditor(ctx: Context): CurationActor {
  const p = requireRole(ctx.user, 'editor', ['修改图谱', 'changing the graph']);
  return { name: p.name };
}

function service(ctx: Context): CurationService {
  if (!ctx.curation) throw new GraphQLError('此存储未启用审核 / this store has no curation layer', { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
  return ctx.curation;
}

function checkId(id: string, field: string): string {
  if (!id || id.length > CURATION_LIMITS.idLength) throw badInput(`${field} 无效 / ${field} must be 1..${CURATION_LIMITS.idLength} characters`, field);
  return id;
}

function jsonObject(v: Json | null | undefined, field: string): Record<string, Json> | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) throw badInput(`${field} 必须是 JSON 对象 / ${field} must be a JSON object`, field);
  return v;
}

function firstArg(name: string, v: number | null | undefined, fallback: number, max: number): number {
  const n = v ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > max) throw badInput(`参数 ${name} 必须是 0 到 ${max} 之间的整数 / ${name} must be an integer in [0, ${max}]`, name);
  return n;
}

async function curate(ctx: Context, input: CurationInput): Promise<CurationResult> {
  const actor = requireEditor(ctx);
  const result = await service(ctx).curate(input, actor);
  // The change altered the graph: later fields of this request must not read cached nodes.
  ctx.forget();
  if (result.node) ctx.prime([result.node]);
  return result;
}

function source(s: { documentId: string; text: string } | null | undefined): SourceInput | undefined {
  return s ? { documentId: checkId(s.documentId, 'source.documentId'), text: s.text } : undefined;
}

const OP = { accept: 'ACCEPT', reject: 'REJECT', edit: 'EDIT', add: 'ADD', merge: 'MERGE', split: 'SPLIT', undo: 'UNDO' } as const;
const encodeCursor = (id: string) => Buffer.from(`chg:${id}`, 'utf8').toString('base64url');
function decodeCursor(c: string, prefix: string): string {
  const s = Buffer.from(c, 'base64url').toString('utf8');
  if (!s.startsWith(prefix)) throw badInput('游标无效 / invalid cursor', 'after');
  return s.slice(prefix.length);
}

export const curationResolvers = {
  Change: {
    op: (r: CurationRecord) => OP[r.op],
    kind: (r: CurationRecord) => (r.kind === 'node' ? 'NODE' : 'EDGE'),
    before: (r: CurationRecord) => (r.before as Json | null) ?? null,
    after: (r: CurationRecord) => (r.after as Json | null) ?? null,
    summary: async (r: CurationRecord, _a: unknown, ctx: Context) => {
      const undone = r.op === 'undo' || r.op === 'split' ? ((await service(ctx).changesById([r.target]))[0] ?? null) : null;
      return summarizeChange(r, undone);
    },
    undoes: async (r: CurationRecord, _a: unknown, ctx: Context) =>
      r.op === 'undo' || r.op === 'split' ? ((await service(ctx).changesById([r.target]))[0] ?? null) : null,
    undoneBy: (r: CurationRecord, _a: unknown, ctx: Context) => service(ctx).undoneBy(r.id),
    active: async (r: CurationRecord, _a: unknown, ctx: Context) => (await service(ctx).undoneBy(r.id)) === null,
  },
  ChangeConnection: {
    pageInfo: (c: ChangeConnectionParent) => {
      const last = c.records[c.records.length - 1];
      return { hasNextPage: c.hasNextPage, endCursor: last ? encodeCursor(last.id) : null };
    },
    nodes: (c: ChangeConnectionParent) => c.records,
  },
  CurationResult: {
    change: (r: CurationResult) => r.record,
  },
  ReviewQueue: {
    stale: (q: ReviewQueueParent) => q.stale ?? false,
    asOf: (q: ReviewQueueParent) => q.asOf ?? null,
    pageInfo: (q: ReviewQueueParent) => {
      const last = q.items[q.items.length - 1];
      return { hasNextPage: q.hasNextPage, endCursor: last ? Buffer.from(`rq:${last.priority}|${last.edge.id}`, 'utf8').toString('base64url') : null };
    },
  },
  Edge: {
    changes: async (e: GraphEdge, args: { first?: number | null }, ctx: Context) => {
      if (!ctx.curation) return [];
      const first = firstArg('first', args.first, 20, CURATION_LIMITS.edgeChanges);
      return (await ctx.curation.changes({ factId: e.id, first })).records;
    },
  },
  Query: {
    changes: async (
      _: unknown,
      args: { since?: string | null; author?: string | null; nodeId?: string | null; factId?: string | null; first?: number | null; after?: string | null },
      ctx: Context,
    ): Promise<ChangeConnectionParent> => {
      const first = firstArg('first', args.first, 50, CURATION_LIMITS.changesFirst);
      const page = await service(ctx).changes({
        first,
        ...(args.since ? { since: args.since } : {}),
        ...(args.author ? { author: args.author } : {}),
        ...(args.nodeId ? { nodeId: args.nodeId } : {}),
        ...(args.factId ? { factId: args.factId } : {}),
        ...(args.after ? { after: decodeCursor(args.after, 'chg:') } : {}),
      });
      return page;
    },
    change: async (_: unknown, args: { id: string }, ctx: Context) => {
      const [r] = await service(ctx).changesById([args.id]);
      if (!r) throw new GraphQLError(`未找到更改 / no change with id "${args.id}"`, { extensions: { code: ErrorCode.NOT_FOUND, id: args.id } });
      return r;
    },
    reviewQueue: async (
      _: unknown,
      args: { document?: string | null; types?: RelType[] | null; basis?: string[] | null; nameContains?: string | null; includeCurated?: boolean | null; first?: number | null; after?: string | null },
      ctx: Context,
    ): Promise<ReviewQueueParent> => {
      const first = firstArg('first', args.first, 50, CURATION_LIMITS.queueFirst);
      if ((args.basis?.length ?? 0) > 10) throw badInput('basis 最多 10 个 / at most 10 bases', 'basis');
      if ((args.nameContains?.length ?? 0) > 200) throw badInput('nameContains 过长 / nameContains too long', 'nameContains');
      const { queue, stale, asOf } = await currentQueue(ctx);
      const pace = new Pace(() => ctx.guard.check());
      const store = isGraphStore(ctx.curation) ? ctx.curation : ctx.store;
      const filter: ReviewFilter = {
        ...(args.document ? { documentId: args.document } : {}),
        ...(args.types?.length ? { types: args.types } : {}),
        ...(args.basis?.length ? { basis: args.basis } : {}),
        ...(args.nameContains ? { nameContains: args.nameContains } : {}),
        includeCurated: args.includeCurated ?? false,
      };
      const hits = await queue.select(store, filter, pace);
      let start = 0;
      if (args.after) {
        // Keyset on (priority, id): stable while facts ahead of the cursor are decided and leave.
        const key = decodeCursor(args.after, 'rq:');
        const bar = key.indexOf('|');
        const priority = Number(key.slice(0, bar));
        if (bar < 0 || !Number.isFinite(priority)) throw badInput('游标无效 / invalid cursor', 'after');
        start = queue.after(hits, { priority, edge: { id: key.slice(bar + 1) } });
      }
      if (stale) {
        // Not an answer for the response cache to keep: the same question at this graph version is
        // answered fresh once the rebuild is done (handler.ts `noStore`).
        const box = (ctx as { box?: { noStore?: boolean } }).box;
        if (box) box.noStore = true;
        const { items, next, dropped } = await queue.pageNow(store, hits, start, first, filter, pace);
        return { totalCount: hits.length - dropped, items, hasNextPage: next < hits.length, stale, asOf };
      }
      const items = await queue.page(store, hits, start, first, pace);
      return { totalCount: hits.length, items, hasNextPage: start + first < hits.length, stale, asOf };
    },
  },
  Mutation: {
    acceptEdge: (_: unknown, a: { id: string; note?: string | null }, ctx: Context) => curate(ctx, { op: 'accept', kind: 'edge', id: checkId(a.id, 'id'), note: a.note ?? '' }),
    rejectEdge: (_: unknown, a: { id: string; note?: string | null }, ctx: Context) => curate(ctx, { op: 'reject', kind: 'edge', id: checkId(a.id, 'id'), note: a.note ?? '' }),
    acceptNode: (_: unknown, a: { id: string; note?: string | null }, ctx: Context) => curate(ctx, { op: 'accept', kind: 'node', id: checkId(a.id, 'id'), note: a.note ?? '' }),
    rejectNode: (_: unknown, a: { id: string; note?: string | null }, ctx: Context) => curate(ctx, { op: 'reject', kind: 'node', id: checkId(a.id, 'id'), note: a.note ?? '' }),
    editEdge: (
      _: unknown,
      a: { id: string; set: { type?: RelType | null; source?: string | null; target?: string | null; properties?: Json | null }; note?: string | null },
      ctx: Context,
    ) => {
      const properties = jsonObject(a.set.properties, 'set.properties');
      return curate(ctx, {
        op: 'edit',
        kind: 'edge',
        id: checkId(a.id, 'id'),
        set: {
          ...(a.set.type ? { type: a.set.type } : {}),
          ...(a.set.source ? { source: checkId(a.set.source, 'set.source') } : {}),
          ...(a.set.target ? { target: checkId(a.set.target, 'set.target') } : {}),
          ...(properties ? { properties } : {}),
        },
        note: a.note ?? '',
      });
    },
    editNode: (
      _: unknown,
      a: { id: string; set: { name?: string | null; addAliases?: string[] | null; removeAliases?: string[] | null; properties?: Json | null }; note?: string | null },
      ctx: Context,
    ) => {
      const properties = jsonObject(a.set.properties, 'set.properties');
      return curate(ctx, {
        op: 'edit',
        kind: 'node',
        id: checkId(a.id, 'id'),
        set: {
          ...(a.set.name != null ? { name: a.set.name } : {}),
          ...(a.set.addAliases ? { addAliases: a.set.addAliases } : {}),
          ...(a.set.removeAliases ? { removeAliases: a.set.removeAliases } : {}),
          ...(properties ? { properties } : {}),
        },
        note: a.note ?? '',
      });
    },
    addNode: (
      _: unknown,
      a: { node: { label: Label; name: string; aliases?: string[] | null; properties?: Json | null }; note: string; source?: { documentId: string; text: string } | null },
      ctx: Context,
    ) => {
      const properties = jsonObject(a.node.properties, 'node.properties');
      const src = source(a.source);
      return curate(ctx, {
        op: 'add',
        kind: 'node',
        node: { label: a.node.label, name: a.node.name, ...(a.node.aliases ? { aliases: a.node.aliases } : {}), ...(properties ? { properties } : {}) },
        note: a.note,
        ...(src ? { source: src } : {}),
      });
    },
    addEdge: (
      _: unknown,
      a: { edge: { type: RelType; source: string; target: string; properties?: Json | null }; note: string; source?: { documentId: string; text: string } | null },
      ctx: Context,
    ) => {
      const properties = jsonObject(a.edge.properties, 'edge.properties');
      const src = source(a.source);
      return curate(ctx, {
        op: 'add',
        kind: 'edge',
        edge: { type: a.edge.type, source: checkId(a.edge.source, 'edge.source'), target: checkId(a.edge.target, 'edge.target'), ...(properties ? { properties } : {}) },
        note: a.note,
        ...(src ? { source: src } : {}),
      });
    },
    mergeNodes: (_: unknown, a: { from: string; into: string; note?: string | null }, ctx: Context) =>
      curate(ctx, { op: 'merge', from: checkId(a.from, 'from'), into: checkId(a.into, 'into'), note: a.note ?? '' }),
    splitNode: (_: unknown, a: { id: string; note?: string | null }, ctx: Context) => curate(ctx, { op: 'split', id: checkId(a.id, 'id'), note: a.note ?? '' }),
    undoChange: (_: unknown, a: { id: string; note?: string | null }, ctx: Context) => curate(ctx, { op: 'undo', change: checkId(a.id, 'id'), note: a.note ?? '' }),
  },
};
