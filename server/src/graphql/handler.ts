// GraphQL over HTTP, without the HTTP server: Apollo Server 5 with the schema, the limits and the
// error boundary. The HTTP host (server/src/http/) reads the request, authenticates it and calls
// `execute`; this module knows nothing of sockets, static files or uploads.
//
// Limits, in the order they apply (README "API limits"):
//   tokens, depth, aliases (graphql-armor, while parsing/validating);
//   list arguments: the length of every list a request passes (list-args.ts), before execution;
//   cost: list sizes multiplied down the query, `first` above a field's maximum (cost.ts), before
//     execution, with the request's variables;
//   deadline and response size (guard.ts, wrapped around every field resolver), while executing.
// Status codes follow the GraphQL-over-HTTP spec: for `application/json` every well-formed request
// answers 200 (errors in the body); for `application/graphql-response+json` a response without
// `data` answers the status of its error code (errors.ts), e.g. 400 for a parse error.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  GraphQLScalarType,
  Kind,
  buildSchema,
  execute,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLSchema,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { HubCounts, RelatedIndexes } from '../analysis/index.ts';
import type { Principal } from '../auth/roles.ts';
import { ERROR_TABLE, KgError, describeError, isErrorCode, isKgError, type ErrorCode } from '../errors.ts';
import type { GraphStore } from '../store/port.ts';
import type { ChainIndex } from '../chain-templates.ts';
import { boundLists } from './bounded.ts';
import { QueryPlan, registerGuardedDefaults } from './compiled.ts';
import { createContext, type Context } from './context.ts';
import { isCurationService } from '../store/curation.ts';
import { queryCost, rootFields } from './cost.ts';
import { AdmissionGate, ExecutionGuard, guardedDefaultsOf, guardResolvers, responseTooLarge, type AdmissionStats } from './guard.ts';
import { MAX_INPUT_DEPTH, listArgumentsOverLimit, listOverLimitMessage, nestedDeeperThan, tooDeepMessage } from './list-args.ts';
import { EXPENSIVE_ROOT_FIELDS, GRAPHQL_LIMITS, admissionFromEnv, anonymousDefault, deadlineMs, type AdmissionOptions } from './limits.ts';
import { resolvers } from './resolvers.ts';
import { ResponseCache, responseCacheFromEnv, type ResponseCacheOptions, type ResponseCacheStats } from './response-cache.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SCHEMA_PATH = path.join(here, 'schema.graphql');

const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value',
  serialize: (v) => v,
  parseValue: (v) => v,
});

/** What the HTTP host hands over: the request as read (body already parsed when it was JSON). */
export interface GraphQLHttpRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  /** The URL's query string, with its leading "?". */
  search: string;
  body: unknown;
  /** The caller's network address (admission control's per-client share for anonymous callers). */
  client?: string;
}

export interface GraphQLHttpResponse {
  status: number;
  headers: [string, string][];
  body: string;
  /** Store round trips the request made (x-store-calls). */
  storeCalls: number | null;
  /** How the response cache took part (x-cache): answered from it, computed and looked up, or not cacheable. */
  cache: 'hit' | 'shared' | 'miss' | 'bypass';
  /**
   * Who computed the answer: the fast path with a compiled query plan ('plan', compiled.ts), the fast
   * path with graphql-js's execute ('fast'), Apollo's pipeline, or nobody (a response-cache hit).
   */
  engine?: 'plan' | 'fast' | 'apollo';
}

export interface GraphQLHandlerOptions {
  store: GraphStore;
  log?: (msg: string) => void;
  /** False: only `me` and introspection answer anonymous requests (KG_READS=signed-in). */
  readsOpen?: boolean;
  deadlineMs?: number;
  maxResponseBytes?: number;
  maxCost?: number;
  /** Chain templates (seeds/lexicon/chains.tsv) for industryChain; the composition root loads them. */
  chains?: ChainIndex;
  /** The response cache (response-cache.ts); null turns it off; absent: KG_RESPONSE_CACHE_MB, default 64 MB. */
  responseCache?: ResponseCacheOptions | null;
  /** False: every request goes through Apollo's pipeline (tests compare the two paths). Default true. */
  fastPath?: boolean;
  /** False: the fast path executes with graphql-js's execute, never a compiled plan (tests compare the two). Default true. */
  queryPlans?: boolean;
  /** False: relatedEnterprises always walks (no pre-aggregated memberships, analysis/related-index.ts). Default true. */
  relatedIndex?: boolean;
  /** Admission control of expensive queries (limits.ts); absent: KG_ANALYSIS_CONCURRENCY / _QUEUE / _QUEUE_MS. */
  admission?: Partial<AdmissionOptions>;
}

