import { describe, expect, it } from 'vitest';
import { normalize } from '../../server/src/ingest/read.ts';
import { findResponsibilities, isCollective, parseCell, splitList } from '../../server/src/ingest/responsibility.ts';

/** Parses every responsibility clause of a snippet; returns [name, role] pairs and collectives. */
function parse(text: string) {
  const norm = normalize(text);
  const clauses = findResponsibilities(text, norm, 0, text.length);
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
    const c = findResponsibilities(text, normalize(text), 0, text.length)[0]!;
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
    const c = parseCell(t, normalize(t), 0, t.length, 'city');
    expect(c.mentions.map((m) => m.surface)).toEqual(['市发展改革委', '滨海高新区管委会', '北辰', '南开', '武清区政府']);
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
    ]) {
      expect(isCollective(c), c).toBe(true);
    }
    for (const d of ['区科技局', '海河教育园区管委会', '市场监管局', '各', '组织人事部', '滨海新区政府', '高新区税务局']) {
      expect(isCollective(d), d).toBe(d === '各');
    }
  });
});
