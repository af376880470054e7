import { describe, expect, it } from 'vitest';
import { measureId } from '../../server/src/ingest/ids.ts';
import { createIngestContext, parseDocument } from '../../server/src/ingest/index.ts';
import { decodeSource, readSource } from '../../server/src/ingest/read/index.ts';
import { tableColumns } from '../../server/src/ingest/responsibilities/tables.ts';
import { chineseToNumber, parseDate } from '../../server/src/ingest/structure/numerals.ts';
import type { StructuredDoc } from '../../server/src/ingest/types.ts';
import { seedsContext } from '../fixtures/ingest-context.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const FILES = {
  '000': '000_3f4638d7d7188070.txt',
  '001': '001_92afca926d264bc3.txt',
  '002': '002_9031ce5292c2e350.txt',
  '003': '003_87e0e3da8a4aaa7d.txt',
  '004': '004_fdc6922baeda3b1e.txt',
} as const;

const cache = new Map<string, StructuredDoc>();
async function seed(k: keyof typeof FILES): Promise<StructuredDoc> {
  if (!cache.has(k)) cache.set(k, parseDocument(await readSource(SEEDS + FILES[k]), seedsContext)); // inferred metadata only
  return cache.get(k)!;
}
async function doc(text: string, file = 'x.txt'): Promise<StructuredDoc> {
  return parseDocument(await decodeSource(file, new TextEncoder().encode(text)), seedsContext);
}
const slice = (d: StructuredDoc, s: { start: number; end: number }) => d.source.text.slice(s.start, s.end);

describe('metadata inferred from the text (no meta.json)', () => {
  it('000: 《…》 of the notice, date line, issuer before 关于', async () => {
    expect((await seed('000')).meta).toEqual({
      title: '天津滨海高新区支持产业高质量发展若干措施',
      issuer: '高新区管委会',
      date: '2025-09-29',
      jurisdiction: '滨海高新区',
      city: '天津市',
    });
  });

  it('001: web page — first title line, 发布日期, 来源', async () => {
    const m = (await seed('001')).meta;
    expect(m.title).toBe('天津滨海高新技术产业开发区国民经济和社会发展第十四个五年规划和二0三五年远景目标纲要');
    expect(m.date).toBe('2021-07-31');
    expect(m.issuer).toBe('天津滨海高新技术产业开发区');
    expect(m.jurisdiction).toBe('滨海高新区');
  });

  it('002: title broken over three lines without 《》, issuer above the date', async () => {
    expect((await seed('002')).meta).toEqual({
      title: '滨海新区培育新赛道 打造未来产业创新高地行动方案',
      issuer: '天津市滨海新区人民政府办公室',
      date: '2023-07-06',
      jurisdiction: '滨海新区',
      city: '天津市',
    });
  });

  it('003: X文件 header, 文号 line, 《…》 broken over lines', async () => {
    expect((await seed('003')).meta).toEqual({
      title: '关于促进天津滨海高新技术产业开发区高质量发展具体落实举措的分工方案',
      issuer: '天津滨海高新技术产业开发区管理委员会',
      date: '2020-11-19',
      docNumber: '津高新区管发〔2020〕44号',
      jurisdiction: '滨海高新区',
      city: '天津市',
    });
  });

  it('004: bookmarks gone, full-width brackets in the title kept', async () => {
    expect((await seed('004')).meta).toEqual({
      title: '津南区推动科技创新和产业创新深度融合工作方案（2025－2027年）',
      issuer: '津南区人民政府',
      date: '2025-12-23',
      jurisdiction: '津南区',
      city: '天津市',
    });
  });

  it('curated metadata beats inferred', async () => {
    const s = await readSource(SEEDS + FILES['000']);
    const d = parseDocument(s, seedsContext, { issuer: '天津滨海高新技术产业开发区管理委员会', docNumber: '津高新区管发〔2025〕1号' });
    expect(d.meta.issuer).toBe('天津滨海高新技术产业开发区管理委员会');
    expect(d.meta.docNumber).toBe('津高新区管发〔2025〕1号');
    expect(d.meta.title).toBe('天津滨海高新区支持产业高质量发展若干措施');
  });

  it('the context\'s jurisdiction scopes a document that names none; what the document or meta.json says wins', async () => {
    const zone = createIngestContext({ lexicon: seedsContext.lexicon, jurisdiction: '津南区' });
    const text = '支持企业发展若干措施\n一、重点任务\n1.支持企业技术改造。（责任单位：区科技局）\n';
    const none = parseDocument(await decodeSource('x.txt', new TextEncoder().encode(text)), seedsContext);
    expect(none.meta.jurisdiction).toBeUndefined();
    const d = parseDocument(await decodeSource('x.txt', new TextEncoder().encode(text)), zone);
    expect(d.meta).toMatchObject({ jurisdiction: '津南区', city: '天津市' });
    expect(d.measures[0]?.responsibilities[0]?.department.id).toBe('dept:津南区:区科技局');
    // a document that names its own district keeps it; so does curated metadata
    const own = parseDocument(await decodeSource('x.txt', new TextEncoder().encode('滨海新区' + text)), zone);
    expect(own.meta.jurisdiction).toBe('滨海新区');
    expect(parseDocument(await decodeSource('x.txt', new TextEncoder().encode(text)), zone, { jurisdiction: '河西区' }).meta.jurisdiction).toBe('河西区');
  });

  it('dates and 文号 in the genre’s variants', async () => {
    expect(parseDate('2025年9月29日')).toBe('2025-09-29');
    expect(parseDate('二〇二五年九月二十九日')).toBe('2025-09-29');
    expect(parseDate('二○二○年十一月十九日')).toBe('2020-11-19');
    expect(parseDate('发布日期: 2021-07-31 17:25')).toBe('2021-07-31');
    expect(parseDate('2021.7.3')).toBe('2021-07-03');
    expect(chineseToNumber('十八')).toBe(18);
    for (const n of ['津政办发[2023]12号', '津南政发（2025）9号', '滨海新区政办发(2023)7号', '津科区〔2020〕91号']) {
      const d = await doc(`${n}\n天津市某某局关于印发《示例方案》的通知\n各单位：\n现印发。\n二〇二三年三月一日\n一、总体要求\n`);
      expect(d.meta.docNumber).toBe(n);
      expect(d.meta.date).toBe('2023-03-01');
      expect(d.meta.title).toBe('示例方案');
    }
  });
});

