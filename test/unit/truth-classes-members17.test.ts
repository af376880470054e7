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

describe('intent for a named firm is not membership in the section’s industry (blind b05, blind2 n06, blind5 r08, blind6 r08, blind7 r01, dev5 s03, blind16 r03)', () => {
  it('支持A在P建设…生产线 under a heading: A is encouraged into the heading’s industry, not stated in it', () => {
    const x = run('（三）储能与应用\n支持澄川新能源科技在滨江经济开发区建设储能系统集成生产线。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual([]);
    expect(basisOf(x, 'enterprise:澄川新能源科技 -> industry:新型储能')).toBe('encouraged');
  });
  it('a bare 扩大产能 under one industry still places the firms (truth-classes.test.ts)', () => {
    const x = run('（二）风电\n支持晴川光能、云翔电气等企业扩大产能。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:云翔电气 -> industry:风电', 'enterprise:晴川光能 -> industry:风电']);
  });
  it('依托A发展X under the same heading still states A in it', () => {
    const x = run('（三）储能与应用\n依托澄川新能源科技，发展储能系统集成。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:澄川新能源科技 -> industry:储能系统集成', 'enterprise:澄川新能源科技 -> industry:新型储能']);
  });
});

describe('a lab line saying what its labs serve is their joint mandate (blind15 r05, r07)', () => {
  it('创新平台：L1、L2服务X和Y → each lab INNOVATES_FOR each field (stated), not only the heading’s industry', () => {
    const x = run('二、产业链图谱\n重点发展铜基新材料和锌基新材料。\n创新平台：赤川学院、北岭科技大学赤川研究院服务铜基新材料和锌基新材料；以赤川市有色金属检测中心提供公共检验服务。');
    expect(strong(x, 'INNOVATES_FOR')).toEqual([
      'lab:北岭科技大学赤川研究院 -> industry:铜基新材料',
      'lab:北岭科技大学赤川研究院 -> industry:锌基新材料',
      'lab:赤川学院 -> industry:铜基新材料',
      'lab:赤川学院 -> industry:锌基新材料',
    ]);
  });
  it('a lab line without a mandate (创新平台：L) makes no tie by itself', () => {
    const x = run('二、产业链图谱\n重点发展铜基新材料和锌基新材料。\n创新平台：赤川学院、北岭科技大学赤川研究院。');
    expect(strong(x, 'INNOVATES_FOR').filter((e) => /锌基/.test(e))).toEqual([]);
  });
});

describe('a bracket after one firm of a list types that firm alone (blind15 r05, blind14 r05)', () => {
  it('重点企业：A、B、C（X） → C in X; A and B are not', () => {
    const x = run('（二）石墨材料加工\n重点企业：鸡西浩川新能源、鸡西唯岭新材料、黑龙江奥川石墨集团（可膨胀石墨）。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:黑龙江奥川石墨集团 -> industry:可膨胀石墨']);
  });
  it('…and a list typed after its last item (A、B等X企业) still types every firm', () => {
    const x = run('开发区已集聚鸡西浩川新能源、鸡西唯岭新材料等可膨胀石墨企业。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:鸡西唯岭新材料 -> industry:可膨胀石墨', 'enterprise:鸡西浩川新能源 -> industry:可膨胀石墨']);
  });
});
