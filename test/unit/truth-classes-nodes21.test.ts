import { describe, expect, it } from 'vitest';
import { names, runDoc, strong } from '../fixtures/class-doc.ts';

// One invited firm before 等X企业, in the genre's pair of invitations (招引A、B等X企业来P布局Y，招引C等Z企业布局W): the
// second invitation leaves out 来P, so C was read as a kind of firm — lost (东阳光, blind20 r06), an Industry (北方华创,
// blind20 r08), or cut where the segmenter read a verb inside it (安踏|体育 → Enterprise:体育 IN_INDUSTRY 运动服饰,
// blind17 r08). Own text, invented names.
describe('one invited firm before 等X企业', () => {
  const doc = `某市先进制造业发展规划

一、精准招商
重点招引甲乙丙、丁戊己等风电整机企业来园区布局大兆瓦风电整机，招引南阳光等电极箔企业布局化成箔。
重点招引天岳先进、三安光电等碳化硅衬底企业来某区布局8英寸碳化硅衬底，招引北方华创等装备企业布局外延设备。
重点招引泡泡玛特等潮玩企业来某市布局潮流玩具，招引安踏体育等运动品牌企业布局运动服饰。
`;
  it('is a firm, whole, without 来P after the kind word', async () => {
    const x = await runDoc(doc);
    expect(names(x, 'Enterprise')).toEqual(expect.arrayContaining(['南阳光', '北方华创', '安踏体育']));
    expect(names(x, 'Enterprise')).not.toContain('体育');
    expect(names(x, 'Industry')).not.toContain('北方华创');
    expect(strong(x, 'IN_INDUSTRY').join()).not.toContain('enterprise:体育');
  });

  it('a kind of firm before 等X企业 stays a kind, with or without 来P', async () => {
    const x = await runDoc(`某市汽车零部件产业发展规划

一、精准招商
重点招引电驱动、热管理等零部件企业来某市布局，招引动力电池等配套企业布局新能源汽车零部件。
`);
    expect(names(x, 'Enterprise')).not.toContain('电驱动');
    expect(names(x, 'Enterprise')).not.toContain('动力电池');
  });
});

// A logistics park (物流园) is a park kind (潜江龙虾物流园 blind5 r08, 医药物流园 dev4 q04), also when the conversion lost a
// character of the kind word: 依托吴忠现代物□园发展乳品冷链物流 (blind20 r03) read a bare name after 依托 as a firm
// (Enterprise:吴忠现代物□园 IN_INDUSTRY 冷链物流). Own text, invented names.
describe('a logistics park whose kind word lost a character', () => {
  it('is a park hosting what it develops, no firm', async () => {
    const x = await runDoc(`某市奶产业高质量发展重点任务分工方案

一、重点任务
1．完善冷链物流。依托某某现代物□园发展乳品冷链物流和低温仓储，支持某某乳业建设冷链配送中心。
`);
    expect(names(x, 'Park')).toContain('某某现代物□园');
    expect(names(x, 'Enterprise')).not.toContain('某某现代物□园');
    expect(strong(x, 'IN_INDUSTRY').join()).not.toContain('物□园');
  });
});
