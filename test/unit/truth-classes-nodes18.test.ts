// Node classes of issue 12, second pass (branch nodes18), read from blind15 and blind16 and counted across the
// development sets; short texts of the genre written for these tests (names invented, not in the lexicon). Each
// asserts what the class forbids as well as what it gives.
import { describe, expect, it } from 'vitest';
import { runDoc, names, strong } from '../fixtures/class-doc.ts';

describe('the document’s own zone written in full in a 是-clause (blind16 r06; blind9 r04 writes 开发区是国家级经济技术开发区)', () => {
  it('P是国家级高新技术产业开发区 leaves P, one node with the title’s zone', async () => {
    const x = await runDoc('青峰高新技术产业开发区产业发展规划\n一、发展基础\n青峰高新区是国家级高新技术产业开发区，已形成化工新材料和医药中间体两大主导产业。');
    expect(names(x, 'Park')).toEqual(['青峰高新技术产业开发区']);
    expect(x.nodes.filter((n) => /是/.test(n.name))).toEqual([]);
  });
  it('a bare 高新区 counts the document’s 高新技术产业开发区 as one: beside a second 高新区 it names neither', async () => {
    const x = await runDoc(
      '青峰高新技术产业开发区发展规划\n\n一、基础\n青峰高新区是国家级高新技术产业开发区。\n二、布局\n白塔高新区重点发展软件服务，澄帆科技、岚岳信息均位于高新区。\n',
    );
    expect(strong(x, 'LOCATED_IN').filter((e) => /澄帆科技|岚岳信息/.test(e))).toEqual([]);
    // (with one 高新区 only, the bare word is that zone)
    const y = await runDoc('某市产业规划\n\n一、布局\n白塔高新区重点发展软件服务，澄帆科技、岚岳信息均位于高新区。\n');
    expect(strong(y, 'LOCATED_IN')).toContain('enterprise:澄帆科技 -> park:白塔高新区');
  });
});

describe('two carriers joined by 和 are no one park (blind15 r01 依托黄骅港和沧州渤海新区, r06 东区、西区和北戴河新区…组成)', () => {
  it('a port and a zone: the zone, no joined name', async () => {
    const x = await runDoc('某市绿色化工产业规划\n一、总体思路\n依托白沙港和青峰新区，推动绿色化工、高端装备两大产业向重点园区集中。');
    expect(x.nodes.filter((n) => n.label === 'Park' && /和/.test(n.name))).toEqual([]);
    expect(names(x, 'Park')).toContain('青峰新区');
  });
  it('a quarter and a zone listed as a park’s parts: each its own park', async () => {
    const x = await runDoc('某经济技术开发区产业发展规划\n一、空间布局\n开发区实行“一区三园”管理体制，由东区、西区和青峰新区临港产业园组成。西区重点发展高端装备制造。');
    expect(x.nodes.filter((n) => n.label === 'Park' && /和/.test(n.name))).toEqual([]);
    expect(names(x, 'Park')).toContain('西区');
    expect(names(x, 'Park')).toContain('青峰新区');
  });
  it('a partner joined by 与 (由A与P合作共建) gives no park P', async () => {
    const x = await runDoc('某市光伏产业推介\n一、重点园区\n白塔高新技术产业开发区：由白塔与青峰工业园区合作共建，重点发展储能电芯。');
    expect(names(x, 'Park').filter((n) => /^青峰工业园区$/.test(n))).toEqual([]);
  });
});

describe('等地 closes a list of places (blind16 r01; 等地 lists in 13 documents of 10 sets)', () => {
  it('引导A、B等地X企业向P转移: A and B are places, no firms; 地X is no industry', async () => {
    const x = await runDoc('某市先进制造业发展规划\n一、招商\n引导温州、常州等地电动工具企业向本区转移。');
    expect(names(x, 'Enterprise')).toEqual([]);
    expect(names(x, 'Industry').filter((n) => /^地/.test(n))).toEqual([]);
  });
  it('等地面设备 is no list of places: 地面设备 stays a product', async () => {
    const x = await runDoc('某市卫星互联网行动方案\n一、重点方向\n发展卫星通信、导航等地面设备。');
    expect(names(x, 'Industry')).toContain('地面设备');
  });
});

describe('a region across provinces opens a strategy, no park (blind15 r01 京津冀临港产业协作示范区, r02 成渝地区双城经济圈)', () => {
  it('建设京津冀X示范区 / 在成渝地区双城经济圈内建立清单 give no park; the document’s own park stays', async () => {
    const x = await runDoc('某市数控机床若干措施\n第三条　深化协作。支持青峰智能装备产业园发展数控机床整机，在成渝地区双城经济圈内建立机床产业协作配套清单，建设京津冀临港产业协作示范区。');
    expect(names(x, 'Park')).toEqual(['青峰智能装备产业园']);
  });
});

describe('a firm written with its place bracket and without it is one firm (blind15 r05 贝特瑞（鸡西）新材料)', () => {
  it('A（P）B in prose and a 重点企业 line read without the bracket: one Enterprise, the bracketed name', async () => {
    const x = await runDoc('某市石墨产业链实施方案\n一、链长制\n链主企业为澄瑞（青峰）新材料和中国五矿石墨集团。\n二、产业链\n下游：石墨终端产品。重点企业：澄瑞（青峰）新材料、黑龙江普莱德新材料、鸡西哈工石墨烯科技（石墨烯）。');
    expect(names(x, 'Enterprise').filter((n) => /澄瑞/.test(n))).toEqual(['澄瑞(青峰)新材料']);
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:澄瑞(青峰)新材料 -> industry:石墨终端产品');
  });
});

describe('a trade word after a place bracket inside a firm’s name is no industry (blind15 r05 支持贝特瑞（鸡西）新材料扩大…)', () => {
  it('支持A（P）新材料扩大X: 新材料 is no industry node, X stays', async () => {
    const x = await runDoc('某市石墨产业链实施方案\n一、重点任务\n1．做强链主企业。支持澄瑞（鸡西）新材料扩大人造石墨负极产能。');
    expect(names(x, 'Industry')).toEqual(['人造石墨负极']);
  });
  it('a bracket of a firm’s line of business (A（石墨烯）) is read as before', async () => {
    const x = await runDoc('某市石墨产业链实施方案\n一、产业链\n下游：石墨终端产品。重点企业：鸡西哈工石墨烯科技（石墨烯）、黑龙江普莱德新材料（负极材料）。');
    expect(names(x, 'Industry')).toContain('负极材料');
  });
});

describe('a campus written without brackets (…大学P校区, blind12 r08, blind13 r02, blind15 r08; …大学P分校, blind15 r06)', () => {
  it('X大学P分校 is one Lab, not the university plus a 分校', async () => {
    const x = await runDoc('某经济技术开发区产业发展规划\n一、创新平台\n以燕山大学、东岭大学秦皇岛分校为创新源头，服务汽车零部件和高端装备制造。');
    expect(names(x, 'Lab')).toEqual(['东岭大学秦皇岛分校', '燕山大学']);
  });
});
