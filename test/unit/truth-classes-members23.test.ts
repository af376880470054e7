// Membership class of issue 12 (IN_INDUSTRY), second pass: two typed lists in one clause (依托A、B等X企业和C、D等Y企业 /
// 已集聚A、B等X企业和C等Y企业), read from blind22 r07, blind23 r01, blind24 r03/r08 and written in 31 development documents.
// Each firm is in its own list's kind; the other list's kind is never the firm's, at any confidence (a cross-product).
// Short texts of the genre written for these tests (names invented).
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../server/src/ingest/index.ts';
import { runSnippet as run, strong } from '../fixtures/class-doc.ts';

/** Every IN_INDUSTRY edge of the extraction, whatever its confidence. */
const anyMembership = (x: Extraction) =>
  x.edges
    .filter((e) => e.type === 'IN_INDUSTRY')
    .map((e) => `${e.source} -> ${e.target}`)
    .sort();

describe('two typed lists in one clause: each firm in its own list’s kind, never the other’s', () => {
  it('已集聚A、B等X企业和C、D等Y企业 after the sentence naming X and Y: A and B in X only, C and D in Y only, even below 0.5', () => {
    const x = run('（三）高新区\n高新区重点发展新材料和生物医药。我市已集聚北岭塑料、云岭化工等新材料企业和青川药业、瑞岭制药等生物医药企业。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual([
      'enterprise:云岭化工 -> industry:新材料',
      'enterprise:北岭塑料 -> industry:新材料',
      'enterprise:瑞岭制药 -> industry:生物医药',
      'enterprise:青川药业 -> industry:生物医药',
    ]);
    const all = anyMembership(x);
    expect(all.filter((e) => /(北岭塑料|云岭化工) -> industry:生物医药/.test(e))).toEqual([]);
    expect(all.filter((e) => /(青川药业|瑞岭制药) -> industry:新材料/.test(e))).toEqual([]);
  });
  it('依托A、B等X企业和C、D等Y企业 keeps them apart too', () => {
    const x = run('（一）新能源汽车\n依托北岭汽车、云岭汽车等整车企业和青川电池、瑞岭储能等动力电池企业，推动整车与电池协同发展。');
    const all = anyMembership(x);
    expect(all).toContain('enterprise:北岭汽车 -> industry:整车');
    expect(all).toContain('enterprise:青川电池 -> industry:动力电池');
    expect(all.filter((e) => /(北岭汽车|云岭汽车) -> industry:动力电池/.test(e))).toEqual([]);
    expect(all.filter((e) => /(青川电池|瑞岭储能) -> industry:整车/.test(e))).toEqual([]);
  });
  it('an industry the clause names outside the kind words is still read (提升X本地配套率 is no kind word)', () => {
    const x = run('（一）新能源汽车\n依托北岭汽车等整车企业和青川电池等动力电池企业，提升动力电池本地配套率。');
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:青川电池 -> industry:动力电池');
  });
});
