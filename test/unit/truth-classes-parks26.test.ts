// Park classes of the parks26 round (blind29–32 and the older sets), each seen in several documents and sets: short
// documents of the genre written for these tests (places, firms and parks invented); each asserts what the class gives
// and what it must not give.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind15/17/18/23/29/30/31/32: a layout counting its parks (“一区三园”) and listing them names the zone’s parts', () => {
  const doc =
    '某山高新技术产业开发区产业发展规划\n\n一、空间布局\n\n' +
    '按照“一区三园”布局，某山高新区下设精密仪表产业园、健康食品产业园和现代中药产业园。\n' +
    '“一区四园”即某山高新技术产业开发区及石岭园、松涛园、云溪园和桂湾园。\n' +
    '开发区实行“一区三园”管理体制，由东区、西区和滨河临港产业园组成。\n' +
    '推动“一区三园”协同发展，加强与甲城经济开发区、乙城产业园的合作。\n' +
    '构建“一区三园”格局，重点发展仪器仪表和现代中药两大产业。\n' +
    '按照“一区四园”布局，下设丙岭产业园和丁湖产业园。\n';

  it('each listed park is part of the zone (stated), whatever the verb (下设, 即Z及, 由…组成)', async () => {
    const x = await runDoc(doc);
    const p = strong(x, 'PART_OF');
    const zone = 'park:某山高新技术产业开发区';
    for (const part of ['精密仪表产业园', '健康食品产业园', '现代中药产业园', '石岭园', '松涛园', '云溪园', '桂湾园', '东区', '西区', '滨河临港产业园']) {
      expect(p.filter((e) => e.startsWith(`park:${part} ->`) || e.includes(`:${part} -> ${zone}`))).toContain(`park:${part} -> ${zone}`);
    }
  });

  it('no list, a list of another length, or a cooperation partner gives no part', async () => {
    const x = await runDoc(doc);
    const p = all(x, 'PART_OF');
    expect(p.filter((e) => /甲城经济开发区|乙城产业园|丙岭产业园|丁湖产业园/.test(e))).toEqual([]);
  });
});

describe('blind30 r08 (and the layouts of blind13/blind23): a park the layout listed, leading its line (P。重点发展X。园内已集聚A)', () => {
  const doc =
    '某州经济技术开发区产业发展规划\n\n一、空间布局\n\n' +
    '“一区三园”即某州经济技术开发区及石岭园、松涛园和云溪园。\n\n' +
    '石岭园。重点发展盐化工和精细化工。园内已集聚甲乙盐化、丙丁化工等盐化工企业。\n\n' +
    '松涛园。重点发展天然气化工和新材料。在松涛园建设某州电子化学品专区，重点发展湿电子化学品和光刻胶。\n\n' +
    '云溪园。依托戊己机械等企业，发展汽车零部件。\n';

  it('the line’s park hosts what its focus clause names, and has the firms 园内 gathers (stated)', async () => {
    const x = await runDoc(doc);
    const h = strong(x, 'HOSTS');
    for (const e of ['park:石岭园 -> industry:盐化工', 'park:石岭园 -> industry:精细化工', 'park:松涛园 -> industry:天然气化工', 'park:松涛园 -> industry:新材料']) expect(h).toContain(e);
    const l = strong(x, 'LOCATED_IN');
    expect(l).toContain('enterprise:甲乙盐化 -> park:石岭园');
    expect(l).toContain('enterprise:丙丁化工 -> park:石岭园');
  });

  it('a park built in the line’s park has its own focus; a firm the line relies on is not placed in it', async () => {
    const x = await runDoc(doc);
    const h = strong(x, 'HOSTS');
    expect(h.filter((e) => /park:松涛园 -> industry:(?:湿电子化学品|光刻胶)/.test(e))).toEqual([]);
    expect(h).toContain('park:某州电子化学品专区 -> industry:湿电子化学品');
    expect(strong(x, 'LOCATED_IN').filter((e) => e.startsWith('enterprise:戊己机械'))).toEqual([]);
  });
});

describe('blind31 r08, blind32 r08: a stage word opening a focus item (X及下游Y, X及下游产品)', () => {
  const doc =
    '某海经济开发区产业发展规划\n\n一、空间布局\n\n' +
    '某海化工园区重点发展BDO及下游可降解材料，某海纺织园重点发展粘胶纤维及下游产品。\n';

  it('the item is what follows the stage word; a stage and a generic word name nothing', async () => {
    const x = await runDoc(doc);
    const h = all(x, 'HOSTS');
    expect(h).toContain('park:某海化工园区 -> industry:可降解材料');
    expect(h.filter((e) => /下游产品/.test(e))).toEqual([]);
    expect(x.nodes.filter((n) => n.label === 'Industry' && /^(?:下游)?产品$|下游产品/.test(n.name))).toEqual([]);
  });
});

