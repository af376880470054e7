// Issue 12, the park layer (blind22, blind23, blind24): HOSTS and LOCATED_IN that unseen text of the genre states and the
// parks readers left.
// Short texts of the genre written for these tests (names invented, not in the lexicon).
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong, names } from '../fixtures/class-doc.ts';

const hosts = (x: Awaited<ReturnType<typeof runDoc>>) => strong(x, 'HOSTS');
const locatedIn = (x: Awaited<ReturnType<typeof runDoc>>) => strong(x, 'LOCATED_IN').filter((e) => !e.startsWith('park:'));

describe('“一区四园” then X园重点发展A，已集聚B: the parks a layout counts, named by a bare 园 ending (blind24 r06, blind22 r06)', () => {
  const layout =
    '赤川经济技术开发区规划形成“一区三园”格局。盐化新材料园重点发展聚氯乙烯和烧碱，已集聚青岚化工有限公司等企业；检测认证服务园重点发展检测校准服务和仪器租赁；朔方果蔬加工园重点发展番茄制品，以朔方食品有限公司为龙头。\n';
  it('each counted park hosts its own clause’s focus, and the firms its clause has gathered are in it', async () => {
    const x = await runDoc(layout);
    expect(names(x, 'Park')).toEqual(expect.arrayContaining(['盐化新材料园', '检测认证服务园', '朔方果蔬加工园']));
    expect(hosts(x)).toEqual(
      expect.arrayContaining([
        'park:盐化新材料园 -> industry:聚氯乙烯',
        'park:盐化新材料园 -> industry:烧碱',
        'park:检测认证服务园 -> industry:检测校准服务',
        'park:检测认证服务园 -> industry:仪器租赁',
        'park:朔方果蔬加工园 -> industry:番茄制品',
      ]),
    );
    // (no cross-product: a park hosts only its own clause's focus)
    expect(hosts(x).filter((e) => e.startsWith('park:盐化新材料园') && /番茄|检测|仪器/.test(e))).toEqual([]);
    expect(locatedIn(x)).toContain('enterprise:青岚化工 -> park:盐化新材料园');
    expect(locatedIn(x).filter((e) => e.startsWith('enterprise:朔方食品'))).toEqual([]);
  });
  it('a later sentence building a park in a counted one places it there', async () => {
    const x = await runDoc(`${layout}1. 在盐化新材料园建设赤川管材产业园，重点发展塑料管材。\n`);
    expect(strong(x, 'LOCATED_IN')).toContain('park:赤川管材产业园 -> park:盐化新材料园');
  });
  it('with no count of 园 in the paragraph, a name ending in bare 园 is no park of this reader', async () => {
    const x = await runDoc('赤川经济技术开发区重点发展新材料。盐化新材料园重点发展聚氯乙烯和烧碱，已集聚青岚化工有限公司等企业。\n');
    expect(names(x, 'Park')).not.toContain('盐化新材料园');
    expect(hosts(x).filter((e) => e.startsWith('park:盐化新材料园'))).toEqual([]);
  });
  it('a count opening no park (一园一策) and a kind of park (特色园, 配套园) add none', async () => {
    const x = await runDoc('各园区实行“一园一策”。配套园重点发展汽车零部件；特色园重点发展食品加工。\n');
    expect(names(x, 'Park')).toEqual([]);
    const y = await runDoc('开发区形成“一区两园”格局。四园重点发展汽车零部件；各园重点发展食品加工。\n');
    expect(names(y, 'Park').filter((n) => /^(?:四园|各园)$/.test(n))).toEqual([]);
  });
});

describe('推动Z建设Q，重点承接A / 支持Z建设Q，重点发展A: a park the plan asks a zone to build (blind23 r05, blind11 r07)', () => {
  it('the park is in the zone and hosts the next clause’s focus; 推动 is planned, 支持 only encouraged', async () => {
    const x = await runDoc('3. 延伸终端产品。推动赤川经济开发区建设赤川绿色包装产业园，重点承接纸包装企业。\n');
    expect(strong(x, 'LOCATED_IN')).toContain('park:赤川绿色包装产业园 -> park:赤川经济开发区');
    expect(hosts(x)).toContain('park:赤川绿色包装产业园 -> industry:纸包装');
    const y = await runDoc('4. 壮大风电装备。支持朔方经济技术开发区建设朔方风电装备产业园，重点发展风电叶片和变流器。\n');
    expect(hosts(y)).toEqual(expect.arrayContaining(['park:朔方风电装备产业园 -> industry:风电叶片', 'park:朔方风电装备产业园 -> industry:变流器']));
    expect(strong(y, 'LOCATED_IN')).toEqual([]);
    expect(y.edges.find((e) => e.type === 'LOCATED_IN' && e.source === 'park:朔方风电装备产业园')?.properties.basis).toBe('encouraged');
  });
  it('a firm asked to build (支持A建设Q) and a zone asked to build no park place nothing by this rule', async () => {
    const x = await runDoc('重点企业：青岚包装科技。\n推动赤川经济开发区建设公共服务平台，重点承接纸包装企业。\n');
    expect(strong(x, 'LOCATED_IN')).toEqual([]);
    expect(hosts(x).filter((e) => /公共服务平台/.test(e))).toEqual([]);
    const y = await runDoc('重点企业：青岚包装科技。\n支持青岚包装科技建设赤川绿色包装产业园，重点发展纸包装。\n');
    expect(all(y, 'LOCATED_IN').filter((e) => e.startsWith('park:赤川绿色包装产业园'))).toEqual([]);
  });
});
