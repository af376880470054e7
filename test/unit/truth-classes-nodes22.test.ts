// Node classes of issue 12 (names and types of entities) read from blind22, blind23 and blind24, one test per
// class, on short texts of the genre written for these tests (names invented, not in the lexicon unless said).
import { describe, expect, it } from 'vitest';
import { runSnippet as run, names, strong } from '../fixtures/class-doc.ts';

describe('firms gathered in running text with their lines of business in brackets (nodes22 class 1)', () => {
  it('园区已集聚A（X）、B（Y）等骨干企业: bare firm names, the brackets their industries, each firm in its own', () => {
    const x = run('目前，园区已集聚岚峰精测（激光测距仪）、澄江衡器仪表（电子衡器）、明川微测（气体传感器）等骨干企业，产值突破百亿元。');
    expect(names(x, 'Enterprise')).toEqual(['岚峰精测', '明川微测', '澄江衡器仪表']);
    expect(names(x, 'Industry')).toEqual(expect.arrayContaining(['气体传感器', '激光测距仪', '电子衡器']));
    expect(strong(x, 'IN_INDUSTRY')).toEqual([
      'enterprise:岚峰精测 -> industry:激光测距仪',
      'enterprise:明川微测 -> industry:气体传感器',
      'enterprise:澄江衡器仪表 -> industry:电子衡器',
    ]);
  });
  it('the verb and the place before the first name are no part of it (新区已集聚A…)', () => {
    const x = run('新区已集聚湖南岚禾生物（生物基材料）、长沙澄源合成（食品配料）等企业。');
    expect(names(x, 'Enterprise')).toEqual(['湖南岚禾生物', '长沙澄源合成']);
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:湖南岚禾生物 -> industry:生物基材料', 'enterprise:长沙澄源合成 -> industry:食品配料']);
  });
  it('names with a legal form keep their firm and get their bracket as industry', () => {
    const x = run('已集聚岚平密封件制造有限公司（密封垫片）、澄州钎焊材料有限公司（钎焊材料）等配套企业。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:岚平密封件制造 -> industry:密封垫片', 'enterprise:澄州钎焊材料 -> industry:钎焊材料']);
  });
  it('a place in the bracket is part of the firm’s name, never an industry (已集聚A（西宁）、B（西宁）等企业)', () => {
    const x = run('园区已集聚天岚光能（西宁）、澄阳电力（西宁）等企业。');
    expect(names(x, 'Enterprise')).toEqual(['天岚光能(西宁)', '澄阳电力(西宁)']);
    expect(names(x, 'Industry')).not.toContain('西宁');
    expect(strong(x, 'IN_INDUSTRY').filter((e) => e.includes('西宁'))).toEqual([]);
  });
  it('without 等…企业 after it, a bracketed list is not read as firms (重点发展A（X）、B（Y）)', () => {
    const x = run('园区重点发展储能变流器（PCS）、电池管理系统（BMS）等产品。');
    expect(names(x, 'Enterprise')).toEqual([]);
  });
});

describe('cities, counties and districts are places, never firms (nodes22 class 2)', () => {
  it('以A市、B县为主体 names the places a belt lies in, not firms doing its industries', () => {
    const x = run('一是高山蔬菜带。以岚川市、澄始县为主体，发展莼菜、高山萝卜和富硒马铃薯。');
    expect(names(x, 'Enterprise')).toEqual([]);
    expect(strong(x, 'IN_INDUSTRY')).toEqual([]);
  });
  it('firms in the same frame are still firms (以A、B为龙头)', () => {
    const x = run('以岚山重工、澄江动力为龙头，发展工程机械。');
    expect(names(x, 'Enterprise')).toEqual(['岚山重工', '澄江动力']);
  });
});

describe('generic words are no industries (nodes22 class 3, seeds/lexicon/not-industries.txt)', () => {
  it('a chain’s qualifier (本地化产业链条) and its degree (较完整链条) name no parent of its stages', () => {
    const x = run('打造“电极箔—铝电解电容器—整机配套”本地化产业链条。形成了“核心元器件—整机仪器—检测服务”的较完整链条。');
    expect(names(x, 'Industry')).not.toContain('本地化');
    expect(names(x, 'Industry')).not.toContain('较完整');
  });
});