export interface GraphQLHandler {
  execute(request: GraphQLHttpRequest, user: Principal | null): Promise<GraphQLHttpResponse>;
  /** Hits, misses and size of the response cache (for /healthz). */
  cacheStats(): ResponseCacheStats;
  stop(): Promise<void>;
  /** Resolves when no background work is running (relatedEnterprises' index builds): for benches and tests. True when it waited. */
  idle(): Promise<boolean>;
  /** relatedEnterprises' pre-aggregated memberships: builds running and indexes ready (for /healthz). */
  indexStats(): ReturnType<RelatedIndexes['stats']> | null;
  /** Expensive queries running, waiting, admitted and refused (for /healthz). */
  admissionStats(): AdmissionStats;
}

/** What the plugins learnt about a request that reached the GraphQL pipeline. */
interface Outcome {
  hasData: boolean;
  codes: ErrorCode[];
}
// Apollo runs each operation on a shallow clone of the context: keep what plugins learn in a shared box.
// `noStore`: a resolver answered from data it knows to be out of date (reviewQueue while its queue is
// rebuilt, `stale`): a complete answer, but not one to keep in the response cache for this generation.
type RequestContext = Context & { box: { outcome?: Outcome; noStore?: boolean } };

/** Codes whose HTTP status holds whatever the response media type (access, malformed HTTP). */
const HTTP_LEVEL: ReadonlySet<ErrorCode> = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'BAD_REQUEST', 'METHOD_NOT_ALLOWED']);

