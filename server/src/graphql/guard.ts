// Per-request execution guard: a deadline (TIMEOUT) and a response-size budget
// (RESPONSE_TOO_LARGE), both checked while the query executes, so a query the cost model let
// through still cannot run for minutes or build a 100 MB answer.
//
// The deadline reaches every resolver (checked before each field resolves, guardResolvers below)
// and every store call made for the request, analysis included (guardStore below wraps the store
// the resolvers and analysis functions see; a call in flight is rejected the moment the guard
// stops). Checks compare the clock too, so a long run of synchronous work between two awaits
// cannot starve the timer.
import { defaultFieldResolver, getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { KgError } from '../errors.ts';
import type { GraphStore } from '../store/port.ts';

/** Work units (edges and nodes read) one request's nested-list resolvers do between two turns of the event loop (pace). */
export const PACE_UNITS = 1024;

export class ExecutionGuard {
  /** Created when someone asks for `signal` (no AbortController per request otherwise). */
  private controller: AbortController | null = null;
  /** Store calls in flight (race below), rejected when execution stops. */
  private readonly waiting = new Set<(reason: Error) => void>();
  private readonly timer: NodeJS.Timeout;
  private readonly deadline: number;
  private bytes = 0;
  /** Why execution stopped (the first reason wins), or null while it may go on. */
  stopped: KgError | null = null;

  constructor(
    readonly deadlineMs: number,
    readonly maxBytes: number,
  ) {
    this.deadline = performance.now() + deadlineMs;
    this.timer = setTimeout(() => this.stop(this.timeoutError()), deadlineMs);
    this.timer.unref();
  }

  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.stopped) this.controller.abort(this.stopped);
    }
    return this.controller.signal;
  }

  /** Calls `fn` with the reason as soon as execution stops; returns the unsubscription. */
  onStop(fn: (reason: Error) => void): () => void {
    this.waiting.add(fn);
    return () => this.waiting.delete(fn);
  }

  /** Throws the reason execution stopped; stops it first when the deadline has passed. */
  check(): void {
    if (!this.stopped && performance.now() > this.deadline) this.stop(this.timeoutError());
    if (this.stopped) throw this.stopped;
  }

  private fields = 0;

  /**
   * check() for a field about to resolve: the clock is read on every 16th field only (a field is
   * microseconds of work, the deadline seconds), the stop reason on every one.
   */
  checkField(): void {
    if (this.stopped) throw this.stopped;
    if ((++this.fields & 15) === 0) this.check();
  }

  /** Work units (edges and nodes read) handed out in the current group of `pace`, and the turn that group waits for. */
  private paceUsed = 0;
  private paceTurn: Promise<void> = Promise.resolve();

  /**
   * Paces the resolvers of nested lists (review18 H3: `documents(first: 4999) { measures(first: 30) }`, 150,000 edges
   * in one batch, held the event loop seconds and ran past the deadline): each call reserves `units` of work (the
   * edges and nodes it is about to read); calls fill groups of PACE_UNITS, and group g starts g turns of the event
   * loop after the first, so one request reads at most about PACE_UNITS between two turns (DataLoader still
   * batches within a group). Checks the deadline as each group starts.
   */
  pace(units: number): Promise<void> {
    if (this.stopped) return Promise.reject(this.stopped);
    if (this.paceUsed > 0 && this.paceUsed + units > PACE_UNITS) {
      this.paceUsed = 0;
      this.paceTurn = this.paceTurn.then(() => new Promise<void>((r) => setImmediate(r)));
    }
    this.paceUsed += units;
    return this.paceTurn.then(() => this.check());
  }

  /** Counts `bytes` more of the response (see estimateBytes); stops past the cap. */
  add(bytes: number): void {
    if (this.stopped) return;
    this.bytes += bytes;
    if (this.bytes > this.maxBytes) this.stop(responseTooLarge(this.maxBytes));
  }

  get estimatedBytes(): number {
    return this.bytes;
  }

  stop(reason: KgError): void {
    if (this.stopped) return;
    this.stopped = reason;
    clearTimeout(this.timer);
    this.controller?.abort(reason);
    const waiting = [...this.waiting];
    this.waiting.clear();
    for (const fn of waiting) fn(reason);
  }

  /** Frees the timer once the request is answered. */
  dispose(): void {
    clearTimeout(this.timer);
  }

  private timeoutError(): KgError {
    return new KgError('TIMEOUT', `查询超时（超过 ${this.deadlineMs / 1000} 秒），请缩小查询范围 / query exceeded the ${this.deadlineMs / 1000} s execution deadline`, {
      details: { deadlineMs: this.deadlineMs },
    });
  }
}

