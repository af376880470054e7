// The truth of the industry layer measured on documents the extractor was not written against
// (issue 12): test/fixtures/truth-blind (blind genre documents of other cities and industries, gold
// written before the first run), test/fixtures/truth-blind2 (six more, written and annotated by a
// separate blind annotator, scored blind twice, a development set since), test/fixtures/truth-dev4 (six
// more on parks, zones and firms by another blind annotator, scored blind once on main 16e8b69), test/fixtures/truth-blind3
// (seven by a separate blind annotator, scored blind on main, a development set since the blind3fix round),
// test/fixtures/truth-blind4 (seven by a blind annotator, hidden during one round and scored blind before and after it),
// test/fixtures/truth-blind5 (eight by a blind annotator, hidden during the bounds6/rel6 round and scored blind before and after it),
// test/fixtures/truth-blind6 (eight by a blind annotator, hidden during the bounds7/rel7 round and scored blind before and after it),
// test/fixtures/truth-blind7 (eight by a blind annotator, hidden during the bounds8/parks8/chains8 round and scored blind before and after it),
// test/fixtures/truth-dev8 (eight by a blind annotator, a development set of the nodes9/parks9/chains9/struct9 round from its start),
// test/fixtures/truth-blind8 (eight on layouts no earlier set had, by a blind annotator, hidden during the nodes9/parks9/chains9/struct9 round
// and scored blind before and after it, a development set of the round after), test/fixtures/truth-blind9 (eight of the genre's usual layouts
// by a blind annotator, written after that round and hidden during the next, scored blind before and after it),
// test/fixtures/truth-blind10 (eight of the usual layouts by a blind annotator, hidden during the nodes11/parks11/chains11/struct11 round
// and scored blind before and after it, a development set of the round after), test/fixtures/truth-blind11 (eight of the usual
// layouts by a blind annotator, hidden during both rounds of the session that wrote it, scored blind at its start and end),
// test/fixtures/truth-blind12, truth-blind13 and truth-blind14 (eight each of the usual layouts by three blind annotators on
// 2026-12-06: blind12 scored blind before and after the nodes13/parks13/chains13/struct13 round and the source of the next;
// blind13 the gate set, scored with totals only on every branch before its merge; blind14 hidden throughout, scored blind
// at the start, between the rounds and at the end),
// test/fixtures/truth-dev5 (eight by a blind annotator, scored blind on main 5da268e, a development set since the dev5fix round) and test/fixtures/truth-heldout
// (a further third, scored only with TRUTH_HELDOUT=1, looked at once at the end of a round). Scoring rules: test/tools/truth-score.ts
// and test/fixtures/truth-blind/README.md. TRUTH_VERBOSE=1 lists every wrong and missed item.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../server/src/model.ts';
import { createIngestContext, ingestFile } from '../../server/src/ingest/index.ts';
import { precision, readGold, recall, report, scoreDocument, total, type DocScore, type Gold } from '../tools/truth-score.ts';

const FIX = join(import.meta.dirname, '..', 'fixtures');
const BLIND = join(FIX, 'truth-blind');
const BLIND2 = join(FIX, 'truth-blind2');
const DEV4 = join(FIX, 'truth-dev4');
const BLIND3 = join(FIX, 'truth-blind3');
const DEV5 = join(FIX, 'truth-dev5');
const BLIND4 = join(FIX, 'truth-blind4');
const BLIND5 = join(FIX, 'truth-blind5');
const BLIND6 = join(FIX, 'truth-blind6');
const BLIND7 = join(FIX, 'truth-blind7');
const DEV8 = join(FIX, 'truth-dev8');
const BLIND8 = join(FIX, 'truth-blind8');
const BLIND9 = join(FIX, 'truth-blind9');
const BLIND10 = join(FIX, 'truth-blind10');
const BLIND11 = join(FIX, 'truth-blind11');
const BLIND12 = join(FIX, 'truth-blind12');
const BLIND13 = join(FIX, 'truth-blind13');
const BLIND14 = join(FIX, 'truth-blind14');
const BLIND15 = join(FIX, 'truth-blind15');
const BLIND16 = join(FIX, 'truth-blind16');
const BLIND17 = join(FIX, 'truth-blind17');
const BLIND18 = join(FIX, 'truth-blind18');
const BLIND19 = join(FIX, 'truth-blind19');
const BLIND20 = join(FIX, 'truth-blind20');
const BLIND22 = join(FIX, 'truth-blind22');
const BLIND23 = join(FIX, 'truth-blind23');
const BLIND24 = join(FIX, 'truth-blind24');
const BLIND30 = join(FIX, 'truth-blind30');
const BLIND29 = join(FIX, 'truth-blind29');
const BLIND31 = join(FIX, 'truth-blind31');
const BLIND32 = join(FIX, 'truth-blind32');
const BLIND35 = join(FIX, 'truth-blind35');
const BLIND36 = join(FIX, 'truth-blind36');
const BLIND39 = join(FIX, 'truth-blind39');
const BLIND40 = join(FIX, 'truth-blind40');
const BLIND43 = join(FIX, 'truth-blind43');
const BLIND44 = join(FIX, 'truth-blind44');
const BLIND49 = join(FIX, 'truth-blind49');
const BLIND50 = join(FIX, 'truth-blind50');
const BLIND53 = join(FIX, 'truth-blind53');
const BLIND54 = join(FIX, 'truth-blind54');
const BLIND59 = join(FIX, 'truth-blind59');
const BLIND60 = join(FIX, 'truth-blind60');
const HELDOUT = join(FIX, 'truth-heldout');
const ctx = createIngestContext();
const verbose = process.env.TRUTH_VERBOSE === '1';
const withHeldout = process.env.TRUTH_HELDOUT === '1';

