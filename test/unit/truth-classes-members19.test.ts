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
