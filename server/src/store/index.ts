// Store selection: Neo4j when NEO4J_URI is set, the embedded store otherwise.
import path from 'node:path';
import type { GraphStore } from './port.ts';
import { EmbeddedStore } from './embedded/index.ts';

export type OpenedStore = GraphStore & {
  /** Human-readable description for logs (never contains a password). */
  describe(): string;
  /** Apply schema (constraints, indexes) where the store has one; no-op for embedded. */
  migrate?(): Promise<void>;
  /** Problems found while opening that did not stop it (embedded: quarantined batch files). */
  warnings?(): string[];
  /**
   * Keep up with what other processes commit to the same store (embedded: a server picks up the
   * CLI's ingests from the shared data directory). Neo4j needs nothing: every read sees the database.
   */
  startFollowing?(): void;
};

export interface OpenStoreOptions {
  dataDir?: string;
  env?: NodeJS.ProcessEnv;
}

export const DEFAULT_DATA_DIR = 'data';

export async function openStore(options: OpenStoreOptions = {}): Promise<OpenedStore> {
  const env = options.env ?? process.env;
  if (env.NEO4J_URI) {
    const mod = await import('./neo4j/index.ts');
    const config = mod.neo4jConfigFromEnv(env);
    const store = await mod.createNeo4jStore(config);
    return store as OpenedStore;
  }
  const dir = path.resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  return EmbeddedStore.open({ dir });
}