// (NAME.txt with a NAME.gold.json beside it: blind2 also keeps its blind score reports, SCORE-*.txt)
const docsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt') && existsSync(join(dir, f.replace(/\.txt$/, '.gold.json')))).sort();

async function run(dir: string): Promise<{ scores: DocScore[]; batches: Map<string, GraphBatch>; golds: Map<string, Gold> }> {
  const scores: DocScore[] = [];
  const batches = new Map<string, GraphBatch>();
  const golds = new Map<string, Gold>();
  for (const f of docsIn(dir)) {
    const gold = readGold(join(dir, f.replace(/\.txt$/, '.gold.json')));
    const { batch } = await ingestFile(join(dir, f), ctx);
    batches.set(f, batch);
    golds.set(f, gold);
    scores.push(scoreDocument(f, gold, batch));
  }
  return { scores, batches, golds };
}

let blind: Awaited<ReturnType<typeof run>>;
let blind2: Awaited<ReturnType<typeof run>>;
let dev4: Awaited<ReturnType<typeof run>>;
let blind3: Awaited<ReturnType<typeof run>>;
let dev5: Awaited<ReturnType<typeof run>>;
let blind4: Awaited<ReturnType<typeof run>>;
let blind5: Awaited<ReturnType<typeof run>>;
let blind6: Awaited<ReturnType<typeof run>>;
let blind7: Awaited<ReturnType<typeof run>>;
let dev8: Awaited<ReturnType<typeof run>>;
let blind8: Awaited<ReturnType<typeof run>>;
let blind9: Awaited<ReturnType<typeof run>>;
let blind10: Awaited<ReturnType<typeof run>>;
let blind11: Awaited<ReturnType<typeof run>>;
let blind12: Awaited<ReturnType<typeof run>>;
let blind13: Awaited<ReturnType<typeof run>>;
let blind14: Awaited<ReturnType<typeof run>>;
let blind15: Awaited<ReturnType<typeof run>>;
let blind16: Awaited<ReturnType<typeof run>>;
let blind17: Awaited<ReturnType<typeof run>>;
let blind18: Awaited<ReturnType<typeof run>>;
let blind19: Awaited<ReturnType<typeof run>>;
let blind20: Awaited<ReturnType<typeof run>>;
let blind22: Awaited<ReturnType<typeof run>>;
let blind23: Awaited<ReturnType<typeof run>>;
let blind24: Awaited<ReturnType<typeof run>>;
let blind30: Awaited<ReturnType<typeof run>>;
let blind29: Awaited<ReturnType<typeof run>>;
let blind31: Awaited<ReturnType<typeof run>>;
let blind32: Awaited<ReturnType<typeof run>>;
let blind35: Awaited<ReturnType<typeof run>>;
let blind36: Awaited<ReturnType<typeof run>>;
let blind39: Awaited<ReturnType<typeof run>>;
let blind40: Awaited<ReturnType<typeof run>>;
let blind43: Awaited<ReturnType<typeof run>>;
let blind44: Awaited<ReturnType<typeof run>>;
let blind49: Awaited<ReturnType<typeof run>>;
let blind50: Awaited<ReturnType<typeof run>>;
let blind53: Awaited<ReturnType<typeof run>>;
let blind54: Awaited<ReturnType<typeof run>>;
let blind59: Awaited<ReturnType<typeof run>>;
let blind60: Awaited<ReturnType<typeof run>>;

