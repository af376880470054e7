// Error classes found on the fifth development set (test/fixtures/truth-dev5: 东莞, 赣州, 哈尔滨, 连云港,
// 清河, 山西, 遂宁, 威海), one describe per class, on short texts written for these tests (names
// invented). Each asserts what the class forbids; truth-blind.test.ts measures the same classes on the
// whole documents.
import { describe, expect, it } from 'vitest';
import { sentenceStops } from '../../server/src/ingest/read/clean.ts';
import { industryBounds } from '../../server/src/ingest/entities/industry-bounds.ts';
import { runDoc, names, strong, all } from '../fixtures/class-doc.ts';


describe('dev5 class: half-width punctuation typed in a Chinese document', () => {
  it('a half-width "." after a Chinese character ends a sentence as 。 does; numbering, decimals and Latin text keep theirs', () => {
    const s = '编制本方案.方案期为三年.\n一.总体要求\n1.产值增长3.5倍.\n2)青峰园.重点发展X.Co.Ltd.合作...见下";\n"转型".下一句';
    const out = sentenceStops(s);
    expect(out.length).toBe(s.length);
    expect(out).toBe('编制本方案。方案期为三年。\n一.总体要求\n1.产值增长3.5倍。\n2)青峰园。重点发展X.Co.Ltd.合作...见下";\n"转型"。下一句');
  });
  it('a document typed with half-width marks splits into sentences: no park runs across a "."', async () => {
    const x = await runDoc(
      '青峰经济开发区新材料产业发展规划\n\n(一)发展基础\n开发区已形成较为完整的产业体系,但仍面临一些困难和问题.开发区包括北湖园和南湖园两个园区.青峰经济开发区重点发展碳纤维和特种陶瓷,已集聚岚峰新材料股份有限公司等碳纤维企业.\n',
    );
    expect(names(x, 'Park').filter((n) => /[.。]/.test(n) || /问题/.test(n))).toEqual([]);
    expect(names(x, 'Park')).toContain('青峰经济开发区');
    expect(strong(x, 'HOSTS')).toContain('park:青峰经济开发区 -> industry:碳纤维');
    // the full-width forms of , ; : ( ) are read as their half-width forms already (norm)
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:岚峰新材料 -> industry:碳纤维');
  });
  it('shares and misconduct in a penalty clause are no firms', async () => {
    const x = await runDoc(
      '一、保障措施\n加强资金监管，对弄虚作假、骗取补助资金、套取专项资金的企业，依法追回资金。青峰园区羊毛分梳量约占全国的40%、全球的25%，是重要的集散地。\n',
    );
    expect(names(x, 'Enterprise')).toEqual([]);
  });
});

describe('dev5 class: what opens a clause is no part of a park’s name', () => {
  it('times, verbs, demonstratives and quantifiers before 园区 leave a kind of park, no park', async () => {
    const x = await runDoc(
      '一、绿色发展\n全面推行化工园区封闭化管理，到2035年石化园区绿电使用比例达到40%以上。新建项目必须进入上述园区。各地原则上不再新设同类专业园区，推动要素向集群重点园区倾斜。\n',
    );
    expect(names(x, 'Park')).toEqual([]);
  });
  it('a verb before a proper park name is cut off, the park stays', async () => {
    const x = await runDoc('一、布局\n推动岚山化工园区重点发展精细化学品。\n');
    expect(names(x, 'Park')).toEqual(['岚山化工园区']);
  });
  it('a spatial-layout slogan counts parts, it names none; a hub goal is no park', async () => {
    const x = await runDoc(
      '一、空间布局\n按照“一基地三园区”总体布局，推动产业集约发展。石化产业是建设区域性国际枢纽港城市的重要支撑，加快建设国际性综合枢纽港。\n',
    );
    expect(names(x, 'Park')).toEqual([]);
  });
});

