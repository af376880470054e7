// Test support: wipe the database the contract suite runs against. Lives in the adapter so that
// test files need not import neo4j-driver.
//
// Guard: the first wipe of a database leaves a (:KgTestMarker) node. A database that holds data
// but no marker is somebody's real graph: refuse unless NEO4J_TEST_WIPE=1 says otherwise.
import { validateConfig, type Neo4jConfig } from './config.ts';
import { Executor } from './executor.ts';

export async function wipeTestDatabase(config: Neo4jConfig, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const exec = new Executor(validateConfig(config));
  try {
    await exec.verify();
    await exec.write(async (tx) => {
      const [row] = await tx.run({
        name: 'test-guard',
        cypher:
          'OPTIONAL MATCH (m:KgTestMarker) WITH count(m) AS markers ' +
          'CALL () { MATCH (n) WHERE NOT n:KgTestMarker RETURN count(n) AS other } RETURN markers, other',
        params: {},
      });
      if (Number(row?.markers) === 0 && Number(row?.other) > 0 && env.NEO4J_TEST_WIPE !== '1') {
        throw new Error(
          `${exec.describe()} holds ${String(row?.other)} nodes not created by the tests; refusing to wipe it. ` +
            'Point NEO4J_URI/NEO4J_DATABASE at a scratch database, or set NEO4J_TEST_WIPE=1.',
        );
      }
      await tx.run({ name: 'test-wipe', cypher: 'MATCH (n) WHERE NOT n:KgTestMarker DETACH DELETE n', params: {} });
      await tx.run({ name: 'test-mark', cypher: 'MERGE (:KgTestMarker {id: 1})', params: {} });
    });
  } finally {
    await exec.close();
  }
}
