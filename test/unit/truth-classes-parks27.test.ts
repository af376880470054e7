// Park classes of branch parks27: short documents of the genre written for these tests (places, firms and fields
// invented). Each asserts what the class gives and what it must not give.
import { describe, expect, it } from 'vitest';
import { names, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind8, blind15, blind29, blind31, blind32, blind35, blind36, dev8: a base named by its field or function alone is no park', () => {
  it('goal, project and resource bases with no place opening their names are not parks, nor do they host', async () => {
    const x = await runDoc(
      '某市特色产业发展行动方案\n\n二、重点任务\n' +
        '以青岚精工为链主，重点发展精密轴承和数控刀具，打造高端轴承钢材料基地。' +
        '推进油茶生态种植基地建设，新增茶园2万亩。' +
        '全市具备建设千万吨级储氢基地的资源条件。' +
        '北岭县依托绿色原料基地发展菌菇订单种植。' +
        '立足山地资源和清洁能源基地优势，发展抽水蓄能。\n',
    );
    const parks = names(x, 'Park');
    for (const n of ['高端轴承钢材料基地', '油茶生态种植基地', '千万吨级储氢基地', '绿色原料基地', '山地资源和清洁能源基地']) expect(parks).not.toContain(n);
    expect(strong(x, 'HOSTS').filter((e) => /基地/.test(e))).toEqual([]);
  });
  it('a base whose name opens with its place stays a park, and so does a field-named base the text places things in', async () => {
    const x = await runDoc(
      '某市石化产业发展规划\n\n二、空间布局\n白鹭湾绿色石化基地重点发展乙烯和芳烃。青岚化工、北岭化学等企业已落户精细化工基地。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toContain('白鹭湾绿色石化基地');
    expect(parks).toContain('精细化工基地');
    expect(strong(x, 'HOSTS').filter((e) => /白鹭湾绿色石化基地/.test(e)).length).toBeGreaterThan(0);
  });
});

