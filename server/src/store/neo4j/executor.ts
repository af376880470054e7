// The one module that owns the driver, sessions and transactions.
//
// Statements come in as `{ cypher, params }` (built in statements.ts from cypher/*.cypher);
// rows go out as plain objects with every Neo4j Integer converted to a JS number, so no driver
// type leaves the adapter. Reads and writes run in managed transactions
// (`session.executeRead` / `executeWrite`): the driver retries transient failures (deadlocks,
// leader switches, lost connections) by re-running the whole transaction function, so those
// functions must not have side effects outside the transaction. Driver errors that mean "the
// store is not there" are mapped to StoreUnavailableError here, and only here.
//
// Every session shares one bookmark manager: on a cluster (or Aura) a read that follows a write
// of this process waits until the member it reads from has that write (causal consistency), so
// a query right after an ingest sees the ingest.
import neo4j, { type AuthToken, type BookmarkManager, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { Neo4jConfig } from './config.ts';
import type { Statement } from './cypher-files.ts';
import { StoreUnavailableError, redactUri } from './errors.ts';

export type Row = Record<string, unknown>;

/** What a transaction function sees: run statements, get plain rows. */
export interface Tx {
  run(stmt: Statement): Promise<Row[]>;
}

export class Executor {
  readonly driver: Driver;
  readonly safeUri: string;
  readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();
  private closed = false;

  constructor(private readonly config: Neo4jConfig) {
    this.safeUri = redactUri(config.uri);
    const auth: AuthToken =
      config.password === '' ? { scheme: 'none', credentials: '' } : neo4j.auth.basic(config.user, config.password);
    this.driver = neo4j.driver(config.uri, auth, {
      maxTransactionRetryTime: 30_000,
      connectionTimeout: 15_000,
      connectionAcquisitionTimeout: 60_000,
      userAgent: 'industry-kg',
    });
  }

  describe(): string {
    return `Neo4j at ${this.safeUri}${this.config.database ? ` (database ${this.config.database})` : ''}`;
  }

  /** Fails with StoreUnavailableError when the server, credentials or database are wrong. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity(this.config.database ? { database: this.config.database } : {});
      // verifyConnectivity does not check that the database exists; a trivial read does.
      await this.read((tx) => tx.run({ name: 'verify', cypher: 'RETURN 1 AS ok', params: {} }));
    } catch (err) {
      throw this.mapError(err) ?? err;
    }
  }

  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.withSession('READ', (s) => s.executeRead((tx) => work(wrap(tx))));
  }

  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.withSession('WRITE', (s) => s.executeWrite((tx) => work(wrap(tx))));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', fn: (s: Session) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error(`${this.describe()}: store is closed`);
    const session = this.driver.session({
      ...(this.config.database ? { database: this.config.database } : {}),
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    try {
      return await fn(session);
    } catch (err) {
      throw this.mapError(err) ?? err;
    } finally {
      await session.close();
    }
  }

  /** Driver error → StoreUnavailableError, or null to rethrow the error unchanged. */
  mapError(err: unknown): StoreUnavailableError | null {
    if (err instanceof StoreUnavailableError) return err;
    if (!(err instanceof Error)) return null;
    const code = (err as { code?: unknown }).code;
    const where = this.describe();
    const reason = err.message.split('\n')[0];
    if (code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED) {
      return new StoreUnavailableError(`Cannot connect to ${where}: ${reason}`, this.safeUri, { cause: err });
    }
    if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return new StoreUnavailableError(
        `${where} rejected the credentials of user ${JSON.stringify(this.config.user)} (check NEO4J_USER / NEO4J_PASSWORD)`,
        this.safeUri,
        { cause: err },
      );
    }
    if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
      return new StoreUnavailableError(`${where}: database not found (check NEO4J_DATABASE)`, this.safeUri, {
        cause: err,
      });
    }
    return null;
  }
}

function wrap(tx: ManagedTransaction): Tx {
  return {
    async run(stmt: Statement): Promise<Row[]> {
      const result = await tx.run(stmt.cypher, toParams(stmt.params) as Record<string, unknown>);
      return result.records.map((r) => toPlain(r.toObject(), stmt.name) as Row);
    },
  };
}

/**
 * Parameters out: JS numbers that are safe integers become Cypher INTEGERs (the driver would
 * send every number as FLOAT, which LIMIT and list slicing refuse), recursively.
 */
export function toParams(v: unknown): unknown {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) return v.map(toParams);
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = toParams(x);
    return out;
  }
  return v;
}

/**
 * Deep-convert driver values to plain JS: Integers → numbers (refusing ones beyond 2^53 rather
 * than silently rounding), lists and maps recursively. Queries return scalars, lists and maps
 * only; a graph object (node, relationship, path) reaching here is a query bug.
 */
export function toPlain(v: unknown, where: string): unknown {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) {
    if (!neo4j.integer.inSafeRange(v)) throw new RangeError(`${where}: integer ${v.toString()} exceeds 2^53`);
    return neo4j.integer.toNumber(v);
  }
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map((x) => toPlain(x, where));
  if (typeof v === 'object') {
    if (neo4j.isNode(v as never) || neo4j.isRelationship(v as never) || neo4j.isPath(v as never)) {
      throw new TypeError(`${where}: query returned a graph object; return maps of properties instead`);
    }
    if (Object.getPrototypeOf(v) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = toPlain(x, where);
      return out;
    }
    throw new TypeError(`${where}: unexpected ${(v as object).constructor?.name ?? 'object'} in a result`);
  }
  return v;
}
