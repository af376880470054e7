// Document-structure classes found on the ninth blind set (test/fixtures/truth-blind9) and blind8: what is a
// heading (a 【…】 section label), what is a sentence (a bullet glyph is list furniture), where a measure
// ends, and the one rule for a row of a table flattened with commas. One describe per class, on short
// texts written for these tests (names invented), through the real read and structure stages (and the
// whole pipeline where a name is at stake); each asserts what the class requires and what it forbids.
import { describe, expect, it } from 'vitest';
import { measureText, names, numbers, runDoc, structure } from '../fixtures/class-doc.ts';
import { cleanText } from '../../server/src/ingest/read/clean.ts';
import { csvRowMarker, CSV_ROW } from '../../server/src/ingest/structure/markers.ts';
import type { StructuredDoc } from '../../server/src/ingest/types.ts';

const headingTexts = (d: StructuredDoc) => d.headings.map((h) => `${h.level}:${h.number}:${h.title}`);
const sentenceTexts = (d: StructuredDoc) => d.sentences.map((s) => d.source.text.slice(s.start, s.end));

describe('class: 【…】 section labels (招商图谱 【一、产业链全景】, 园区介绍 【产业布局】, 产业地图 【县】 paragraphs)', () => {
  const map =
    '岚州市新材料产业链招商图谱\n\n【图谱说明】本图谱由市商务局编制，每年更新一次。\n\n【一、产业链全景】\n岚州新材料产业以碳纤维为核心。\n\n【二、承载平台】\n岚州经济开发区重点发展碳纤维复合材料。\n\n【三、招商政策】\n1.对新引进的新材料项目，按设备投资额的百分之八给予补助。\n2.支持岚州碳材科技开展兼并重组，给予奖励。\n\n【联系方式】岚州市商务局投资促进科。欢迎企业来岚考察洽谈。\n';
  it('a label alone on its line, or opening a paragraph, is a top-level heading; a number inside it is the heading’s number', async () => {
    const d = await structure(map);
    expect(headingTexts(d)).toEqual(['1::图谱说明', '1:一:产业链全景', '1:二:承载平台', '1:三:招商政策', '1::联系方式']);
    const h = d.headings[1]!;
    expect(d.source.text.slice(h.start, h.end)).toBe('【一、产业链全景】');
  });
  it('the items under a label are measures in its section, and the next label ends the last one', async () => {
    const d = await structure(map);
    expect(numbers(d)).toEqual(['1', '2']);
    expect(d.measures[0]!.sectionPath).toEqual(['【三、招商政策】']);
    expect(measureText(d, '2')).toContain('岚州碳材科技');
    expect(measureText(d, '2')).not.toContain('联系方式');
    expect(measureText(d, '2')).not.toContain('考察洽谈');
  });
  it('a label opening a paragraph is a sentence apart from the text after it, which sits under the label', async () => {
    const d = await structure('岚州市能源化工产业地图\n\n【岚东区】主导产业为现代煤化工和光伏制造。岚州高新区是主要载体。\n\n【岚西县】主导产业为金属镁。\n');
    expect(headingTexts(d)).toEqual(['1::岚东区', '1::岚西县']);
    const ss = sentenceTexts(d);
    expect(ss).toContain('【岚东区】');
    expect(ss).toContain('主导产业为现代煤化工和光伏制造。');
    const s = d.sentences.find((x) => d.source.text.slice(x.start, x.end) === '主导产业为金属镁。')!;
    expect(s.sectionPath).toEqual(['【岚西县】']);
  });
  it('brackets inside a sentence, or a long bracketed line, are no label', async () => {
    const d = await structure('岚州市工作要点\n\n一、重点任务\n支持企业申报【省级专精特新】称号。\n【本措施自印发之日起施行，有效期至二〇二八年十二月三十一日，由市工业和信息化局负责解释】\n');
    expect(headingTexts(d)).toEqual(['1:一:重点任务']);
  });
});

describe('class: a bullet glyph opening a list line (■ / ● / ◆) is list furniture, not text', () => {
  it('the sentence starts after the glyph, and the park it names carries no ■', async () => {
    const text =
      '岚州市电子信息产业招商图谱\n\n四、承载平台\n■岚州经济开发区：重点发展电子铜箔和覆铜板，已集聚岚州铜箔科技等企业。\n●岚州高新技术产业开发区：重点发展高多层板。\n';
    const x = await runDoc(text);
    const ss = sentenceTexts(x.doc);
    expect(ss.some((s) => s.startsWith('岚州经济开发区：'))).toBe(true);
    expect(ss.some((s) => /^[■●]/.test(s))).toBe(false);
    const parks = names(x, 'Park');
    expect(parks).toContain('岚州经济开发区');
    expect(parks.some((p) => /[■●]/.test(p))).toBe(false);
  });
});