describe('dev5 class: verbs, evaluations and scope words glued onto industries', () => {
  it('industryBounds cuts growth verbs, local scope, routes and counts, and drops evaluations, entered markets and plan words', () => {
    const cut = (s: string) => {
      const b = industryBounds(s);
      return b === 'drop' ? b : s.slice(b.from, b.to);
    };
    expect(cut('做优乙烯下游')).toBe('乙烯下游');
    expect(cut('着力补齐医学影像设备')).toBe('医学影像设备');
    expect(cut('本地正极材料')).toBe('正极材料');
    expect(cut('氢能技术路线')).toBe('氢能');
    expect(cut('整车制造两个环节')).toBe('整车制造');
    expect(cut('高性能纤维')).toBe('高性能纤维');
    expect(cut('培育钻石')).toBe('培育钻石');
    for (const s of ['高端产品占比不高', '精细化学品配套不足', '产品进入新能源汽车', '下游三个层级', '方向', '头部电池']) expect(cut(s)).toBe('drop');
  });
  it('in a document: a heading’s growth verb, a count of parts, a route and a producing stage are cut off', async () => {
    const x = await runDoc(
      '青峰市氢能产业发展规划\n\n一、发展基础\n我市氢能产业存在下游高端产品占比不高、储运装备配套不足等短板。氢能产业链包括制氢装备和燃料电池系统两个环节。\n' +
        '二、重点方向\n(一)上游：做强制氢装备\n支持岚峰能源等制氢装备生产企业扩大产能。前瞻布局固态储氢、有机液体储氢等氢储运技术路线，提高本地燃料电池系统配套率。推动产品进入轨道交通、船舶等领域。\n',
    );
    const inds = names(x, 'Industry');
    expect(inds.filter((n) => /^(做强|做优|本地)|两个|技术路线|生产$|占比|不足|进入/.test(n))).toEqual([]);
    expect(inds).toContain('制氢装备');
    expect(inds).toContain('燃料电池系统');
    expect(strong(x, 'IN_INDUSTRY')).toContain('enterprise:岚峰能源 -> industry:制氢装备');
    expect(all(x, 'PART_OF').filter((e) => /轨道交通|船舶/.test(e))).toEqual([]);
  });
});

describe('dev5 class: organisation names cut short or run on', () => {
  it('a university campus written with its city in brackets is one name; the bracket is no alias', async () => {
    const x = await runDoc('四、创新平台\n以青川理工大学（岚山）、东岳大学（北湖校区）为创新源头，服务智能传感器和工业软件，推动校企共建联合实验室。\n');
    expect(names(x, 'Lab')).toEqual(['东岳大学(北湖校区)', '青川理工大学(岚山)']);
  });
  it('a short name defined in brackets after a university stays an alias, not a campus', async () => {
    const x = await runDoc('四、创新平台\n支持青川理工大学（简称青理工）建设智能传感器研究院。\n');
    expect(names(x, 'Lab')).toContain('青川理工大学');
  });
  it('a group the lexicon knows followed by its institute’s number names the institute, a lab', async () => {
    const x = await runDoc('四、创新平台\n以青川大学、中国电科十三所为创新源头，服务碳化硅和氮化镓，开展外延生长技术攻关。\n');
    expect(names(x, 'Lab')).toEqual(['中国电科十三所', '青川大学']);
    expect(names(x, 'Enterprise')).toEqual([]);
  });
  it('after a typed list’s kind word and 和, the next list’s first firm is whole (not cut by the segmenter)', async () => {
    const x = await runDoc('一、发展基础\n青峰园区已集聚岚峰锂业、北岸锂能等锂盐企业和富临精工、新锂想等正极材料企业30余家。\n');
    expect(names(x, 'Enterprise')).toEqual(['北岸锂能', '富临精工', '岚峰锂业', '新锂想']);
  });
  it('招引 opens the names it is followed by; planning phrases are no firms', async () => {
    const x = await runDoc('二、招商方向\n重点招引宁德时代、远景动力等头部电池企业来青布局储能电池项目。各县要依托现有开发区统筹布局。\n');
    expect(names(x, 'Enterprise')).toEqual(['宁德时代', '远景动力']);
    expect(names(x, 'Industry').filter((n) => /头部/.test(n))).toEqual([]);
  });
});

describe('dev5 class: what the source labs serve', () => {
  it('以L1、L2为创新源头，服务X和Y: each source lab innovates for X and for Y, with no activity word needed', async () => {
    const x = await runDoc('四、创新平台\n以青川理工大学、岚山新材料研究院为创新源头，服务碳纤维和特种陶瓷，推动成果就地转化。\n');
    expect(strong(x, 'INNOVATES_FOR')).toEqual([
      'lab:岚山新材料研究院 -> industry:特种陶瓷',
      'lab:岚山新材料研究院 -> industry:碳纤维',
      'lab:青川理工大学 -> industry:特种陶瓷',
      'lab:青川理工大学 -> industry:碳纤维',
    ]);
  });
  it('服务 without source labs before it is no research object', async () => {
    const x = await runDoc('四、服务保障\n支持青峰园区建设公共服务平台，服务碳纤维和特种陶瓷。\n');
    expect(strong(x, 'INNOVATES_FOR')).toEqual([]);
  });
});

