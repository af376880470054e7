// The response cache: whole GraphQL answers (status, headers, body) of read-only operations,
// remembered per data generation of the store (GraphStore.dataGeneration).
//
// Key: the normalised query document (parsed and printed, then sha256), the operation name, the
// variables as sent (JSON), who asks (anonymous, or the user's name, role and how they signed in:
// `me` answers the caller) and the Accept header (the media type and the status codes of the answer
// depend on it). Only queries are cached, never mutations or subscriptions, and only answers that are
// complete successes (status 200, data, no error).
//
// Why a hit can skip the limits (README "Response cache"): the limits in front of execution (tokens,
// depth, aliases, cost, `first` bounds, KG_READS) are functions of the document, the variables and the
// caller, all in the key, and only answers that passed them are stored; an answer that met the
// deadline and the size budget is the same answer next time. Authentication and the Host check run
// in the HTTP layer before the handler. The cache serves only POST with an application/json body
// (never GET: Apollo's CSRF check for GET is not repeated here).
//
// Bounds: KG_RESPONSE_CACHE_MB in total (LRU by bytes, default 64; 0 turns the cache off), no entry
// over 1/16 of that (at most 4 MB). A new generation empties the cache at once.
import { createHash } from 'node:crypto';
import { Kind, parse, print, type DocumentNode } from 'graphql';
import { KgError } from '../errors.ts';

export interface ResponseCacheOptions {
  maxBytes: number;
  maxEntryBytes?: number;
}

export const DEFAULT_RESPONSE_CACHE_MB = 64;

/** KG_RESPONSE_CACHE_MB: megabytes for the cache (0: off). */
export function responseCacheFromEnv(env: NodeJS.ProcessEnv = process.env): ResponseCacheOptions | null {
  const raw = env.KG_RESPONSE_CACHE_MB?.trim();
  if (raw === undefined || raw === '') return { maxBytes: DEFAULT_RESPONSE_CACHE_MB * 2 ** 20 };
  const mb = Number(raw);
  if (!Number.isFinite(mb) || mb < 0 || mb > 65536) {
    throw new KgError('BAD_USAGE', `KG_RESPONSE_CACHE_MB 无效 / invalid KG_RESPONSE_CACHE_MB "${raw}" (megabytes, 0 to turn the cache off, at most 65536)`);
  }
  return mb === 0 ? null : { maxBytes: Math.round(mb * 2 ** 20) };
}

export interface CachedResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

export interface ResponseCacheStats {
  enabled: boolean;
  hits: number;
  misses: number;
  /** Answers that could not be cached (mutations, errors, GET, too large). */
  bypassed: number;
  entries: number;
  bytes: number;
  maxBytes: number;
  generation: number | null;
}

interface Entry extends CachedResponse {
  bytes: number;
}

/** What a request's query text normalises to (null: not cacheable, e.g. a parse error). */
interface Normalised {
  hash: string;
  /** Operation name (or '' for the only operation) → whether it is a query. */
  queries: Map<string, boolean>;
}

const NORMALISED_MAX = 2000;
/** Query texts longer than this are not cached (nor remembered: 2,000 of them stay under 40 MB). */
const MAX_QUERY_CHARS = 20_000;
/** Variables longer than this (as JSON) are not cached: the key would cost more than it saves. */
const MAX_VARIABLES_CHARS = 8192;
/** A string's memory, roughly: two bytes a character plus the Map entry and object. */
const sizeOf = (key: string, r: CachedResponse) => 2 * (key.length + r.body.length) + 64 * (r.headers.length + 4);

export class ResponseCache {
  readonly maxBytes: number;
  readonly maxEntryBytes: number;
  private readonly entries = new Map<string, Entry>();
  private readonly normalised = new Map<string, Normalised | null>();
  private bytes = 0;
  private generation: number | null = null;
  hits = 0;
  misses = 0;
  bypassed = 0;

  constructor(options: ResponseCacheOptions, private readonly maxTokens: number) {
    this.maxBytes = options.maxBytes;
    this.maxEntryBytes = options.maxEntryBytes ?? Math.min(4 * 2 ** 20, Math.floor(options.maxBytes / 16));
  }

  /**
   * The key of a request, or null when it must not be cached: the body is not `{ query, variables?,
   * operationName? }`, the query does not parse, or the operation is not a query.
   */
  keyOf(body: unknown, caller: string, accept: string): string | null {
    if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
    const { query, variables, operationName, extensions, ...rest } = body as Record<string, unknown>;
    if (typeof query !== 'string' || query.length > MAX_QUERY_CHARS || extensions !== undefined || Object.keys(rest).length > 0) return null;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
    if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
    const norm = this.normalise(query);
    if (!norm) return null;
    const op = operationName ?? '';
    const isQuery = op === '' ? norm.queries.size === 1 && [...norm.queries.values()][0] : norm.queries.get(op);
    if (!isQuery) return null;
    const vars = JSON.stringify(variables ?? {});
    if (vars.length > MAX_VARIABLES_CHARS) return null;
    return `${norm.hash}\u0000${op}\u0000${vars}\u0000${caller}\u0000${accept}`;
  }

  private normalise(query: string): Normalised | null {
    const known = this.normalised.get(query);
    if (known !== undefined) return known;
    let out: Normalised | null = null;
    try {
      const doc: DocumentNode = parse(query, { noLocation: true, maxTokens: this.maxTokens });
      const queries = new Map<string, boolean>();
      let anonymous = 0;
      for (const d of doc.definitions) {
        if (d.kind !== Kind.OPERATION_DEFINITION) continue;
        if (!d.name) anonymous++;
        queries.set(d.name?.value ?? '', d.operation === 'query');
      }
      // Several anonymous operations are invalid: let GraphQL answer the error, uncached.
      if (anonymous <= 1) out = { hash: createHash('sha256').update(print(doc)).digest('base64'), queries };
    } catch {
      out = null;
    }
    if (this.normalised.size >= NORMALISED_MAX) this.normalised.clear();
    this.normalised.set(query, out);
    return out;
  }

  /** Moves to `generation`, dropping every answer of an earlier one. */
  private at(generation: number): void {
    if (generation === this.generation) return;
    this.entries.clear();
    this.bytes = 0;
    this.generation = generation;
  }

  get(key: string, generation: number): CachedResponse | undefined {
    this.at(generation);
    const e = this.entries.get(key);
    if (!e) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e;
  }

  /** Store an answer computed at `generation` (ignored when the store has moved on since). */
  set(key: string, generation: number, response: CachedResponse): void {
    if (generation !== this.generation) return;
    const bytes = sizeOf(key, response);
    if (bytes > this.maxEntryBytes) {
      this.bypassed++;
      return;
    }
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.entries.delete(key);
    }
    while (this.bytes + bytes > this.maxBytes && this.entries.size > 0) {
      const [k, e] = this.entries.entries().next().value as [string, Entry];
      this.entries.delete(k);
      this.bytes -= e.bytes;
    }
    this.entries.set(key, { status: response.status, headers: response.headers, body: response.body, bytes });
    this.bytes += bytes;
  }

  stats(): ResponseCacheStats {
    return { enabled: true, hits: this.hits, misses: this.misses, bypassed: this.bypassed, entries: this.entries.size, bytes: this.bytes, maxBytes: this.maxBytes, generation: this.generation };
  }
}
