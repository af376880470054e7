import { describe, expect, it } from 'vitest';
import { halfWidth as normalize } from '../../server/src/text.ts';
import { seedsLexicon as LEX } from '../fixtures/ingest-context.ts';
import { isDepartmentName } from '../../server/src/ingest/departments/names.ts';
import { parseCell } from '../../server/src/ingest/responsibilities/clauses.ts';
import { findResponsibilities } from '../../server/src/ingest/responsibilities/find.ts';
import { findInlineAssignments } from '../../server/src/ingest/responsibilities/inline.ts';
import { isCollective, splitList } from '../../server/src/ingest/responsibilities/lists.ts';

/** Parses every responsibility clause of a snippet; returns [name, role] pairs and collectives. */
function parse(text: string) {
  const norm = normalize(text);
  const clauses = findResponsibilities(text, norm, 0, text.length, LEX);
  for (const c of clauses) {
    for (const m of c.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.surface);
    }
  }
  return {
    pairs: clauses.flatMap((c) => c.mentions.map((m) => [m.name, m.role])),
    collectives: clauses.flatMap((c) => c.collectives.map((x) => x.name)),
    spans: clauses.map((c) => text.slice(c.start, c.end)),
  };
}

describe('bracket forms from the seeds', () => {
  it('000 measure 2: half-width (责任部门:A)', () => {
    const t = '2.深化科技体制改革。推广“先使用后付费”“先研后股”“先投后股”等政策。(责任部门:科技局)';
    expect(parse(t).pairs).toEqual([['科技局', 'responsible']]);
    expect(parse(t).spans).toEqual(['(责任部门:科技局)']);
  });

  it('000 measure 12: a long list, a company included', () => {
    const t = '提高土地产出效益。(责任部门:经发局、财政局、商促局、信创局、生物医药局、新能源局、高端装备局、新经济局、自贸局、海泰集团)';
    const p = parse(t).pairs;
    expect(p).toHaveLength(10);
    expect(p.at(-1)).toEqual(['海泰集团', 'responsible']);
  });

  it('003 measure 1: （牵头部门：A，责任部门：B、C） → lead + support', () => {
    const t = '可依法注册为科技类民办非企业单位（社会服务机构）、事业单位和企业。（牵头部门：科技创新局，责任部门：政务服务办、组织人事部、市场监管局）';
    expect(parse(t).pairs).toEqual([
      ['科技创新局', 'lead'],
      ['政务服务办', 'support'],
      ['组织人事部', 'support'],
      ['市场监管局', 'support'],
    ]);
    // （社会服务机构） is not a responsibility clause
    expect(parse(t).spans).toHaveLength(1);
  });

  it('003 measure 9: （牵头部门：A） alone', () => {
    expect(parse('给予更多企业急需型人才引进落户自主权。（牵头部门：组织人事部）').pairs).toEqual([['组织人事部', 'lead']]);
  });

  it('003 measure 33: collective support is not a department', () => {
    const r = parse('支持重点领域加快发展。（牵头部门：经发局，责任部门：各相关招商部门）');
    expect(r.pairs).toEqual([['经发局', 'lead']]);
    expect(r.collectives).toEqual(['各相关招商部门']);
  });

  it('003 measure 51 and 64: 各相关职能部门, 各招商部门', () => {
    expect(parse('（牵头部门：科技创新局，责任部门：各相关职能部门）').collectives).toEqual(['各相关职能部门']);
    const r = parse('加快城市更新。 （牵头部门：规划和资源局，责任部门：建设和交通局、各招商部门）');
    expect(r.pairs).toEqual([
      ['规划和资源局', 'lead'],
      ['建设和交通局', 'support'],
    ]);
    expect(r.collectives).toEqual(['各招商部门']);
  });

  it('002 重点任务（一）: （责任单位：…） → responsible', () => {
    const t = '构筑未来产业竞争优势。（责任单位：区科技局、区工业和信息化局、区发展改革委、区教体局）';
    expect(parse(t).pairs).toEqual([
      ['区科技局', 'responsible'],
      ['区工业和信息化局', 'responsible'],
      ['区发展改革委', 'responsible'],
      ['区教体局', 'responsible'],
    ]);
  });

  it('002 重点任务（2）: a descriptive collective', () => {
    const r = parse('（责任单位：区科技局、区工业和信息化局、区发展改革委、区教体局、区财政局、能够提供公共服务应用场景的各相关责任单位）');
    expect(r.pairs).toHaveLength(5);
    expect(r.collectives).toEqual(['能够提供公共服务应用场景的各相关责任单位']);
  });

  it('002 保障措施（一）: only a collective', () => {
    const r = parse('营造有利于产业发展的生态环境。（责任单位：区自主创新工作领导小组各成员单位）');
    expect(r.pairs).toEqual([]);
    expect(r.collectives).toEqual(['区自主创新工作领导小组各成员单位']);
  });

  it('002 保障措施（二）: 各开发区 at the end', () => {
    const r = parse('（责任单位：区科技局、区发展改革委、区工业和信息化局、各开发区）');
    expect(r.pairs.map((p) => p[0])).toEqual(['区科技局', '区发展改革委', '区工业和信息化局']);
    expect(r.collectives).toEqual(['各开发区']);
  });

  it('004 measure 1: （A、B按职责分工负责） → responsible, proper names kept', () => {
    const t = '激发企业创新积极性。（区科技局、海河教育园区管委会、区国资委、区工业和信息化局、区市场监管局按职责分工负责）';
    expect(parse(t).pairs).toEqual([
      ['区科技局', 'responsible'],
      ['海河教育园区管委会', 'responsible'],
      ['区国资委', 'responsible'],
      ['区工业和信息化局', 'responsible'],
      ['区市场监管局', 'responsible'],
    ]);
  });

  it('004 measure 14: 规划资源分局 is a proper name, never completed with 区', () => {
    const r = parse('加快形成京津研发、区域转化格局。（区发展改革委、区科技局、规划资源分局按职责分工负责）');
    expect(r.pairs.map((p) => p[0])).toEqual(['区发展改革委', '区科技局', '规划资源分局']);
  });

  it('004 measure 11: 区科协', () => {
    const r = parse('搭建产学研对接渠道。（区科技局、区工业和信息化局、海河教育园区管委会、区科协按职责分工负责）');
    expect(r.pairs.map((p) => p[0])).toEqual(['区科技局', '区工业和信息化局', '海河教育园区管委会', '区科协']);
  });

  it('002 空间布局: a bare list of zones is not a responsibility clause', () => {
    expect(parse('打造生物制造谷等产业集聚区。（保税区、经开区、大港石化产业园区）').pairs).toEqual([]);
    expect(parse('（高新区、经开区）').spans).toEqual([]);
    expect(parse('推动城市空中交通工程（UAM），形成…（2022-2035年）').spans).toEqual([]);
  });
});

