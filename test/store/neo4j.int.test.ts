// The GraphStore contract against Neo4j. Runs only when NEO4J_URI is set (CI: the neo4j
// workflow's service container). Each test starts from an emptied database; see
// server/src/store/neo4j/testing.ts for the guard that keeps this off a real graph.
import { describe, it } from 'vitest';
import { CuratedStore } from '../../server/src/store/curated/index.ts';
import { defineCurationSuite, defineGraphStoreSuite } from './contract.ts';
import { createNeo4jStore, neo4jConfigFromEnv } from '../../server/src/store/neo4j/index.ts';
import { wipeTestDatabase } from '../../server/src/store/neo4j/testing.ts';

if (process.env.NEO4J_URI) {
  const config = neo4jConfigFromEnv(process.env);
  let migrated = false;
  defineGraphStoreSuite('neo4j', async () => {
    await wipeTestDatabase(config);
    // Apply the schema once per run; later stores skip it (it is idempotent, just slower).
    const store = await createNeo4jStore({ ...config, applySchema: !migrated });
    migrated = true;
    return store;
  }, {
    // A "restart": close the driver, connect again; the graph lives in Neo4j.
    reopen: async (s) => {
      await s.close();
      return createNeo4jStore({ ...config, applySchema: false });
    },
  });
  const fresh = async () => {
    await wipeTestDatabase(config);
    const store = await createNeo4jStore({ ...config, applySchema: !migrated });
    migrated = true;
    return store;
  };
  const reopen = async (s: import('../../server/src/store/port.ts').GraphStore) => {
    await s.close();
    return createNeo4jStore({ ...config, applySchema: false });
  };
  // The port contract through the curation layer (empty log), and the curation contract.
  defineGraphStoreSuite('neo4j + curation layer', async () => CuratedStore.open(await fresh()), {
    reopen: async (s) => CuratedStore.open(await reopen((s as CuratedStore).inner)),
  });
  // The import test opens a second store (the same database, wiped) after reading the first's export.
  defineCurationSuite('neo4j', fresh, { reopen });
} else {
  describe('GraphStore contract: neo4j', () => {
    it.skip('NEO4J_URI not set — Neo4j contract tests skipped', () => {});
  });
}
