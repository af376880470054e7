// 产业链 / 链主 tables and 分工表 rows read as typed facts (issue 12: recall from tables), one describe
// per class, on short tables written for these tests (names invented). A row is typed by its header:
// each firm is in its own row's chain (stated), each park carries it (planned), each platform
// innovates for it (stated); nothing pairs across rows, and the flattened forms a paste leaves (tabs,
// blanks, pipes, one cell per line, labelled lines) read alike.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../server/src/ingest/index.ts';
import { chainColumns, columnRole } from '../../server/src/ingest/structure/table-columns.ts';
import { runDoc, names, strong } from '../fixtures/class-doc.ts';

const edge = (x: Extraction, type: string, source: string, target: string) => x.edges.find((e) => e.type === type && e.source === source && e.target === target);

const OPENING = '青川市重点产业链培育方案\n\n一、总体要求\n围绕重点产业链，培育一批链主企业。\n\n附件：重点产业链链主企业及承载园区一览表\n';

describe('table class: header words name what a column holds', () => {
  it('chain, segment, firm, park, platform and department columns', () => {
    expect(['产业链', '重点产业', '细分领域', '重点环节', '链主企业', '核心配套企业', '招商目标企业', '主要承载园区', '创新平台', '高校院所', '牵头部门', '配合单位', '序号', '备注'].map(columnRole)).toEqual([
      'chain', 'chain', 'segment', 'segment', 'enterprise', 'enterprise', 'target', 'park', 'lab', 'lab', 'dept', 'dept', 'number', 'other',
    ]);
  });
  it('a 分工表 header (a task column and departments) is no chain table; a level column without a firm, park or platform column neither', () => {
    expect(chainColumns(['序号', '重点任务', '牵头单位', '配合单位'])).toBeUndefined();
    expect(chainColumns(['产业链', '牵头部门', '完成时限'])).toBeUndefined();
    expect(chainColumns(['产业链', '细分领域', '龙头企业'])).toMatchObject({ chain: 0, segment: 1 });
  });
});

describe('table class: a row is typed by its header, not crossed with other rows', () => {
  const table =
    OPENING +
    '产业链 链主企业 重点配套企业 主要承载园区 创新平台 牵头部门\n' +
    '智能农机 禾丰重工 青川犁铧、沃野传动 青川经济技术开发区 青川农业大学 市工业和信息化局\n' +
    '动力电池 赫能新能源 锂源材料 青川高新技术产业开发区 青川储能研究院 市发展改革委\n';
  it('single-blank cells: each firm in its row’s chain (stated), the park hosts it (planned), the platform innovates for it', async () => {
    const x = await runDoc(table);
    expect(strong(x, 'IN_INDUSTRY')).toEqual([
      'enterprise:沃野传动 -> industry:智能农机',
      'enterprise:禾丰重工 -> industry:智能农机',
      'enterprise:赫能新能源 -> industry:动力电池',
      'enterprise:锂源材料 -> industry:动力电池',
      'enterprise:青川犁铧 -> industry:智能农机',
    ]);
    expect(strong(x, 'HOSTS')).toEqual(['park:青川经济技术开发区 -> industry:智能农机', 'park:青川高新技术产业开发区 -> industry:动力电池']);
    expect(strong(x, 'INNOVATES_FOR')).toEqual(['lab:青川储能研究院 -> industry:动力电池', 'lab:青川农业大学 -> industry:智能农机']);
    expect(edge(x, 'IN_INDUSTRY', 'enterprise:禾丰重工', 'industry:智能农机')?.properties).toMatchObject({ basis: 'stated' });
    expect(edge(x, 'HOSTS', 'park:青川经济技术开发区', 'industry:智能农机')?.properties).toMatchObject({ basis: 'planned' });
    // the row is the evidence; a firm is not placed in its row's park (the table does not say so)
    expect(edge(x, 'IN_INDUSTRY', 'enterprise:赫能新能源', 'industry:动力电池')?.evidence[0]?.text).toBe('动力电池 赫能新能源 锂源材料 青川高新技术产业开发区 青川储能研究院 市发展改革委');
    expect(strong(x, 'LOCATED_IN')).toEqual([]);
  });
  it('the header is no row: its words are no park or firm, the department column names no organisation', async () => {
    const x = await runDoc(table);
    expect(names(x, 'Park')).toEqual(['青川经济技术开发区', '青川高新技术产业开发区']);
    expect(names(x, 'Enterprise')).toEqual(['沃野传动', '禾丰重工', '赫能新能源', '锂源材料', '青川犁铧']);
  });
});

