// Error classes of issue 12 read off blind19 and blind20 (the CHAIN layer: PART_OF), on short texts of the genre
// written for these tests (names and places invented). Each asserts what the class gives and what must not come.
import { describe, expect, it } from 'vitest';
import { runDoc, strong } from '../fixtures/class-doc.ts';

// a chain map (产业链招商图谱) whose level lines are bracketed item lists, then a section of its own for the extensions
const MAP = (stop: string, colon: string) =>
  `青禾市智能家电产业链招商图谱（2026年版）\n\n一、产业概况青禾经济技术开发区是全市智能家电产业的核心承载区${stop}\n\n二、产业链图谱\n` +
  `【上游】压缩机、电机和温控器${stop}重点企业${colon}青禾华凌压缩机（压缩机）、青禾远航电机${stop}\n` +
  `【中游】冰箱、洗衣机、空调和小家电${stop}重点企业${colon}青禾美达电器${stop}\n` +
  `【下游】家电回收、家电维修和智能家居服务${stop}重点企业${colon}青禾易修科技${stop}\n\n三、招商方向\n` +
  `补链方向${colon}变频控制器和家电专用芯片${stop}\n延链方向${colon}洗碗机、集成灶${stop}重点补齐高端部件依赖外地采购的短板${stop}\n` +
  `强链方向${colon}智能门锁和扫地机器人${stop}\n`;

describe('a bracketed level line lists every item of its level (blind19 r07, blind20 r07, blind14 r07: 【中游】A、B和C。)', () => {
  for (const [stop, colon, kind] of [['。', '：', 'full-width'], ['.', ':', 'half-width (pasted)']] as const) {
    it(`every item of each level is the chain's, not the first alone (${kind} stops)`, async () => {
      const partOf = strong(await runDoc(MAP(stop, colon)), 'PART_OF');
      for (const item of ['压缩机', '电机', '温控器', '冰箱', '洗衣机', '空调', '小家电', '家电回收', '家电维修', '智能家居服务'])
        expect(partOf).toContain(`industry:${item} -> industry:智能家电`);
      // the line's firms and what follows its stop are no items
      expect(partOf.filter((e) => /重点企业|青禾/.test(e))).toEqual([]);
    });
  }
  it('a level named as one (【上游】原料及辅料。) stays one level, and a line of typed firms lists no segment', async () => {
    const x = await runDoc(
      '白沙市皮革产业链招商图谱\n\n一、产业链图谱\n【上游】原料及辅料。细分领域：原料皮、皮革化工材料。\n【中游】甲乙皮业（牛皮革）、丙丁制革（羊皮革）。\n【下游】皮衣皮具。细分领域：皮衣、箱包。\n',
    );
    const partOf = strong(x, 'PART_OF');
    expect(partOf).not.toContain('industry:原料 -> industry:皮革');
    expect(partOf).not.toContain('industry:辅料 -> industry:皮革');
    expect(partOf.filter((e) => /甲乙|丙丁/.test(e))).toEqual([]);
  });
  it('a sentence that names the levels in a row (上游关键材料、中游核心零部件) is read as before', async () => {
    const partOf = strong(await runDoc('青禾市储能产业链实施方案\n\n一、产业基础\n我市储能产业链上游关键材料、中游储能电池、下游储能电站均有布局。\n'), 'PART_OF');
    expect(partOf.filter((e) => /中游|下游/.test(e))).toEqual([]);
  });
});

describe('a chain map\'s extension lines under a section of their own are the chain\'s (blind19 r07, blind20 r07: 三、招商方向 补链方向：X、Y)', () => {
  for (const [stop, colon, kind] of [['。', '：', 'full-width'], ['.', ':', 'half-width (pasted)']] as const) {
    it(`补链/延链/强链方向 items after the map's bracketed level lists are parts of the chain (${kind} stops)`, async () => {
      const partOf = strong(await runDoc(MAP(stop, colon)), 'PART_OF');
      for (const item of ['变频控制器', '家电专用芯片', '洗碗机', '集成灶', '智能门锁', '扫地机器人']) expect(partOf).toContain(`industry:${item} -> industry:智能家电`);
      // (what follows a line's half-width stop is a sentence, no item)
      expect(partOf.filter((e) => /短板|外地/.test(e))).toEqual([]);
    });
  }
  it('without bracketed level lists in the document, an extension line under its own section gives no part', async () => {
    const partOf = strong(
      await runDoc('青禾市智能家电产业发展要点\n\n一、产业概况\n青禾经济技术开发区是全市智能家电产业的核心承载区。\n\n二、招商方向\n补链方向：变频控制器和家电专用芯片。\n'),
      'PART_OF',
    );
    expect(partOf.filter((e) => /变频控制器|家电专用芯片/.test(e))).toEqual([]);
  });
});

describe('the counted industries a one-industry document focuses on are its divisions (blind19 r08: 聚焦A、B和C三大特色产业)', () => {
  it('聚焦A、B和C三大特色产业 in a document about 轻工 puts each under 轻工', async () => {
    const partOf = strong(
      await runDoc('青禾市2026年轻工产业高质量发展工作要点\n\n一、总体要求\n2026年，全市轻工产业工作以建设“中国制伞之都”为目标，聚焦制伞、陶瓷餐具和竹木家具三大特色产业，力争营业收入增长10%以上。\n'),
      'PART_OF',
    );
    for (const item of ['制伞', '陶瓷餐具', '竹木家具']) expect(partOf).toContain(`industry:${item} -> industry:轻工`);
  });
  it('a park focusing on its counted industries, or an umbrella document, gives no division', async () => {
    const park = strong(
      await runDoc('青禾市2026年轻工产业高质量发展工作要点\n\n一、总体要求\n青禾经济开发区聚焦制伞、陶瓷餐具和竹木家具三大主导产业，力争营业收入增长10%以上。\n'),
      'PART_OF',
    );
    expect(park.filter((e) => /制伞 -> industry:轻工/.test(e))).toEqual([]);
    const umbrella = strong(
      await runDoc('青禾市2026年制造业高质量发展工作要点\n\n一、总体要求\n2026年，全市聚焦制伞、陶瓷餐具和竹木家具三大特色产业，力争营业收入增长10%以上。\n'),
      'PART_OF',
    );
    expect(umbrella.filter((e) => /-> industry:制造业?$/.test(e))).toEqual([]);
  });
});