export async function createGraphQLHandler(options: GraphQLHandlerOptions): Promise<GraphQLHandler> {
  const { store } = options;
  // The curated store (store/curated) is also the curation service the mutations use.
  const curation = isCurationService(store) ? store : null;
  const log = options.log ?? ((m: string) => console.error(m));
  const readsOpen = options.readsOpen ?? true;
  const limits = {
    deadlineMs: options.deadlineMs ?? deadlineMs(),
    maxResponseBytes: options.maxResponseBytes ?? GRAPHQL_LIMITS.maxResponseBytes,
    maxCost: options.maxCost ?? GRAPHQL_LIMITS.maxCost,
  };
  const typeDefs = readFileSync(SCHEMA_PATH, 'utf8');
  const schemaForBounds = buildSchema(typeDefs);
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    // graphql-armor checks tokens in a plugin hook whose errors Apollo answers with a 500 and no
    // plugin sees; graphql-js's own parser limit (parseOptions below) fails as a parse error instead.
    maxTokens: { enabled: false },
    // Replaced by the list-size cost model (cost.ts), which multiplies nested list bounds.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();

  /**
   * The checks between validation and execution (readsOpen, then list bounds and cost): throws the
   * GraphQL error to answer. The cost plugin runs them in Apollo's pipeline, the fast path below
   * before it executes (and on any error leaves the request to Apollo, which answers it).
   */
  const checkOperation = (schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>, user: Principal | null, operation: OperationDefinitionNode | null | undefined): void => {
          if (!readsOpen && !user) {
            const open = !!operation && operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && (s.name.value === 'me' || s.name.value.startsWith('__')));
            if (!open) throw gqlError('UNAUTHENTICATED', '请先登录：本服务的查询需要登录 / sign in first: this server answers queries for signed-in users only');
          }
          // list lengths first (review19 H1): the cost walk and the resolvers then see bounded lists
          const op = operation ?? getOperationAST(document, operationName ?? undefined);
          const long = op ? listArgumentsOverLimit(schema, document, op, variables) : null;
          if (long) throw gqlError('BAD_USER_INPUT', listOverLimitMessage(long), { field: long.where, max: long.max, got: long.got });
          const { cost, overLimit } = costOf(schema, document, operationName, variables);
          const over = overLimit[0];
          if (over) {
            throw gqlError(
              'BAD_USER_INPUT',
              `参数 ${over.arg} 必须在 ${over.min} 到 ${over.max} 之间（${over.field}），收到 ${over.value} / ${over.field}: ${over.arg} must be in [${over.min}, ${over.max}], got ${over.value}`,
              { field: over.field, argument: over.arg, max: over.max },
            );
          }
          if (cost > limits.maxCost) {
            throw gqlError(
              'QUERY_TOO_COMPLEX',
              `查询过于复杂：最多可能返回 ${fmt(cost)} 个值，上限 ${fmt(limits.maxCost)}；请为嵌套列表指定较小的 first / query too complex: it may return up to ${fmt(cost)} values (limit ${fmt(limits.maxCost)}); give nested lists a smaller first`,
              { cost: Math.min(cost, Number.MAX_SAFE_INTEGER), maxCost: limits.maxCost },
            );
          }
  };

  const costPlugin: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request, contextValue, operation }) {
          checkOperation(schema, document, operationName, request.variables ?? {}, contextValue.user, operation);
        },
      };
    },
  };

  /** The executable schema Apollo built (typeDefs + the wrapped resolvers): the fast path executes against the same object. */
  let executable: GraphQLSchema | null = null;
  const schemaPlugin: ApolloServerPlugin<RequestContext> = {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema }) {
          executable = apiSchema;
          // built from guardedResolvers: plans may read its plain leaf fields themselves
          registerGuardedDefaults(apiSchema, guardedDefaultsOf(guardedResolvers));
        },
      };
    },
  };

  const guardPlugin: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const guard = contextValue.guard;
          guard.dispose();
          if (response.body.kind !== 'single') return;
          if (guard.stopped) {
            // One error instead of a partial answer and one error per abandoned field.
            const d = describeError(guard.stopped);
            response.body.singleResult = { errors: [{ message: d.message, extensions: { code: d.code } }] };
          }
          const r = response.body.singleResult;
          contextValue.box.outcome = {
            hasData: 'data' in r && r.data !== undefined,
            codes: (r.errors ?? []).map((e) => (isErrorCode(e.extensions?.code) ? e.extensions.code : 'INTERNAL_SERVER_ERROR')),
          };
        },
      };
    },
  };

  const validationRules = [...protection.validationRules, knownOperationTypes];
  // The guard goes around every field (guard.ts: deadline before, bytes after), outside the list bounds.
  const guardedResolvers = guardResolvers(schemaForBounds, boundLists(schemaForBounds, { ...(resolvers as unknown as Record<string, Record<string, unknown>>), JSON: JSONScalar as never }));
  const apollo = new ApolloServer<RequestContext>({
    typeDefs,
    resolvers: guardedResolvers as never,
    // NODE_ENV silently switches these; set each explicitly.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries (a hash instead of the text) are off: neither the client nor the docs send them, and
    // a hash-only request carried no text for admission control to classify (review18 H1: thirty analyses ran at once).
    persistedQueries: false,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    validationRules,
    // graphql-armor's types point at Apollo's CJS build; the runtime objects are the same.
    // no cache hints are used: without this Apollo wraps every field resolver to collect them
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), ...(protection.plugins as unknown as ApolloServerPlugin<RequestContext>[]), costPlugin, guardPlugin, schemaPlugin],
    formatError: (formatted, error) => normaliseError(formatted, error, log),
  });
  await apollo.start();

  const fastPath = options.fastPath ?? true;
  const queryPlans = options.queryPlans ?? true;
  const hubCounts = new HubCounts();
  hubCounts.related = new RelatedIndexes(store, { enabled: options.relatedIndex ?? true });
  /** Parsed and validated documents by query text (null: Apollo answers that text). */
  const documents = new DocumentCache(validationRules);
  /** Accept header → the media type Apollo answers a single result with ('' : no Accept header). */
  const mediaTypes = new Map<string, string>([['', 'application/json; charset=utf-8']]);

  const cacheOptions = options.responseCache === undefined ? responseCacheFromEnv() : options.responseCache;
  // Without a data generation the store cannot say when an answer goes stale: nothing is cached.
  const cache = cacheOptions && typeof store.dataGeneration === 'function' ? new ResponseCache(cacheOptions, GRAPHQL_LIMITS.maxTokens) : null;
  /** Answers being computed, by generation and key: complete ones are shared with identical requests. */
  const inflight = new Map<string, Promise<GraphQLHttpResponse | null>>();
  const admission = { ...admissionFromEnv(), ...(options.admission ?? {}) };
  // a concurrency given here without an anonymous share: the default share of that concurrency (unless the environment sets one)
  if (options.admission?.concurrency !== undefined && options.admission.anonymous === undefined && !process.env.KG_ANALYSIS_ANONYMOUS?.trim()) {
    admission.anonymous = anonymousDefault(admission.concurrency);
  }
  const gate = new AdmissionGate(admission);

  return {
    async execute(request, user) {
      // before anything recursive sees the variables (the cache key, the cost walk, coercion): review19 L1
      if (inputTooDeep(request)) {
        return refusal(request, new KgError('BAD_USER_INPUT', tooDeepMessage(MAX_INPUT_DEPTH), { details: { maxDepth: MAX_INPUT_DEPTH } })).response;
      }
      // The cache sits behind the HTTP layer's Host check, authentication and body limit, and holds
      // only answers that passed every GraphQL limit for the same document, variables and caller
      // (response-cache.ts says why a hit is the answer the limits would let through).
      let key: string | null = null;
      let generation = 0;
      if (cache && request.method === 'POST') {
        const accept = request.headers.accept;
        key = cache.keyOf(request.body, user ? `user\u0001${user.name}\u0001${user.role}\u0001${user.via}` : 'anonymous', Array.isArray(accept) ? accept.join(', ') : (accept ?? ''));
        if (key !== null) {
          // A store that cannot say its generation now (unreachable) answers uncached: its own
          // error, if any, comes from the query through the usual boundary.
          generation = await store.dataGeneration!().catch(() => Number.NaN);
          if (!Number.isFinite(generation)) key = null;
        }
        if (key !== null) {
          const hit = cache.get(key, generation);
          if (hit) return { status: hit.status, headers: hit.headers, body: hit.body, storeCalls: 0, cache: 'hit' };
          // The same question already being answered at this generation (a burst of clients on a
          // cold cache): wait for that answer instead of computing it again.
          const flight = inflight.get(`${generation}\u0000${key}`);
          if (flight) {
            const shared = await flight;
            if (shared) return { status: shared.status, headers: shared.headers, body: shared.body, storeCalls: 0, cache: 'shared' };
          }
        } else cache.bypassed++;
      }
      if (cache && key !== null) {
        const k = `${generation}\u0000${key}`;
        const run = admitted(request, user, true);
        const flight = run.then((r) => (r.complete ? r.response : null), () => null);
        inflight.set(k, flight);
        try {
          const { response, complete } = await run;
          if (complete) cache.set(key, generation, { status: response.status, headers: response.headers, body: response.body });
          else cache.bypassed++;
          return response;
        } finally {
          if (inflight.get(k) === flight) inflight.delete(k);
        }
      }
      return (await admitted(request, user, false)).response;
    },
    cacheStats: () =>
      cache ? cache.stats() : { enabled: false, hits: 0, misses: 0, bypassed: 0, entries: 0, bytes: 0, maxBytes: 0, generation: null },
    idle: async () => (await hubCounts.related?.settled()) ?? false,
    indexStats: () => hubCounts.related?.stats() ?? null,
    admissionStats: () => gate.stats(),
    stop: async () => {
      await hubCounts.related?.settled();
      await apollo.stop();
    },
  };

  /**
   * answer() behind the admission gate when the request is expensive (expensiveFields): it waits for a
   * slot, or is answered BUSY (HTTP 503 whatever the media type, Retry-After) without running.
   */
  async function admitted(request: GraphQLHttpRequest, user: Principal | null, cacheable: boolean): Promise<{ response: GraphQLHttpResponse; complete: boolean }> {
    const expensive = expensiveFields(request, user);
    if (!expensive) return answer(request, user, cacheable);
    if (expensive.length > admission.perRequest) {
      // review18 M1: thirty aliased analyses in one request held one slot and stalled the loop as thirty
      const names = [...new Set(expensive)].map((n) => `${n}×${expensive.filter((x) => x === n).length}`).join(', ');
      return refusal(
        request,
        new KgError(
          'QUERY_TOO_COMPLEX',
          `一个请求最多包含 ${admission.perRequest} 个分析字段（含别名），收到 ${expensive.length} 个（${names}），请分开发送 / at most ${admission.perRequest} expensive root field(s) per request (aliases count), got ${expensive.length} (${names}): send them separately`,
          { details: { limit: 'KG_ANALYSIS_PER_REQUEST', max: admission.perRequest, got: expensive.length } },
        ),
      );
    }
    let release: () => void;
    try {
      // a signed-in caller's share is by user (every token and session of that user), an anonymous one's by address
      release = await gate.acquire({ client: user ? `user\u0001${user.name}` : `address\u0001${request.client ?? ''}`, signedIn: user !== null });
    } catch (err) {
      return refusal(request, err);
    }
    try {
      return await answer(request, user, cacheable);
    } finally {
      release();
    }
  }

  /**
   * The answer to a request refused before it runs (BUSY: 503 whatever the media type, with Retry-After;
   * BAD_USER_INPUT: 200 for application/json, as Apollo answers it, else its status).
   */
  function refusal(request: GraphQLHttpRequest, err: unknown): { response: GraphQLHttpResponse; complete: boolean } {
    const d = describeError(err);
    const accept = request.headers.accept;
    const strict = (Array.isArray(accept) ? accept.join(', ') : (accept ?? '')).includes('application/graphql-response+json');
    if (d.code === 'BAD_USER_INPUT' && !strict) d.http = 200;
    const details = isKgError(err) ? err.details : {};
    const headers: [string, string][] = [['content-type', strict ? 'application/graphql-response+json; charset=utf-8' : 'application/json; charset=utf-8']];
    const extensions: Record<string, unknown> = { code: d.code, ...details };
    if (d.code === 'BUSY') {
      const retryAfter = typeof details.retryAfter === 'number' ? details.retryAfter : 1;
      headers.push(['retry-after', String(retryAfter)]);
      extensions.retryAfter = retryAfter;
    }
    const body = JSON.stringify({ errors: [{ message: d.message, extensions }] }) + '\n';
    return { response: { status: d.http, headers, body, storeCalls: 0, cache: 'bypass' }, complete: false };
  }

  /**
   * Whether a request runs an expensive operation: a valid `query` (not a mutation) that selects an
   * analysis at its root with arguments that make it expensive (EXPENSIVE_ROOT_FIELDS), or that may
   * return at least `minCost` values: the expensive root fields it selects (one per alias; `cost` for a
   * query expensive by its cost alone), or null when it is cheap. A request that the checks will refuse
   * anyway (unparsable, invalid, over a limit, closed reads) is cheap: its refusal does not wait.
   */
  function expensiveFields(request: GraphQLHttpRequest, user: Principal | null): string[] | null {
    const schema = executable;
    if (!schema) return null;
    let query: unknown;
    let variables: unknown;
    let operationName: unknown;
    if (request.method === 'POST') {
      const body = request.body as Record<string, unknown> | null;
      if (!body || typeof body !== 'object') return null;
      ({ query, variables, operationName } = body);
    } else {
      const params = new URLSearchParams(request.search);
      query = params.get('query');
      operationName = params.get('operationName');
      try {
        variables = JSON.parse(params.get('variables') ?? 'null');
      } catch {
        return null;
      }
    }
    if (typeof query !== 'string' || query === '' || query.length > DOCUMENT_MAX_CHARS) return null;
    if (!readsOpen && !user) return null;
    const document = documents.get(schema, query);
    if (!document) return null;
    const operation = getOperationAST(document, typeof operationName === 'string' ? operationName : undefined);
    if (!operation || operation.operation !== 'query') return null;
    const vars = variables && typeof variables === 'object' && !Array.isArray(variables) ? (variables as Record<string, unknown>) : {};
    if (listArgumentsOverLimit(schema, document, operation, vars)) return null;
    const { cost, overLimit } = costOf(schema, document, typeof operationName === 'string' ? operationName : undefined, vars);
    if (overLimit.length || cost > limits.maxCost) return null;
    // by response key: a field selected twice under one key runs once
    const expensive = new Map<string, string>();
    for (const f of rootFields(document, operation, vars)) if (Object.hasOwn(EXPENSIVE_ROOT_FIELDS, f.name) && EXPENSIVE_ROOT_FIELDS[f.name]!(f.args)) expensive.set(f.key, f.name);
    if (expensive.size) return [...expensive.values()];
    return cost >= admission.minCost ? ['cost'] : null;
  }

  /**
   * The fast path (profiled: Apollo's HTTP pipeline was ~10% of the seeds server's CPU, a sha256 of
   * the query text and a `require('crypto')` through the tsx loader per request among it): a POST
   * JSON query whose document parses and validates (the same rules as Apollo, remembered per query
   * text), whose operation is a `query` that passes the same checks (checkOperation) and whose media
   * type Apollo has already chosen for the same Accept header, is executed here by graphql-js
   * against Apollo's executable schema with the same context. Only a complete success, or a stop by
   * the guard (answered as the guard plugin answers it), is answered here; anything else (a field
   * error, a variable that does not coerce, a mutation, GET, extensions, an unknown Accept) goes
   * through Apollo, which then executes the query itself and answers every error as before.
   */
  async function fast(request: GraphQLHttpRequest, user: Principal | null, cacheable: boolean): Promise<{ response: GraphQLHttpResponse; complete: boolean } | null> {
    const schema = executable;
    if (!schema || request.method !== 'POST' || !fastPath) return null;
    const contentType = request.headers['content-type'];
    if (typeof contentType !== 'string' || !JSON_CONTENT.test(contentType)) return null;
    const body = request.body as Record<string, unknown> | null;
    if (!body || typeof body !== 'object' || Object.getPrototypeOf(body) !== Object.prototype) return null;
    const { query, variables, operationName } = body;
    if (typeof query !== 'string' || query === '' || query.length > DOCUMENT_MAX_CHARS) return null;
    if (body.extensions !== undefined && body.extensions !== null) return null;
    if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
    const accept = request.headers.accept;
    const mediaType = mediaTypes.get(Array.isArray(accept) ? accept.join(', ') : (accept ?? ''));
    if (!mediaType) return null;
    const document = documents.get(schema, query);
    if (!document) return null;
    const operation = getOperationAST(document, operationName ?? undefined);
    if (!operation || operation.operation !== 'query') return null;
    const vars = (variables ?? {}) as Record<string, unknown>;
    try {
      checkOperation(schema, document, operationName ?? undefined, vars, user, operation);
    } catch {
      return null;
    }
    const plan = queryPlans ? planOf(schema, document, operation) : null;
    if (plan) {
      // Only a complete success comes back; anything else (null) goes to Apollo, as a graphql-js
      // execution with errors does below (unless the guard stopped it: answered here, as below).
      const context = await contextFor(user);
      const guard = context.guard;
      let data: Record<string, unknown> | null;
      try {
        data = await plan.execute(context, vars);
      } finally {
        guard.dispose();
      }
      return answered('plan', context, mediaType, cacheable, data);
    }
    const context = await contextFor(user);
    const guard = context.guard;
    let result: Awaited<ReturnType<typeof execute>>;
    try {
      result = await execute({ schema, document, contextValue: context, variableValues: (variables ?? undefined) as Record<string, unknown> | undefined, operationName: (operationName ?? undefined) as string | undefined });
    } catch {
      return null;
    } finally {
      guard.dispose();
    }
    return answered('fast', context, mediaType, cacheable, result.errors?.length ? null : result.data);
  }

  /**
   * The fast path's answer once the query ran (by a plan or by graphql-js): a stop by the guard is answered as the
   * guard plugin answers it (one error instead of a partial answer), a complete success with its data; anything
   * else (no data: an error) is null, for Apollo to answer.
   */
  function answered(engine: 'plan' | 'fast', context: RequestContext, mediaType: string, cacheable: boolean, data: Record<string, unknown> | null | undefined): { response: GraphQLHttpResponse; complete: boolean } | null {
    const headers: [string, string][] = [['content-type', mediaType]];
    const storeCalls = context.storeCalls();
    const cache = cacheable ? 'miss' : 'bypass';
    if (context.guard.stopped) {
      const d = describeError(context.guard.stopped);
      const status = graphQLStatus(mediaType, { hasData: false, codes: [d.code] }, 200);
      return { response: { status, headers, body: JSON.stringify({ errors: [{ message: d.message, extensions: { code: d.code } }] }) + '\n', storeCalls, cache, engine }, complete: false };
    }
    if (data === null || data === undefined) return null;
    return { response: { status: 200, headers, body: JSON.stringify({ data }) + '\n', storeCalls, cache, engine }, complete: !context.box.noStore };
  }

  /**
   * A request's context: its guard, loaders and, when the store says its data generation, the hub
   * counts shared at that generation (relatedEnterprises; a store that cannot say gets none).
   */
  async function contextFor(user: Principal | null): Promise<RequestContext> {
    const generation = typeof store.dataGeneration === 'function' ? await store.dataGeneration().catch(() => Number.NaN) : Number.NaN;
    return {
      ...createContext(store, {
        user,
        curation,
        guard: new ExecutionGuard(limits.deadlineMs, limits.maxResponseBytes),
        ...(options.chains ? { chains: options.chains } : {}),
        ...(Number.isFinite(generation) ? { hubCounts: hubCounts.at(generation) } : {}),
      }),
      box: {},
    };
  }

  /** The answer from Apollo; `complete` when it is a full success (status 200, data, no error). */
  async function answer(request: GraphQLHttpRequest, user: Principal | null, cacheable: boolean): Promise<{ response: GraphQLHttpResponse; complete: boolean }> {
    const quick = await fast(request, user, cacheable);
    if (quick) return bounded(quick.response, quick.complete);
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(request.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    let context: RequestContext | undefined;
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method, headers, search: request.search, body: request.body },
      context: async () => (context = await contextFor(user)),
    });
    const out: [string, string][] = [...result.headers];
    const mediaType = result.headers.get('content-type') ?? '';
    let body: string;
    if (result.body.kind === 'complete') body = result.body.string;
    else {
      body = '';
      for await (const chunk of result.body.asyncIterator) body += chunk;
    }
    let status = result.status ?? 200;
    const outcome = context?.box.outcome;
    if (outcome) status = graphQLStatus(mediaType, outcome, status);
    const complete = !!outcome && outcome.hasData && outcome.codes.length === 0 && status === 200 && !context?.box.noStore;
    // The media type Apollo chose for this Accept header, for the fast path (a success had one).
    if (complete && request.method === 'POST' && mediaType && mediaTypes.size < MEDIA_TYPES_MAX) {
      const accept = request.headers.accept;
      mediaTypes.set(Array.isArray(accept) ? accept.join(', ') : (accept ?? ''), mediaType);
    }
    return bounded({ status, headers: out, body, storeCalls: context ? context.storeCalls() : null, cache: cacheable ? 'miss' : 'bypass', engine: 'apollo' }, complete);
  }

  /** Last line of defence: the estimate of guard.ts is an estimate. */
  function bounded(response: GraphQLHttpResponse, complete: boolean): { response: GraphQLHttpResponse; complete: boolean } {
    if (response.body.length <= limits.maxResponseBytes * 2) return { response, complete };
    const mediaType = response.headers.find(([k]) => k === 'content-type')?.[1] ?? '';
    const d = describeError(responseTooLarge(limits.maxResponseBytes));
    return {
      response: { ...response, body: JSON.stringify({ errors: [{ message: d.message, extensions: { code: d.code } }] }), status: mediaType.startsWith('application/graphql-response+json') ? d.http : 200 },
      complete: false,
    };
  }

}

