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

describe('a plain level line naming two segments with 及 (上游：硅料及硅片。)', () => {
  it('reads two segments, not one compound level (only 【上游】原料及辅料 names a level as one)', async () => {
    const x = await runDoc('光伏产业链发展规划\n\n一、产业链构成\n\n上游：硅料及硅片。\n\n中游：电池片及组件。\n\n下游：光伏电站及储能。\n');
    const names = x.nodes.filter((n) => n.label === 'Industry').map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['硅料', '硅片', '电池片', '组件']));
    expect(names.filter((n) => /及/.test(n))).toEqual([]);
    const x2 = await runDoc('光伏产业链发展规划\n\n一、产业链构成\n\n上游：硅料及硅片\n\n细分领域：工业硅、多晶硅。\n\n重点企业：通威股份有限公司。\n');
    expect(x2.nodes.filter((n) => n.label === 'Industry' && /及/.test(n.name))).toEqual([]);
  });
});