describe('headings', () => {
  it('figures per seed', async () => {
    const got = Object.fromEntries(await Promise.all(Object.keys(FILES).map(async (k) => [k, (await seed(k as keyof typeof FILES)).headings.length])));
    expect(got).toEqual({ '000': 8, '001': 56, '002': 33, '003': 24, '004': 11 });
  });

  it('level is the marker family: 一、 = 1, （一） = 2; 000 uses half-width (一)', async () => {
    const d = await seed('000');
    expect(d.headings.map((h) => `${h.level}${h.number}`)).toEqual(['1一', '1二', '2一', '2二', '2三', '2四', '2五', '1三']);
  });

  it('002: （2） and （5） written where （二） and （五） were expected', async () => {
    const d = await seed('002');
    const two = d.headings.find((h) => h.title === '应用场景驱动工程')!;
    const five = d.headings.find((h) => h.title === '创新人才支撑工程')!;
    expect([two.level, two.number]).toEqual([2, '2']);
    expect([five.level, five.number]).toEqual([2, '5']);
    expect(slice(d, two)).toBe('（2） 应用场景驱动工程');
  });

  it('003: 1、 used for the top level (directly followed by （一）)', async () => {
    const d = await seed('003');
    const tops = d.headings.filter((h) => h.level === 1);
    expect(tops.map((h) => h.title)).toEqual([
      '着力提升自主创新能力',
      '进一步激发企业创新发展活力',
      '推进产业迈向中高端',
      '加大开放创新力度',
      '营造高质量发展环境',
      '加强分类指导和组织管理',
    ]);
    // nothing from the flattened table
    const tableStart = d.source.text.indexOf('\t方面');
    expect(d.headings.every((h) => h.start < tableStart)).toBe(true);
  });

  it('001: lost opening brackets get their number from the sequence; 1、 under （三） is level 3', async () => {
    const d = await seed('001');
    const lost = d.headings.filter((h) => slice(d, h).startsWith(')'));
    expect(lost.map((h) => [h.level, h.number])).toEqual([
      [2, '二'],
      [2, '三'],
      [2, '四'],
    ]);
    expect(d.headings.filter((h) => h.level === 3).map((h) => h.title)).toEqual(['生物医药', '新能源', '高端装备制造']);
  });

  it('第一章 / 第一节 families rank above 一、', async () => {
    const d = await doc('某某规划\n第一章 发展基础\n第一节 现状\n一、经济实力\n（一）总量\n发展良好。\n第二章 总体要求\n');
    expect(d.headings.map((h) => [h.level, h.number, h.title])).toEqual([
      [1, '一', '发展基础'],
      [2, '一', '现状'],
      [3, '一', '经济实力'],
      [4, '一', '总量'],
      [1, '二', '总体要求'],
    ]);
    const s = d.sentences.find((x) => slice(d, x) === '发展良好。')!;
    expect(s.sectionPath).toEqual(['第一章 发展基础', '第一节 现状', '一、经济实力', '（一）总量']);
  });
});

