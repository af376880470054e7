// Membership classes of issue 12 read from blind17/blind18 (members19), on short texts of the genre written for these
// tests (names invented). The blind fixtures (truth-blind.test.ts) measure the same classes on whole documents.
import { describe, expect, it } from 'vitest';
import { runSnippet as run, strong } from '../fixtures/class-doc.ts';

describe('firms a copula pairs one by one with industries (A和B分别是X和Y生产企业)', () => {
  it('each firm is in its own industry, stated, and not in the other’s', () => {
    const x = run('开发区已形成化工新材料主导产业。华澜新材料和泰湖化学分别是电子化学品和聚氨酯助剂生产企业。');
    const ties = strong(x, 'IN_INDUSTRY').filter((e) => /电子化学品|聚氨酯助剂/.test(e));
    expect(ties).toEqual(['enterprise:华澜新材料 -> industry:电子化学品', 'enterprise:泰湖化学 -> industry:聚氨酯助剂']);
  });
  it('reads three firms with 的骨干企业, and a firm the document names in full by its name without the place', () => {
    const x = run('区内已集聚陕西云岭印刷机械等装备企业。云岭印刷机械、秦川重工和渭北农装分别是印刷包装机械、矿山机械和智能农机的骨干企业。');
    const ties = strong(x, 'IN_INDUSTRY').filter((e) => /印刷包装机械|矿山机械|智能农机/.test(e));
    expect(ties).toEqual([
      'enterprise:渭北农装 -> industry:智能农机',
      'enterprise:秦川重工 -> industry:矿山机械',
      'enterprise:陕西云岭印刷机械 -> industry:印刷包装机械',
    ]);
  });
  it('pairs nothing where the counts differ or the copula is an intent', () => {
    const x = run('华澜新材料和泰湖化学分别是化工新材料生产企业。');
    expect(strong(x, 'IN_INDUSTRY').some((e) => /泰湖化学 -> industry:电子化学品/.test(e))).toBe(false);
    const y = run('（二）精细化工\n华澜新材料和泰湖化学分别为重点培育电子化学品和聚氨酯助剂企业。');
    expect(strong(y, 'IN_INDUSTRY').filter((e) => /电子化学品|聚氨酯助剂/.test(e))).toEqual([]);
  });
});

describe('every firm of a joined subject is what the copula says (A、B、C是全省X产业的龙头企业)', () => {
  it('ties each firm of the subject, not only the last one, to the copula’s industry', () => {
    const x = run('全省已形成完整的有色金属产业体系，金岭集团、白塔有色集团、嘉川集团是全省有色金属产业的龙头企业。');
    expect(strong(x, 'IN_INDUSTRY').filter((e) => /有色金属$/.test(e))).toEqual([
      'enterprise:嘉川集团 -> industry:有色金属',
      'enterprise:白塔有色集团 -> industry:有色金属',
      'enterprise:金岭集团 -> industry:有色金属',
    ]);
    const stated = x.edges.filter((e) => e.type === 'IN_INDUSTRY' && e.target === 'industry:有色金属' && Number(e.properties.confidence) >= 0.9);
    expect(stated.map((e) => e.source).sort()).toEqual(['enterprise:嘉川集团', 'enterprise:白塔有色集团', 'enterprise:金岭集团']);
  });
  it('reads X产业链的链主企业 as X, and 县域 as a place word', () => {
    const x = run('新岭油田公司、北湾石化公司是我市油气产业链的链主企业。');
    expect(strong(x, 'IN_INDUSTRY').filter((e) => /油气/.test(e))).toEqual(['enterprise:北湾石化 -> industry:油气', 'enterprise:新岭油田 -> industry:油气']);
    const y = run('晶辉集团和华澳集团是县域光伏产业的龙头企业。');
    expect(strong(y, 'IN_INDUSTRY').filter((e) => /光伏/.test(e))).toEqual(['enterprise:华澳集团 -> industry:光伏', 'enterprise:晶辉集团 -> industry:光伏']);
  });
  it('a firm outside the subject (…，A是X企业 after another clause) is not joined to it', () => {
    const x = run('依托金岭集团发展铜箔，白塔有色集团是全省铜加工的龙头企业。');
    expect(strong(x, 'IN_INDUSTRY').filter((e) => /金岭集团 -> industry:铜加工/.test(e))).toEqual([]);
  });
});