/** Whether a request's body (POST) or variables and extensions (GET) nest deeper than MAX_INPUT_DEPTH. */
function inputTooDeep(request: GraphQLHttpRequest): boolean {
  if (request.method === 'POST') return nestedDeeperThan(request.body, MAX_INPUT_DEPTH);
  const params = new URLSearchParams(request.search);
  for (const name of ['variables', 'extensions']) {
    const raw = params.get(name);
    if (!raw) continue;
    try {
      if (nestedDeeperThan(JSON.parse(raw), MAX_INPUT_DEPTH - 1)) return true;
    } catch {
      // malformed: Apollo answers it
    }
  }
  return false;
}

const JSON_CONTENT = /^\s*application\/json\s*(;|$)/i;
/** Query texts longer than this are parsed by Apollo on every request (the fast path keeps none). */
const DOCUMENT_MAX_CHARS = 20_000;
const DOCUMENTS_MAX = 500;
const MEDIA_TYPES_MAX = 64;

/**
 * Parsed and validated documents by query text, least recently used out past DOCUMENTS_MAX
 * (≤ 500 × 20,000 characters of query). A text that does not parse or validate is remembered as
 * null: Apollo answers it (with its errors) every time.
 */
class DocumentCache {
  private readonly map = new Map<string, DocumentNode | null>();
  constructor(private readonly rules: readonly ValidationRule[]) {}