export function responseTooLarge(maxBytes: number): KgError {
  const size = maxBytes >= 1048576 ? `${Math.round(maxBytes / 1048576)} MB` : `${Math.round(maxBytes / 1024)} KB`;
  return new KgError(
    'RESPONSE_TOO_LARGE',
    `响应过大（超过 ${size}），请缩小查询范围（减小 first、limit 或嵌套层数）/ response too large (over ${size}): ask for less (smaller first/limit, fewer nested lists)`,
    { details: { maxBytes } },
  );
}

/**
 * Bytes a resolved value adds to the JSON response, roughly: strings by their UTF-8 length,
 * JSON objects walked (bounded), objects the resolvers return (nodes, edges) as a small constant,
 * since their fields are counted as they resolve.
 */
export function estimateBytes(v: unknown, depth = 0): number {
  if (v === null || v === undefined) return 4;
  switch (typeof v) {
    case 'string':
      // Chinese is 3 bytes per character in UTF-8; a cheap upper bound without encoding.
      return v.length * 3 + 2;
    case 'number':
    case 'boolean':
      return 8;
    case 'object': {
      if (depth > 0 && depth < 6) {
        let n = 2;
        if (Array.isArray(v)) for (const x of v) n += estimateBytes(x, depth + 1) + 1;
        else for (const [k, x] of Object.entries(v as Record<string, unknown>)) n += k.length + 3 + estimateBytes(x, depth + 1);
        return n;
      }
      return Array.isArray(v) ? 2 + v.length : 16;
    }
    default:
      return 0;
  }
}

/** Walks a JSON value (node or edge properties) in full: used for the JSON scalar. */
export function estimateJsonBytes(v: unknown): number {
  return estimateBytes(v, 1);
}

/** Resolves with `p`, or rejects with the guard's reason as soon as it stops. */
function race<T>(guard: ExecutionGuard, p: Promise<T>): Promise<T> {
  guard.check();
  return new Promise<T>((resolve, reject) => {
    // A plain set of rejecters rather than an AbortSignal listener per call (EventTarget is slow).
    const off = guard.onStop(reject);
    p.then(
      (v) => {
        off();
        if (guard.stopped) reject(guard.stopped);
        else resolve(v);
      },
      (e: unknown) => {
        off();
        reject(e as Error);
      },
    );
  });
}

/**
 * The store as one request sees it: every call checks the guard before it starts and rejects as
 * soon as the guard stops (a slow Neo4j call does not hold the request past its deadline). A proxy,
 * so methods added to the port later are guarded too.
 */
export function guardStore(inner: GraphStore, guard: ExecutionGuard): GraphStore {
  return new Proxy(inner, {
    get(target, key, receiver) {
      const v: unknown = Reflect.get(target, key, receiver);
      if (typeof v !== 'function' || key === 'close') return v;
      return (...args: unknown[]) => {
        guard.check();
        const out: unknown = (v as (...a: unknown[]) => unknown).apply(target, args);
        return out instanceof Promise ? race(guard, out) : out;
      };
    },
  });
}

type ResolverMap = Record<string, Record<string, unknown>>;
type FieldResolver = (parent: unknown, args: unknown, ctx: { guard: ExecutionGuard }, info: unknown) => unknown;

const countRejection = () => undefined;

/**
 * How the guard accounts for a field whose resolver is graphql-js's default (a property read): its
 * key size and estimate. A compiled plan (compiled.ts) reads such a leaf field's property itself and
 * does the same accounting, without a resolve info, an arguments object and two calls per field.
 */