describe('blind24/29/30/31/32 r04: two carriers and 前者…后者 (以P1和P2为承载区，前者重点发展X，后者重点发展Y)', () => {
  const doc =
    '某江市未来产业培育发展行动方案\n\n一、重点方向\n\n' +
    '（一）未来材料。重点发展超导材料和液态金属，以某江经济技术开发区和某江新材料产业园为主承载区，前者重点发展超导材料，后者重点发展液态金属和石墨烯薄膜。\n' +
    '（二）未来能源。某江高新技术产业开发区和某江氢能产业园是该方向的主承载区，前者重点发展固态电池，后者重点发展氢燃料电池。\n' +
    '（三）未来健康。对标甲市生物医药产业园和乙市医学城，前者重点发展细胞治疗，后者重点发展基因检测。\n';

  it('each carrier hosts what its own clause names, and not the other’s', async () => {
    const x = await runDoc(doc);
    const h = strong(x, 'HOSTS');
    for (const e of [
      'park:某江经济技术开发区 -> industry:超导材料',
      'park:某江新材料产业园 -> industry:液态金属',
      'park:某江新材料产业园 -> industry:石墨烯薄膜',
      'park:某江高新技术产业开发区 -> industry:固态电池',
      'park:某江氢能产业园 -> industry:氢燃料电池',
    ])
      expect(h).toContain(e);
    expect(h.filter((e) => /某江经济技术开发区 -> industry:(?:液态金属|石墨烯薄膜)|某江新材料产业园 -> industry:超导材料|某江高新技术产业开发区 -> industry:氢燃料电池/.test(e))).toEqual([]);
  });

  it('places of a benchmarking clause host nothing', async () => {
    const x = await runDoc(doc);
    expect(all(x, 'HOSTS').filter((e) => /甲市|乙市|细胞治疗|基因检测/.test(e))).toEqual([]);
  });
});

describe('blind30 r02, r07, blind5 r02: a named 片区 of a park written with the park’s name (X园区Y片区)', () => {
  const doc =
    '某安区汽车零部件产业发展若干措施\n\n' +
    '某安工业园区石桥片区已集聚汽车零部件企业30余家，是全区汽车零部件产业的核心承载区。\n' +
    '在某丰产业园区东林片区建设某丰钛材产业园，重点发展钛合金棒材。\n';

  it('the area is part of the park its name opens with (by name)', async () => {
    const x = await runDoc(doc);
    const p = strong(x, 'PART_OF');
    expect(p).toContain('park:某安工业园区石桥片区 -> park:某安工业园区');
    expect(p).toContain('park:某丰产业园区东林片区 -> park:某丰产业园区');
    expect(p.filter((e) => /某丰钛材产业园 -> park:某丰产业园区$/.test(e))).toEqual([]);
  });
});

describe('blind29 r06, blind17 r07: a park’s name opened late or glued to a verb (建设<place><field>X产业园, 拟选址P)', () => {
  const doc =
    '某襄县法兰锻造产业招商图谱\n\n' +
    '某襄经济技术开发区是全县锻造产业的核心承载区。在某襄经济技术开发区建设某襄锻造智能制造产业园，重点发展数控辗环和精密机加工。\n' +
    '（一）年产10万吨特钢坯料项目：总投资约20亿元，拟选址某襄县循环经济园区，主要建设电渣重熔生产线。\n';

  it('the place and the field after the verb of building open the name; the site verb is no part of it', async () => {
    const x = await runDoc(doc);
    const parks = x.nodes.filter((n) => n.label === 'Park').map((n) => n.name);
    expect(parks).toContain('某襄锻造智能制造产业园');
    expect(parks).not.toContain('智能制造产业园');
    expect(parks.filter((n) => /选址/.test(n))).toEqual([]);
    expect(strong(x, 'LOCATED_IN')).toContain('park:某襄锻造智能制造产业园 -> park:某襄经济技术开发区');
    expect(strong(x, 'HOSTS')).toContain('park:某襄锻造智能制造产业园 -> industry:数控辗环');
  });
});

describe('blind16 r08 (the genre’s 核心承载区 clause): a bare 园区 after a clause a park opens goes on with that park', () => {
  const doc =
    '某桃市非织造布产业链长制工作要点\n\n' +
    '全市非织造布产业已形成完整链条，某场非织造布产业园是全市非织造布产业的核心承载区，园区已集聚甲乙卫材、丙丁防护用品等防护用品企业。\n';

  it('the firms 园区 gathers are in the park that opened the earlier clause (stated)', async () => {
    const x = await runDoc(doc);
    const l = strong(x, 'LOCATED_IN');
    expect(l).toContain('enterprise:甲乙卫材 -> park:某场非织造布产业园');
    expect(l).toContain('enterprise:丙丁防护用品 -> park:某场非织造布产业园');
  });
});

describe('blind15 r06 (我区 in a zone’s own plan) and blind13/15/20 district plans (我区 is the district, no park)', () => {
  it('in a zone’s plan, 我区已集聚A、B places the firms in the zone its title names', async () => {
    const x = await runDoc('某皇岛经济技术开发区产业发展规划\n\n一、发展基础\n\n我区已集聚甲乙汽车零部件、丙丁包装玻璃等配套企业。\n');
    const l = strong(x, 'LOCATED_IN');
    expect(l).toContain('enterprise:甲乙汽车零部件 -> park:某皇岛经济技术开发区');
    expect(l).toContain('enterprise:丙丁包装玻璃 -> park:某皇岛经济技术开发区');
  });

  it('in a district’s plan, 我区 places nothing', async () => {
    const x = await runDoc('某平区未来产业发展行动方案\n\n一、发展基础\n\n我区已集聚甲乙储能、丙丁新能源等储能企业。\n');
    expect(all(x, 'LOCATED_IN').filter((e) => /甲乙储能|丙丁新能源/.test(e))).toEqual([]);
  });
});