  get(schema: GraphQLSchema, query: string): DocumentNode | null {
    const hit = this.map.get(query);
    if (hit !== undefined) {
      this.map.delete(query);
      this.map.set(query, hit);
      return hit;
    }
    let document: DocumentNode | null = null;
    try {
      const parsed = parse(query, { maxTokens: GRAPHQL_LIMITS.maxTokens });
      if (validate(schema, parsed, [...specifiedRules, ...this.rules]).length === 0) document = parsed;
    } catch {
      document = null;
    }
    if (this.map.size >= DOCUMENTS_MAX) this.map.delete(this.map.keys().next().value!);
    this.map.set(query, document);
    return document;
  }
}

/** Compiled plans per parsed document (DocumentCache keeps the documents) and operation (null: not compilable). */
const plans = new WeakMap<DocumentNode, Map<OperationDefinitionNode, QueryPlan | null>>();
function planOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): QueryPlan | null {
  let perDoc = plans.get(document);
  if (!perDoc) plans.set(document, (perDoc = new Map()));
  let plan = perDoc.get(operation);
  if (plan === undefined) {
    plan = QueryPlan.compile(schema, document, operation);
    // a document holds few operations; a schema change (never at run time) would bring new documents
    perDoc.set(operation, plan);
  }
  return plan?.schema === schema ? plan : null;
}

