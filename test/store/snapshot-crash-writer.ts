// Child process for the snapshot crash test: like test/robustness/crash-writer.ts, but the store
// writes a snapshot after every commit, so SIGKILL lands inside snapshot writes too.
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { batchFor } from '../robustness/crash-batches.ts';

const dir = process.argv[2]!;
const start = Number(process.argv[3] ?? 0);
const store = await EmbeddedStore.open({ dir, snapshot: { minLogBytes: 0, afterCommitRatio: 0, onCloseRatio: 0, idleMs: 0 } });
for (let i = start; ; i++) {
  if (i % 7 === 6) await store.removeDocument(`doc:w${i % 3}`);
  else await store.replaceDocument(batchFor(i));
  process.stdout.write(`committed ${i}\n`);
}
