// relatedEnterprises as an investment-promotion (招商) officer sees it: for 飞腾, 中科曙光, 中源协和 and
// 力神电池, today's top 10 on the seeds, each candidate judged acceptable or not (and why) in
// test/fixtures/audit/related-judgments.tsv. A judgment is about the pair (is this firm one an
// officer would look at next, given the first one?), not about the rank, so it survives re-ranking;
// candidates not judged yet are listed.
//
//   npx tsx test/tools/related-judgments.ts        # prints the four top 10s with their judgments
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { relatedEnterprises, type RelatedEnterprise } from '../../server/src/analysis/index.ts';
import { ChainIndex } from '../../server/src/chain-templates.ts';
import { loadLexicon } from '../../server/src/ingest/lexicon/index.ts';
import { collectInputFiles, createIngestContext, ingestFile } from '../../server/src/ingest/index.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import type { GraphStore } from '../../server/src/store/port.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const RELATED_JUDGMENTS = join(ROOT, 'test', 'fixtures', 'audit', 'related-judgments.tsv');
export const FIRMS = ['飞腾', '中科曙光', '中源协和', '力神电池'] as const;

export interface PairJudgment {
  firm: string;
  candidate: string;
  acceptable: boolean;
  why: string;
}

/** firm<TAB>candidate<TAB>acceptable|not<TAB>why */
export function loadPairJudgments(path = RELATED_JUDGMENTS): Map<string, PairJudgment> {
  const out = new Map<string, PairJudgment>();
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim() || line.startsWith('#') || line.startsWith('firm\t')) return;
      const [firm, candidate, verdict, why] = line.split('\t');
      if (!firm || !candidate || (verdict !== 'acceptable' && verdict !== 'not') || !why?.trim()) {
        throw new Error(`${path}:${i + 1}: expected firm<TAB>candidate<TAB>acceptable|not<TAB>why`);
      }
      const k = `${firm}\u0000${candidate}`;
      if (out.has(k)) throw new Error(`${path}:${i + 1}: ${firm} / ${candidate} judged twice`);
      out.set(k, { firm, candidate, acceptable: verdict === 'acceptable', why: why.trim() });
    });
  return out;
}

/** The seeds in a fresh embedded store (a temporary directory, removed by `close`). */
export async function seedStore(): Promise<{ store: GraphStore; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-related-'));
  const store = await EmbeddedStore.open({ dir });
  const ctx = createIngestContext();
  for (const f of await collectInputFiles([join(ROOT, 'seeds')])) await store.replaceDocument((await ingestFile(f, ctx)).batch);
  return {
    store,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface FirmTop {
  firm: string;
  top: { r: RelatedEnterprise; judgment?: PairJudgment }[];
  acceptable: number;
  unjudged: string[];
}

export async function judgeTops(store: GraphStore, judgments = loadPairJudgments(), first = 10, minConfidence?: number): Promise<FirmTop[]> {
  const out: FirmTop[] = [];
  // the chain templates of the lexicon, as the server hands them to the analysis
  const templates = new ChainIndex(loadLexicon().chains);
  for (const firm of FIRMS) {
    const rs = (await relatedEnterprises(store, `enterprise:${firm}`, first, { templates, ...(minConfidence !== undefined ? { minConfidence } : {}) })) ?? [];
    const top = rs.map((r) => {
      const j = judgments.get(`${firm}\u0000${r.enterprise.name}`);
      return j ? { r, judgment: j } : { r };
    });
    out.push({
      firm,
      top,
      acceptable: top.filter((t) => t.judgment?.acceptable).length,
      unjudged: top.filter((t) => !t.judgment).map((t) => t.r.enterprise.name),
    });
  }
  return out;
}

export function formatTops(tops: FirmTop[], verbose = true): string {
  const lines: string[] = [];
  for (const t of tops) {
    lines.push(`${t.firm}: ${t.acceptable}/${t.top.length} acceptable${t.unjudged.length ? `, not judged: ${t.unjudged.join('、')}` : ''}`);
    if (!verbose) continue;
    t.top.forEach(({ r, judgment }, i) => {
      const v = judgment ? (judgment.acceptable ? 'ok ' : 'NO ') : '?  ';
      lines.push(`  ${String(i + 1).padStart(2)}. ${v} ${r.enterprise.name} (${r.score}) ${judgment ? '— ' + judgment.why : ''}`);
      lines.push(`        ${r.reasons.join(' | ')}`);
    });
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { store, close } = await seedStore();
  try {
    console.log(formatTops(await judgeTops(store)));
  } finally {
    await close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