describe('forms the seeds lack (own texts in the same genre)', () => {
  it('（牵头单位：A；配合单位：B、C） with full-width semicolon', () => {
    const r = parse('（牵头单位：市科技局；配合单位：市财政局、市教委）');
    expect(r.pairs).toEqual([
      ['市科技局', 'lead'],
      ['市财政局', 'support'],
      ['市教委', 'support'],
    ]);
  });

  it('half-width (牵头单位:A;参与单位:B) and 责任单位 beside a lead → support', () => {
    expect(parse('(牵头单位:区发展改革委;参与单位:区商务局)').pairs).toEqual([
      ['区发展改革委', 'lead'],
      ['区商务局', 'support'],
    ]);
    expect(parse('（牵头单位：区科技局，责任单位：区财政局）').pairs).toEqual([
      ['区科技局', 'lead'],
      ['区财政局', 'support'],
    ]);
  });

  it('（A负责） and （A牵头，B、C配合）', () => {
    expect(parse('做好宣传工作。（区委宣传部负责）').pairs).toEqual([['区委宣传部', 'responsible']]);
    expect(parse('（市商务局牵头，市发展改革委、市财政局配合）').pairs).toEqual([
      ['市商务局', 'lead'],
      ['市发展改革委', 'support'],
      ['市财政局', 'support'],
    ]);
  });

  it('a clause ending in 负责 that is not a list of bodies is ignored', () => {
    expect(parse('（由企业自主决定并对结果负责）').pairs).toEqual([]);
  });

  it('unbracketed labelled line', () => {
    const t = '建立未来产业专家智库。\n责任单位：区科技局、区发展改革委\n';
    const r = parse(t);
    expect(r.pairs).toEqual([
      ['区科技局', 'responsible'],
      ['区发展改革委', 'responsible'],
    ]);
    expect(r.spans).toEqual(['责任单位：区科技局、区发展改革委']);
  });

  it('elided prefixes restored only for generic functional bureaus', () => {
    const r = parse('（牵头单位：省科技厅、工业和信息化厅；配合单位：省教育厅、财政厅、海河教育园区管委会）');
    expect(r.pairs).toEqual([
      ['省科技厅', 'lead'],
      ['省工业和信息化厅', 'lead'],
      ['省教育厅', 'support'],
      ['省财政厅', 'support'],
      ['海河教育园区管委会', 'support'],
    ]);
    expect(parse('（市科技局、工业和信息化局按职责分工负责）').pairs.map((p) => p[0])).toEqual(['市科技局', '市工业和信息化局']);
    // surface stays what the text says
    const text = '（市科技局、工业和信息化局按职责分工负责）';
    const c = findResponsibilities(text, normalize(text), 0, text.length, LEX)[0]!;
    expect(c.mentions[1]!.surface).toBe('工业和信息化局');
  });

  it('市场监管局 after a 市 item is bare, so it is completed; 市场监管局 alone is not a 市 body', () => {
    expect(parse('（市科技局、市场监管局按职责分工负责）').pairs.map((p) => p[0])).toEqual(['市科技局', '市市场监管局']);
    expect(parse('（责任部门：市场监管局）').pairs.map((p) => p[0])).toEqual(['市场监管局']);
  });
});

