// Park classes of branch parks28: short documents of the genre written for these tests (places, firms and fields
// invented). Each asserts what the class gives and what it must not give.
import { describe, expect, it } from 'vitest';
import { names, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind15, blind18, blind23, blind32, blind36, blind40: a firm whose name opens with a park word (X城, X港, X谷) is a firm', () => {
  it('list items with a firm beside them, lists closed by 等…企业 and 以…为龙头 give the whole firm, no park', async () => {
    const x = await runDoc(
      '某市特色产业发展行动方案\n\n二、重点任务\n' +
        '支持青岚银城刀具、白鹭精工等企业扩大刀剪产能。' +
        '依托北岭云谷传感、白鹭微电等传感器企业发展压力传感器。' +
        '以南湾临港重工装备为龙头，发展海工平台。' +
        '重点企业：白鹭果业（果汁饮料）、青岚果谷食品（果脯蜜饯）。' +
        '鼓励白鹭微电、北岭云谷传感发展惯性传感器。\n',
    );
    const parks = names(x, 'Park');
    for (const n of ['青岚银城', '北岭云谷', '南湾临港', '青岚果谷']) expect(parks).not.toContain(n);
    const firms = names(x, 'Enterprise');
    for (const n of ['青岚银城刀具', '北岭云谷传感', '南湾临港重工装备', '青岚果谷食品']) expect(firms).toContain(n);
    expect(strong(x, 'HOSTS')).toEqual([]);
  });
  it('a firm the document named before keeps its whole name where a verb follows it (支持A建设…)', async () => {
    const x = await runDoc(
      '某县咖啡产业发展规划\n\n二、重点任务\n青岚咖啡产业园已集聚白鹭咖啡谷食品、北岭焙香咖啡等企业，重点发展冻干咖啡。' +
        '支持白鹭咖啡谷食品建设冻干咖啡生产线。\n',
    );
    expect(names(x, 'Park')).toEqual(['青岚咖啡产业园']);
    expect(names(x, 'Enterprise')).toContain('白鹭咖啡谷食品');
    expect(strong(x, 'LOCATED_IN')).toContain('enterprise:白鹭咖啡谷食品 -> park:青岚咖啡产业园');
  });
  it('a park that hosts what follows it (P重点发展A、B) or settles a list of firms stays a park', async () => {
    const x = await runDoc(
      '某市电子信息产业发展规划\n\n三、空间布局\n青岚光谷重点发展激光器、光模块等产品。白鹭科技城已集聚北岭光电、青岚芯片等企业。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toContain('青岚光谷');
    expect(parks).toContain('白鹭科技城');
    expect(strong(x, 'HOSTS')).toContain('park:青岚光谷 -> industry:激光器');
  });
});

describe('blind9, blind39, dev5: a numbered park label whose line goes on 位于Z，重点发展X、Y — （一）P。位于开发区东部，重点发展…', () => {
  it('the label park hosts what the clause after where it lies names, and a layout verb (下设) is no part of a park name', async () => {
    const x = await runDoc(
      '青岚经济开发区产业发展规划\n\n三、空间布局\n开发区按照“一区两园”布局，下设精细化工园和装备制造园。\n' +
        '（一）精细化工园。位于开发区西部，重点发展电子化学品和涂料助剂，已集聚白鹭化学、北岭新材等企业。\n' +
        '（二）装备制造园。位于开发区东部，重点发展工程机械和液压部件。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toContain('精细化工园');
    expect(parks.filter((n) => n.startsWith('下设'))).toEqual([]);
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toContain('park:精细化工园 -> industry:电子化学品');
    expect(hosts).toContain('park:装备制造园 -> industry:液压部件');
    expect(hosts.filter((e) => e.startsWith('park:精细化工园') && e.includes('液压部件'))).toEqual([]);
    expect(strong(x, 'LOCATED_IN')).toContain('enterprise:白鹭化学 -> park:精细化工园');
  });
});

describe('blind17, blind40: places abroad and shares of a park are no parks', () => {
  it('a place a foreign country opens is abroad; X产值占园区… is a share, no park', async () => {
    const x = await runDoc(
      '青岚市化工产业发展规划\n\n二、重点任务\n推动青岚临港产业园与印度尼西亚巴淡产业园联动发展，共同拓展东盟市场。' +
        '与老挝万象、泰国清迈共建跨境产业合作网络。到2030年，精细化工产值占园区工业总产值的比重超过40%。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toContain('青岚临港产业园');
    expect(parks.filter((n) => /印度尼西亚|老挝|泰国|占园区/.test(n))).toEqual([]);
  });
});
