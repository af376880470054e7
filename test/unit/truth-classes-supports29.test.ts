// SUPPORTS / MENTIONS classes found by supports29 (blind29–blind40 and every earlier truth set). Each test runs a short
// document written for it (names and places invented) through the real read, structure and extraction stages, and
// asserts what the class gives and what must not come.
import { describe, expect, it } from 'vitest';
import { named, runDoc } from '../fixtures/class-doc.ts';

describe('an industry named in a benchmarking clause (对标/学习借鉴 … 的X产业集群/经验) is no target of the measure (blind6 r04, blind11 r02, blind18 r02/r07, blind22 r06, blind24 r06, blind31 r07)', () => {
  const doc =
    '青禾市先进制造业2026年工作要点\n\n一、发展基础\n全市已形成智能农机、锆材、储能电池三大产业。\n\n二、重点工作\n' +
    '1.做强智能农机产业。支持青禾农机扩大产能，对标江南省白沙市、北川省红石市的锆材产业集群，学习借鉴东岭县发展储能电池的经验。\n' +
    '2.做强锆材产业。支持青禾锆业建设锆材深加工车间。\n';
  it('the measure supports what it develops, not what its benchmark clause names', async () => {
    const x = await runDoc(doc);
    const sup = named(x, 'SUPPORTS');
    expect(sup).toContain('#1 -> 智能农机');
    expect(sup).not.toContain('#1 -> 锆材');
    expect(sup).not.toContain('#1 -> 储能电池');
    expect(sup).toContain('#2 -> 锆材');
  });
});