describe('measures', () => {
  it('figures per seed', async () => {
    const got = Object.fromEntries(await Promise.all(Object.keys(FILES).map(async (k) => [k, (await seed(k as keyof typeof FILES)).measures.length])));
    // 000: 25 + 3 保障措施; 001: the four 1、… items of 专栏2; 003: 1–77 with 36-1/36-2
    expect(got).toEqual({ '000': 28, '001': 4, '002': 10, '003': 78, '004': 21 });
  });

  it('000: numbers, titles, sections; 保障措施 items without departments', async () => {
    const d = await seed('000');
    expect(d.measures.slice(0, 25).map((m) => m.number)).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
    expect(d.measures[0]).toMatchObject({ number: '1', title: '强化国家科技战略力量建设', sectionPath: ['二、工作举措', '(一)锻造国家战略科技力量,支持企业创新发展'] });
    expect(d.measures[8]!.title).toBe('支持“人工智能+”行业深度融合');
    expect(d.measures.slice(25).map((m) => [m.number, m.title, m.sectionPath, m.responsibilities.length])).toEqual([
      ['1', '', ['三、保障措施'], 0],
      ['2', '', ['三、保障措施'], 0],
      ['3', '', ['三、保障措施'], 0],
    ]);
  });

  it('002: the （一）-level blocks with a responsibility bracket, nothing from 空间布局', async () => {
    const d = await seed('002');
    expect(d.measures.map((m) => [m.sectionPath.join('>'), m.number, m.title])).toEqual([
      ['四、重点任务', '一', '科研攻关突破工程'],
      ['四、重点任务', '2', '应用场景驱动工程'],
      ['四、重点任务', '三', '未来产业强链工程'],
      ['四、重点任务', '四', '多元金融赋能工程'],
      ['四、重点任务', '5', '创新人才支撑工程'],
      ['四、保障措施', '一', '加强组织领导'],
      ['四、保障措施', '二', '加强决策咨询'],
      ['四、保障措施', '三', '加强制度创新'],
      ['四、保障措施', '四', '加强资金保障'],
      ['四、保障措施', '五', '加强监测考评'],
    ]);
    // the block runs from its heading to the end of its bracket
    expect(slice(d, d.measures[0]!)).toMatch(/^（一）科研攻关突破工程\n把握世界科技前沿.*区教体局）$/s);
  });

  it('003: 36-1 / 36-2, "75. " with a space, 7 and 8 separated by a blank line, no titles, table excluded', async () => {
    const d = await seed('003');
    const nums = d.measures.map((m) => m.number);
    expect(nums.slice(34, 38)).toEqual(['35', '36-1', '36-2', '37']);
    expect(nums.at(-1)).toBe('77');
    const m7 = d.measures.find((m) => m.number === '7')!;
    expect(slice(d, m7).endsWith('（牵头部门：科技发展局，责任部门：海泰派出所、渤龙派出所、人社局）')).toBe(true);
    expect(slice(d, m7)).not.toContain('8.');
    const m75 = d.measures.find((m) => m.number === '75')!;
    expect(slice(d, m75).startsWith('75. 建立“一区五园”联动机制')).toBe(true);
    const m77 = d.measures.at(-1)!;
    expect(slice(d, m77)).not.toContain('分工表');
    expect(d.measures.every((m) => m.title === '')).toBe(true);
    expect(d.tables).toHaveLength(1);
    expect(d.tables![0]!.header).toEqual(['方面', '任务', '国家重点任务', '序号', '具体落实举措', '时限', '责任部门', '高新区责任部门']);
    expect(d.tables![0]!.rows).toBe(78);
  });

  it('004: 1．… full-width dot, titles, 三、组织实施 blocks without brackets are not measures', async () => {
    const d = await seed('004');
    expect(d.measures.map((m) => m.number)).toEqual(Array.from({ length: 21 }, (_, i) => String(i + 1)));
    expect(d.measures[6]!.title).toBe('高水平打造天开高教科创园');
    expect(slice(d, d.measures[20]!)).not.toContain('组织实施');
  });

  it('continuation lines and blank lines belong to the measure', async () => {
    const d = await doc('一、重点任务\n1.加强组织领导。建立工作机制，\n\n定期调度。\n（牵头单位：区科技局；配合单位：区财政局）\n2.做好宣传。（区委宣传部负责）\n');
    expect(d.measures.map((m) => m.number)).toEqual(['1', '2']);
    expect(slice(d, d.measures[0]!)).toBe('1.加强组织领导。建立工作机制，\n\n定期调度。\n（牵头单位：区科技局；配合单位：区财政局）');
    expect(d.measures[0]!.responsibilities.map((r) => [r.name, r.role])).toEqual([
      ['区科技局', 'lead'],
      ['区财政局', 'support'],
    ]);
    expect(d.measures[0]!.title).toBe('加强组织领导');
  });

  it('the front matter of a notice is not the body; a closing date line ends the last measure', async () => {
    const d = await doc('某某区人民政府关于印发《示例方案》的通知\n各街镇：\n1.请认真贯彻执行。\n2025年1月2日\n示例方案\n一、任务\n1.推进建设。（区科技局负责）\n\n某某区人民政府\n2025年1月2日\n');
    expect(d.measures.map((m) => slice(d, m))).toEqual(['1.推进建设。（区科技局负责）\n\n某某区人民政府']);
  });

  it('第N条 articles are measures; the article that only says who interprets has no department', async () => {
    const d = await doc('示例若干措施\n\n第一条 为推动发展，制定本措施。\n第二条 支持创新药研发。对新药给予资助。（责任单位：区科技局）\n第三条 本措施由区科技局负责解释。\n');
    expect(d.measures.map((m) => m.number)).toEqual(['一', '二', '三']);
    expect(d.measures.map((m) => m.responsibilities.map((r) => r.name))).toEqual([[], ['区科技局'], []]);
  });

  it('（1） items are measures of their own, except inside a numbered measure', async () => {
    const d = await doc('一、支持企业拓市场\n（1）支持企业参加境外展会。【牵头单位：市商务局；配合单位：市财政局】\n（2）扩大出口信用保险覆盖面。（市商务局负责）\n');
    expect(d.measures.map((m) => m.number)).toEqual(['1', '2']);
    expect(d.measures[0]!.responsibilities.map((r) => [r.name, r.role])).toEqual([
      ['市商务局', 'lead'],
      ['市财政局', 'support'],
    ]);
    const e = await doc('一、重点任务\n1.加强平台建设。具体包括：\n（1）建设中试基地，完善服务功能；\n（2）建设概念验证中心，提升转化效率。\n（区科技局负责）\n2.做好宣传。（区委宣传部负责）\n');
    expect(e.measures.map((m) => m.number)).toEqual(['1', '2']);
    expect(e.measures[0]!.responsibilities.map((r) => r.name)).toEqual(['区科技局']);
  });

  it('一是…二是… inside a block: every bracket of the block counts, the strongest role wins later', async () => {
    const d = await doc('一、重点任务\n（一）提升产业链韧性。一是实施链长制（区工业和信息化局牵头，各镇街配合）；二是开展对接活动（区商务局负责）。\n（二）加强宣传。\n');
    expect(d.measures.map((m) => m.number)).toEqual(['一']);
    expect(d.measures[0]!.responsibilities.map((r) => [r.name, r.role])).toEqual([
      ['区工业和信息化局', 'lead'],
      ['区商务局', 'responsible'],
    ]);
    expect(d.measures[0]!.collectives).toEqual(['各镇街']);
  });

  it('a table pasted with rows on one line, cells separated by runs of spaces', async () => {
    const t = [
      '金水区重点任务清单',
      '序号  重点任务  牵头单位  责任单位  完成时限',
      '1  建设软件产业园  区工信局  区投资促进局、区商务局  2024年12月',
      '2  培育高新技术企业  区科技局  区工信局、各街道办事处  长期坚持',
      '各责任单位要按季度报送进展。',
      '',
    ].join('\n');
    const d = await doc(t);
    expect(d.tables?.map((x) => x.header)).toEqual([['序号', '重点任务', '牵头单位', '责任单位', '完成时限']]);
    expect(d.measures.map((m) => [m.number, m.responsibilities.map((r) => `${r.name}/${r.role}`), m.collectives])).toEqual([
      ['1', ['区工信局/lead', '区投资促进局/support', '区商务局/support'], []],
      ['2', ['区科技局/lead', '区工信局/support'], ['各街道办事处']],
    ]);
    for (const m of d.measures) for (const r of m.responsibilities) for (const ev of r.evidence ?? []) expect(slice(d, ev)).toContain(r.surface);
  });

  it('one-cell-per-line table: a cell wrapped over two lines is joined at its trailing comma', async () => {
    const t = [
      '重点任务分工一览表',
      '',
      '序号',
      '主要任务',
      '具体措施',
      '牵头单位',
      '责任单位',
      '',
      '1',
      '壮大重点产业链',
      '实施链长制，编制产业链图谱，',
      '每年滚动实施一批强链项目。',
      '市工业和信息化局',
      '市发展改革委、市投资合作局，各区县政府',
      '',
    ].join('\n');
    const d = await doc(t);
    expect(d.warnings ?? []).toEqual([]);
    expect(d.measures.map((m) => m.responsibilities.map((r) => `${r.name}/${r.role}`))).toEqual([
      ['市工业和信息化局/lead', '市发展改革委/support', '市投资合作局/support'],
    ]);
    expect(d.measures[0]!.collectives).toEqual(['各区县政府']);
  });

  it('附件 and the caption right above a tabbed header are not columns; rows without a body twin are measures', async () => {
    const t = ['（一）支持成果转化。给予奖励。（区科技局负责）', '', '附件', '重点任务责任分工表', '\t序号', '\t重点任务', '\t牵头单位', '\t配合单位', '', '\t1', '\t建设人才公寓', '\t区住建局', '\t区自然资源局、区城投集团', ''].join('\n');
    const d = await doc(t);
    expect(d.tables?.map((x) => x.header)).toEqual([['序号', '重点任务', '牵头单位', '配合单位']]);
    expect(d.measures.map((m) => [m.number, m.sectionPath, m.responsibilities.map((r) => `${r.name}/${r.role}`)])).toEqual([
      ['一', [], ['区科技局/responsible']],
      ['1', ['重点任务责任分工表'], ['区住建局/lead', '区自然资源局/support', '区城投集团/support']],
    ]);
  });

  it('a 市级 column beside a 区级 column names upper-level bodies (role city); the 区级 column is checked against the body', async () => {
    const t = [
      '一、重点任务',
      '1.支持企业智能化改造。（牵头部门：区工业和信息化局；配合部门：区财政局）',
      '',
      '任务分工表',
      '\t序号',
      '\t工作任务',
      '\t市级责任单位',
      '\t区级责任单位',
      '',
      '\t1',
      '\t支持企业智能化改造。',
      '\t市工业和信息化局',
      '\t区工业和信息化局、区财政局',
      '',
    ].join('\n');
    const d = await doc(t);
    expect(d.measures.map((m) => m.responsibilities.map((r) => `${r.name}/${r.role}`))).toEqual([['区工业和信息化局/lead', '区财政局/support', '市工业和信息化局/city']]);
  });

  it('以上条款责任部门 assigns every measure of its section since the previous note', async () => {
    const t = [
      '二、支持内容',
      '（一）研发支持',
      '1.对承担重大专项的企业给予配套支持。',
      '2.对企业购买算力服务的给予补贴。',
      '以上条款责任部门：区科委',
      '3.对首次实现产业化的企业给予奖励。',
      '4.对新建厂房的给予补贴。',
      '以上条款责任部门：区经委，配合部门：区财政局',
      '（二）人才支持',
      '5.对顶尖人才给予综合资助。（区人才局负责）',
      '',
    ].join('\n');
    const d = await doc(t);
    expect(d.measures.map((m) => [m.number, m.responsibilities.map((r) => `${r.name}/${r.role}`)])).toEqual([
      ['1', ['区科委/responsible']],
      ['2', ['区科委/responsible']],
      ['3', ['区经委/responsible', '区财政局/support']],
      ['4', ['区经委/responsible', '区财政局/support']],
      ['5', ['区人才局/responsible']],
    ]);
    for (const m of d.measures) for (const r of m.responsibilities) for (const ev of r.evidence ?? []) expect(slice(d, ev)).toContain(r.surface);
  });

  it('measure ids are unique in every seed (000 and 002 repeat numbers)', async () => {
    for (const k of Object.keys(FILES) as (keyof typeof FILES)[]) {
      const d = await seed(k);
      const ids = d.measures.map((_, i) => measureId(d, i));
      expect(new Set(ids).size, k).toBe(ids.length);
    }
    const d2 = await seed('002');
    expect(measureId(d2, 0)).toBe('measure:002_9031ce5292c2e350:四重点任务/一');
    expect(measureId(d2, 1)).toBe('measure:002_9031ce5292c2e350:2');
    expect(measureId(await seed('000'), 25)).toBe('measure:000_3f4638d7d7188070:三/1');
  });
});