describe('table class: the flattened forms read alike', () => {
  const expected = ['enterprise:岚峰装备 -> industry:海工装备', 'enterprise:潮汐电气 -> industry:海上风电', 'enterprise:蓝湾重工 -> industry:海工装备'];
  it('tabs, with an empty chain cell the row above’s (a merged cell), a segment column making parts of the chain', async () => {
    const x = await runDoc(
      OPENING + '产业链\t细分领域\t龙头企业\t承载园区\n海洋装备\t海工装备\t蓝湾重工、岚峰装备\t临港装备产业园\n\t海上风电\t潮汐电气\t临港装备产业园\n',
    );
    expect(strong(x, 'IN_INDUSTRY')).toEqual(expected);
    expect(strong(x, 'PART_OF')).toEqual(['industry:海上风电 -> industry:海洋装备', 'industry:海工装备 -> industry:海洋装备']);
    expect(strong(x, 'HOSTS')).toEqual(['park:临港装备产业园 -> industry:海上风电', 'park:临港装备产业园 -> industry:海工装备']);
    // (the firms are in the segment, not also in the chain by this row)
    expect(edge(x, 'IN_INDUSTRY', 'enterprise:潮汐电气', 'industry:海洋装备')).toBeUndefined();
  });
  it('pipes (｜ or |) with a rule under the header', async () => {
    const x = await runDoc(OPENING + '| 重点产业 | 龙头企业 |\n|---|---|\n| 海工装备 | 蓝湾重工、岚峰装备 |\n| 海上风电 | 潮汐电气 |\n');
    expect(strong(x, 'IN_INDUSTRY')).toEqual(expected);
    const y = await runDoc(OPENING + '重点产业｜龙头企业\n海工装备｜蓝湾重工、岚峰装备\n海上风电｜潮汐电气\n');
    expect(strong(y, 'IN_INDUSTRY')).toEqual(expected);
  });
  it('one cell per line, rows apart by blank lines or, without them, every header-width lines', async () => {
    const x = await runDoc(OPENING + '重点产业\n龙头企业\n\n海工装备\n蓝湾重工、岚峰装备\n\n海上风电\n潮汐电气\n');
    expect(strong(x, 'IN_INDUSTRY')).toEqual(expected);
    const y = await runDoc(OPENING + '重点产业\n龙头企业\n海工装备\n蓝湾重工、岚峰装备\n海上风电\n潮汐电气\n\n二、保障措施\n加强组织领导。\n');
    expect(strong(y, 'IN_INDUSTRY')).toEqual(expected);
  });
  // The same two chains written as labelled lines and as records state the same facts.
  const LABELLED_FIRMS = [
    'enterprise:岚峰装备 -> industry:海工装备',
    'enterprise:潮汐电气 -> industry:海上风电',
    'enterprise:舟桥锚链 -> industry:海工装备',
    'enterprise:蓝湾重工 -> industry:海工装备',
  ];
  const LABELLED_PARKS = ['park:临港装备产业园 -> industry:海工装备', 'park:北岸能源基地 -> industry:海上风电'];
  it('labelled lines: X产业链：链主企业A；配套企业B、C；承载园区P', async () => {
    const x = await runDoc(
      '青川市链主企业培育方案\n\n一、重点产业链\n（一）海工装备产业链：链主企业：蓝湾重工；配套企业：岚峰装备、舟桥锚链；承载园区：临港装备产业园。\n（二）海上风电产业链：链主企业：潮汐电气；承载园区：北岸能源基地。\n',
    );
    expect(strong(x, 'IN_INDUSTRY')).toEqual(LABELLED_FIRMS);
    expect(strong(x, 'HOSTS')).toEqual(LABELLED_PARKS);
  });
  it('records: the chain alone on a line, then one labelled cell per line', async () => {
    const x = await runDoc(
      '青川市链主企业培育方案\n\n一、重点产业链\n（一）海工装备产业链\n链主企业：蓝湾重工\n配套企业：岚峰装备、舟桥锚链\n承载园区：临港装备产业园\n（二）海上风电产业链\n链主企业：潮汐电气\n承载园区：北岸能源基地。\n',
    );
    expect(strong(x, 'IN_INDUSTRY')).toEqual(LABELLED_FIRMS);
    expect(strong(x, 'HOSTS')).toEqual(LABELLED_PARKS);
    // (the record is the evidence: its head and its lines)
    expect(edge(x, 'HOSTS', 'park:北岸能源基地', 'industry:海上风电')?.evidence[0]?.text).toBe('（二）海上风电产业链\n链主企业：潮汐电气\n承载园区：北岸能源基地。');
  });
});