export interface GuardedDefault {
  key: number;
  estimate: (v: unknown) => number;
}
/** Per resolver map guardResolvers returned: its fields (`Type.field`) guarded around the default resolver. */
const guardedDefaults = new WeakMap<ResolverMap, Map<string, GuardedDefault>>();
/**
 * The fields of a resolver map made by guardResolvers whose resolver is the guard around graphql-js's
 * default (`Type.field` → accounting); empty for any other map. (By name: graphql-tools binds each
 * resolver when it builds the schema, so the functions themselves cannot be recognised.)
 */
export const guardedDefaultsOf = (resolvers: ResolverMap): ReadonlyMap<string, GuardedDefault> => guardedDefaults.get(resolvers) ?? new Map();

/**
 * Puts the guard around every field of every object type of `schema` (default resolvers included):
 * before a field resolves the deadline is checked, once its value is there its estimated bytes are
 * added to the budget. The same guarantee as an Apollo `willResolveField` hook, without Apollo's
 * per-field plugin dispatch (profiled at ~8% of a neighbourhood request): what depends on the
 * field (its name, whether it returns JSON) is computed once here instead of on every call.
 */
export function guardResolvers(schema: GraphQLSchema, resolvers: ResolverMap): ResolverMap {
  const out: ResolverMap = { ...resolvers };
  const defaults = new Map<string, GuardedDefault>();
  guardedDefaults.set(out, defaults);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const own = { ...(out[type.name] ?? {}) };
    for (const field of Object.values(type.getFields())) {
      const given = own[field.name];
      // A resolver given as { resolve, … } (graphql-tools form) is wrapped in place.
      const inner = (typeof given === 'function' ? given : typeof given === 'object' && given && typeof (given as { resolve?: unknown }).resolve === 'function' ? (given as { resolve: unknown }).resolve : defaultFieldResolver) as FieldResolver;
      const estimate = getNamedType(field.type).name === 'JSON' ? estimateJsonBytes : estimateBytes;
      const key = field.name.length + 4;
      const guarded: FieldResolver = (parent, args, ctx, info) => {
        const guard = ctx.guard;
        try {
          guard.checkField();
        } catch (e) {
          // A rejection, not a throw (fix33): graphql-js completes a list's items in one synchronous
          // pass, and an item that throws there (the deadline passed mid-list) leaves the promises of
          // the items before it with no handler — unhandled rejections, which end a Node process.
          return Promise.reject(e as Error);
        }
        const result = inner(parent, args, ctx, info);
        if (result instanceof Promise) {
          result.then((v: unknown) => guard.add(key + estimate(v)), countRejection);
        } else {
          guard.add(key + estimate(result));
        }
        return result;
      };
      if (inner === defaultFieldResolver && typeof given !== 'object') defaults.set(`${type.name}.${field.name}`, { key, estimate });
      own[field.name] = typeof given === 'object' && given ? { ...(given as object), resolve: guarded } : guarded;
    }
    out[type.name] = own;
  }
  return out;
}

/** What /healthz shows of the admission gate. */
export interface AdmissionStats {
  concurrency: number;
  running: number;
  /** Of `running`, the anonymous ones (at most `anonymous`). */
  runningAnonymous: number;
  anonymous: number;
  perClient: number;
  queued: number;
  admitted: number;
  refused: number;
}

/** Who asks for a slot: a client key (a signed-in user's name, an anonymous caller's address) and whether signed in. */
export interface AdmissionCaller {
  client: string;
  signedIn: boolean;
}

/** The limits of the gate; `perClient`, `clientQueue` and `anonymous` default to no limit of their own. */
export interface GateLimits {
  concurrency: number;
  queue: number;
  queueMs: number;
  /** Expensive queries one client runs at once. */
  perClient?: number;
  /** Expensive queries one client has waiting at once (beyond them: BUSY at once). */
  clientQueue?: number;
  /** Slots anonymous callers hold together (below `concurrency`: the rest stays for signed-in callers). */
  anonymous?: number;
}

interface Waiter {
  caller: AdmissionCaller;
  grant: (release: () => void) => void;
  refuse: (reason: KgError) => void;
  timer: NodeJS.Timeout;
}