describe('sentences', () => {
  it('figures per seed', async () => {
    const got = Object.fromEntries(await Promise.all(Object.keys(FILES).map(async (k) => [k, (await seed(k as keyof typeof FILES)).sentences.length])));
    expect(got).toEqual({ '000': 128, '001': 861, '002': 144, '003': 746, '004': 125 });
  });

  it('offsets are valid, trimmed, ordered; no sentence crosses a line', async () => {
    for (const k of Object.keys(FILES) as (keyof typeof FILES)[]) {
      const d = await seed(k);
      let last = -1;
      for (const s of d.sentences) {
        const t = slice(d, s);
        expect(t.length).toBeGreaterThan(0);
        expect(t).toBe(t.trim());
        expect(t).not.toContain('\n');
        expect(s.start).toBeGreaterThan(last);
        last = s.start;
      }
    }
  });

  it('never splits inside brackets; the responsibility bracket is its own sentence (000 measure 5)', async () => {
    const d = await seed('000');
    const i = d.sentences.findIndex((s) => slice(d, s).startsWith('(责任部门:科技局、信创局'));
    expect(slice(d, d.sentences[i]!)).toBe('(责任部门:科技局、信创局、生物医药局、新能源局、高端装备局、新经济局、市场监管局)');
    expect(slice(d, d.sentences[i - 1]!)).toBe('持续做优国家知识产权服务业高质量集聚发展示范区,以知识产权高质量服务推动产业高质量发展。');
    expect(d.sentences[i]!.measureIndex).toBe(4);
    expect(d.sentences[i]!.sectionPath).toEqual(['二、工作举措', '(一)锻造国家战略科技力量,支持企业创新发展']);
    const d2 = await doc('一、任务\n支持开展重大技术装备首台(套。新材料)首批次应用。然后；再说！\n');
    expect(d2.sentences.map((s) => slice(d2, s))).toEqual(['一、任务', '支持开展重大技术装备首台(套。新材料)首批次应用。', '然后；', '再说！']);
  });

  it('table sentences carry the table caption as their section', async () => {
    const d = await seed('003');
    const s = d.sentences.find((x) => slice(d, x) === '滨海高新区管委会、市委编办、市教委、市科技局、滨海新区政府')!;
    expect(s.sectionPath).toEqual(['关于促进天津滨海高新技术产业开发区高质量发展具体落实举措的分工表']);
    expect(s.measureIndex).toBeUndefined();
  });
});