describe('table class: what a table does not state stays weak or absent', () => {
  it('a cell naming two chains files its firms in one of them, the row not saying which: each tie at the threshold\'s edge (stated 0.55; the annotators\' alternatives, members26)', async () => {
    const x = await runDoc(OPENING + '产业链\t龙头企业\n海工装备、海上风电\t蓝湾重工、潮汐电气\n港口物流\t舟桥物流\n');
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:舟桥物流 -> industry:港口物流');
    expect(edge(x, 'IN_INDUSTRY', 'enterprise:蓝湾重工', 'industry:海工装备')?.properties).toMatchObject({ basis: 'stated', confidence: 0.55 });
    expect(edge(x, 'IN_INDUSTRY', 'enterprise:蓝湾重工', 'industry:港口物流')).toBeUndefined();
  });
  it('firms to attract (招商目标企业) are no members of the chain here', async () => {
    const x = await runDoc(OPENING + '产业链\t链主企业\t招商目标企业\n海工装备\t蓝湾重工\t远洋重机\n');
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:蓝湾重工 -> industry:海工装备']);
    expect(edge(x, 'IN_INDUSTRY', 'enterprise:远洋重机', 'industry:海工装备')?.properties).toMatchObject({ basis: 'listed' });
  });
  it('placeholders and generic words in typed cells name nothing; a district in a park column is no park', async () => {
    const x = await runDoc(OPENING + '产业链\t链主企业\t承载园区\n海工装备\t暂无\t临港区\n海上风电\t龙头企业\t—\n');
    expect(names(x, 'Enterprise')).toEqual([]);
    expect(names(x, 'Park')).toEqual([]);
    expect(strong(x, 'IN_INDUSTRY')).toEqual([]);
  });
  it('a labelled line opens with a chain only when 产业链/产业 follows the name or the name is a known industry', async () => {
    const x = await runDoc('青川市方案\n\n一、重点任务\n（三）产业生态。龙头企业为蓝湾重工；配套企业为若干家。\n（四）海工装备：链主企业：蓝湾重工；配套企业：岚峰装备。\n（五）海工装备产业链：链主企业：潮汐重工；配套企业：一批。\n');
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:潮汐重工 -> industry:海工装备']);
    expect(names(x, 'Industry')).toEqual(['海工装备']);
  });
  it('prose with single blanks is no table; a label inside a sentence is no cell', async () => {
    const x = await runDoc('青川市方案\n\n一、重点任务\n产业链 协同 发展 取得 成效\n支持链主企业蓝湾重工发展海工装备，配套企业：岚峰装备等加快发展。\n');
    expect(x.doc.tables ?? []).toEqual([]);
    expect(strong(x, 'IN_INDUSTRY').filter((e) => e.includes('岚峰装备'))).toEqual([]);
  });
});

describe('table class: a 分工表 row with a task and a content column is one measure', () => {
  it('the task cell titles the measure, the content cell is read as its sentences, departments stay departments', async () => {
    const x = await runDoc(
      '青川市氢能产业重点任务分工方案\n\n一、发展基础\n青川开发区已集聚氢能企业20家。\n二、重点任务分工\n序号\t重点任务\t具体内容\t牵头单位\t配合单位\n' +
        '1\t壮大储运装备\t以岚峰装备为龙头，发展高压储氢瓶和液氢储罐；支持蓝湾重工集团研制输氢管道。\t市工业和信息化局\t市科技局、青川开发区管委会\n' +
        '2\t建设产业载体\t在青川高新区建设氢能产业园，重点发展燃料电池。\t青川高新区管委会\t市自然资源和规划局\n',
    );
    expect(x.doc.measures.map((m) => `${m.number} ${m.title}`)).toEqual(['1 壮大储运装备', '2 建设产业载体']);
    // (the row's number opens the measure: its first sentence is the measure's)
    expect(x.doc.sentences.filter((s) => s.measureIndex === 0).map((s) => x.doc.source.text.slice(s.start, s.end))).toEqual([
      '1', '壮大储运装备', '以岚峰装备为龙头，发展高压储氢瓶和液氢储罐；', '支持蓝湾重工集团研制输氢管道。', '市工业和信息化局', '市科技局、青川开发区管委会',
    ]);
    const mentioned = x.edges.filter((e) => e.type === 'MENTIONS' && e.target.startsWith('enterprise:')).map((e) => e.target).sort();
    expect(mentioned).toEqual(['enterprise:岚峰装备', 'enterprise:蓝湾重工集团']);
    // a 管委会 in a department cell is a department, not a mention of its zone (row 2 names the zone in its text)
    expect(strong(x, 'MENTIONS').filter((e) => e.includes('park:'))).toEqual(['measure:doc:2 -> park:氢能产业园', 'measure:doc:2 -> park:青川高新区']);
    // (以A为龙头，发展X和Y under a measure titled 储运装备: A is in the measure's industry too — optional in the
    // gold conventions, stated by the truth-classes-blind4 class "firms a measure builds its industry on")
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:岚峰装备 -> industry:储运装备', 'enterprise:岚峰装备 -> industry:液氢储罐', 'enterprise:岚峰装备 -> industry:高压储氢瓶']);
    expect(names(x, 'Park')).toEqual(['氢能产业园', '青川开发区', '青川高新区']);
    expect(x.doc.measures.map((m) => m.responsibilities.map((r) => `${r.department.name}:${r.role}`).join(' '))).toEqual([
      '市工业和信息化局:lead 市科技局:support 青川开发区管委会:support',
      '青川高新区管委会:lead 市自然资源和规划局:support',
    ]);
  });
});

