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
        guard.checkField();
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
  queued: number;
  admitted: number;
  refused: number;
}

interface Waiter {
  grant: (release: () => void) => void;
  refuse: (reason: KgError) => void;
  timer: NodeJS.Timeout;
}

/**
 * Admission control for expensive operations (limits.ts ADMISSION_DEFAULTS): at most `concurrency`
 * run at once; up to `queue` more wait, signed-in callers ahead of anonymous ones, each at most
 * `queueMs`; past that, or with the queue full, `acquire` throws BUSY with a Retry-After. A slot is
 * handed straight to the next waiter on release, so a burst cannot overtake the queue.
 */
export class AdmissionGate {
  private running = 0;
  private readonly priority: Waiter[] = [];
  private readonly normal: Waiter[] = [];
  private admitted = 0;
  private refused = 0;

  constructor(
    readonly concurrency: number,
    readonly queue: number,
    readonly queueMs: number,
  ) {}

  /** Waits for a slot; resolves with its release (idempotent). Throws BUSY when none comes in time. */
  acquire(signedIn: boolean): Promise<() => void> {
    if (this.running < this.concurrency && this.priority.length + this.normal.length === 0) {
      this.running++;
      this.admitted++;
      return Promise.resolve(this.releaser());
    }
    if (this.priority.length + this.normal.length >= this.queue) {
      // A signed-in caller may take the place of the last anonymous one waiting.
      const bumped = signedIn ? this.normal.pop() : undefined;
      if (!bumped) return Promise.reject(this.busy());
      clearTimeout(bumped.timer);
      bumped.refuse(this.busy());
    }
    return new Promise<() => void>((resolve, reject) => {
      const list = signedIn ? this.priority : this.normal;
      const waiter: Waiter = {
        grant: (release) => resolve(release),
        refuse: reject,
        timer: setTimeout(() => {
          const i = list.indexOf(waiter);
          if (i >= 0) list.splice(i, 1);
          reject(this.busy());
        }, this.queueMs),
      };
      waiter.timer.unref();
      list.push(waiter);
    });
  }

  stats(): AdmissionStats {
    return { concurrency: this.concurrency, running: this.running, queued: this.priority.length + this.normal.length, admitted: this.admitted, refused: this.refused };
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.priority.shift() ?? this.normal.shift();
      if (next) {
        clearTimeout(next.timer);
        this.admitted++;
        next.grant(this.releaser()); // the slot passes on: `running` is unchanged
      } else this.running--;
    };
  }

  private busy(): KgError {
    this.refused++;
    const retryAfter = Math.max(1, Math.ceil(this.queueMs / 1000));
    return new KgError(
      'BUSY',
      `服务器正忙：同时进行的分析查询已达上限（${this.concurrency} 个执行中，${this.queue} 个排队），请 ${retryAfter} 秒后重试 / server busy: ${this.concurrency} expensive queries are running and the queue of ${this.queue} is full or the wait passed ${this.queueMs} ms; retry in ${retryAfter} s`,
      { details: { retryAfter } },
    );
  }
}
