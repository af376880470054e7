// Neo4j adapter for the GraphStore port. The only code that imports neo4j-driver lives in this
// folder. openStore (../index.ts) calls createNeo4jStore(neo4jConfigFromEnv(env)) when
// NEO4J_URI is set.
//
// Beyond the port the store has:
//   migrate()   apply cypher/schema.cypher (idempotent; `npm run kg -- migrate`; also run here
//               when the store opens unless config.applySchema === false)
//   describe()  "Neo4j at bolt://host:7687 (database x)", never the password
// close() closes the driver; call it on shutdown.
import { validateConfig, type Neo4jConfig } from './config.ts';
import { Neo4jStore } from './store.ts';

export { neo4jConfigFromEnv, type Neo4jConfig } from './config.ts';
export { StoreUnavailableError, StoreConfigError } from './errors.ts';
export { Neo4jStore } from './store.ts';

/**
 * Connect, verify the server is reachable (StoreUnavailableError naming the URI otherwise),
 * apply the schema, and return the store.
 */
export async function createNeo4jStore(config: Neo4jConfig): Promise<Neo4jStore> {
  const store = new Neo4jStore(validateConfig(config));
  try {
    await store.connect();
    if (config.applySchema !== false) await store.migrate();
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  }
  return store;
}