describe('blind36 r08, blind32 r01: an item number glued to the park opening its line — (1)P重点发展X / 3.园区…', () => {
  it('the park after (1), （2） or 1. is read without the number, and hosts what its clause names', async () => {
    const x = await runDoc(
      '某市茶产业发展工作要点\n\n1. 做强茶产业链\n(1)青岚经济开发区重点发展红茶饮片和茶多酚提取物，已集聚白鹭茶业、青岚茗香茶业等企业。\n' +
        '2. 培育白茶品牌\n（1）北岭县白茶产业园重点发展白茶饼。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toContain('青岚经济开发区');
    expect(parks).toContain('北岭县白茶产业园');
    expect(parks.filter((n) => /^[(（\d]/.test(n))).toEqual([]);
    expect(strong(x, 'HOSTS')).toContain('park:北岭县白茶产业园 -> industry:白茶饼');
  });
  it('a numbered line opening with a bare park word names no park (3.园区…)', async () => {
    const x = await runDoc('某市产业发展规划\n\n三、空间布局\n3.园区重点发展电子元器件和新型显示。\n');
    expect(names(x, 'Park').filter((n) => /园区/.test(n))).toEqual([]);
  });
});

describe('blind29 r07, blind36 r08: an item number before the park that opens the sentence — （2）P…，已集聚A、B等企业', () => {
  it('the firms the park has gathered are located in it, after (1), （2） or 3．', async () => {
    const x = await runDoc(
      '某盟肉牛产业发展方案\n\n二、重点任务\n（2）青岚经济技术开发区重点发展冷鲜肉分割，已集聚白鹭牧业、北岭肉业等肉类加工企业18家。\n' +
        '(3)白鹭工业园是全市乳品加工的核心承载区，已集聚青岚乳业、北岭乳品等企业。\n',
    );
    const located = strong(x, 'LOCATED_IN');
    expect(located).toContain('enterprise:白鹭牧业 -> park:青岚经济技术开发区');
    expect(located).toContain('enterprise:北岭肉业 -> park:青岚经济技术开发区');
    expect(located).toContain('enterprise:青岚乳业 -> park:白鹭工业园');
  });
  it('a clause of intent after the numbered park settles nobody (（1）支持A在P建设…项目)', async () => {
    const x = await runDoc('某盟肉牛产业发展方案\n\n二、重点任务\n（1）支持白鹭牧业在青岚经济技术开发区建设年屠宰10万头肉牛项目。\n');
    expect(strong(x, 'LOCATED_IN').filter((e) => /白鹭牧业/.test(e))).toEqual([]);
  });
});

describe('blind9 r05, blind36 r03, r06, r08: P重点发展X，已集聚A、B。 — an untyped list of bare names the park has gathered', () => {
  it('names read as firms only later in the document are located in the park', async () => {
    const x = await runDoc(
      '某市产业发展规划\n\n二、空间布局\n健康饮品产业园重点发展天然饮用水和植物饮料，已集聚白鹭山泉水厂、青岚绿野饮品。青岚绿野饮品是省内重要的饮品企业。\n',
    );
    const located = strong(x, 'LOCATED_IN');
    expect(located).toContain('enterprise:白鹭山泉水厂 -> park:健康饮品产业园');
    expect(located).toContain('enterprise:青岚绿野饮品 -> park:健康饮品产业园');
  });
  it('a list of fields or of kinds the park has gathered names no firm', async () => {
    const x = await runDoc('某市产业发展规划\n\n二、空间布局\n白鹭工业园重点发展电子信息，已集聚电子元器件、新型显示。青岚产业园重点发展光伏，已集聚高端人才、研发团队。\n');
    expect(strong(x, 'LOCATED_IN')).toEqual([]);
    expect(names(x, 'Enterprise')).toEqual([]);
  });
});

describe('blind12 r01, blind36 r06: 已集聚A、B。 — a sentence with no subject goes on with the one park its line named before', () => {
  it('the firms are located in the park the nearest earlier sentence of the line names', async () => {
    const x = await runDoc(
      '某市产业发展规划\n\n二、空间布局\n（二）先进材料。青岚材料产业园重点发展光学膜材料，以白鹭光膜科技为龙头，发展偏光片基膜。产业链条为“聚酯切片—光学膜—偏光片”。已集聚白鹭光膜科技、北岭锂源新能源材料、青岚宏泰新材料。\n',
    );
    const located = strong(x, 'LOCATED_IN');
    expect(located).toContain('enterprise:北岭锂源新能源材料 -> park:青岚材料产业园');
    expect(located).toContain('enterprise:青岚宏泰新材料 -> park:青岚材料产业园');
  });
  it('no park when the earlier sentence names two, or when the park is in another line', async () => {
    const x = await runDoc(
      '某市产业发展规划\n\n二、空间布局\n青岚材料产业园和白鹭电子产业园协同发展光学膜材料。已集聚白鹭光膜科技、北岭锂源新能源材料等企业。\n白鹭电子产业园重点发展显示模组。\n已集聚青岚宏泰新材料、北岭华彩光电等企业。\n',
    );
    expect(strong(x, 'LOCATED_IN')).toEqual([]);
  });
});

describe('blind12 r01, blind35 r08: P已集聚A、B等X企业，以及C、D等Y企业 — the list after 以及 is gathered too', () => {
  it('both typed lists are located in the park', async () => {
    const x = await runDoc('某市产业发展规划\n\n二、空间布局\n白鹭高新区已集聚青岚光电、北岭半导体等LED企业，以及青岚龙旗智能、白鹭华勤电子等手机整机企业。\n');
    const located = strong(x, 'LOCATED_IN');
    expect(located).toContain('enterprise:青岚光电 -> park:白鹭高新区');
    expect(located).toContain('enterprise:青岚龙旗智能 -> park:白鹭高新区');
  });
  it('以及 opening a clause of another kind adds nothing (…，以及人才公寓和配套学校)', async () => {
    const x = await runDoc('某市产业发展规划\n\n二、空间布局\n白鹭高新区已集聚青岚光电、北岭半导体等LED企业，以及青岚人才公寓和白鹭配套学校。\n');
    expect(strong(x, 'LOCATED_IN').filter((e) => /公寓|学校/.test(e))).toEqual([]);
  });
});

describe('blind31 r01: 推动P与Q开展结对合作 — a pairing partner is another area\'s park', () => {
  it('the partner is no park of the document; the subject stays', async () => {
    const x = await runDoc('某市制造业发展规划\n\n二、重点任务\n推动白鹭高新技术产业开发区与岭南湾科技园开展结对合作。\n');
    const parks = names(x, 'Park');
    expect(parks).toContain('白鹭高新技术产业开发区');
    expect(parks).not.toContain('岭南湾科技园');
  });
});

describe('blind31 r01, r07, blind32 r03, blind36 r04: 以P为载体/为核心承载区 or 依托P发展X, then 已集聚A、B等企业', () => {
  it('the carrier park is the subject the clause of what is gathered goes on with', async () => {
    const x = await runDoc(
      '某市产业发展规划\n\n二、重点任务\n以白鹭陶瓷产业园为载体，重点发展岩板，已集聚青岚恒瑞陶瓷、白鹭宏宇建陶等企业。' +
        '云计算产业以青岚高新技术产业开发区为核心承载区，已集聚北岭运邦网络、青岚云数科技等企业。' +
        '依托北岭光伏产业园发展光伏组件，已集聚青岚宏晟光伏等企业。\n',
    );
    const located = strong(x, 'LOCATED_IN');
    expect(located).toContain('enterprise:青岚恒瑞陶瓷 -> park:白鹭陶瓷产业园');
    expect(located).toContain('enterprise:北岭运邦网络 -> park:青岚高新技术产业开发区');
    expect(located).toContain('enterprise:青岚宏晟光伏 -> park:北岭光伏产业园');
  });
  it('a carrier clause followed by a clause of intent settles nobody (以P为载体，支持A、B等企业扩产)', async () => {
    const x = await runDoc('某市产业发展规划\n\n二、重点任务\n以白鹭陶瓷产业园为载体，支持青岚恒瑞陶瓷、白鹭宏宇建陶等企业扩大岩板产能。\n');
    expect(strong(x, 'LOCATED_IN')).toEqual([]);
  });
});

describe('blind23 r01, blind24 r01: P是…核心承载区。区内已集聚A… / 集聚区已集聚A… — the bare word goes on with the park of the line', () => {
  it('区内 and a bare 集聚区 stand for the park that opened an earlier sentence of the line', async () => {
    const x = await runDoc(
      '某市制造业发展规划\n\n二、空间布局\n白鹭经济技术开发区（以下简称白鹭开发区）是我市智能家电的核心承载区。区内已集聚青岚制冷等家电企业和北岭恒隆汽车零部件等汽车零部件企业。\n' +
        '青岚尼龙新材料产业集聚区是全市尼龙产业的核心承载区。集聚区已集聚青岚神马集团、北岭尼龙化工等骨干企业。\n',
    );
    const located = strong(x, 'LOCATED_IN');
    expect(located).toContain('enterprise:青岚神马集团 -> park:青岚尼龙新材料产业集聚区');
  });
  it('no park opening the line: 区内 settles nobody', async () => {
    const x = await runDoc('某市制造业发展规划\n\n二、空间布局\n全市智能家电产业加快发展。区内已集聚青岚制冷等家电企业。\n');
    expect(strong(x, 'LOCATED_IN')).toEqual([]);
  });
});