describe('dev5 class: labelled field blocks under a segment heading (招商地图)', () => {
  const MAP =
    '青川市氢能产业链招商地图\n\n一、产业链全景\n青川氢能产业已形成较完整的链条。\n\n二、分环节招商图谱\n' +
    '（一）电解槽\n重点企业：岚峰氢能、北岸动力\n承载园区：青川经济技术开发区、岚山化工园区\n招引方向：碱性电解槽、质子交换膜电解槽\n创新平台：青川氢能研究院\n说明：重点招引大标方电解槽项目。\n' +
    '（二）储氢瓶\n重点企业：东岳储能\n承载园区：北湖高新技术产业开发区\n说明：支持东岳储能扩大产能。\n';
  it('firms are IN_INDUSTRY the heading’s segment, parks HOST it, 招引方向 items are PART_OF it, platforms INNOVATE_FOR it', async () => {
    const x = await runDoc(MAP);
    const ii = strong(x, 'IN_INDUSTRY');
    for (const e of ['enterprise:岚峰氢能 -> industry:电解槽', 'enterprise:北岸动力 -> industry:电解槽', 'enterprise:东岳储能 -> industry:储氢瓶']) expect(ii).toContain(e);
    const hosts = strong(x, 'HOSTS');
    for (const e of ['park:青川经济技术开发区 -> industry:电解槽', 'park:岚山化工园区 -> industry:电解槽', 'park:北湖高新技术产业开发区 -> industry:储氢瓶']) expect(hosts).toContain(e);
    const parts = strong(x, 'PART_OF');
    expect(parts).toContain('industry:碱性电解槽 -> industry:电解槽');
    expect(parts).toContain('industry:质子交换膜电解槽 -> industry:电解槽');
    expect(strong(x, 'INNOVATES_FOR')).toContain('lab:青川氢能研究院 -> industry:电解槽');
    // nothing crosses blocks
    expect(ii).not.toContain('enterprise:东岳储能 -> industry:电解槽');
    expect(hosts).not.toContain('park:北湖高新技术产业开发区 -> industry:电解槽');
    for (const e of x.edges.filter((e) => e.target === 'industry:电解槽')) expect(e.evidence[0]!.text).not.toMatch(/储氢瓶|东岳/);
  });
  it('one labelled line alone, or a heading that is a task rather than a segment, makes no block', async () => {
    const x = await runDoc(
      '青川市氢能产业发展方案\n\n一、重点任务\n（一）加快培育市场主体\n重点企业：岚峰氢能、北岸动力\n承载园区：青川经济技术开发区\n（二）电解槽\n重点企业：东岳储能\n',
    );
    expect(strong(x, 'IN_INDUSTRY').filter((e) => /加快|培育|市场主体/.test(e))).toEqual([]);
    expect(strong(x, 'IN_INDUSTRY')).not.toContain('enterprise:东岳储能 -> industry:电解槽');
  });
});

describe('dev5 class: a heading that names two segments', () => {
  it('an item under （二）中游：A与B that shares no word or character with either is only listed (weak) under the first, not a stated part', async () => {
    const x = await runDoc(
      '青川市化工产业发展规划\n\n三、重点方向\n（二）中游：甲醇与合成氨\n依托岚峰化工重点发展醋酸纤维、乙二醇和聚氨酯。\n',
    );
    // (under neither level strongly; it is a part of the document's own industry, both levels' whole — rel7)
    expect(strong(x, 'PART_OF').filter((e) => /醋酸纤维/.test(e))).toEqual(['industry:醋酸纤维 -> industry:化工']);
    // (still there for who asks for weak edges, as listed)
    expect(x.edges.filter((e) => e.type === 'PART_OF' && /醋酸纤维/.test(e.source) && e.target !== 'industry:化工').map((e) => e.properties.basis)).toEqual(['listed']);
    // an item that shares a character with only one of them goes with that one (聚氨酯 → 合成氨)
    expect(strong(x, 'PART_OF')).toContain('industry:聚氨酯 -> industry:合成氨');
    expect(strong(x, 'PART_OF')).not.toContain('industry:聚氨酯 -> industry:甲醇');
  });
});

describe('dev5 class: parts of a zone counted by a place word', () => {
  it('Z包括A、B和C三个园区: items ending in 园 are parks when the count types them; no count, no parks', async () => {
    const x = await runDoc('二、空间布局\n青峰经济开发区包括碳纤维园、陶瓷园和装备园三个园区。\n');
    expect(names(x, 'Park')).toEqual(['碳纤维园', '装备园', '陶瓷园', '青峰经济开发区'].sort());
    const y = await runDoc('二、空间布局\n推动碳纤维园、陶瓷园和装备园建设。\n');
    expect(names(y, 'Park')).toEqual([]);
  });
});