describe('lists and collectives', () => {
  it('003 table: 北辰、南开、武清区政府 share a suffix', () => {
    const t = '市发展改革委、滨海高新区管委会、北辰、南开、武清区政府';
    const items = splitList(t, normalize(t), 0, t.length).map((i) => i.name);
    expect(items).toEqual(['市发展改革委', '滨海高新区管委会', '北辰区政府', '南开区政府', '武清区政府']);
    const c = parseCell(t, normalize(t), 0, t.length, 'city', LEX.stems);
    expect(c.mentions.map((m) => m.surface)).toEqual(['市发展改革委', '滨海高新区管委会', '北辰', '南开', '武清区政府']);
  });

  it('a table cell that says who leads: A牵头，B、C配合 / A、B按职责分工负责', () => {
    const t = '省工业和信息化厅牵头，省发展改革委、省财政厅配合';
    expect(parseCell(t, normalize(t), 0, t.length, 'responsible', LEX.stems).mentions.map((m) => [m.name, m.role])).toEqual([
      ['省工业和信息化厅', 'lead'],
      ['省发展改革委', 'support'],
      ['省财政厅', 'support'],
    ]);
    const u = '省科技厅、工业和信息化厅按职责分工负责';
    expect(parseCell(u, normalize(u), 0, u.length, 'responsible', LEX.stems).mentions.map((m) => [m.name, m.role])).toEqual([
      ['省科技厅', 'responsible'],
      ['省工业和信息化厅', 'responsible'],
    ]);
    // an upper-level column stays city whatever the cell says
    expect(parseCell(t, normalize(t), 0, t.length, 'city', LEX.stems).mentions.map((m) => m.role)).toEqual(['city', 'city', 'city']);
  });

  it('zones share the body named after the last one: …开发区、滨海高新区、东疆综保区管委会, 西青区、东丽区人民政府', () => {
    const t = '天津经济技术开发区、滨海高新区、东疆综保区管委会，西青区、东丽区人民政府等';
    expect(splitList(t, normalize(t), 0, t.length).map((i) => i.name)).toEqual([
      '天津经济技术开发区管委会',
      '滨海高新区管委会',
      '东疆综保区管委会',
      '西青区人民政府',
      '东丽区人民政府',
    ]);
    // a bare zone list stays as it is
    const u = '保税区、经开区、大港石化产业园区';
    expect(splitList(u, normalize(u), 0, u.length).map((i) => i.name)).toEqual(['保税区', '经开区', '大港石化产业园区']);
  });

  it('003 table 42: a cell broken over a line', () => {
    const t = '经发局、\n京津冀招商局';
    expect(splitList(t, normalize(t), 0, t.length).map((i) => [i.name, t.slice(i.start, i.end)])).toEqual([
      ['经发局', '经发局'],
      ['京津冀招商局', '京津冀招商局'],
    ]);
  });

  it('collective phrases', () => {
    for (const c of [
      '各开发区',
      '各相关招商部门',
      '各招商部门',
      '各相关职能部门',
      '区自主创新工作领导小组各成员单位',
      '能够提供公共服务应用场景的各相关责任单位',
      '各街镇',
      '各有关单位',
      '示范区领导小组办公室及成员单位',
      '市有关部门',
      '滨海新区各开发区管委会',
      '省直各执法部门',
      '市有关部门和单位',
      '其他相关职能部门',
    ]) {
      expect(isCollective(c), c).toBe(true);
    }
    for (const d of ['区科技局', '海河教育园区管委会', '市场监管局', '各', '组织人事部', '滨海新区政府', '高新区税务局']) {
      expect(isCollective(d), d).toBe(d === '各');
    }
  });
});

