// A plan's list of its industries under a category heading (parts28, session of 2026-12-07): 二、主要方向 / 第二章 产业定位 /
// 三、重点招商方向 open a section per industry as 发展重点 and 重点赛道 do, so a short child heading ((一)人工吹制器皿 /
// （三）进口资源加工) is the industry its sentences develop and the items of their development lists are its parts. A
// park's heading under such a category (（三）时尚创意园 under 各园区产业定位) is a place, never an industry.
// Short documents of the genre written for this test (firms and places invented).
import { describe, expect, it } from 'vitest';
import { named, runDoc } from '../fixtures/class-doc.ts';

describe('a short heading under a category heading of the plan\'s industries', () => {
  it('makes the items of its development lists its parts (主要方向)', async () => {
    const x = await runDoc(
      '某县陶瓷器具产业发展分工方案\n\n一、总体要求\n\n全县陶瓷器具产业营业收入突破50亿元。\n\n二、主要方向\n\n' +
        '(一)手绘青花瓷\n\n依托青禾陶瓷、云岭窑业等企业,发展青花茶具、青花餐具和青花花瓶,推动传统工艺传承。\n\n' +
        '(二)日用白瓷\n\n依托东岭瓷业等企业,发展骨质瓷碗和白瓷酒具。\n',
    );
    const po = named(x, 'PART_OF');
    expect(po).toEqual(expect.arrayContaining(['青花茶具 -> 手绘青花瓷', '青花餐具 -> 手绘青花瓷', '骨质瓷碗 -> 日用白瓷', '白瓷酒具 -> 日用白瓷']));
    expect(po).not.toContain('骨质瓷碗 -> 手绘青花瓷');
  });

  it('does so under 重点招商方向 too, and a park heading under 产业定位 names no industry', async () => {
    const x = await runDoc(
      '某市农牧产业招商图谱\n\n一、产业基础\n\n全市已形成多条特色产业链。\n\n三、重点招商方向\n\n' +
        '（一）进口资源加工\n\n依托边境口岸,发展板材加工和粮油压榨。\n\n' +
        '四、各园区产业定位\n\n（一）时尚创意园\n\n重点发展服装设计和品牌展示。\n',
    );
    const po = named(x, 'PART_OF');
    expect(po).toEqual(expect.arrayContaining(['板材加工 -> 进口资源加工', '粮油压榨 -> 进口资源加工']));
    const names = x.nodes.filter((n) => n.label === 'Industry').map((n) => n.name);
    expect(names).not.toContain('时尚创意园');
    expect(po.filter((e) => e.endsWith('-> 时尚创意园'))).toEqual([]);
  });
});

// The use a resource is put to, named by a measure title (parts28): 3|做大糖蜜综合利用。/ 4|推进蔗渣高值化利用。/ 3．发展有色金属
// 资源循环利用。 name an industry of the genre (X综合利用, X高值化利用, X资源循环利用), which 推进 grows as 发展 does; the items the
// measure develops are its parts. The use of resources at large (推动资源高效综合利用 / 推进循环利用) names none.
describe('a measure title growing the use of a resource (X综合利用 / X高值化利用 / X资源循环利用)', () => {
  it('names the industry its items are parts of; the use of resources at large names none', async () => {
    const x = await runDoc(
      '某市甜菜制糖产业发展重点任务分工方案\n\n一、重点任务\n\n' +
        '1．做大废糖蜜综合利用。依托青禾酵母发展活性干酵母和酵母浸膏。\n\n' +
        '2．推进甜菜粕高值化利用。依托云岭纸业发展甜菜粕纤维和甜菜粕膳食纤维。\n\n' +
        '3．推动资源高效综合利用。支持东岭糖业开展节水改造。\n\n' +
        '4．推进循环利用。支持东岭糖业开展余热回收。\n',
    );
    const po = named(x, 'PART_OF');
    expect(po).toEqual(expect.arrayContaining(['活性干酵母 -> 废糖蜜综合利用', '酵母浸膏 -> 废糖蜜综合利用', '甜菜粕纤维 -> 甜菜粕高值化利用']));
    expect(named(x, 'SUPPORTS')).toEqual(expect.arrayContaining(['#1 -> 废糖蜜综合利用', '#2 -> 甜菜粕高值化利用']));
    const names = x.nodes.filter((n) => n.label === 'Industry').map((n) => n.name);
    expect(names.filter((n) => /资源高效|^循环利用$/.test(n))).toEqual([]);
  });
});
