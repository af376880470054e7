// Child process for the group-commit crash test: hands the store windows of operations in one
// tick (replacements, which commit as groups, and removals between them), and prints
// "committed <i>" for each operation, in order, once it is durable. The parent SIGKILLs it at a
// random moment. Operation i is fully determined by i (see group-crash-batches.ts).
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { groupOp, windowAt } from './group-crash-batches.ts';

const dir = process.argv[2]!;
const start = Number(process.argv[3] ?? 0);
const store = await EmbeddedStore.open({ dir });
for (let i = start; ; ) {
  const w = windowAt(i);
  const ops: Promise<unknown>[] = [];
  for (let k = 0; k < w; k++) {
    const op = groupOp(i + k);
    ops.push(op.remove ? store.removeDocument(op.remove) : store.replaceDocument(op.batch!));
  }
  for (let k = 0; k < w; k++) {
    await ops[k];
    process.stdout.write(`committed ${i + k}\n`);
  }
  i += w;
}
