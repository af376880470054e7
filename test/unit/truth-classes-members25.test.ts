// Firm-name classes of issue 12 (IN_INDUSTRY, MENTIONS), read from blind30 r03 and counted in the development sets:
// a firm's local company written as the firm's name and its place in brackets (X集团（某省）) is one name — the
// bracket belongs to it — while a product in brackets after a firm (X集团（电解镍）) stays a note.
// Short texts of the genre written for these tests (names invented).
import { describe, expect, it } from 'vitest';
import { runSnippet as run, names, strong } from '../fixtures/class-doc.ts';

describe('a place in brackets after a firm’s name is part of the name', () => {
  it('以X集团（省）为龙头: the local company leads, not the group', () => {
    const x = run('做强储能产业。以岚峰能源集团（江西）为龙头，发展储能电池和电池回收利用。');
    const firms = names(x, 'Enterprise');
    expect(firms.some((n) => /^岚峰能源集团[(（]江西[)）]$/.test(n))).toBe(true);
    expect(firms).not.toContain('岚峰能源集团');
    expect(strong(x, 'IN_INDUSTRY').some((e) => /岚峰能源集团[(（]江西[)）] -> .*储能电池/.test(e))).toBe(true);
  });
  it('in a list of 已集聚 firms the bracket stays with its firm', () => {
    const x = run('园区已集聚岚峰能源集团（江西）、青川铅业集团等企业60余家。');
    const firms = names(x, 'Enterprise');
    expect(firms.some((n) => /^岚峰能源集团[(（]江西[)）]$/.test(n))).toBe(true);
    expect(firms).not.toContain('岚峰能源集团');
  });
  it('a product in brackets after a firm is a note, not part of the name', () => {
    const x = run('重点企业：岚峰有色集团（电解铜）、青川钛业集团（钛板带）。');
    const firms = names(x, 'Enterprise');
    expect(firms).toContain('岚峰有色集团');
    expect(firms.filter((n) => /电解铜|钛板带/.test(n))).toEqual([]);
  });
});