describe('table class: a 链主 list with 序号 and departments (the 分工表 shapes)', () => {
  it('one cell per line without blank lines: every header-width cells are a row, and the text below the table stays text', async () => {
    const x = await runDoc(
      '青川市方案\n\n附件：重点产业链链主企业名单\n序号\n产业链\n链主企业\n牵头部门\n1\n海工装备\n蓝湾重工、岚峰装备\n市工信局\n2\n海上风电\n潮汐电气\n市发改委\n\n' +
        '二、保障措施\n（一）强化支撑。依托青川海洋大学、青川船舶研究院等高校院所，服务海工装备研发。\n',
    );
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:岚峰装备 -> industry:海工装备', 'enterprise:潮汐电气 -> industry:海上风电', 'enterprise:蓝湾重工 -> industry:海工装备']);
    expect(names(x, 'Lab')).toEqual(['青川海洋大学', '青川船舶研究院']);
    expect(x.doc.sentences.map((s) => x.doc.source.text.slice(s.start, s.end))).toContain('依托青川海洋大学、青川船舶研究院等高校院所，服务海工装备研发。');
  });
  it('a 分工表 row naming its chain and firm: the row’s measure supports the chain and mentions the firm', async () => {
    const x = await runDoc(
      '青川市方案\n\n一、任务分工\n序号\t产业链\t链主企业\t重点任务\t牵头单位\n1\t海工装备\t蓝湾重工\t建设海工装备产业园，引进配套企业10家。\t市工信局\n2\t海上风电\t潮汐电气\t推进海上风电示范项目。\t市发改委\n',
    );
    expect(x.doc.measures.map((m) => m.number)).toEqual(['1', '2']);
    expect(strong(x, 'SUPPORTS')).toEqual(['measure:doc:1 -> industry:海工装备', 'measure:doc:2 -> industry:海上风电']);
    expect(strong(x, 'MENTIONS').filter((e) => e.includes('enterprise:'))).toEqual(['measure:doc:1 -> enterprise:蓝湾重工', 'measure:doc:2 -> enterprise:潮汐电气']);
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:潮汐电气 -> industry:海上风电', 'enterprise:蓝湾重工 -> industry:海工装备']);
  });
});

describe('table class: what the row is about decides what its park column says', () => {
  it('a row about a firm (企业名称 | 所属产业 | 所在园区) places the firm in the park and assigns the park nothing', async () => {
    const x = await runDoc(OPENING + '企业名称\t所属产业\t所在园区\n蓝湾重工股份有限公司\t海工装备\t临港装备产业园\n潮汐电气\t海上风电\t北岸能源基地\n');
    expect(strong(x, 'LOCATED_IN')).toEqual(['enterprise:潮汐电气 -> park:北岸能源基地', 'enterprise:蓝湾重工 -> park:临港装备产业园']);
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:潮汐电气 -> industry:海上风电', 'enterprise:蓝湾重工 -> industry:海工装备']);
    expect(strong(x, 'HOSTS')).toEqual([]);
  });
});

describe('table class: header and cell conventions', () => {
  it('bracketed notes and slashes in header cells, 等N家 in cells, group labels across the table', async () => {
    const x = await runDoc(
      OPENING + '产业链（链长）\t链主企业/重点企业\t承载园区（基地）\n先进制造\n海工装备\t蓝湾重工、岚峰装备等12家\t临港装备产业园\n新能源\n海上风电\t潮汐电气\t北岸能源基地\n',
    );
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:岚峰装备 -> industry:海工装备', 'enterprise:潮汐电气 -> industry:海上风电', 'enterprise:蓝湾重工 -> industry:海工装备']);
    expect(strong(x, 'HOSTS')).toEqual(['park:临港装备产业园 -> industry:海工装备', 'park:北岸能源基地 -> industry:海上风电']);
    expect(names(x, 'Industry')).toEqual(['海上风电', '海工装备']);
  });
});
