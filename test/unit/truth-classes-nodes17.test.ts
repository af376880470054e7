// Node classes of issue 12 (names and types) read from blind15 and blind16, one test per class, on short
// texts of the genre written for these tests (names invented, not in the lexicon). Each asserts what the
// class forbids; the blind fixtures (truth-blind.test.ts) measure the same classes on whole documents.
import { describe, expect, it } from 'vitest';
import { runDoc, names } from '../fixtures/class-doc.ts';

describe('firms invited to come are firms, never industries (blind15 r02, r05)', () => {
  it('a place or a brand opening an invited item makes it a firm whatever its last character (北京精雕, 海天精工)', async () => {
    const x = await runDoc('数控机床若干措施\n第五条　精准招商。重点招引南京精雕、东海精工等整机企业来本区布局精密加工中心。');
    expect(names(x, 'Enterprise')).toEqual(['东海精工', '南京精雕']);
    expect(names(x, 'Industry').filter((n) => /精雕|精工/.test(n))).toEqual([]);
  });
  it('two typed lists joined by 和 before one 来 (A、B等X企业和C等Y企业来P布局) are both of firms', async () => {
    const x = await runDoc('石墨产业链实施方案\n4．精准招引项目。重点招引璞瑞达、杉林股份等负极材料企业和宝泰嘉等石墨烯企业来本市布局。');
    expect(names(x, 'Enterprise')).toEqual(['宝泰嘉', '杉林股份', '璞瑞达']);
    expect(names(x, 'Industry').filter((n) => /璞瑞达|杉林/.test(n))).toEqual([]);
  });
  it('kinds of firm invited stay kinds (招引电驱动、热管理等零部件企业来P布局)', async () => {
    const x = await runDoc('新能源汽车产业链实施方案\n3．精准招商。招引电驱动、热管理等零部件企业来本区布局。');
    expect(names(x, 'Enterprise')).toEqual([]);
  });
});
