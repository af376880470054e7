// Does an edge's confidence mean what it says? For every edge at the default threshold in the given
// folders of genre documents with gold, the share judged right by the gold, per relation type, basis
// and confidence (`accepted` edges — optional or implied by the gold — are left out of the share).
// `npx tsx test/tools/truth-calibration.ts DIR... [--by type|basis|confidence|all]`
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createIngestContext, ingestFile } from '../../server/src/ingest/index.ts';
import { readGold, scoreDocument, type DocScore } from './truth-score.ts';

const args = process.argv.slice(2);
const byArg = args.indexOf('--by');
const by = byArg >= 0 ? args[byArg + 1]! : 'all';
const dirs = args.filter((a, i) => !a.startsWith('--') && (byArg < 0 || i !== byArg + 1));
if (dirs.length === 0) {
  console.error('usage: truth-calibration.ts DIR... [--by type|basis|confidence|all]');
  process.exit(2);
}
const ctx = createIngestContext();
const rows = new Map<string, { right: number; wrong: number; accepted: number }>();
const bucket = (c: number): string => (Math.floor(c * 20) / 20).toFixed(2);
for (const dir of dirs) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt') && existsSync(join(dir, x.replace(/\.txt$/, '.gold.json')))).sort()) {
    const gold = readGold(join(dir, f.replace(/\.txt$/, '.gold.json')));
    const { batch } = await ingestFile(join(dir, f), ctx);
    const s: DocScore = scoreDocument(f, gold, batch);
    for (const o of s.outcomes) {
      const key =
        by === 'type' ? o.type : by === 'basis' ? o.basis : by === 'confidence' ? bucket(o.confidence) : `${o.type.padEnd(14)} ${o.basis.padEnd(10)} ${bucket(o.confidence)}`;
      const r = rows.get(key) ?? { right: 0, wrong: 0, accepted: 0 };
      r[o.verdict]++;
      rows.set(key, r);
    }
  }
}
console.log(`edges at confidence ≥ 0.5 in ${dirs.length} folder(s), by ${by}: right / wrong (accepted), precision`);
for (const [k, r] of [...rows].sort((a, b) => a[0].localeCompare(b[0]))) {
  const p = r.right + r.wrong ? r.right / (r.right + r.wrong) : 1;
  console.log(`${k.padEnd(34)} ${String(r.right).padStart(5)} / ${String(r.wrong).padStart(4)} (${r.accepted})  P ${p.toFixed(3)}`);
}