beforeAll(async () => {
  blind = await run(BLIND);
  blind2 = await run(BLIND2);
  dev4 = await run(DEV4);
  blind3 = await run(BLIND3);
  dev5 = await run(DEV5);
  blind4 = await run(BLIND4);
  blind5 = await run(BLIND5);
  blind6 = await run(BLIND6);
  blind7 = await run(BLIND7);
  dev8 = await run(DEV8);
  blind8 = await run(BLIND8);
  blind9 = await run(BLIND9);
  blind10 = await run(BLIND10);
  blind11 = await run(BLIND11);
  blind12 = await run(BLIND12);
  blind13 = await run(BLIND13);
  blind14 = await run(BLIND14);
  blind15 = await run(BLIND15);
  blind16 = await run(BLIND16);
  blind17 = await run(BLIND17);
  blind18 = await run(BLIND18);
  blind19 = await run(BLIND19);
  blind20 = await run(BLIND20);
  blind22 = await run(BLIND22);
  blind23 = await run(BLIND23);
  blind24 = await run(BLIND24);
  blind30 = await run(BLIND30);
  blind29 = await run(BLIND29);
  blind31 = await run(BLIND31);
  blind32 = await run(BLIND32);
  blind35 = await run(BLIND35);
  blind36 = await run(BLIND36);
  blind39 = await run(BLIND39);
  blind40 = await run(BLIND40);
  blind43 = await run(BLIND43);
  blind44 = await run(BLIND44);
  blind49 = await run(BLIND49);
  blind50 = await run(BLIND50);
  blind53 = await run(BLIND53);
  blind54 = await run(BLIND54);
  blind59 = await run(BLIND59);
  blind60 = await run(BLIND60);
}, 480_000);

