// The suffix reader (entities/enumerations.ts suffixNames) looks for a name at most NAME_WINDOW characters back
// from its suffix: a long run of text with no name in it (落户园区落户园区…, no punctuation) is not segmented
// again, whole, at each suffix. Work is counted (characters given to the segmenter), never timed.
import { describe, expect, it } from 'vitest';
import { names, runSnippet } from '../fixtures/class-doc.ts';
import { NAME_WINDOW, windowStart } from '../../server/src/ingest/entities/enumerations.ts';
import { taggedCharacters } from '../../server/src/ingest/entities/segment.ts';

/** Characters the segmenter is given while `text` goes through extraction. */
function work(text: string): number {
  const before = taggedCharacters();
  runSnippet(text);
  return taggedCharacters() - before;
}

describe('suffix names: the segmenter’s work per suffix is bounded', () => {
  it('a run of 落户园区 with no punctuation costs at most a window per suffix, and twice the run about twice the work', () => {
    const small = work('落户园区'.repeat(1000));
    const large = work('落户园区'.repeat(2000));
    // (before the bound: each 园区 segmented all the text before it — 2000 suffixes × ~4000 characters on average)
    expect(large).toBeLessThanOrEqual(2000 * (NAME_WINDOW + 8));
    expect(large / small).toBeLessThan(2.5);
  });

  it('a name after a long text is found as before: the window starts at a segmenter break', () => {
    const lead = '围绕产业链供应链创新链深度融合，持续优化营商环境，'.repeat(12);
    expect(lead.length).toBeGreaterThan(NAME_WINDOW);
    const x = runSnippet(`${lead}依托甲乙科技集团建设鹤城新材料产业园，重点发展碳纤维复合材料。`);
    expect(names(x, 'Park')).toEqual(['鹤城新材料产业园']);
    expect(names(x, 'Enterprise')).toEqual(['甲乙科技集团']);
  });

  it('the window opens at the first break inside it, at `from` when that is nearer, at its own start when it holds no break', () => {
    const s = `${'甲'.repeat(300)}，${'乙'.repeat(150)}产业园`;
    expect(windowStart(s, 0, s.length)).toBe(300);
    expect(windowStart(s, 400, s.length)).toBe(400);
    const t = '丙'.repeat(500);
    expect(windowStart(t, 0, t.length)).toBe(500 - NAME_WINDOW);
  });
});
