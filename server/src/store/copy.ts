// `kg copy --to neo4j`: move a whole embedded store into Neo4j, with every document's
// contributions (so later ingests, removals and re-ingests on Neo4j behave as they would have
// on the embedded store). Default: a bulk load into an empty database in UNWIND batches; with
// `merge`, each document goes through the normal write path (works on a database that already
// holds documents, slower).
import { KgError } from '../errors.ts';
import { EmbeddedStore } from './embedded/index.ts';

export interface CopyOptions {
  dataDir: string;
  env: NodeJS.ProcessEnv;
  merge?: boolean;
  log?: (msg: string) => void;
}

export interface CopyResult {
  nodes: number;
  edges: number;
  documents: number;
  target: string;
}

export async function copyEmbeddedToNeo4j(opts: CopyOptions): Promise<CopyResult> {
  if (!opts.env.NEO4J_URI) {
    throw new KgError('BAD_USAGE', 'kg copy --to neo4j 需要 NEO4J_URI（以及 NEO4J_USER / NEO4J_PASSWORD）/ kg copy --to neo4j needs NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD)');
  }
  const log = opts.log ?? (() => undefined);
  const from = await EmbeddedStore.open({ dir: opts.dataDir });
  try {
    const mod = await import('./neo4j/index.ts');
    const to = await mod.createNeo4jStore(mod.neo4jConfigFromEnv(opts.env));
    try {
      const stats = await from.stats();
      log(`复制 / copying ${stats.documents} documents, ${stats.nodes} nodes, ${stats.edges} edges: ${from.describe()} → ${to.describe()}`);
      if (opts.merge) {
        let n = 0;
        for (const b of from.sourceBatches()) {
          await to.replaceDocument(b);
          if (++n % 50 === 0) log(`${n} documents`);
        }
      } else {
        await to.bulkLoad(from.dump(), log);
      }
      const after = await to.stats();
      return { nodes: after.nodes, edges: after.edges, documents: after.documents, target: to.describe() };
    } finally {
      await to.close();
    }
  } finally {
    await from.close();
  }
}