/**
 * Admission control for expensive operations (limits.ts ADMISSION_DEFAULTS): at most `concurrency`
 * run at once, of them at most `anonymous` for anonymous callers and at most `perClient` for any one
 * client; up to `queue` more wait (at most `clientQueue` of one client), signed-in callers ahead of
 * anonymous ones, each at most `queueMs`; past that, or with a queue full, `acquire` throws BUSY with a
 * Retry-After and a message naming the limit that was hit (details.limit: the setting's name). A freed
 * slot goes straight to the first waiter that may run (signed-in first), so a burst cannot overtake the
 * queue; a caller that may run while every waiter is held by a limit of its own runs at once.
 */
export class AdmissionGate {
  private running = 0;
  private runningAnonymous = 0;
  private readonly runningBy = new Map<string, number>();
  private readonly waitingBy = new Map<string, number>();
  private readonly priority: Waiter[] = [];
  private readonly normal: Waiter[] = [];
  private admitted = 0;
  private refused = 0;
  readonly concurrency: number;
  readonly queue: number;
  readonly queueMs: number;
  readonly perClient: number;
  readonly clientQueue: number;
  readonly anonymous: number;

  constructor(limits: GateLimits);
  constructor(concurrency: number, queue: number, queueMs: number);
  constructor(a: GateLimits | number, queue = 0, queueMs = 0) {
    const l: GateLimits = typeof a === 'number' ? { concurrency: a, queue, queueMs } : a;
    this.concurrency = l.concurrency;
    this.queue = l.queue;
    this.queueMs = l.queueMs;
    this.perClient = l.perClient ?? Infinity;
    this.clientQueue = l.clientQueue ?? Infinity;
    this.anonymous = Math.min(l.anonymous ?? l.concurrency, l.concurrency);
  }

  /**
   * Waits for a slot; resolves with its release (idempotent). Throws BUSY when none comes in time.
   * `caller` false/true: an anonymous/signed-in caller without a client key of its own (one shared key).
   */
  acquire(caller: AdmissionCaller | boolean): Promise<() => void> {
    const c: AdmissionCaller = typeof caller === 'boolean' ? { client: '', signedIn: caller } : caller;
    if (this.mayRun(c)) return Promise.resolve(this.start(c));
    if ((this.waitingBy.get(c.client) ?? 0) >= this.clientQueue) return Promise.reject(this.busy('client', c));
    if (this.priority.length + this.normal.length >= this.queue) {
      // A signed-in caller may take the place of the last anonymous one waiting.
      const bumped = c.signedIn ? this.normal.at(-1) : undefined;
      if (!bumped) return Promise.reject(this.busy('queue', c));
      this.unqueue(bumped);
      clearTimeout(bumped.timer);
      bumped.refuse(this.busy('queue', bumped.caller));
    }
    return new Promise<() => void>((resolve, reject) => {
      const waiter: Waiter = {
        caller: c,
        grant: (release) => resolve(release),
        refuse: reject,
        timer: setTimeout(() => {
          this.unqueue(waiter);
          reject(this.busy('wait', c));
        }, this.queueMs),
      };
      waiter.timer.unref();
      (c.signedIn ? this.priority : this.normal).push(waiter);
      this.waitingBy.set(c.client, (this.waitingBy.get(c.client) ?? 0) + 1);
    });
  }

  stats(): AdmissionStats {
    return {
      concurrency: this.concurrency,
      running: this.running,
      runningAnonymous: this.runningAnonymous,
      anonymous: this.anonymous,
      perClient: this.perClient,
      queued: this.priority.length + this.normal.length,
      admitted: this.admitted,
      refused: this.refused,
    };
  }

  /** The limit that keeps `c` from running now, or null. */
  private blockedBy(c: AdmissionCaller): 'client' | 'anonymous' | 'concurrency' | null {
    if ((this.runningBy.get(c.client) ?? 0) >= this.perClient) return 'client';
    if (!c.signedIn && this.runningAnonymous >= this.anonymous) return 'anonymous';
    if (this.running >= this.concurrency) return 'concurrency';
    return null;
  }

  private mayRun(c: AdmissionCaller): boolean {
    return this.blockedBy(c) === null;
  }