describe('truth of the industry layer on blind genre documents', () => {
  it('has enough documents, a held-out third, and gold that names only its own entities', () => {
    const nBlind = docsIn(BLIND).length;
    const nBlind2 = docsIn(BLIND2).length;
    const nDev4 = docsIn(DEV4).length;
    const nHeld = docsIn(HELDOUT).length;
    // 12 blind + 6 held-out written by the team, 6 more by a separate blind annotator (all development sets now)
    expect(nBlind + nHeld).toBeGreaterThanOrEqual(15);
    expect(nHeld * 3).toBeGreaterThanOrEqual(nBlind + nHeld);
    expect(nBlind2).toBeGreaterThanOrEqual(6);
    expect(nDev4).toBeGreaterThanOrEqual(6);
    // scoring throws on a gold relation that names an entity the gold does not list
    expect(blind.scores.length).toBe(nBlind);
    expect(blind2.scores.length).toBe(nBlind2);
    expect(dev4.scores.length).toBe(nDev4);
    for (const [f, g] of [...blind.golds, ...blind2.golds, ...dev4.golds]) {
      const strong = (g.relations.stated?.length ?? 0) + (g.relations.planned?.length ?? 0);
      expect(strong, f).toBeGreaterThan(10);
    }
  });

  it('prints precision and recall per relation type and per entity label', () => {
    console.log(report('BLIND', blind.scores, verbose));
    console.log(report('BLIND2 (separate annotator; development set since its two blind scores)', blind2.scores, verbose));
    console.log(report('DEV4 (parks, zones, firms; separate annotator; development set since its blind score)', dev4.scores, verbose));
  });

  it('keeps the dev4 figures the parks round reached (floors a little below them; the blind score was P 0.712 R 0.460, Park node P 0.667, 4 must-not facts)', () => {
    const rel = total(dev4.scores, (s) => s.relations);
    const hosts = total(dev4.scores, (s) => s.relations, ['HOSTS']);
    const label = (l: string) => precision(total(dev4.scores, (s) => s.entities, [l]));
    // (0.931 / 0.793 after the relations round, branch rel6)
    expect(precision(rel)).toBeGreaterThanOrEqual(0.9);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.75);
    expect(precision(hosts)).toBeGreaterThanOrEqual(0.8);
    expect(recall(hosts)).toBeGreaterThanOrEqual(0.72);
    expect(label('Park')).toBeGreaterThanOrEqual(0.95);
    expect(label('Enterprise')).toBeGreaterThanOrEqual(0.95);
    expect(dev4.scores.flatMap((s) => s.mustNot)).toEqual([]);
  });

  it('keeps the blind3 figures the blind3fix round reached (a development set since; floors a little below them; its blind score was P 0.896 R 0.629, 4 must-not facts)', () => {
    console.log(report('BLIND3 (separate annotator; development set since its blind score)', blind3.scores, verbose));
    const rel = total(blind3.scores, (s) => s.relations);
    const innovates = total(blind3.scores, (s) => s.relations, ['INNOVATES_FOR']);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.92);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.67);
    expect(recall(innovates)).toBeGreaterThanOrEqual(0.6);
    expect(blind3.scores.flatMap((s) => s.mustNot)).toEqual([]);
  });

  it('keeps the dev5 figures the dev5fix round reached (a development set since; floors a little below them; its blind score was P 0.831 R 0.485, Industry node P 0.832, Park 0.735)', () => {
    console.log(report('DEV5 (blind annotator; development set since its blind score)', dev5.scores, verbose));
    expect(dev5.scores.length).toBe(8);
    const rel = total(dev5.scores, (s) => s.relations);
    const innovates = total(dev5.scores, (s) => s.relations, ['INNOVATES_FOR']);
    const partOf = total(dev5.scores, (s) => s.relations, ['PART_OF']);
    const label = (l: string) => precision(total(dev5.scores, (s) => s.entities, [l]));
    // (0.984 / 0.770 after the relations round, branch rel6)
    expect(precision(rel)).toBeGreaterThanOrEqual(0.96);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.72);
    expect(recall(innovates)).toBeGreaterThanOrEqual(0.9);
    expect(precision(partOf)).toBeGreaterThanOrEqual(0.8);
    expect(label('Industry')).toBeGreaterThanOrEqual(0.9);
    expect(label('Enterprise')).toBeGreaterThanOrEqual(0.97);
    expect(label('Lab')).toBeGreaterThanOrEqual(0.97);
    expect(label('Park')).toBeGreaterThanOrEqual(0.88);
    expect(dev5.scores.flatMap((s) => s.mustNot)).toEqual([]);
  });

  it('keeps blind4 at least at its second blind score (scored blind before and after the dev5/tables/segments round: P 0.822 R 0.473 → P 0.819 R 0.580; SCORES.md)', () => {
    console.log(report('BLIND4 (blind annotator; scored blind twice, a development set from the next round)', blind4.scores, verbose));
    expect(blind4.scores.length).toBe(7);
    const rel = total(blind4.scores, (s) => s.relations);
    // (the bounds6 + rel6 round, a development round for this set, reached P 0.984 R 0.795 with no must-not fact;
    // floors a little below)
    expect(precision(rel)).toBeGreaterThanOrEqual(0.95);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.77);
    // 7 must-not facts were present at the second blind score, none after that round: none may come back
    // (typed-list cross-pairings such as 比亚迪襄阳 in 电驱系统, designations and companies read as labs or parks)
    expect(blind4.scores.flatMap((s) => s.mustNot)).toEqual([]);
  });

  it('keeps blind5 at least at its second blind score (scored blind before and after the bounds6/rel6 round: P 0.886 R 0.572 → P 0.900 R 0.619; SCORES.md)', () => {
    console.log(report('BLIND5 (blind annotator; scored blind twice, a development set from the next round)', blind5.scores, verbose));
    expect(blind5.scores.length).toBe(8);
    const rel = total(blind5.scores, (s) => s.relations);
    // (the bounds7 + rel7 round, a development round for this set, reached P 0.975 R 0.849 with 1 must-not fact;
    // floors a little below)
    expect(precision(rel)).toBeGreaterThanOrEqual(0.96);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.83);
    // 3 must-not facts at both blind scores, 1 after that round (a title joining two industries read as a hierarchy)
    expect(blind5.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(1);
  });

  it('keeps blind6 at least at its development figure (scored blind before and after the bounds7/rel7 round: P 0.829 R 0.600 → P 0.854 R 0.636; SCORES.md)', () => {
    console.log(report('BLIND6 (blind annotator; scored blind twice, a development set from the next round)', blind6.scores, verbose));
    expect(blind6.scores.length).toBe(8);
    const rel = total(blind6.scores, (s) => s.relations);
    // (the bounds8 + parks8 + chains8 round, a development round for this set, reached P 0.954 R 0.893 with no
    // must-not fact; floors a little below)
    expect(precision(rel)).toBeGreaterThanOrEqual(0.94);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.87);
    // 7 must-not facts at both blind scores, none after that round
    expect(blind6.scores.flatMap((s) => s.mustNot)).toEqual([]);
  });

  it('keeps blind7 at least at its development figure (scored blind before and after the bounds8/parks8/chains8 round: P 0.890 R 0.762 → P 0.896 R 0.790; SCORES.md)', () => {
    console.log(report('BLIND7 (blind annotator; scored blind twice, a development set from the next round)', blind7.scores, verbose));
    expect(blind7.scores.length).toBe(8);
    const rel = total(blind7.scores, (s) => s.relations);
    // (the nodes9/parks9/chains9/struct9 and nodes10/parks10/chains10/struct10 rounds, development rounds for this
    // set, reached P 0.967 R 0.941 with no must-not fact; floors a little below)
    expect(precision(rel)).toBeGreaterThanOrEqual(0.95);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.92);
    // 4 must-not facts at the first blind score, 3 at the second, none after its development rounds
    expect(blind7.scores.flatMap((s) => s.mustNot)).toEqual([]);
  });

  it('keeps dev8 at least at its development figure (scored on main e776ad7 before the nodes9/parks9/chains9/struct9 round: P 0.851 R 0.460; a development set of that round)', () => {
    console.log(report('DEV8 (blind annotator; a development set from its first round)', dev8.scores, verbose));
    expect(dev8.scores.length).toBe(8);
    const rel = total(dev8.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.94);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.76);
    expect(dev8.scores.flatMap((s) => s.mustNot)).toEqual([]);
  });

  it('keeps blind8 at least at its development figure (new layouts; scored blind before and after the nodes9/parks9/chains9/struct9 round: P 0.648 R 0.358 → P 0.665 R 0.381; SCORES.md)', () => {
    console.log(report('BLIND8 (blind annotator; new layouts; scored blind twice, a development set of the round after)', blind8.scores, verbose));
    expect(blind8.scores.length).toBe(8);
    const rel = total(blind8.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.94);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.49);
    expect(blind8.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(0);
  });

  it('keeps blind9 at least at its development figure (scored blind before and after the nodes10/parks10/chains10/struct10 round: P 0.824 R 0.690 → P 0.831 R 0.699; at the session start e776ad7 P 0.771 R 0.656; a development set of the nodes11/parks11/chains11/struct11 round: P 0.891 R 0.828, and of the next: P 0.901 R 0.828; after two more rounds: P 0.910 R 0.871; SCORES.md)', () => {
    console.log(report('BLIND9 (blind annotator; scored blind before and after a round, a development set from the next round)', blind9.scores, verbose));
    expect(blind9.scores.length).toBe(8);
    const rel = total(blind9.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.90);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.86);
    expect(blind9.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(1);
  });

  it('keeps blind11 at least at its figure after the two fixes its blind score led to (hidden during two rounds: P 0.827 R 0.696 at the start, P 0.800 R 0.704 blind at the end, P 0.830 R 0.709 after narrowing the two rules bisected from its totals; a development set of the nodes13/parks13/chains13/struct13 round and the next: P 0.933 R 0.832; SCORES.md)', () => {
    console.log(report('BLIND11 (blind annotator; hidden during two rounds, scored blind at the start and the end)', blind11.scores, verbose));
    expect(blind11.scores.length).toBe(8);
    const rel = total(blind11.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.95);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.84);
    expect(blind11.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(0);
  });

  it('keeps blind12 at least at its development figure (usual layouts; scored blind before and after the nodes13/parks13/chains13/struct13 round: P 0.815 R 0.764 → P 0.867 R 0.834; a development set of the next round: P 0.930 R 0.879; SCORES.md)', () => {
    console.log(report('BLIND12 (blind annotator; scored blind before and after a round, a development set of the next)', blind12.scores, verbose));
    expect(blind12.scores.length).toBe(8);
    const rel = total(blind12.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.93);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.88);
    expect(blind12.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(2);
  });

  it('keeps blind13 at least at its last gate figure (usual layouts; the gate set of two rounds, scored with totals only: P 0.846 R 0.667 at the start, P 0.899 R 0.742 at the end; SCORES.md)', () => {
    console.log(report('BLIND13 (blind annotator; the gate set of two rounds, totals only)', blind13.scores, verbose));
    expect(blind13.scores.length).toBe(8);
    const rel = total(blind13.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.95);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.82);
    expect(blind13.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(0);
  });

  it('keeps blind14 at least at its blind figure (usual layouts; hidden during two rounds: P 0.878 R 0.818 at the start, P 0.909 R 0.854 after the first and the second; SCORES.md)', () => {
    console.log(report('BLIND14 (blind annotator; hidden during two rounds, scored blind three times)', blind14.scores, verbose));
    expect(blind14.scores.length).toBe(8);
    const rel = total(blind14.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.97);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.90);
    expect(blind14.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(0);
  });

  it('keeps blind15 at least at its development figure (usual layouts; a gate set, totals only: P 0.794 R 0.714 → P 0.799 R 0.720; then a source of classes: P 0.981 R 0.813; SCORES.md)', () => {
    console.log(report('BLIND15 (blind annotator; the gate set of one session, totals only)', blind15.scores, verbose));
    expect(blind15.scores.length).toBe(8);
    const rel = total(blind15.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.97);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.80);
    expect(blind15.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(1);
  });

  it('keeps blind16 at least at its development figure (usual layouts; hidden throughout a session: P 0.857 R 0.798 → P 0.884 R 0.813; then a source of classes: P 0.951 R 0.879; SCORES.md)', () => {
    console.log(report('BLIND16 (blind annotator; hidden throughout a session, scored blind twice)', blind16.scores, verbose));
    expect(blind16.scores.length).toBe(8);
    const rel = total(blind16.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.94);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.87);
    expect(blind16.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(0);
  });

  it('keeps blind17 at least at its gate figure (usual layouts; written for the next session, then the gate of one session, totals only on every branch: P 0.892 R 0.813 → P 0.902 R 0.815 → P 0.918 R 0.820; then a source of classes: P 0.922 R 0.838, then P 0.958 R 0.842; SCORES.md)', () => {
    console.log(report('BLIND17 (blind annotator; the gate set of one session, totals only)', blind17.scores, verbose));
    expect(blind17.scores.length).toBe(8);
    const rel = total(blind17.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.95);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.84);
    expect(blind17.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(1);
  });

  it('keeps blind18 at least at its gate figure (usual layouts; hidden for a session, then the gate of one session, totals only on every branch: P 0.831 R 0.752 → P 0.833 R 0.764 → P 0.847 R 0.780; then a source of classes: P 0.860 R 0.792; SCORES.md)', () => {
    console.log(report('BLIND18 (blind annotator; the gate set of one session, totals only)', blind18.scores, verbose));
    expect(blind18.scores.length).toBe(8);
    const rel = total(blind18.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.88);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.835);
    expect(blind18.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(2);
  });

  it('keeps blind19 at least at its development figure (usual layouts; hidden for one session, totals only: P 0.908 R 0.813 → P 0.909 R 0.815; then a source of classes: P 0.920 R 0.857; SCORES.md)', () => {
    console.log(report('BLIND19 (blind annotator; hidden for one session, totals only)', blind19.scores, verbose));
    expect(blind19.scores.length).toBe(8);
    const rel = total(blind19.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.94);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.865);
    expect(blind19.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(0);
  });

  it('keeps blind20 at least at its development figure (usual layouts; hidden for one session, totals only: P 0.879 R 0.763 → P 0.880 R 0.771; then a source of classes: P 0.897 R 0.807; SCORES.md)', () => {
    console.log(report('BLIND20 (blind annotator; hidden for one session, totals only)', blind20.scores, verbose));
    expect(blind20.scores.length).toBe(8);
    const rel = total(blind20.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.89);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.80);
    expect(blind20.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(0);
  });

  it('keeps blind22 at least at its development figure (usual layouts; hidden for one session, totals only: P 0.836 R 0.701 → P 0.838 R 0.709; then a source of classes: P 0.909 R 0.815; end of the session of 2026-12-07 01:52 UTC: P 0.930 R 0.875; end of the session of 2026-12-07 04:53 UTC: P 0.939 R 0.882; SCORES.md)', () => {
    console.log(report('BLIND22 (blind annotator; hidden for one session, totals only)', blind22.scores, verbose));
    expect(blind22.scores.length).toBe(8);
    const rel = total(blind22.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.95);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.885);
    expect(blind22.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(0);
  });

  it('keeps blind23 at least at its development figure (usual layouts; hidden for one session, totals only: P 0.882 R 0.679 → P 0.884 R 0.692; then a source of classes: P 0.894 R 0.708; end of the session of 2026-12-07 01:52 UTC: P 0.910 R 0.715; end of the session of 2026-12-07 04:53 UTC: P 0.928 R 0.768; SCORES.md)', () => {
    console.log(report('BLIND23 (blind annotator; hidden for one session, totals only)', blind23.scores, verbose));
    expect(blind23.scores.length).toBe(8);
    const rel = total(blind23.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.935);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.79);
    expect(blind23.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(2);
  });

  it('keeps blind24 at least at its development figure (usual layouts; hidden for one session, totals only: P 0.745 R 0.626 → P 0.751 R 0.646; then a source of classes: P 0.806 R 0.702; end of the session of 2026-12-07 01:52 UTC: P 0.876 R 0.773; end of the session of 2026-12-07 04:53 UTC: P 0.885 R 0.804; SCORES.md)', () => {
    console.log(report('BLIND24 (blind annotator; hidden for one session, totals only)', blind24.scores, verbose));
    expect(blind24.scores.length).toBe(8);
    const rel = total(blind24.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.89);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.815);
    expect(blind24.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(1);
  });

  it('keeps blind10 at least at its second blind score (usual layouts; scored blind before and after the nodes11/parks11/chains11/struct11 round: P 0.862 R 0.761 → P 0.873 R 0.775; a development set of the nodes12/parks12/chains12/struct12 round: P 0.952 R 0.890; SCORES.md)', () => {
    console.log(report('BLIND10 (blind annotator; scored blind before and after a round, a development set from the next round)', blind10.scores, verbose));
    expect(blind10.scores.length).toBe(8);
    const rel = total(blind10.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.95);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.89);
    expect(blind10.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(0);
  });

  it('keeps blind30 at least at its blind figure (usual layouts; written and scored blind on 2026-12-07 (01:53–02:04 UTC), P 0.838 R 0.599; a source of classes from then on; end of the session of 2026-12-07 01:52 UTC: P 0.872 R 0.641; end of the session of 2026-12-07 04:53 UTC: P 0.912 R 0.837; SCORES.md)', () => {
    console.log(report('BLIND30 (blind annotator; a source of classes)', blind30.scores, verbose));
    expect(blind30.scores.length).toBe(8);
    const rel = total(blind30.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.91);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.84);
    expect(blind30.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(1);
  });

  it('keeps blind29 at least at its blind figure (usual layouts; written and scored blind on 2026-12-07 (01:53–02:10 UTC), P 0.904 R 0.663; a source of classes from then on; end of the session of 2026-12-07 01:52 UTC: P 0.917 R 0.684; end of the session of 2026-12-07 04:53 UTC: P 0.948 R 0.741; SCORES.md)', () => {
    console.log(report('BLIND29 (blind annotator; a source of classes)', blind29.scores, verbose));
    expect(blind29.scores.length).toBe(8);
    const rel = total(blind29.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.95);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.795);
    expect(blind29.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(1);
  });

  it('keeps blind31 at least at its blind figure (usual layouts; written and scored blind on 2026-12-07 on 9311800: 0.919/0.785 (1); a source of classes from then on; end of the session of 2026-12-07 04:53 UTC: P 0.955 R 0.847; SCORES.md)', () => {
    console.log(report('BLIND31 (blind annotator; a source of classes)', blind31.scores, verbose));
    expect(blind31.scores.length).toBe(8);
    const rel = total(blind31.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.96);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.875);
    expect(blind31.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(0);
  });

  it('keeps blind32 at least at its blind figure (usual layouts; written and scored blind on 2026-12-07 on 9311800: 0.884/0.726 (1); a source of classes from then on; end of the session of 2026-12-07 04:53 UTC: P 0.929 R 0.777; SCORES.md)', () => {
    console.log(report('BLIND32 (blind annotator; a source of classes)', blind32.scores, verbose));
    expect(blind32.scores.length).toBe(8);
    const rel = total(blind32.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.945);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.82);
    expect(blind32.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(0);
  });

  it('keeps blind35 at least at its blind figure (usual layouts; written and scored blind on main c3d96d6 (2026-12-07 08:16 UTC); a source of classes from then on; SCORES.md)', () => {
    console.log(report('BLIND35 (blind annotator; a source of classes)', blind35.scores, verbose));
    expect(blind35.scores.length).toBe(8);
    const rel = total(blind35.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.96);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.835);
    expect(blind35.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(3);
  });

  it('keeps blind36 at least at its blind figure (usual layouts; written and scored blind on main c3d96d6 (2026-12-07 08:17 UTC); a source of classes from then on; SCORES.md)', () => {
    console.log(report('BLIND36 (blind annotator; a source of classes)', blind36.scores, verbose));
    expect(blind36.scores.length).toBe(8);
    const rel = total(blind36.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.96);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.82);
    expect(blind36.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(2);
  });

  it('keeps blind39 at least at its blind figure (usual layouts; written and scored blind on main edf94b6 (2026-12-07 11:27 UTC); a source of classes from then on; SCORES.md)', () => {
    console.log(report('BLIND39 (blind annotator; a source of classes)', blind39.scores, verbose));
    expect(blind39.scores.length).toBe(8);
    const rel = total(blind39.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.935);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.86);
    expect(blind39.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(1);
  });

  it('keeps blind40 at least at its blind figure (usual layouts; written and scored blind on main edf94b6 (2026-12-07 11:29 UTC); a source of classes from then on; SCORES.md)', () => {
    console.log(report('BLIND40 (blind annotator; a source of classes)', blind40.scores, verbose));
    expect(blind40.scores.length).toBe(8);
    const rel = total(blind40.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.945);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.815);
    expect(blind40.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(2);
  });

  it('keeps blind43 at least at its blind figure (usual layouts; written and scored blind on 6b1220f (2026-12-07 14:41 UTC); a source of classes from then on; SCORES.md)', () => {
    console.log(report('BLIND43 (blind annotator; a source of classes)', blind43.scores, verbose));
    expect(blind43.scores.length).toBe(8);
    const rel = total(blind43.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.89);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.845);
    expect(blind43.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(1);
  });

  it('keeps blind44 at least at its blind figure (usual layouts; written and scored blind on 6b1220f (2026-12-07 14:47 UTC); a source of classes from then on; SCORES.md)', () => {
    console.log(report('BLIND44 (blind annotator; a source of classes)', blind44.scores, verbose));
    expect(blind44.scores.length).toBe(8);
    const rel = total(blind44.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.955);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.81);
    expect(blind44.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(0);
  });

  it('keeps blind49 at least at its blind figure (usual layouts; written and scored blind on 2026-12-07 (blind 0.914/0.786, must-not 2, on 5b0e578); a source of classes from then on; SCORES.md)', () => {
    console.log(report('BLIND49 (blind annotator; a source of classes)', blind49.scores, verbose));
    expect(blind49.scores.length).toBe(8);
    const rel = total(blind49.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.955);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.88);
    expect(blind49.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(2);
  });

  it('keeps blind50 at least at its blind figure (usual layouts; written and scored blind on 2026-12-07 (blind 0.827/0.654, must-not 6, on 5b0e578); a source of classes from then on; SCORES.md)', () => {
    console.log(report('BLIND50 (blind annotator; a source of classes)', blind50.scores, verbose));
    expect(blind50.scores.length).toBe(8);
    const rel = total(blind50.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.93);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.8);
    expect(blind50.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(1);
  });

  it('keeps blind53 at least at its blind figure (usual layouts; written and scored blind on 2026-12-07 on c9e4087 (0.914 / 0.800, 1 must-not); a source of classes from then on; SCORES.md)', () => {
    console.log(report('BLIND53 (blind annotator; a source of classes)', blind53.scores, verbose));
    expect(blind53.scores.length).toBe(8);
    const rel = total(blind53.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.945);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.84);
    expect(blind53.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(0);
  });

  it('keeps blind54 at least at its blind figure (usual layouts; written and scored blind on 2026-12-07 on c9e4087 (0.875 / 0.696, 2 must-not); a source of classes from then on; SCORES.md)', () => {
    console.log(report('BLIND54 (blind annotator; a source of classes)', blind54.scores, verbose));
    expect(blind54.scores.length).toBe(8);
    const rel = total(blind54.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.92);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.82);
    expect(blind54.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(2);
  });

  it('keeps blind59 at least at its blind figure (usual layouts; written and scored blind on 2026-12-07 on 4eb5f05 (0.938 / 0.877, 0 must-not); a source of classes from then on; SCORES.md)', () => {
    console.log(report('BLIND59 (blind annotator; a source of classes)', blind59.scores, verbose));
    expect(blind59.scores.length).toBe(8);
    const rel = total(blind59.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.97);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.905);
    expect(blind59.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(0);
  });

  it('keeps blind60 at least at its blind figure (usual layouts; written and scored blind on 2026-12-07 on 4eb5f05 (0.941 / 0.844, 0 must-not); a source of classes from then on; SCORES.md)', () => {
    console.log(report('BLIND60 (blind annotator; a source of classes)', blind60.scores, verbose));
    expect(blind60.scores.length).toBe(8);
    const rel = total(blind60.scores, (s) => s.relations);
    expect(precision(rel)).toBeGreaterThanOrEqual(0.965);
    expect(recall(rel)).toBeGreaterThanOrEqual(0.9);
    expect(blind60.scores.flatMap((s) => s.mustNot).length).toBeLessThanOrEqual(0);
  });

  it('prints the held-out set only when asked (TRUTH_HELDOUT=1)', async () => {
    if (!withHeldout) return;
    const held = await run(HELDOUT);
    console.log(report('HELD-OUT', held.scores, verbose));
  }, 120_000);

  it('every edge carries evidence that slices its document exactly', () => {
    for (const [f, batch] of [...blind.batches, ...blind2.batches, ...dev4.batches, ...blind3.batches, ...dev5.batches, ...blind4.batches, ...blind5.batches, ...blind6.batches, ...blind7.batches, ...dev8.batches, ...blind8.batches, ...blind9.batches, ...blind10.batches, ...blind11.batches, ...blind12.batches, ...blind13.batches, ...blind14.batches, ...blind15.batches, ...blind16.batches, ...blind17.batches, ...blind18.batches, ...blind19.batches, ...blind20.batches, ...blind22.batches, ...blind23.batches, ...blind24.batches, ...blind30.batches, ...blind29.batches, ...blind31.batches, ...blind32.batches, ...blind35.batches, ...blind36.batches, ...blind39.batches, ...blind40.batches, ...blind43.batches, ...blind44.batches, ...blind49.batches, ...blind50.batches, ...blind53.batches, ...blind54.batches, ...blind59.batches, ...blind60.batches]) {
      const doc = batch.nodes.find((n) => n.label === 'Document')!;
      const text = String(doc.properties.text);
      for (const e of batch.edges) {
        expect(e.evidence.length, `${f} ${e.id}`).toBeGreaterThan(0);
        for (const ev of e.evidence) expect(ev.text, `${f} ${e.id}`).toBe(text.slice(ev.start, ev.end));
      }
    }
  });
});
