// Worker thread of bench/store-write.ts --producer worker: builds the synthetic graph's batches and
// encodes each batch file (server/src/batch-codec.ts), as the ingest workers do for `kg ingest`, and
// posts {batch, encoded} to the writer thread, at most `ahead` ahead of its acknowledgements.
import { register } from 'tsx/esm/api';

register();
const { parentPort, workerData } = await import('node:worker_threads');
const { syntheticGraph } = await import('./generate-graph.ts');
const { encodeBatchFile } = await import('../server/src/batch-codec.ts');

const { n, seed, docs } = workerData;
const syn = syntheticGraph(n, seed, docs);
let next = 0;
const produce = () => {
  if (next >= syn.documents) return parentPort.postMessage({ done: true });
  const batch = syn.batch(next++);
  parentPort.postMessage({ batch, encoded: encodeBatchFile(batch) });
};
// One message from the writer per batch it wants (it asks for `ahead` at the start).
parentPort.on('message', produce);