describe('genre forms beyond the seeds', () => {
  it('parts separated only by spaces: 牵头单位：A  责任单位：B', () => {
    const t = '发展人工智能产业。\n牵头单位：区新经济和科技局  责任单位：区政务服务和网络理政办、区文体旅局\n';
    expect(parse(t).pairs).toEqual([
      ['区新经济和科技局', 'lead'],
      ['区政务服务和网络理政办', 'support'],
      ['区文体旅局', 'support'],
    ]);
    expect(parse('主责单位：区科技局　协办单位：区数据局').pairs).toEqual([
      ['区科技局', 'lead'],
      ['区数据局', 'support'],
    ]);
  });

  it('（A、B负责，各区政府落实）: 落实 is a verb, 各区政府 a collective', () => {
    const r = parse('梳理重点项目清单。（市工业和信息化局、市商务局负责，各区政府落实）');
    expect(r.pairs).toEqual([
      ['市工业和信息化局', 'responsible'],
      ['市商务局', 'responsible'],
    ]);
    expect(r.collectives).toEqual(['各区政府']);
  });

  it('consecutive labelled lines are one clause: 责任单位 under a 牵头单位 line → support', () => {
    const t = '开放一批应用场景。\n牵头单位：区科委（中关村科学城管委会）\n责任单位：区城市管理委、区政务服务和数据管理局\n';
    const r = parse(t);
    expect(r.pairs).toEqual([
      ['区科委', 'lead'],
      ['区城市管理委', 'support'],
      ['区政务服务和数据管理局', 'support'],
    ]);
    expect(r.spans).toEqual(['牵头单位：区科委（中关村科学城管委会）\n责任单位：区城市管理委、区政务服务和数据管理局']);
  });

  it('unbracketed 配合单位 line after a 牵头单位 line', () => {
    const t = '1.培育软件和信息服务业。\n牵头单位：区新经济和科技局\n配合单位：区财政局、区投资促进局\n';
    expect(parse(t).pairs).toEqual([
      ['区新经济和科技局', 'lead'],
      ['区财政局', 'support'],
      ['区投资促进局', 'support'],
    ]);
  });

  it('a labelled tail after the last sentence of a measure line', () => {
    const t = '第五条 支持产业化项目落地。对新落户项目给予补助。责任单位：区投资促进局、区工业和信息化局';
    const r = parse(t);
    expect(r.pairs).toEqual([
      ['区投资促进局', 'responsible'],
      ['区工业和信息化局', 'responsible'],
    ]);
    expect(r.spans).toEqual(['责任单位：区投资促进局、区工业和信息化局']);
    // a label inside a sentence is not a tail
    expect(parse('各责任单位要明确分管领导，每季度报送进展。').pairs).toEqual([]);
  });

  it('【牵头单位：…；配合单位：…】 brackets', () => {
    expect(parse('打造绿色家居产业集群。【牵头单位：县经信局；配合单位：县发改局、县科技局】').pairs).toEqual([
      ['县经信局', 'lead'],
      ['县发改局', 'support'],
      ['县科技局', 'support'],
    ]);
  });

  it('（A牵头，B参与） and a list without its own verb shares the next one', () => {
    expect(parse('（县文化和广电旅游体育局牵头，县农业农村局参与）').pairs).toEqual([
      ['县文化和广电旅游体育局', 'lead'],
      ['县农业农村局', 'support'],
    ]);
    const r = parse('（省工业和信息化厅牵头，省商务厅、省地方金融管理局，各市人民政府参与）');
    expect(r.pairs).toEqual([
      ['省工业和信息化厅', 'lead'],
      ['省商务厅', 'support'],
      ['省地方金融管理局', 'support'],
    ]);
    expect(r.collectives).toEqual(['各市人民政府']);
    // still no verb at the end: not a clause
    expect(parse('（高新区，经开区）').spans).toEqual([]);
  });

  it('责任主体 and 主责单位 / 协办单位', () => {
    expect(parse('开展规划实施评估。\n责任主体：区发展改革委、区统计局').pairs).toEqual([
      ['区发展改革委', 'responsible'],
      ['区统计局', 'responsible'],
    ]);
    expect(parse('主责单位：县工业园区管委会；协办单位：县自然资源局、县住建局').pairs).toEqual([
      ['县工业园区管委会', 'lead'],
      ['县自然资源局', 'support'],
      ['县住建局', 'support'],
    ]);
  });

  it('（各区人民政府、市有关部门按职责分工负责）: collectives only, nothing invented', () => {
    const r = parse('（市自然资源和规划局牵头，各区人民政府、市有关部门按职责分工负责）');
    expect(r.pairs).toEqual([['市自然资源和规划局', 'lead']]);
    expect(r.collectives).toEqual(['各区人民政府', '市有关部门']);
    const r2 = parse('（各区人民政府、市有关部门按职责分工负责）');
    expect(r2.pairs).toEqual([]);
    expect(r2.collectives).toEqual(['各区人民政府', '市有关部门']);
  });

  it('各 distributes over the generic bodies after it: 各乡镇人民政府、街道办事处', () => {
    const r = parse('（县自然资源和规划局负责，各乡镇人民政府、街道办事处配合）');
    expect(r.pairs).toEqual([['县自然资源和规划局', 'responsible']]);
    expect(r.collectives).toEqual(['各乡镇人民政府', '街道办事处']);
    // a proper name after the collective is a department again
    expect(parse('（各镇街、西青经济技术开发区管委会按职责分工负责）').pairs).toEqual([['西青经济技术开发区管委会', 'responsible']]);
  });

  it('a bracketed list inside a name does not split it: 各区（县、市）人民政府', () => {
    const r = parse('（市人力社保局牵头，各区（县、市）人民政府配合）');
    expect(r.pairs).toEqual([['市人力社保局', 'lead']]);
    expect(r.collectives).toEqual(['各区（县、市）人民政府']);
  });

  it('aliases in brackets: 市市场监管局（知识产权局）, 区委组织部（区委人才工作局）', () => {
    const t = '（市市场监管局（知识产权局）负责）';
    const r = parse(t);
    expect(r.pairs).toEqual([['市市场监管局', 'responsible']]);
    expect(parse('牵头单位：区委组织部（区委人才工作局）\n配合单位：区人力社保局、区教委').pairs).toEqual([
      ['区委组织部', 'lead'],
      ['区人力社保局', 'support'],
      ['区教委', 'support'],
    ]);
  });

  it('elided lists: 市发展改革委、教育局 → 市教育局; 省发展改革委、科技厅、大数据局; 市发展改革委、教委', () => {
    expect(parse('（市委组织部牵头，市发展改革委、教育局、人力资源社会保障局按职责分工负责）').pairs).toEqual([
      ['市委组织部', 'lead'],
      ['市发展改革委', 'support'],
      ['市教育局', 'support'],
      ['市人力资源社会保障局', 'support'],
    ]);
    expect(parse('（省发展改革委、科技厅、工业和信息化厅、大数据局按职责分工负责）').pairs.map((p) => p[0])).toEqual([
      '省发展改革委',
      '省科技厅',
      '省工业和信息化厅',
      '省大数据局',
    ]);
    expect(parse('（市发展改革委、教委按职责分工负责）').pairs.map((p) => p[0])).toEqual(['市发展改革委', '市教委']);
  });

  it('a bracket whose closing half was lost still counts, up to its line end', () => {
    const t = '提升临床试验承接能力。（区卫生健康局牵头，区科技局、区财政局配合\n第八条 本措施由区科技局负责解释。';
    const r = parse(t);
    expect(r.pairs).toEqual([
      ['区卫生健康局', 'lead'],
      ['区科技局', 'support'],
      ['区财政局', 'support'],
    ]);
    expect(r.spans).toEqual(['（区卫生健康局牵头，区科技局、区财政局配合']);
  });

  it('mixed half/full width and stray spaces', () => {
    expect(parse('(市发改委 、市财政局按职责分工负责)').pairs).toEqual([
      ['市发改委', 'responsible'],
      ['市财政局', 'responsible'],
    ]);
    expect(parse('（ 牵头单位: 市经济和信息化局 ，配合单位：市财政局）').pairs).toEqual([
      ['市经济和信息化局', 'lead'],
      ['市财政局', 'support'],
    ]);
    expect(parse('（市委人才办 牵头， 市人社局、市住房保障和房产管理局配合）').pairs).toEqual([
      ['市委人才办', 'lead'],
      ['市人社局', 'support'],
      ['市住房保障和房产管理局', 'support'],
    ]);
  });

  it('责任单位：A牵头，B、C配合 — a generic label over a list with its own verbs', () => {
    const t = '新增智能算力1000P以上。\n责任单位：市数据局牵头，市发展改革委、市经信局配合\n';
    expect(parse(t).pairs).toEqual([
      ['市数据局', 'lead'],
      ['市发展改革委', 'support'],
      ['市经信局', 'support'],
    ]);
    // 责任单位 beside 配合单位 without a 牵头 stays responsible
    expect(parse('（责任单位：市经信局；配合单位：市国资委）').pairs).toEqual([
      ['市经信局', 'responsible'],
      ['市国资委', 'support'],
    ]);
  });

  it('other labels in the bracket (完成时限：…, 牵头市领导：…) are not departments', () => {
    expect(parse('（牵头单位：市经济信息委；责任单位：市通信管理局，各区县（自治县）政府；完成时限：2024年12月底前）').pairs).toEqual([
      ['市经济信息委', 'lead'],
      ['市通信管理局', 'support'],
    ]);
    expect(parse('（牵头单位：市经济信息委、市通信管理局；完成时限：持续推进）').pairs).toEqual([
      ['市经济信息委', 'lead'],
      ['市通信管理局', 'lead'],
    ]);
    expect(parse('（市人力社保局牵头，市教委配合；完成时限：持续推进）').pairs).toEqual([
      ['市人力社保局', 'lead'],
      ['市教委', 'support'],
    ]);
    expect(parse('（牵头市领导：分管副市长；牵头单位：市经济信息委；配合单位：市财政局）').pairs).toEqual([
      ['市经济信息委', 'lead'],
      ['市财政局', 'support'],
    ]);
  });

  it('责任单位：A、B按职责分工负责 — the verb is not part of the last name', () => {
    expect(parse('责任单位：市工信局、市发改委按职责分工负责').pairs).toEqual([
      ['市工信局', 'responsible'],
      ['市发改委', 'responsible'],
    ]);
    const r = parse('（责任单位：市经济信息委、市财政局，市级有关部门按职责分工负责）');
    expect(r.pairs.map((p) => p[0])).toEqual(['市经济信息委', '市财政局']);
    expect(r.collectives).toEqual(['市级有关部门']);
    // after a lead label, 责任单位 … 负责 still assists
    expect(parse('（牵头单位：区科技局；责任单位：区财政局、区人社局按职责分工负责）').pairs).toEqual([
      ['区科技局', 'lead'],
      ['区财政局', 'support'],
      ['区人社局', 'support'],
    ]);
  });

  it('a role marked on the item: 市工信局（牵头）、市科技局、市商务局', () => {
    const t = '责任单位：市工信局（牵头）、市科技局、市商务局';
    const r = parse(t);
    expect(r.pairs).toEqual([
      ['市工信局', 'lead'],
      ['市科技局', 'support'],
      ['市商务局', 'support'],
    ]);
  });

  it('（A牵头，B、C）: bodies after a lead without a verb of their own assist it', () => {
    expect(parse('（市科技局牵头，市教育局、市财政局）').pairs).toEqual([
      ['市科技局', 'lead'],
      ['市教育局', 'support'],
      ['市财政局', 'support'],
    ]);
  });

  it('collectives with a level and a kind: 省直各执法部门, 各设区市、县（市、区）人民政府, 各区、市政府', () => {
    const r = parse('（省司法厅牵头，省直各执法部门配合）');
    expect(r.pairs).toEqual([['省司法厅', 'lead']]);
    expect(r.collectives).toEqual(['省直各执法部门']);
    const r2 = parse('（省发展改革委、商务厅按职责分工负责，各设区市、县（市、区）人民政府落实）');
    expect(r2.pairs.map((p) => p[0])).toEqual(['省发展改革委', '省商务厅']);
    expect(r2.collectives).toEqual(['各设区市', '县（市、区）人民政府']);
    const r3 = parse('（市财政局负责，各区、市政府配合）');
    expect(r3.pairs).toEqual([['市财政局', 'responsible']]);
    expect(r3.collectives).toEqual(['各区', '市政府']);
  });

  it('brackets that are not clauses: 以下简称, 含, 现价, 联系电话', () => {
    for (const t of ['（以下简称“市海发局”）', '（含）', '（现价）', '本方案由市海洋发展局负责解释（联系电话：0532-8xxxxxxx）。', '（国家级、省级平台各1个）', '（此件公开发布）']) {
      expect(parse(t).pairs, t).toEqual([]);
    }
  });

  it('a deadline after the bodies is not a body, and never voids the clause', () => {
    expect(parse('（市科技局牵头，市财政局配合，2024年底前完成）').pairs).toEqual([
      ['市科技局', 'lead'],
      ['市财政局', 'support'],
    ]);
    expect(parse('（区商务局负责，长期坚持）').pairs).toEqual([['区商务局', 'responsible']]);
    expect(parse('（市科技局牵头，有序推进）').pairs).toEqual([['市科技局', 'lead']]);
    expect(parse('（市、区两级政府共同负责）').pairs).toEqual([]);
  });

  it('qualified labels: 主要责任单位 / 具体责任单位, and names separated only by blanks', () => {
    expect(parse('攻关大尺寸单晶金刚石制备技术。\n主要责任单位：市科技局、市工信局').pairs).toEqual([
      ['市科技局', 'responsible'],
      ['市工信局', 'responsible'],
    ]);
    expect(parse('牵头单位：市工信局\n主要责任单位：市商务局、高新区管委会').pairs).toEqual([
      ['市工信局', 'lead'],
      ['市商务局', 'support'],
      ['高新区管委会', 'support'],
    ]);
    expect(parse('主要责任单位：市工信局  市国资委').pairs.map((p) => p[0])).toEqual(['市工信局', '市国资委']);
    expect(parse('（具体责任单位：市自然资源和规划局，各县（市、区）政府）').pairs).toEqual([['市自然资源和规划局', 'responsible']]);
    // a blank inside one name is a stray blank, not a separator
    expect(parse('（市 科技局负责）').pairs).toEqual([['市科技局', 'responsible']]);
    expect(parse('（天津市 滨海新区人民政府负责）').pairs).toEqual([['天津市滨海新区人民政府', 'responsible']]);
  });

  it('conversion damage: a lost colon, blanks between label characters, a full stop before the bracket closes', () => {
    expect(parse('（牵头单位市工信局，配合单位市财政局）').pairs).toEqual([
      ['市工信局', 'lead'],
      ['市财政局', 'support'],
    ]);
    expect(parse('（牵 头 单 位：市商务局；配 合 单 位：山西转型综改示范区管委会）').pairs).toEqual([
      ['市商务局', 'lead'],
      ['山西转型综改示范区管委会', 'support'],
    ]);
    expect(parse('（市工信局、市大数据局按职责分工负责。）').pairs).toEqual([
      ['市工信局', 'responsible'],
      ['市大数据局', 'responsible'],
    ]);
    // without a colon, a label must be followed by bodies
    expect(parse('（责任单位按职责分工负责）').pairs).toEqual([]);
    expect(parse('（责任主体企业）').pairs).toEqual([]);
  });

  it('以上条款责任部门：… is a note over the measures above it', () => {
    const t = '1.对承担重大专项的企业给予配套支持。\n2.对企业购买算力服务的给予补贴。\n以上条款责任部门：区科委\n';
    const c = findResponsibilities(t, normalize(t), 0, t.length, LEX);
    expect(c.map((x) => [t.slice(x.start, x.end), x.scope, x.mentions.map((m) => m.name)])).toEqual([['以上条款责任部门：区科委', 'preceding', ['区科委']]]);
  });

  it('a plain sentence that is only a responsibility clause, and sentences that are not', () => {
    const r = parse('（一）做强整车制造。支持整车企业导入新车型。县经信局牵头，县发改局、县商务局配合。');
    expect(r.pairs).toEqual([
      ['县经信局', 'lead'],
      ['县发改局', 'support'],
      ['县商务局', 'support'],
    ]);
    expect(r.spans).toEqual(['县经信局牵头，县发改局、县商务局配合。']);
    for (const t of ['县政府统一领导，各部门分工负责。', '各部门要按职责分工负责。', '由企业自主经营、自负盈亏、自我负责。', '本措施由市发展改革委负责解释。', '建立工作专班，由市政府分管领导牵头。']) {
      expect(parse(t).pairs, t).toEqual([]);
    }
  });

  it('"由X负责解释" and customs names: 宁波海关 is an organisation', () => {
    expect(parse('本措施由市发展改革委负责解释。').pairs).toEqual([]);
    expect(parse('（宁波海关负责）').pairs).toEqual([['宁波海关', 'responsible']]);
  });
});

