// PART_OF classes found by parts29 (blind29–blind40): items filed under the industry their section, paragraph or
// sentence is about. Each test runs a short document written for it (names and places invented) through the real read,
// structure and extraction stages, and asserts what the class gives and what must not come.
import { describe, expect, it } from 'vitest';
import { named, runDoc } from '../fixtures/class-doc.ts';

describe('a label of the kinds a section seeks to attract, inside its paragraph (招商方向：A、B / 招引方向为A和B: blind30 r06, blind31 r06, blind35 r06, blind36 r07)', () => {
  const doc =
    '青禾市重点产业链招商图谱（2026年版）\n\n一、总体情况\n青禾市工业基础较好，形成了三条重点产业链。\n\n二、产业链图谱\n' +
    '（一）轨道装备制造.以青禾机车为龙头，发展城轨车辆和机车整机。青禾机车是省内重要的机车生产企业。招商方向：车体铝型材、牵引变流器、制动闸片。\n' +
    '（二）白水茶业.白水茶园面积稳定在十万亩。招商重点为速溶茶粉和茶饮料，目标企业为国内茶饮头部企业。\n' +
    '（三）盐化工.青禾盐矿是区内重要的岩盐开采企业。\n招引重点：纯碱、烧碱等基础化工企业；医药中间体、农药中间体等精细化工企业。\n';
  it('the kinds listed after the label are parts of the section heading\'s industry', async () => {
    const x = await runDoc(doc);
    const part = named(x, 'PART_OF');
    for (const k of ['车体铝型材', '牵引变流器', '制动闸片']) expect(part).toContain(`${k} -> 轨道装备制造`);
    expect(part).toContain('速溶茶粉 -> 白水茶业');
    expect(part).toContain('茶饮料 -> 白水茶业');
  });
  it('a clause typed by its kind of firm (A、B等X企业) files its items under that kind, not the section\'s industry', async () => {
    const x = await runDoc(doc);
    const part = named(x, 'PART_OF');
    expect(part).toContain('医药中间体 -> 精细化工');
    expect(part).toContain('农药中间体 -> 精细化工');
    expect(part).not.toContain('医药中间体 -> 盐化工');
  });
  it('the target firms of the next clause and a sentence about firms give no part', async () => {
    const x = await runDoc(doc);
    const part = named(x, 'PART_OF');
    expect(part.filter((e) => /头部|企业/.test(e))).toEqual([]);
    const y = await runDoc('青禾市新材料招商图谱\n\n一、重点产业链\n（一）新材料.招引方向为引进龙头企业和建设研发平台。\n');
    expect(named(y, 'PART_OF').filter((e) => /龙头|平台/.test(e))).toEqual([]);
  });
});

describe('the segments a lead firm drives in a section about one industry (以A为龙头，带动X和Y发展: blind31 r04, blind35 r01, blind39 r04)', () => {
  const doc =
    '青禾市未来产业培育行动方案\n\n一、重点赛道\n' +
    '（一）深空探测装备。重点发展月面巡视器和深空通信终端。以青禾航天为龙头，带动月壤采样器和着陆缓冲装置协同发展。\n' +
    '（二）海洋牧场装备。以白水重工为链主，带动养殖围网和投饵无人船配套企业集聚。以白水重工为龙头，带动就业增长。\n';
  it('the driven segments are parts of the section heading\'s industry', async () => {
    const x = await runDoc(doc);
    const part = named(x, 'PART_OF');
    expect(part).toContain('月壤采样器 -> 深空探测装备');
    expect(part).toContain('着陆缓冲装置 -> 深空探测装备');
    expect(part).toContain('养殖围网 -> 海洋牧场装备');
    expect(part).toContain('投饵无人船 -> 海洋牧场装备');
  });
  it('what a lead firm drives that is no kind of industry, or drives toward another (带动A向B延伸), gives no part', async () => {
    const x = await runDoc(doc);
    expect(named(x, 'PART_OF').filter((e) => /就业/.test(e))).toEqual([]);
    const y = await runDoc('青禾市新材料行动方案\n\n一、重点任务\n（一）先进陶瓷。以青禾瓷业为龙头，带动日用陶瓷向电子陶瓷和结构陶瓷延伸发展。\n');
    expect(named(y, 'PART_OF')).not.toContain('电子陶瓷 -> 先进陶瓷');
  });
});

describe('重点突破 before a list under a section naming its industry (（一）第三代半导体。重点突破A、B和C: blind15 r04, blind18 r04, blind20 r04, heldout h03)', () => {
  it('the listed segments are parts of the section\'s industry; a title naming its own level keeps its items', async () => {
    const x = await runDoc('青禾市未来产业行动方案\n\n一、重点方向\n（一）量子精密测量。重点突破原子磁力计、量子重力仪和芯片级原子钟，推动在地质勘探领域应用。\n');
    const part = named(x, 'PART_OF');
    expect(part).toContain('原子磁力计 -> 量子精密测量');
    expect(part).toContain('量子重力仪 -> 量子精密测量');
    expect(part).not.toContain('地质勘探 -> 量子精密测量');
  });
});