describe('class: a row of a table flattened with commas — one rule for clean-up and numbering', () => {
  it('a row (序号, then three cells or more, the first not a number) is never joined to a line cut at a comma, and numbers like 1.', () => {
    const cleaned = cleanText('建设年产20万吨液态奶生产线，配套\n乳清蛋白粉生产线，\n12，乳业升级项目，岚州乳业集团，岚州经开区\n');
    expect(cleaned.split('\n')).toContain('12，乳业升级项目，岚州乳业集团，岚州经开区');
    expect(csvRowMarker('12,乳业升级项目,岚州乳业集团,岚州经开区')).toMatchObject({ family: 'ar', number: '12', value: 12 });
    expect(csvRowMarker('1, 乳业升级项目,岚州乳业集团,岚州经开区')?.rest).toBe(3);
  });
  it('an amount, a pair of cells, or a number as the first cell is no row', () => {
    expect(CSV_ROW.test('18,6.5,新建,续建')).toBe(false);
    expect(CSV_ROW.test('3，乳业升级项目')).toBe(false);
    expect(csvRowMarker('2026,乳业升级项目,岚州乳业集团,岚州经开区')).toBeUndefined();
    expect(cleanText('主要建设内容包括，\n2，3，4\n').split('\n')).toContain('主要建设内容包括，2，3，4');
  });
});

describe('class: tasks numbered inside a paragraph, 一是<title>。… 二是<title>。… (政府工作报告, 工作要点)', () => {
  const report =
    '岚州市政府工作报告（节选）\n\n二、2026年重点工作\n\n（一）加快壮大高端装备制造产业。一是做强轨道交通装备。以岚州机车公司为龙头，带动转向架、牵引系统等配套企业集聚。二是打造机器人产业集群。支持岚州智能装备发展焊接机器人。\n\n（二）持续优化产业发展环境。深化营商环境改革。\n';
  it('each title is a heading one level below the paragraph’s heading; the sentences after it sit under it up to the next', async () => {
    const d = await structure(report);
    expect(headingTexts(d)).toEqual(['1:二:2026年重点工作', '2:一:加快壮大高端装备制造产业', '3:一:做强轨道交通装备', '3:二:打造机器人产业集群', '2:二:持续优化产业发展环境']);
    const under = (s: string) => d.sentences.find((x) => d.source.text.slice(x.start, x.end).startsWith(s))!.sectionPath;
    expect(under('以岚州机车公司为龙头')).toEqual(['二、2026年重点工作', '（一）加快壮大高端装备制造产业', '做强轨道交通装备']);
    expect(under('支持岚州智能装备')).toEqual(['二、2026年重点工作', '（一）加快壮大高端装备制造产业', '打造机器人产业集群']);
    expect(under('深化营商环境改革')).toEqual(['二、2026年重点工作', '（二）持续优化产业发展环境']);
  });
  it('the measures of the outline are unchanged (a （一） with inline tasks is still one leaf)', async () => {
    const d = await structure('岚州市2026年工作要点\n\n一、重点任务\n\n（一）壮大新材料产业。一是做强碳纤维。支持岚州碳材发展预浸料。二是发展复合材料。（责任单位：市工业和信息化局）\n\n（二）优化环境。（责任单位：市发展改革委）\n');
    expect(numbers(d)).toEqual(['一', '二']);
    expect(measureText(d, '一')).toContain('发展复合材料');
  });
  it('一是 that opens a clause with commas names no part: no heading for any item of the run', async () => {
    const d = await structure('岚州市碳纤维政策解读\n\n一、主要内容\n一是依托岚州化纤、岚州神舟等企业，发展碳纤维预浸料。二是在岚州碳纤维产业园建设复合材料制品区。\n');
    expect(headingTexts(d)).toEqual(['1:一:主要内容']);
  });
});

describe('class: a box (专栏) in a plan’s text ends with its last item (十四五 chapter, 发展规划)', () => {
  it('the paragraph after the box is not the last item’s text', async () => {
    const d = await structure(
      '岚州市国民经济和社会发展第十四个五年规划纲要（摘录）\n\n第五章　做强新材料产业\n\n第一节　壮大碳纤维产业\n\n支持岚州碳材科技发展碳纤维预浸料。\n\n专栏5-1　新材料产业重点工程\n（1）碳纤维工程。建设岚州碳纤维产业园，新增产能一万吨。\n（2）复合材料工程。实施十个复合材料技术改造项目。\n\n“十四五”期间，全市将设立新材料产业发展基金，支持岚州镁业发展镁合金。\n',
    );
    expect(numbers(d)).toEqual(['1', '2']);
    expect(measureText(d, '2')).toContain('复合材料技术改造');
    expect(measureText(d, '2')).not.toContain('岚州镁业');
  });
  it('an item set over several paragraphs outside a box keeps them', async () => {
    const d = await structure('岚州市新材料产业行动方案\n\n一、重点任务\n\n1.壮大碳纤维产业。支持岚州碳材科技发展碳纤维预浸料。\n\n推动岚州镁业发展镁合金。\n');
    expect(measureText(d, '1')).toContain('岚州镁业');
  });
});