/**
 * queryCost, remembered per parsed document (Apollo keeps one document object per query text in
 * its bounded store) and operation name + variables: the cost is a pure function of them and the
 * schema. At most COST_MEMO entries per document, variables up to 1 KB of JSON; larger ones are
 * computed every time.
 */
const COST_MEMO = 64;
const costMemo = new WeakMap<DocumentNode, Map<string, ReturnType<typeof queryCost>>>();
function costOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): ReturnType<typeof queryCost> {
  const json = JSON.stringify(variables);
  if (json.length > 1024) return queryCost(schema, document, operationName, variables);
  let perDoc = costMemo.get(document);
  if (!perDoc) costMemo.set(document, (perDoc = new Map()));
  const key = `${operationName ?? ''}\u0000${json}`;
  const hit = perDoc.get(key);
  if (hit) return hit;
  const r = queryCost(schema, document, operationName, variables);
  if (perDoc.size >= COST_MEMO) perDoc.clear();
  perDoc.set(key, r);
  return r;
}

/** The status of a response that went through the GraphQL pipeline (see the header comment). */
function graphQLStatus(mediaType: string, outcome: Outcome, apolloStatus: number): number {
  const first = outcome.codes[0];
  if (first && HTTP_LEVEL.has(first)) return ERROR_TABLE[first].http;
  if (apolloStatus === 405 || apolloStatus === 406 || apolloStatus === 415) return apolloStatus;
  if (mediaType.startsWith('application/graphql-response+json')) {
    if (outcome.hasData || !first) return 200;
    return ERROR_TABLE[first].http;
  }
  return 200;
}

