// Membership classes of issue 12 (IN_INDUSTRY / INNOVATES_FOR / SUPPORTS), read from the wrong and missed lists of
// blind15 and blind16, one test per class, on short texts of the genre written for these tests (names invented, not in
// the lexicon). Each asserts what the class forbids; the blind fixtures measure the same classes on whole documents.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../server/src/ingest/index.ts';
import { runSnippet as run, strong } from '../fixtures/class-doc.ts';

const basisOf = (x: Extraction, id: string) => x.edges.find((e) => `${e.source} -> ${e.target}` === id)?.properties.basis;

describe('a second typed list shares the first one’s verb (blind15 r03, r04, r05, r07, r08; blind11 r08)', () => {
  it('招引A、B等X企业和C、D等Y企业: C and D are wooed, not members', () => {
    const x = run('4．精准招引项目。重点招引青岚材料、朔方碳素等负极材料企业和澄川新材、北越科技等石墨烯企业来本市布局。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual([]);
    expect(basisOf(x, 'enterprise:澄川新材 -> industry:石墨烯')).toBe('encouraged');
    expect(basisOf(x, 'enterprise:青岚材料 -> industry:负极材料')).toBe('encouraged');
  });
  it('…also when the second list names one firm (…和C等Y企业)', () => {
    const x = run('4．精准招引项目。重点招引青岚材料、朔方碳素等负极材料企业和澄川新材等石墨烯企业来本市布局。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual([]);
    expect(basisOf(x, 'enterprise:澄川新材 -> industry:石墨烯')).toBe('encouraged');
  });
  it('a gathered pair of typed lists (已集聚A等X企业和B等Y企业) still states both', () => {
    const x = run('开发区已集聚青岚材料、朔方碳素等负极材料企业和澄川新材、北越科技等石墨烯企业。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual(
      expect.arrayContaining(['enterprise:澄川新材 -> industry:石墨烯', 'enterprise:青岚材料 -> industry:负极材料']),
    );
  });
});