describe('table columns', () => {
  it('牵头单位 / 参加单位 (a province 分工方案): lead and support, neither an upper level', () => {
    expect(tableColumns(['序号', '重点任务', '牵头单位', '参加单位', '完成时限']).depts).toEqual([
      { col: 2, role: 'lead', upper: false },
      { col: 3, role: 'support', upper: false },
    ]);
  });

  it('责任部门（单位）: a department column with its alternative in brackets', () => {
    expect(tableColumns(['序号', '工作任务', '责任部门（单位）', '完成时间']).depts).toEqual([{ col: 2, role: 'responsible', upper: false }]);
  });

  it('a zone-prefixed column still marks the plain one as upper-level bodies; an unknown word does not', () => {
    expect(tableColumns(['序号', '具体落实举措', '责任部门', '高新区责任部门']).depts.map((d) => d.upper)).toEqual([true, false]);
    expect(tableColumns(['序号', '重点任务', '牵头单位', '协作单位']).depts.map((d) => d.upper)).toEqual([false, false]);
  });
});

describe('measures assigning inside their sentences', () => {
  const text = [
    '某县数字经济行动方案',
    '',
    '一、发展基础',
    '（一）基础良好。县经信局牵头，县发改局配合，编制完成数字经济规划并组织实施，全县产值增长15%。',
    '二、重点任务',
    '（一）建设数字基础设施。由县经信局牵头，会同县发改局、县住建局，推进5G基站建设。',
    '（二）推进企业数字化转型。对经县经信局认定的智能工厂给予20万元奖励。',
    '（三）发展农村电商。县商务局牵头，县农业农村局配合，建设三级物流体系。（责任单位：县商务局）',
  ].join('\n');

  it('a task block becomes a measure with lead + support, quoting its sentence', async () => {
    const d = await doc(text);
    const m = d.measures.find((x) => x.title === '建设数字基础设施')!;
    expect(m.responsibilities.map((r) => [r.name, r.role])).toEqual([
      ['县经信局', 'lead'],
      ['县发改局', 'support'],
      ['县住建局', 'support'],
    ]);
    const ev = m.responsibilities[0]!.evidence![0]!;
    expect(text.slice(ev.start, ev.end)).toBe('由县经信局牵头，会同县发改局、县住建局，推进5G基站建设。');
  });

  it('not in background sections, not for a mere mention, not beside a bracket clause', async () => {
    const d = await doc(text);
    expect(d.measures.find((x) => x.title === '基础良好')).toBeUndefined();
    expect(d.measures.find((x) => x.title === '推进企业数字化转型')).toBeUndefined();
    const m = d.measures.find((x) => x.title === '发展农村电商')!;
    expect(m.responsibilities.map((r) => [r.name, r.role])).toEqual([['县商务局', 'responsible']]);
  });
});