function fmt(n: number): string {
  return n >= 1e12 ? n.toExponential(1) : Math.round(n).toLocaleString('en-US');
}

function gqlError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status: ERROR_TABLE[code].http } } });
}

/** `mutation { … }` against a schema without mutations is a validation error, not a crash. */
function knownOperationTypes(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      const schema = context.getSchema();
      const root = node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
      if (!root) {
        context.reportError(new GraphQLError(`本服务不支持 ${node.operation} 操作 / this API has no ${node.operation} operations`, { nodes: [node] }));
      }
    },
  };
}

const COMPLEXITY = /(depth limit|aliases limit|token limit|Too many|exceeded)/i;
/** How Apollo's csrfPrevention refusal begins (English only). */
const CSRF_PREFIX = 'This operation has been blocked as a potential Cross-Site Request Forgery';

/**
 * One bilingual line naming the limit for a complexity refusal raised in English by graphql-armor
 * (depth, aliases) or graphql-js (introspection depth), or by the engine itself (a stack overflow).
 */
export function complexityMessage(raw: string): string {
  let m = /depth limit of (\d+) exceeded, found (\d+)/i.exec(raw);
  if (m) return `查询嵌套过深：至多 ${m[1]} 层，收到 ${m[2]} 层 / query too deep: at most ${m[1]} levels, got ${m[2]}`;
  m = /aliases limit of (\d+) exceeded, found (\d+)/i.exec(raw);
  if (m) return `别名过多：至多 ${m[1]} 个，收到 ${m[2]} 个 / too many aliases: at most ${m[1]}, got ${m[2]}`;
  if (/introspection depth/i.test(raw)) {
    return '内省查询嵌套过深：fields、interfaces、possibleTypes、inputFields 至多嵌套 3 层 / introspection too deep: fields, interfaces, possibleTypes and inputFields nest at most 3 levels';
  }
  if (/call stack/i.test(raw)) {
    return `查询或变量嵌套过深，无法处理（变量至多嵌套 ${MAX_INPUT_DEPTH} 层，查询至多 ${GRAPHQL_LIMITS.maxDepth} 层）/ query or variables nested too deep to process (variables at most ${MAX_INPUT_DEPTH} levels, queries ${GRAPHQL_LIMITS.maxDepth})`;
  }
  return /[\u4e00-\u9fff]/.test(raw) ? raw : `查询过于复杂 / query too complex: ${raw}`;
}

