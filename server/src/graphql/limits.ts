// Every limit of the GraphQL API in one place (README "API limits" lists them with reasons).
//
// Bounded by construction: every field that returns a list of objects is bounded in one of three
// ways, and test/unit/graphql-limits.test.ts fails when a new list field is none of them:
//   - it takes `first` (default in schema.graphql, maximum here: LIST_MAX, else DEFAULT_LIST_MAX);
//     the resolver wrapper in bounded.ts refuses a larger `first` and cuts the list to `first`;
//   - its size is an argument of the field that returned its parent (PARENT_BOUNDED);
//   - it has a fixed size (FIXED_SIZE).
// The cost model (cost.ts) multiplies these sizes down the query, nested lists included.
import { KgError } from '../errors.ts';
import { LABELS, REL_TYPES } from '../model.ts';

/** Arguments of root fields that are not list sizes. */
export const LIMITS = {
  searchFirst: 200,
  neighborhoodDepth: 4,
  neighborhoodLimit: 5000,
  pathMaxLength: 10,
  pathFirst: 50,
  searchText: 200,
  ids: 100,
  /** Candidates per gap segment of chainGapCandidates. */
  gapFirst: 50,
  /** Characters of a document's text per `content` page. */
  contentLength: 1_000_000,
} as const;

/** Limits on a whole request. */
export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5000,
  /** Upper bound of the values a query may return (list sizes multiplied down the query). */
  maxCost: 5_000_000,
  /** The response is refused with RESPONSE_TOO_LARGE past this many bytes (estimated while executing). */
  maxResponseBytes: 10 * 1024 * 1024,
  /** Execution deadline: TIMEOUT past this (KG_QUERY_TIMEOUT_MS overrides). */
  deadlineMs: 15_000,
} as const;

/** The largest `first` of a list field without an entry in LIST_MAX. */
export const DEFAULT_LIST_MAX = 1000;

/** Largest `first` per field ("Type.field"; interface fields apply to every implementation). */
export const LIST_MAX: Readonly<Record<string, number>> = {
  'Query.search': LIMITS.searchFirst,
  'Query.relatedEnterprises': LIMITS.searchFirst,
  'Query.shortestPaths': LIMITS.pathFirst,
  'Query.documents': 5000,
  'Query.departmentWorkload': 5000,
  'Query.registryReview': LIMITS.searchFirst,
  'ChainGapSegment.candidates': LIMITS.gapFirst,
  'Document.measures': 5000,
  'Department.measures': 5000,
  'Edge.evidence': 500,
  'Edge.changes': 100,
  'Subgraph.edges': 20_000,
  // 园区 (analysis/parks.ts PARK_LIMITS: 1,000 parks, 100 chains, 500 facts per cell, 500 segments per side;
  // while collecting: 20,000 members, 50,000 facts, 500,000 facts placed into cells; a cut sets truncated)
  'Query.parkFacts': 500,
  'ParkMatrix.rows': 1000,
  'ParkMatrix.chains': 100,
  'ParkMatrix.cells': 100_000,
  'ChainParks.rows': 1000,
  'ChainParks.segments': 1000,
  'ChainParks.cells': 100_000,
  'ParkCell.facts': 500,
  'ComparedSegment.chains': 100,
  'ComparedSegment.factsA': 20,
  'ComparedSegment.factsB': 20,
  'ParkComparison.shared': 500,
  'ParkComparison.onlyA': 500,
  'ParkComparison.onlyB': 500,
};

