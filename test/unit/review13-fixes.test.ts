// Fixes from the review of this morning's round (d877f77..13d4fae, /tmp/review13 findings S1, C1–C4): each test fails
// on the code before its fix.
import { describe, expect, it } from 'vitest';
import { runDoc } from '../fixtures/class-doc.ts';

describe('a sentence of many bare-zone subjects (开发区是…，开发区是…，…)', () => {
  // the work is counted (clause-mark searches), never timed: each subject reads its own clauses, not every later one
  const searches = async (n: number) => {
    const doc = '东营港经济开发区发展规划\n\n东营港经济开发区重点发展化工。' + Array.from({ length: n }, () => '开发区是核心承载区').join('，') + '。\n';
    const indexOf = String.prototype.indexOf;
    let calls = 0;
    String.prototype.indexOf = function (this: string, ...a: Parameters<typeof indexOf>) {
      calls++;
      return indexOf.apply(this, a);
    };
    try {
      await runDoc(doc);
    } finally {
      String.prototype.indexOf = indexOf;
    }
    return calls;
  };
  it('grows the work about linearly with the number of subjects', async () => {
    const small = await searches(200);
    const large = await searches(800);
    // quadratic work grows 16× for 4× the subjects; linear 4×
    expect(large / small).toBeLessThan(6);
  });
});
