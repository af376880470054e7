// Score any folder of genre documents with gold (NAME.txt + NAME.gold.json) the way
// test/unit/truth-blind.test.ts scores the fixtures: `npx tsx test/tools/truth-score-dir.ts DIR
// [--verbose]`. Used to score a blind set once without moving it into the repo first.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createIngestContext, ingestFile } from '../../server/src/ingest/index.ts';
import { readGold, report, scoreDocument, type DocScore } from './truth-score.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: truth-score-dir.ts DIR [--verbose]');
  process.exit(2);
}
const verbose = process.argv.includes('--verbose');
const ctx = createIngestContext();
const scores: DocScore[] = [];
// Only NAME.txt with a NAME.gold.json beside it (score reports such as SCORE-*.txt are skipped).
for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt') && existsSync(join(dir, x.replace(/\.txt$/, '.gold.json')))).sort()) {
  const gold = readGold(join(dir, f.replace(/\.txt$/, '.gold.json')));
  const { batch } = await ingestFile(join(dir, f), ctx);
  scores.push(scoreDocument(f, gold, batch));
}
if (scores.length === 0) {
  console.error(`no NAME.txt + NAME.gold.json pairs in ${resolve(dir)}`);
  process.exit(1);
}
console.log(report(resolve(dir), scores, verbose));
