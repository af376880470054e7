// Neo4j connection settings, read and validated from the environment (an untrusted edge).
import { StoreConfigError, redactUri } from './errors.ts';

export interface Neo4jConfig {
  /** bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or neo4j+ssc:// */
  uri: string;
  user: string;
  /** Empty: connect without authentication (a server with NEO4J_AUTH=none). */
  password: string;
  /** Database name; the server's default database when absent. */
  database?: string;
  /** Rows per UNWIND statement when writing (default 500). */
  batchSize?: number;
  /** Apply cypher/schema.cypher when the store opens (default true). */
  applySchema?: boolean;
}

export const DEFAULT_BATCH_SIZE = 500;
export const MAX_BATCH_SIZE = 50_000;
const SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv | Record<string, string | undefined>): Neo4jConfig {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) throw new StoreConfigError('NEO4J_URI is not set');
  const config: Neo4jConfig = {
    uri,
    user: env.NEO4J_USER?.trim() || 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
  };
  const database = env.NEO4J_DATABASE?.trim();
  if (database) config.database = database;
  const batch = env.NEO4J_BATCH_SIZE?.trim();
  if (batch) config.batchSize = parseBatchSize(batch);
  return validateConfig(config);
}

export function validateConfig(config: Neo4jConfig): Neo4jConfig {
  let scheme: string;
  try {
    scheme = new URL(config.uri).protocol;
  } catch {
    throw new StoreConfigError(`NEO4J_URI is not a URI: ${redactUri(config.uri)}`);
  }
  if (!SCHEMES.includes(scheme)) {
    throw new StoreConfigError(
      `NEO4J_URI ${redactUri(config.uri)} has scheme ${scheme}; expected one of ${SCHEMES.map((s) => s + '//').join(', ')}`,
    );
  }
  if (config.batchSize !== undefined) parseBatchSize(String(config.batchSize));
  if (config.database !== undefined && !/^[A-Za-z0-9][A-Za-z0-9.\-_]{0,62}$/.test(config.database)) {
    throw new StoreConfigError(`NEO4J_DATABASE ${JSON.stringify(config.database)} is not a valid database name`);
  }
  return config;
}

function parseBatchSize(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_BATCH_SIZE) {
    throw new StoreConfigError(`NEO4J_BATCH_SIZE must be an integer from 1 to ${MAX_BATCH_SIZE}, got ${JSON.stringify(raw)}`);
  }
  return n;
}