describe('a note that the first listed body leads', () => {
  it('责任单位中排在第一位的为牵头单位: first → lead, the others → support; stated roles untouched', async () => {
    const d = await doc(
      [
        '某省重点任务分工方案',
        '',
        '现将重点任务分工如下（各项任务责任单位中排在第一位的为牵头单位）。',
        '1.加快5G网络部署。（责任单位：省通信管理局、省发展改革委、省工业和信息化厅）',
        '2.培育产业集群。（责任单位：省工业和信息化厅、各省辖市人民政府）',
        '3.完善统计体系。（牵头单位：省统计局；配合单位：省发展改革委）',
      ].join('\n'),
    );
    expect(d.measures.map((m) => m.responsibilities.map((r) => [r.name, r.role]))).toEqual([
      [
        ['省通信管理局', 'lead'],
        ['省发展改革委', 'support'],
        ['省工业和信息化厅', 'support'],
      ],
      [['省工业和信息化厅', 'lead']],
      [
        ['省统计局', 'lead'],
        ['省发展改革委', 'support'],
      ],
    ]);
  });

  it('without the note a 责任单位 list stays responsible', async () => {
    const d = await doc('某省方案\n\n1.加快5G网络部署。（责任单位：省通信管理局、省发展改革委）');
    expect(d.measures[0]!.responsibilities.map((r) => r.role)).toEqual(['responsible', 'responsible']);
  });
});