/** Codes Apollo raises on its own, mapped into the one union. */
const APOLLO_CODES: Readonly<Record<string, ErrorCode>> = {
  BAD_REQUEST: 'BAD_REQUEST',
  OPERATION_RESOLUTION_FAILURE: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_REQUEST',
};

/** One boundary for errors: stable codes of the union in errors.ts, no internals leaked. */
export function normaliseError(formatted: GraphQLFormattedError, error: unknown, log: (m: string) => void): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const clean = (ext: Record<string, unknown> | undefined, code: ErrorCode) => {
    const out: Record<string, unknown> = { ...(ext ?? {}), code };
    delete out.stacktrace;
    delete out.http;
    return out;
  };
  // Limits enforced by graphql-armor and graphql-js surface as validation/syntax errors: their own code, one bilingual line.
  if (COMPLEXITY.test(formatted.message) && !isKgError(original)) {
    return { message: complexityMessage(formatted.message), extensions: { code: 'QUERY_TOO_COMPLEX' } };
  }
  if (/contains more th\w+ \d+ tokens/.test(formatted.message)) {
    return { message: `查询过长（超过 ${GRAPHQL_LIMITS.maxTokens} 个词法单元）/ ${formatted.message}`, extensions: { code: 'QUERY_TOO_COMPLEX' } };
  }
  if (formatted.message.startsWith('Syntax Error')) {
    return { message: `查询语法错误 / ${formatted.message}`, ...(formatted.locations ? { locations: formatted.locations } : {}), extensions: { code: 'GRAPHQL_PARSE_FAILED' } };
  }
  if (isKgError(original)) {
    const d = describeError(original);
    if (!d.known) log(`internal error [${original.code}]: ${original.stack ?? original.message}`);
    return { message: d.message, ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: d.code, ...original.details } };
  }
  if (formatted.message.startsWith(CSRF_PREFIX)) {
    return {
      message:
        '已拦截疑似跨站请求（CSRF）：请以 Content-Type: application/json 发送，或带上 apollo-require-preflight 或 x-apollo-operation-name 请求头（text/plain、表单类型须带其一）/ blocked as a potential cross-site request forgery (CSRF): send Content-Type: application/json, or an apollo-require-preflight or x-apollo-operation-name header (text/plain and form types need one)',
      extensions: { code: 'BAD_REQUEST' },
    };
  }
  const raw = (original instanceof GraphQLError ? original.extensions?.code : undefined) ?? formatted.extensions?.code;
  if (raw === 'PERSISTED_QUERY_NOT_SUPPORTED') {
    return { message: '不支持持久化查询（APQ），请发送 query 文本 / persisted queries are not supported: send the query text', extensions: { code: 'BAD_REQUEST' } };
  }
  if (typeof raw === 'string' && raw !== 'INTERNAL_SERVER_ERROR') {
    const code = isErrorCode(raw) ? raw : APOLLO_CODES[raw];
    if (code) return { ...formatted, extensions: clean(original instanceof GraphQLError ? original.extensions : formatted.extensions, code) };
  }
  const storeCode = (original as { code?: unknown } | null)?.code;
  if (storeCode === 'STORE_UNAVAILABLE') {
    return { message: '图存储暂不可用 / graph store unavailable', extensions: { code: 'STORE_UNAVAILABLE' } };
  }
  log(`internal error: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
  return { message: '服务器内部错误 / internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