describe('aliases in brackets are kept, not dropped', () => {
  it('市市场监管局（知识产权局） → the alias as written and with the level prefix', () => {
    const t = '（市市场监管局（知识产权局）负责）';
    const n = normalize(t);
    const [m] = findResponsibilities(t, n, 0, t.length, LEX).flatMap((c) => c.mentions);
    expect(m!.name).toBe('市市场监管局');
    expect(m!.surface).toBe('市市场监管局');
    expect(m!.aliases).toEqual(['知识产权局', '市知识产权局']);
  });

  it('区委网信办（区互联网信息办公室） keeps its alias as written; a note in brackets is no alias', () => {
    const t = '牵头单位：区委网信办（区互联网信息办公室）\n配合单位：区科委（含中关村科学城管委会）、区财政局';
    const n = normalize(t);
    const ms = findResponsibilities(t, n, 0, t.length, LEX).flatMap((c) => c.mentions);
    expect(ms.map((m) => [m.name, m.role, m.aliases ?? []])).toEqual([
      ['区委网信办', 'lead', ['区互联网信息办公室']],
      ['区科委', 'support', []],
      ['区财政局', 'support', []],
    ]);
  });
});

describe('assignments inside a measure\'s sentences (no bracket, no label)', () => {
  function inline(text: string) {
    const norm = normalize(text);
    const cl = findInlineAssignments(text, norm, 0, text.length, (n) => isDepartmentName(n, LEX), LEX.stems);
    for (const c of cl) for (const m of c.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    return { pairs: cl.flatMap((c) => c.mentions.map((m) => [m.name, m.role])), spans: cl.map((c) => text.slice(c.start, c.end)) };
  }

  it('由A牵头，会同B、C… → lead + support; the evidence is the sentence', () => {
    const t = '1.强化政策引导。由市工业和信息化局牵头，会同市发展改革委、市财政局制定专项支持政策，对首次突破10亿元的企业给予奖励。';
    const r = inline(t);
    expect(r.pairs).toEqual([
      ['市工业和信息化局', 'lead'],
      ['市发展改革委', 'support'],
      ['市财政局', 'support'],
    ]);
    expect(r.spans).toEqual(['由市工业和信息化局牵头，会同市发展改革委、市财政局制定专项支持政策，对首次突破10亿元的企业给予奖励。']);
  });

  it('A牵头，B、C配合，<action> / A会同B<action> at a measure start or after a comma', () => {
    expect(inline('市数据局牵头，市经信局、市网信办配合，建设公共数据开放平台。').pairs).toEqual([
      ['市数据局', 'lead'],
      ['市经信局', 'support'],
      ['市网信办', 'support'],
    ]);
    expect(inline('2.推进产教融合。市科技局会同市教育局推进产教融合创新平台建设。').pairs).toEqual([
      ['市科技局', 'lead'],
      ['市教育局', 'support'],
    ]);
    expect(inline('下一步，区科创局会同区工信局每年发布应用场景清单。').pairs).toEqual([
      ['区科创局', 'lead'],
      ['区工信局', 'support'],
    ]);
    expect(inline('由市生态环境局会同市水务局、市农业农村局负责，推进流域水环境综合整治。').pairs).toEqual([
      ['市生态环境局', 'lead'],
      ['市水务局', 'support'],
      ['市农业农村局', 'support'],
    ]);
  });

  it('负责 → responsible: 由A负责V, A、B按职责分工负责, 资金由A负责拨付; elided prefixes restored', () => {
    expect(inline('设立人工智能产业基金，由市国资委负责组建运营。').pairs).toEqual([['市国资委', 'responsible']]);
    expect(inline('在武汉、襄阳等地开展示范应用，省经信厅、交通运输厅按职责分工负责。').pairs).toEqual([
      ['省经信厅', 'responsible'],
      ['省交通运输厅', 'responsible'],
    ]);
    expect(inline('补助资金由市财政局负责拨付。').pairs).toEqual([['市财政局', 'responsible']]);
    expect(inline('建设公共服务平台，无锡高新区管委会负责平台建设运营，市发改委、市商务局按职责分工配合。').pairs).toEqual([
      ['无锡高新区管委会', 'responsible'],
      ['市发改委', 'support'],
      ['市商务局', 'support'],
    ]);
  });

  it('共同负责 / 分别负责 / 由A牵头、B配合 / vertical bodies (人民银行X分行, 人行X支行) / offices (督查室)', () => {
    expect(inline('对首次入选百强的企业给予奖励，由市工信局、市财政局共同负责。').pairs).toEqual([
      ['市工信局', 'responsible'],
      ['市财政局', 'responsible'],
    ]);
    expect(inline('市工信局、市数据局分别负责开源社区和公共数据开放平台建设。').pairs).toEqual([
      ['市工信局', 'responsible'],
      ['市数据局', 'responsible'],
    ]);
    expect(inline('由市工信局牵头、市科技局配合，每年认定一批首版次软件产品。').pairs).toEqual([
      ['市工信局', 'lead'],
      ['市科技局', 'support'],
    ]);
    expect(inline('县工信局牵头，县财政局、县税务局、人行宜阳县支行配合，落实减税降费政策。').pairs).toEqual([
      ['县工信局', 'lead'],
      ['县财政局', 'support'],
      ['县税务局', 'support'],
      ['人行宜阳县支行', 'support'],
    ]);
    expect(inline('县委督查室、县政府督查室负责对各项任务落实情况进行督查。').pairs).toEqual([
      ['县委督查室', 'responsible'],
      ['县政府督查室', 'responsible'],
    ]);
    // an item that is not a body rejects the assisting list rather than guessing
    expect(inline('县工信局牵头，县财政局、某某科技有限公司配合，落实政策。').pairs).toEqual([['县工信局', 'lead']]);
  });

  it('一是由A牵头，会同B…；二是C负责… / 其中，对…由D负责…', () => {
    expect(inline('一是由省工业和信息化厅牵头，会同省海洋局，培育龙头企业；二是省科技厅负责组织实施重大专项。').pairs).toEqual([
      ['省工业和信息化厅', 'lead'],
      ['省海洋局', 'support'],
      ['省科技厅', 'responsible'],
    ]);
    expect(inline('其中，对引进的顶尖人才由省委组织部负责落实待遇。').pairs).toEqual([['省委组织部', 'responsible']]);
  });

  it('A为牵头单位，B为配合单位', () => {
    expect(inline('支持建设科技服务综合体。区科技局为牵头单位，区财政局为配合单位。').pairs).toEqual([
      ['区科技局', 'lead'],
      ['区财政局', 'support'],
    ]);
  });

  it('A将会同B研究制定… → lead + support', () => {
    expect(inline('区文旅局将会同区商务局研究制定夜间经济扶持政策。').pairs).toEqual([
      ['区文旅局', 'lead'],
      ['区商务局', 'support'],
    ]);
  });

  it('请A牵头，会同B… / A负责本细则的组织实施 (an object with 的, not a relative clause)', () => {
    expect(inline('请省工业和信息化厅牵头，会同省发展改革委、省能源局，制定龙头企业培育计划。').pairs).toEqual([
      ['省工业和信息化厅', 'lead'],
      ['省发展改革委', 'support'],
      ['省能源局', 'support'],
    ]);
    expect(inline('第二条 区工信局负责本细则的组织实施，区财政局负责资金保障。').pairs).toEqual([
      ['区工信局', 'responsible'],
      ['区财政局', 'responsible'],
    ]);
    expect(inline('县经信局负责认定的智能工厂给予奖励。').pairs).toEqual([]);
  });

  it('an alias bracket in running text stays with its body', () => {
    const t = '区委网信办（区互联网信息办公室）牵头，区公安分局配合，开展安全检查。';
    const n = normalize(t);
    const ms = findInlineAssignments(t, n, 0, t.length, (x) => isDepartmentName(x, LEX), LEX.stems).flatMap((c) => c.mentions);
    expect(ms.map((m) => [m.name, m.role, m.aliases ?? []])).toEqual([
      ['区委网信办', 'lead', ['区互联网信息办公室']],
      ['区公安分局', 'support', []],
    ]);
  });

  it('distractors: bodies named without being assigned', () => {
    for (const t of [
      '对列入市科技局公布的高新技术企业培育库的企业，给予最高50万元奖励。',
      '经市政府同意，设立总规模100亿元的产业基金。',
      '对经县经信局认定的智能工厂给予20万元奖励。',
      '县经信局牵头编制的《数字经济发展规划》已印发实施。',
      '2023年，市科技局会同市财政局出台了《人工智能企业培育办法》。',
      '建立由省发展改革委牵头、省直有关部门参与的联席会议制度。',
      '建立市人工智能产业发展联席会议制度，由市发展改革委牵头，相关部门参加。',
      '成立工作专班，由市发展改革委牵头，统筹推进各项工作。',
      '根据区发改局统计，全区已开放应用场景200个。',
      '本措施由区工业和信息化局负责解释，自2024年7月1日起施行。',
      '具体办法由市地方金融监管局另行制定。',
      '由企业负责实施改造，对完成改造的企业给予补助。',
      '按照市工信局的统一部署，结合我区实际，制定本措施。',
      '领导小组办公室设在县经信局，负责统筹协调。',
      '鼓励企业申报工业和信息化部揭榜挂帅项目。',
      '区人社局负责人表示将扩大招聘规模。',
      '区文旅局负责同志每季度调度一次。',
      '区文旅局、区财政局联合发布的扶持办法继续施行。',
      '区统计局负责的文旅统计数据显示，全区接待游客1000万人次。',
      '积极对接市文化广电旅游体育局，争取更多项目落地。',
    ]) {
      expect(inline(t).pairs, t).toEqual([]);
    }
  });

  it('text inside brackets is left to the bracket forms', () => {
    expect(inline('推进数据开放（由市数据局牵头，市经信局配合）。').pairs).toEqual([]);
  });
});

describe('参加 (a province 分工方案\'s word for assisting bodies)', () => {
  it('labelled, verb-final and sentence forms', () => {
    expect(parse('（牵头单位：省发展改革委；参加单位：省科技厅、省财政厅）').pairs).toEqual([
      ['省发展改革委', 'lead'],
      ['省科技厅', 'support'],
      ['省财政厅', 'support'],
    ]);
    expect(parse('（省发展改革委牵头，省科技厅、省财政厅参加）').pairs).toEqual([
      ['省发展改革委', 'lead'],
      ['省科技厅', 'support'],
      ['省财政厅', 'support'],
    ]);
    expect(parse('推进项目建设。省发展改革委牵头，省科技厅参加。').pairs).toEqual([
      ['省发展改革委', 'lead'],
      ['省科技厅', 'support'],
    ]);
  });
});

describe('labels standing alone in brackets (web-page task lists)', () => {
  it('【牵头单位】A【配合单位】B、C / 【责任单位】A', () => {
    expect(parse('1、支持企业建设创新平台。【牵头单位】区科技局【配合单位】区经信局、区财政局').pairs).toEqual([
      ['区科技局', 'lead'],
      ['区经信局', 'support'],
      ['区财政局', 'support'],
    ]);
    expect(parse('2、实施揭榜挂帅项目。【责任单位】区科技局、区财政局').pairs).toEqual([
      ['区科技局', 'responsible'],
      ['区财政局', 'responsible'],
    ]);
  });

  it('another bracket on the line ends the list; an alias bracket stays with its name', () => {
    const r = parse('3、加强品牌建设。【牵头单位】区市场监管局（区知识产权局）【完成时限】2024年底');
    expect(r.pairs).toEqual([['区市场监管局', 'lead']]);
    expect(parse('【重点任务】推进园区建设').pairs).toEqual([]);
  });
});

describe('负责单位 / 负责部门 labels', () => {
  it('a line of its own and a bracket label', () => {
    expect(parse('强化企业运行监测，按月调度。负责单位：县工信局、县统计局').pairs).toEqual([
      ['县工信局', 'responsible'],
      ['县统计局', 'responsible'],
    ]);
    expect(parse('（牵头单位：县发展改革委；负责部门：县工信局）').pairs).toEqual([
      ['县发展改革委', 'lead'],
      ['县工信局', 'support'],
    ]);
    expect(parse('【负责单位】区科技局').pairs).toEqual([['区科技局', 'responsible']]);
  });
});

describe('verb-final brackets: the adverbs before 负责, and 会同', () => {
  it('按分工 / 依职责 / 根据职责分工 / 按照职能 / 各负其责 are not part of the last name', () => {
    for (const t of ['（市工信局、市科技局按分工负责）', '（市工信局、市科技局依职责负责）', '（市工信局、市科技局根据职责分工负责）', '（市工信局、市科技局按照职能负责）', '（市工信局、市科技局各负其责）']) {
      expect(parse(t).pairs, t).toEqual([
        ['市工信局', 'responsible'],
        ['市科技局', 'responsible'],
      ]);
    }
    expect(parse('（市工信局牵头，市有关部门按职能分工负责）')).toMatchObject({ pairs: [['市工信局', 'lead']], collectives: ['市有关部门'] });
  });

  it('（A会同B负责） → A lead, B support', () => {
    expect(parse('（市工信局会同市科技局、市财政局负责）').pairs).toEqual([
      ['市工信局', 'lead'],
      ['市科技局', 'support'],
      ['市财政局', 'support'],
    ]);
  });
});

describe('a verb-form note on the measures above: 上述措施由A牵头，B配合。', () => {
  it('reads the bodies (never 上述措施由A as a name) and marks the clause as covering the measures above', () => {
    const t = '上述措施由市科技创新局牵头，市财政局配合。';
    const n = normalize(t);
    const [c] = findResponsibilities(t, n, 0, t.length, LEX);
    expect(c!.scope).toBe('preceding');
    expect(c!.mentions.map((m) => [m.name, m.role])).toEqual([
      ['市科技创新局', 'lead'],
      ['市财政局', 'support'],
    ]);
    expect(parse('为加快发展，特制定本措施由市科技局牵头，市财政局配合。').pairs).toEqual([]);
  });
});

describe('bodies named at the end of a measure line without a role word', () => {
  it('（A、B） closing the measure, ——A after it → responsible', () => {
    expect(parse('1.推进产业园区建设，新入园企业20家。（市发改局、市工信局）').pairs).toEqual([
      ['市发改局', 'responsible'],
      ['市工信局', 'responsible'],
    ]);
    expect(parse('2.推动传统企业技术改造，实施改造项目50个。——市工信局').pairs).toEqual([['市工信局', 'responsible']]);
    expect(parse('2.推动传统企业技术改造。—— 市工信局、市科技局').pairs).toEqual([
      ['市工信局', 'responsible'],
      ['市科技局', 'responsible'],
    ]);
  });

  it('not an example, a place or a name in mid-sentence', () => {
    expect(parse('4.依托龙头企业建设安全培训基地。（庆泰科技）').pairs).toEqual([]);
    expect(parse('5.推动重点园区建设。（高新区、经开区）').pairs).toEqual([]);
    expect(parse('6.争取上级部门（市工信局）支持，建设示范项目。').pairs).toEqual([]);
    expect(parse('7.发展文旅融合——打造精品线路').pairs).toEqual([]);
  });
});