describe('top-level items and table captions', () => {
  it('一、标题。正文 items assign inside their text; a title-only chapter with a paragraph below does not', async () => {
    const d = await doc(
      [
        '某省若干政策措施',
        '',
        '一、培育龙头企业。请省工业和信息化厅牵头，会同省发展改革委制定龙头企业培育计划。',
        '二、加强标准建设。对主导制定标准的企业给予资助。（省市场监管局负责）',
        '三、保障措施',
        '建立产业链链长制，由省工业和信息化厅牵头，各市政府配合。',
        '由省发展改革委牵头，省科技厅配合，建立工作机制。',
      ].join('\n'),
    );
    expect(d.measures.map((m) => [m.number, m.responsibilities.map((r) => `${r.name}/${r.role}`)])).toEqual([
      ['一', ['省工业和信息化厅/lead', '省发展改革委/support']],
      ['二', ['省市场监管局/responsible']],
    ]);
  });

  it('the attachment label is not part of a table caption used as a section', async () => {
    const d = await doc(['某区实施细则', '', '附件：重点任务分工表', '序号\t重点任务\t责任单位\t完成时间', '1\t建设产业园\t区工信局\t2025年'].join('\n'));
    expect(d.measures.map((m) => m.sectionPath)).toEqual([['重点任务分工表']]);
  });
});

