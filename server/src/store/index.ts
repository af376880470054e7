// Store selection: Neo4j when NEO4J_URI is set, the embedded store otherwise.
import path from 'node:path';
import type { GraphStore } from './port.ts';
import { EmbeddedStore } from './embedded/index.ts';
import type { CurationService } from './curation.ts';
import { CuratedStore } from './curated/index.ts';

/** What commands and the server open: the configured adapter seen through its curation log. */
export type OpenedStore = GraphStore & CurationService & {
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
    // Several servers may share one database: pick up each other's curation within 2 s.
    return CuratedStore.open(store, { refreshMs: 2000 });
  }
  const dir = path.resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  // The CLI and a server may share the directory (one writer per commit): pick up each other's
  // documents and curation within 2 s.
  return CuratedStore.open(await EmbeddedStore.open({ dir }), { refreshMs: 2000 });
}
