// Document-structure classes found on the eighth blind set (/work/notes/blind8) and the dev8 set: which
// numbered lines are measures and with which number, what is a heading, what is the title. One describe
// per class, on short texts written for these tests (names invented), through the real read and structure
// stages; each asserts what the class requires and what it forbids.
import { describe, expect, it } from 'vitest';
import { measureText, numbers, structure } from '../fixtures/class-doc.ts';


describe('class: (3) / （3） among 1. 2、 4． measures — a bracketed number that continues the run', () => {
  it('(3) between 2、 and 4． numbers measure 3 (its sentences are not measure 2’s)', async () => {
    const d = await structure(
      '岚州县人民政府常务会议纪要\n一、议定事项\n1.关于建设过滤材料产业园。会议同意规划建设岚州过滤材料产业园。\n2、关于推动机械国产化。会议同意支持岚州鑫达机械研制高速编织机。\n(3) 关于建设创新平台。会议同意以岚州丝网研究院为依托，服务过滤材料。\n4．关于拓展外贸。会议同意支持企业建设海外仓。\n',
    );
    expect(numbers(d)).toEqual(['1', '2', '3', '4']);
    expect(measureText(d, '2')).not.toContain('岚州丝网研究院');
    expect(measureText(d, '3')).toContain('岚州丝网研究院');
  });
  it('（1）（2）（3） points inside a 1. measure stay its content, and a later (3) does not continue past them', async () => {
    const d = await structure(
      '岚州市纺织产业实施方案\n一、重点任务\n1.做强纱线。主要做好以下工作：\n（1）推动纱线企业开展国际认证，提升产品质量。\n（2）引导企业兼并重组，做大规模。\n2、提升服装品牌。发展羊绒大衣。\n（1）支持岚州羊绒集团建设设计中心，对认定的给予奖励。\n（3）引导服装企业开拓电商渠道，发展直播销售。\n',
    );
    expect(numbers(d)).toEqual(['1', '2']);
    expect(measureText(d, '1')).toContain('引导企业兼并重组');
    expect(measureText(d, '2')).toContain('开拓电商渠道');
  });
});

describe('class: a 项目清单 flattened with commas (序号,项目名称,建设单位,… then one row per line)', () => {
  const list =
    '岚州市2026年重点产业项目清单\n一、重点项目清单\n序号,项目名称,建设单位,建设地点,主要建设内容,总投资(亿元),建设性质\n（一）乳业集群（2个）\n1,乳业升级项目,岚州乳业集团,岚州经济技术开发区,建设年产20万吨液态奶生产线,18.0,续建\n2,奶酪基地项目,岚州牧歌乳业,岚州高新区,建设年产3万吨奶酪生产线，配套\n乳清蛋白粉生产线,6.5，新建\n（二）光伏材料集群（1个）\n3,单晶硅扩产项目,岚州晶材科技,岚州高新区,建设年产10GW单晶硅片,30.0,新建\n二、有关要求\n各项目单位要按期开工。\n';
  it('each row is a measure numbered by its 序号, in its group; a row broken inside a cell keeps its tail; rows are not joined', async () => {
    const d = await structure(list);
    expect(numbers(d)).toEqual(['1', '2', '3']);
    expect(measureText(d, '1')).not.toContain('岚州牧歌乳业');
    expect(measureText(d, '2')).toContain('乳清蛋白粉生产线');
    expect(measureText(d, '2')).not.toContain('岚州晶材科技');
    expect(d.measures.find((m) => m.number === '3')?.sectionPath.join('>')).toContain('光伏材料集群');
  });
  it('without a 序号 header line, a line opening with a number and a comma numbers nothing', async () => {
    const d = await structure(list.replace('序号,项目名称,建设单位,建设地点,主要建设内容,总投资(亿元),建设性质\n', ''));
    expect(numbers(d)).toEqual([]);
  });
});

describe('class: the lines under a title that are no part of it — 〔2026〕5号, issuer + date', () => {
  it('a 纪要 with its 文号 on the next line: the title stops before it, the 文号 is read', async () => {
    const d = await structure('岚州县人民政府常务会议纪要\n〔2026〕5号\n\n一、议定事项\n1.关于建设产业园。会议同意规划建设岚州丝网产业园。\n');
    expect(d.meta.title).toBe('岚州县人民政府常务会议纪要');
    expect(d.meta.docNumber).toBe('〔2026〕5号');
  });
  it('a 清单 with the issuer and the date on the next line: the title stops before it, the issuer is read', async () => {
    const d = await structure('岚州市2026年重点产业项目清单（第一批）\n岚州市发展和改革委员会  2026年2月\n\n现将第一批重点产业项目清单予以公布。\n');
    expect(d.meta.title).toBe('岚州市2026年重点产业项目清单（第一批）');
    expect(d.meta.issuer).toBe('岚州市发展和改革委员会');
  });
  it('a title broken over two lines is still joined', async () => {
    const d = await structure('岚州市关于加快钒钛产业\n高质量发展的实施意见\n\n一、总体要求\n推动钒钛产业转型。\n');
    expect(d.meta.title).toBe('岚州市关于加快钒钛产业高质量发展的实施意见');
  });
});

describe('class: a zone web page whose 来源 is 开发区管委会 (the kind word alone)', () => {
  it('names no jurisdiction 开发区; a named zone committee still does', async () => {
    const page = (src: string) => `首页 > 走进岚州 > 园区概况\n岚州经济技术开发区\n发布时间：2026-03-02　来源：${src}　浏览次数：2318\n\n【园区概况】\n岚州经济技术开发区位于岚州市东部，重点发展硅基新材料。\n`;
    expect((await structure(page('开发区管委会'))).meta.jurisdiction).not.toBe('开发区');
    // every kind word alone, not only 开发区 (经开区, 高新区, 综保区, 自贸区 … went through the zone and title branches)
    for (const kind of ['经开区', '高新区', '工业园区', '综保区', '自贸区', '新区']) expect((await structure(page(`${kind}管委会`))).meta.jurisdiction, kind).not.toBe(kind);
    expect((await structure(page('开发区管委会'))).meta.issuer).toBe('开发区管委会');
    expect((await structure(page('苏州工业园区管委会'))).meta.jurisdiction).toBe('苏州工业园区');
  });
});