describe('sub-items of a measure', () => {
  it('(1) with a sentence clause, (2) assigning inside its text: both kept; a zone document names its bodies bare', async () => {
    const d = await doc(
      [
        '某区实施方案',
        '',
        '一、主要任务',
        '1.培育加工龙头企业。',
        '（1）实施龙头企业培育工程。区农业农村局牵头，区财政局配合。',
        '（2）支持企业上市融资，给予奖励。由区金融办负责兑现。',
        '2.建设产业载体。规建委负责项目建设，国土环保局配合做好用地保障。',
      ].join('\n'),
    );
    expect(d.measures.map((m) => m.responsibilities.map((r) => `${r.name}/${r.role}`))).toEqual([
      ['区农业农村局/lead', '区财政局/support', '区金融办/responsible'],
      ['规建委/responsible', '国土环保局/support'],
    ]);
  });
});

describe('a verb-form note on the measures above it', () => {
  it('上述措施由A牵头，B配合。 covers the measures of its section listed before it', async () => {
    const d = await doc(
      [
        '某市若干措施',
        '',
        '一、支持企业研发',
        '（1）对设计企业首轮流片费用给予50%补贴。',
        '（2）对企业购买设计工具软件的费用给予30%补贴。',
        '上述措施由市科技创新局牵头，市财政局配合。',
        '二、支持人才引进',
        '（3）支持高校开设相关专业，市教育局会同市人力资源社会保障局制定实施办法。',
      ].join('\n'),
    );
    expect(d.measures.map((m) => [m.number, m.responsibilities.map((r) => `${r.name}/${r.role}`)])).toEqual([
      ['1', ['市科技创新局/lead', '市财政局/support']],
      ['2', ['市科技创新局/lead', '市财政局/support']],
      ['3', ['市教育局/lead', '市人力资源社会保障局/support']],
    ]);
  });
});

describe('a table of projects', () => {
  it('项目名称 rows are measures of their own, not the body measures of the same number', async () => {
    const d = await doc(
      [
        '某市行动计划',
        '',
        '一、主要任务',
        '1.培育跨境电商主体。每年新增企业1000家。（责任单位：市商务局）',
        '',
        '重点项目推进表',
        '序号\t项目名称\t牵头单位\t配合单位',
        '1\t跨境电商海外仓建设\t市商务局\t市财政局',
      ].join('\n'),
    );
    expect(d.measures.map((m) => [m.number, m.sectionPath.join('>'), m.responsibilities.map((r) => `${r.name}/${r.role}`)])).toEqual([
      ['1', '一、主要任务', ['市商务局/responsible']],
      ['1', '重点项目推进表', ['市商务局/lead', '市财政局/support']],
    ]);
  });
});