/** Ranges of other integer arguments, checked before execution like `first` (and again by the resolvers). */
export const ARG_RANGE: Readonly<Record<string, Readonly<Record<string, readonly [number, number]>>>> = {
  'Query.neighborhood': { depth: [0, LIMITS.neighborhoodDepth], limit: [1, LIMITS.neighborhoodLimit] },
  'Query.shortestPaths': { maxLength: [1, LIMITS.pathMaxLength], first: [1, LIMITS.pathFirst] },
  'Query.chainGapCandidates': { first: [1, LIMITS.gapFirst] },
  'Document.content': { offset: [0, Number.MAX_SAFE_INTEGER], length: [1, LIMITS.contentLength] },
  'Query.parkMatrix': { maxChains: [1, 100] },
  'Query.changes': { first: [0, 500] },
  'Query.reviewQueue': { first: [0, 500] },
  // a connection, not a list: the list wrapper (bounded.ts) does not see it; refused here before execution
  'Query.nodes': { first: [0, LIMITS.searchFirst] },
};

/** Lists whose size is an argument of the field that returned their parent. */
export const PARENT_BOUNDED: Readonly<Record<string, { arg: string; plus: number }>> = {
  'Subgraph.nodes': { arg: 'limit', plus: 0 },
  'Path.nodes': { arg: 'maxLength', plus: 1 },
  'Path.edges': { arg: 'maxLength', plus: 0 },
  'NodeConnection.edges': { arg: 'first', plus: 0 },
  'NodeConnection.nodes': { arg: 'first', plus: 0 },
  'ChangeConnection.nodes': { arg: 'first', plus: 0 },
  'ReviewQueue.items': { arg: 'first', plus: 0 },
};

/** Lists of a fixed size. */
export const FIXED_SIZE: Readonly<Record<string, number>> = {
  'Stats.byLabel': LABELS.length,
  'Stats.byType': REL_TYPES.length,
  // A park fact rests on one HOSTS edge, or on LOCATED_IN + IN_INDUSTRY/INNOVATES_FOR.
  'ParkFact.via': 2,
};

/** Largest `first` of `Type.field` (`iface` names an interface the type implements, if any). */
export function listMax(typeName: string, fieldName: string, ifaces: readonly string[] = []): number {
  const own = LIST_MAX[`${typeName}.${fieldName}`];
  if (own !== undefined) return own;
  for (const i of ifaces) {
    const v = LIST_MAX[`${i}.${fieldName}`];
    if (v !== undefined) return v;
  }
  return DEFAULT_LIST_MAX;
}

/** The execution deadline in ms: KG_QUERY_TIMEOUT_MS when set to a positive integer, else the default. */
export function deadlineMs(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.KG_QUERY_TIMEOUT_MS);
  return Number.isInteger(v) && v > 0 ? v : GRAPHQL_LIMITS.deadlineMs;
}

/**
 * Admission control for expensive operations (handler.ts, guard.ts AdmissionGate): a query whose root
 * fields include an analysis (EXPENSIVE_ROOT_FIELDS) or whose cost (cost.ts) reaches `minCost` runs
 * only while fewer than `concurrency` such queries run, fewer than `anonymous` of them for anonymous
 * callers (the rest stay free for signed-in ones) and fewer than `perClient` for the same client (a
 * signed-in user by name, an anonymous caller by address); others wait in a queue of at most `queue`
 * (`clientQueue` per client; signed-in callers ahead of anonymous ones) for at most `queueMs`, then
 * are refused with BUSY (HTTP 503, Retry-After, the limit hit named). One request may select at most
 * `perRequest` expensive root fields (aliases count): more is QUERY_TOO_COMPLEX before anything runs.
 * Cheap queries, mutations, response-cache hits and /healthz never wait.
 */
export const ADMISSION_DEFAULTS = {
  /** KG_ANALYSIS_CONCURRENCY: expensive queries executing at once (Node runs them on one thread). */
  concurrency: 2,
  /** KG_ANALYSIS_QUEUE: expensive queries waiting for a slot (a waiter holds only its request); the next one is refused at once. */
  queue: 32,
  /** KG_ANALYSIS_QUEUE_MS: the longest wait for a slot before BUSY. */
  queueMs: 5_000,
  /** A query that may return this many values (cost.ts) counts as expensive whatever its fields. */
  minCost: 200_000,
  /** KG_ANALYSIS_PER_CLIENT: expensive queries one client (signed-in user, else address) runs at once. */
  perClient: 1,
  /** KG_ANALYSIS_CLIENT_QUEUE: expensive queries one client may have waiting; the next one is refused at once. */
  clientQueue: 8,
  /** KG_ANALYSIS_PER_REQUEST: expensive root fields (aliases included) one request may select. */
  perRequest: 1,
} as const;