  private start(c: AdmissionCaller): () => void {
    this.running++;
    if (!c.signedIn) this.runningAnonymous++;
    this.runningBy.set(c.client, (this.runningBy.get(c.client) ?? 0) + 1);
    this.admitted++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.running--;
      if (!c.signedIn) this.runningAnonymous--;
      const n = (this.runningBy.get(c.client) ?? 1) - 1;
      if (n > 0) this.runningBy.set(c.client, n);
      else this.runningBy.delete(c.client);
      this.grantWaiting();
    };
  }

  /** Hands free slots to the first waiters that may run, signed-in callers first. */
  private grantWaiting(): void {
    for (;;) {
      const next = this.priority.find((w) => this.mayRun(w.caller)) ?? this.normal.find((w) => this.mayRun(w.caller));
      if (!next) return;
      this.unqueue(next);
      clearTimeout(next.timer);
      next.grant(this.start(next.caller));
    }
  }

  private unqueue(w: Waiter): void {
    const list = w.caller.signedIn ? this.priority : this.normal;
    const i = list.indexOf(w);
    if (i < 0) return;
    list.splice(i, 1);
    const n = (this.waitingBy.get(w.caller.client) ?? 1) - 1;
    if (n > 0) this.waitingBy.set(w.caller.client, n);
    else this.waitingBy.delete(w.caller.client);
  }

  private busy(why: 'client' | 'queue' | 'wait', c: AdmissionCaller): KgError {
    this.refused++;
    const retryAfter = Math.max(1, Math.ceil(this.queueMs / 1000));
    const retry = [`请 ${retryAfter} 秒后重试`, `retry in ${retryAfter} s`] as const;
    let zh: string;
    let en: string;
    let limit: string;
    if (why === 'client') {
      limit = 'KG_ANALYSIS_CLIENT_QUEUE';
      zh = `本客户端已有 ${this.runningBy.get(c.client) ?? 0} 个分析查询在执行、${this.waitingBy.get(c.client) ?? 0} 个在等待（每个客户端最多等待 ${this.clientQueue} 个）`;
      en = `this client already runs ${this.runningBy.get(c.client) ?? 0} and waits for ${this.waitingBy.get(c.client) ?? 0} expensive queries (at most ${this.clientQueue} waiting per client)`;
    } else if (why === 'queue') {
      limit = 'KG_ANALYSIS_QUEUE';
      const q = this.priority.length + this.normal.length;
      zh = `等待队列已满（${q} 个排队，上限 ${this.queue}；${this.running} 个执行中）`;
      en = `the queue is full (${q} waiting, at most ${this.queue}; ${this.running} running)`;
    } else {
      const by = this.blockedBy(c) ?? 'concurrency';
      const s = this.queueMs / 1000;
      if (by === 'client') {
        limit = 'KG_ANALYSIS_PER_CLIENT';
        zh = `等待 ${s} 秒后本客户端的 ${this.runningBy.get(c.client) ?? 0} 个分析查询仍在执行（每个客户端同时最多 ${this.perClient} 个）`;
        en = `after ${s} s this client's ${this.runningBy.get(c.client) ?? 0} expensive queries still run (at most ${this.perClient} at once per client)`;
      } else if (by === 'anonymous') {
        limit = 'KG_ANALYSIS_ANONYMOUS';
        zh = `等待 ${s} 秒后未登录用户的 ${this.runningAnonymous} 个分析查询仍在执行（未登录用户同时最多 ${this.anonymous} 个，登录后可用其余名额）`;
        en = `after ${s} s the ${this.runningAnonymous} anonymous expensive queries still run (at most ${this.anonymous} anonymous at once; sign in for the other slots)`;
      } else {
        limit = 'KG_ANALYSIS_CONCURRENCY';
        zh = `等待 ${s} 秒后仍无空位（${this.running} 个分析查询执行中，上限 ${this.concurrency}）`;
        en = `no slot after ${s} s (${this.running} expensive queries running, at most ${this.concurrency})`;
      }
    }
    return new KgError('BUSY', `服务器正忙：${zh}，${retry[0]} / server busy: ${en}; ${retry[1]}`, { details: { retryAfter, limit } });
  }
}
