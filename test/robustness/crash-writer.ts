// Child process for the crash-safety test: writes batches to an embedded store in a loop and
// prints "committed <i>" after each write is durable. The parent kills it with SIGKILL at a
// random moment. Batch i is fully determined by i (see batchFor), so the parent can check the
// reloaded state against what was acknowledged.
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { batchFor } from './crash-batches.ts';

const dir = process.argv[2]!;
const start = Number(process.argv[3] ?? 0);
const store = await EmbeddedStore.open({ dir });
for (let i = start; ; i++) {
  if (i % 7 === 6) await store.removeDocument(`doc:w${i % 3}`);
  else await store.replaceDocument(batchFor(i));
  process.stdout.write(`committed ${i}\n`);
}