/** KG_ANALYSIS_ANONYMOUS's default: every slot but one, so that anonymous callers never hold them all (1 slot: that one). */
export const anonymousDefault = (concurrency: number): number => Math.max(1, concurrency - 1);

export interface AdmissionOptions {
  concurrency: number;
  queue: number;
  queueMs: number;
  minCost: number;
  perClient: number;
  clientQueue: number;
  /** Slots anonymous callers hold together (≤ concurrency). */
  anonymous: number;
  perRequest: number;
}

/**
 * Root query fields that run an analysis over many nodes or edges (seconds on a 10⁵-node graph), each
 * with the arguments that make it expensive (`args` as given, variables substituted; absent: the
 * schema default). The canvas's neighbourhoods (depth ≤ 2, ≤ 1,000 nodes) and paths of the default
 * length (≤ 6) stay cheap: review17 measured them under 1 s at 10⁵ nodes.
 */
export const EXPENSIVE_ROOT_FIELDS: Readonly<Record<string, (args: Record<string, unknown>) => boolean>> = {
  neighborhood: (a) => Number(a.depth ?? 1) >= 3 || Number(a.limit ?? 200) > 1000,
  shortestPaths: (a) => Number(a.maxLength ?? 6) > 6,
  industryChain: () => true,
  relatedEnterprises: () => true,
  chainGapCandidates: () => true,
  departmentWorkload: () => true,
  reviewQueue: () => true,
  parkMatrix: () => true,
  parkFacts: () => true,
  chainParks: () => true,
  compareParks: () => true,
};

/**
 * The admission settings from the environment: each a non-negative integer (concurrency ≥ 1); a
 * malformed value stops the server at start with BAD_USAGE instead of being silently ignored.
 */
export function admissionFromEnv(env: NodeJS.ProcessEnv = process.env): AdmissionOptions {
  const read = (name: string, fallback: number, min: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const v = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(v) || v < min) {
      throw new KgError('BAD_USAGE', `${name} 无效：须为 ≥ ${min} 的整数，收到 "${raw}" / invalid ${name} "${raw}" (an integer ≥ ${min})`);
    }
    return v;
  };
  const concurrency = read('KG_ANALYSIS_CONCURRENCY', ADMISSION_DEFAULTS.concurrency, 1);
  const anonymous = read('KG_ANALYSIS_ANONYMOUS', anonymousDefault(concurrency), 1);
  if (anonymous > concurrency) {
    throw new KgError('BAD_USAGE', `KG_ANALYSIS_ANONYMOUS 无效：不能大于 KG_ANALYSIS_CONCURRENCY（${concurrency}），收到 ${anonymous} / KG_ANALYSIS_ANONYMOUS ${anonymous} exceeds KG_ANALYSIS_CONCURRENCY ${concurrency}`);
  }
  return {
    concurrency,
    queue: read('KG_ANALYSIS_QUEUE', ADMISSION_DEFAULTS.queue, 0),
    queueMs: read('KG_ANALYSIS_QUEUE_MS', ADMISSION_DEFAULTS.queueMs, 0),
    minCost: ADMISSION_DEFAULTS.minCost,
    perClient: read('KG_ANALYSIS_PER_CLIENT', ADMISSION_DEFAULTS.perClient, 1),
    clientQueue: read('KG_ANALYSIS_CLIENT_QUEUE', ADMISSION_DEFAULTS.clientQueue, 0),
    anonymous,
    perRequest: read('KG_ANALYSIS_PER_REQUEST', ADMISSION_DEFAULTS.perRequest, 1),
  };
}
