// relatedEnterprises on the seeds as a 招商 officer judges it (test/tools/related-judgments.ts,
// judgments in test/fixtures/audit/related-judgments.tsv): prints how many of each top 10 are
// acceptable for 飞腾, 中科曙光, 中源协和 and 力神电池 and which candidates are not judged yet.
// The target (≥ 8 of 10 for each) is asserted once the ranking reaches it (issue 12, phase 2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../server/src/store/port.ts';
import { FIRMS, formatTops, judgeTops, loadPairJudgments, seedStore } from '../tools/related-judgments.ts';

let store: GraphStore;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ store, close } = await seedStore());
}, 120_000);
afterAll(async () => close?.());

describe('related enterprises judged by an investment-promotion officer', () => {
  it('reads the judgments (firm, candidate, acceptable|not, why) for the four firms', () => {
    const j = loadPairJudgments();
    for (const f of FIRMS) expect([...j.values()].filter((x) => x.firm === f).length, f).toBeGreaterThanOrEqual(10);
  });

  it('prints each top 10 with its judgments', async () => {
    const tops = await judgeTops(store);
    console.log(formatTops(tops));
    for (const t of tops) expect(t.top.length, t.firm).toBeGreaterThan(0);
  });
});
