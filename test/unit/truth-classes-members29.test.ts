// Membership classes of the twenty-ninth round (IN_INDUSTRY / INNOVATES_FOR, firm names), read from the wrong and missed
// lists of the development sets, one test per class, on short texts of the genre written for these tests (names
// invented, not in the lexicon). Each asserts the edges the class states and what it must not add.
import { describe, expect, it } from 'vitest';
import { all, runSnippet as run, strong } from '../fixtures/class-doc.ts';

describe('two firms against an item joining two products pair nothing (blind40 r07)', () => {
  it('依托A、B等企业，发展X和Y (X和Y read as one item): each pair is listed, not stated', () => {
    const x = run('依托青岚织造、澄川丝业等企业，发展桑丝和绢纺面料，提高本地织造比重。');
    expect(strong(x, 'IN_INDUSTRY').filter((e) => /桑丝|绢纺面料/.test(e))).toEqual([]);
    expect(all(x, 'IN_INDUSTRY').filter((e) => /青岚织造 -> industry:桑丝/.test(e)).length).toBeGreaterThan(0);
  });
  it('one firm with the joined pair still states both (1×n)', () => {
    const x = run('以青岚织造为龙头，发展桑丝和绢纺面料。');
    expect(strong(x, 'IN_INDUSTRY').filter((e) => /青岚织造 -> industry:桑丝/.test(e)).length).toBeGreaterThan(0);
  });
});
