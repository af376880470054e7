// The name checks of the entity stage grow with the document, not with its square (issue 15: a small hostile file must
// never take the server down). Work is counted, never timed: for the entity table's checks, every entity a check asks
// "named so far?" (the question each of them puts to every entity it compares a new name with), the same count on the
// code before and after; for the names remembered from earlier sentences, the names doc-names reads at a position of a
// text (docNameWork). Each document at n and 2n lines: the work may double, about, not quadruple.
import { afterEach, describe, expect, it } from 'vitest';
import { docNameWork } from '../../server/src/ingest/entities/doc-names.ts';
import { EntityTable } from '../../server/src/ingest/entities/table.ts';
import { runDoc } from '../fixtures/class-doc.ts';
import { seedsContext } from '../fixtures/ingest-context.ts';

const C = '东南西北中青山河湖海金银铜铁石松柏桃李梅兰竹菊星月华光明德信达安泰恒远';
/** The i-th of a set of distinct names of two or three characters. */
const stem = (i: number) => C[i % C.length]! + C[Math.floor(i / C.length) % C.length]! + (i >= C.length * C.length ? C[Math.floor(i / C.length / C.length) % C.length]! : '');
const firm = (i: number) => `${stem(i)}${['科技', '材料', '电子', '装备'][i % 4]}`;
const industry = (i: number) => `${stem(i)}${['新材料', '智能装备', '电子信息', '生物医药'][i % 4]}`;
const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

/** n firms opened by a city (株洲), then each named by its name without the city (firmShortFor). */
const shortFirms = (n: number) =>
  `某市产业发展规划\n\n三、重点企业\n${lines(n, (i) => `支持株洲${firm(i)}股份有限公司发展数控刀具。`)}\n四、重点项目\n${lines(n, (i) => `依托${firm(i)}、${firm((i + 1) % n)}等企业，发展数控刀片。`)}\n`;
/** n zones in full form, then each in its short form (zoneFormOf). */
const zoneForms = (n: number) =>
  `某市产业园区发展规划\n\n三、园区布局\n${lines(n, (i) => `${stem(i)}${i % 2 ? '经济技术开发区' : '高新技术产业开发区'}重点发展新材料。`)}\n四、园区提升\n${lines(n, (i) => `${stem(i)}${i % 2 ? '经开区' : '高新区'}重点发展电子信息。`)}\n`;
/** n numbered items, each a firm and an industry (the names doc-names remembers). */
const items = (n: number) => `某市产业发展规划\n\n三、重点任务\n${lines(n, (i) => `${i + 1}．支持${firm(i)}股份有限公司发展${industry(i)}。`)}\n`;
/**
 * n long numbered items, each an industry (industriesNamedIn: a sentence of more characters than the document has
 * industries was looked for every industry in it).
 */
const longItems = (n: number) =>
  `某市产业发展规划\n\n三、重点任务\n${lines(n, (i) => `${i + 1}．加快发展${industry(i)}，${'完善配套设施，优化营商环境，强化要素保障，'.repeat(4)}推动项目落地。`)}\n`;

const lab = (i: number) => `${stem(i)}${['先进材料', '智能装备', '电子信息', '生物医药'][i % 4]}工程技术研究中心`;
/** n labs named whole, then each again with a character the conversion lost (研究□心 after 研究中心). */
const lostLabs = (n: number, more = '') =>
  `某市产业发展规划\n\n三、创新平台\n${lines(n, (i) => `支持${lab(i)}建设。`)}\n四、协同攻关\n${lines(n, (i) => `依托${lab(i).replace(/中心$/, '\u25a1心')}开展攻关。`)}\n${more}`;

const proto = EntityTable.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
const saved = new Map<string, (...a: unknown[]) => unknown>();
afterEach(() => {
  for (const [k, f] of saved) proto[k] = f;
  saved.clear();
});

/** A document through the real pipeline: how many entities `check` asked about, and the document's nodes. */
async function work(check: string, text: string) {
  for (const k of [check, 'namedSoFar']) {
    expect(typeof proto[k], `EntityTable.${k}`).toBe('function');
    if (!saved.has(k)) saved.set(k, proto[k]!);
  }
  const [run, asked] = [saved.get(check)!, saved.get('namedSoFar')!];
  let depth = 0;
  let count = 0;
  proto[check] = function (this: unknown, ...a: unknown[]) {
    depth++;
    try {
      return run.apply(this, a);
    } finally {
      depth--;
    }
  };
  proto.namedSoFar = function (this: unknown, ...a: unknown[]) {
    if (depth) count++;
    return asked.apply(this, a);
  };
  try {
    const x = await runDoc(text);
    return { count, nodes: x.nodes.map((n) => `${n.label}:${n.name}`) };
  } finally {
    proto[check] = run;
    proto.namedSoFar = asked;
  }
}

describe('the entity table compares a new name only with the names it could be another form of (entities/table.ts)', () => {
  it('firmShortFor: a firm named without its city (钻石切削 after 株洲钻石切削刀具股份有限公司)', async () => {
    const [small, large] = [await work('firmShortFor', shortFirms(150)), await work('firmShortFor', shortFirms(300))];
    // every short name is the firm named with its city: one firm per name, and no other node but the two industries
    expect(small.nodes.filter((n) => n.startsWith('Enterprise:')).length).toBe(150);
    expect(large.nodes.filter((n) => n.startsWith('Enterprise:')).length).toBe(300);
    expect(large.nodes).toContain('Enterprise:株洲东东科技');
    expect(small.count).toBeGreaterThan(0);
    // (old code: every firm named before, for each short name — 4× per doubling)
    expect(large.count / small.count).toBeLessThanOrEqual(2.2);
  });

  it('zoneFormOf: a zone in its short form after its full form (东东高新区 after 东东高新技术产业开发区)', async () => {
    // (120 and 240: the 255th zone, 海河…, is read as a place and no park at all)
    const [small, large] = [await work('zoneFormOf', zoneForms(120)), await work('zoneFormOf', zoneForms(240))];
    expect(small.nodes.filter((n) => n.startsWith('Park:')).length).toBe(120);
    expect(large.nodes.filter((n) => n.startsWith('Park:')).length).toBe(240);
    expect(large.nodes).toContain('Park:南东经济技术开发区');
    expect(small.count).toBeGreaterThan(0);
    expect(large.count / small.count).toBeLessThanOrEqual(2.2);
  });

  it('industriesNamedIn: the industries a long sentence names, in a document naming one industry per item', async () => {
    const [small, large] = [await work('industriesNamedIn', longItems(150)), await work('industriesNamedIn', longItems(300))];
    expect(large.nodes).toContain('Industry:东东新材料');
    expect(small.count).toBeGreaterThan(0);
    expect(large.count / small.count).toBeLessThanOrEqual(2.2);
  });
});

describe('the names remembered from earlier sentences are read off each text once (entities/doc-names.ts)', () => {
  it('grows with the document, one firm remembered per item', async () => {
    const steps = async (n: number) => {
      docNameWork.steps = 0;
      const x = await runDoc(items(n));
      return { steps: docNameWork.steps, firms: x.nodes.filter((e) => e.label === 'Enterprise').length };
    };
    const [small, large] = [await steps(150), await steps(300)];
    expect([small.firms, large.firms]).toEqual([150, 300]);
    expect(small.steps).toBeGreaterThan(0);
    // (old code: every remembered name looked for in every sentence — 4× per doubling)
    expect(large.steps / small.steps).toBeLessThanOrEqual(2.2);
  });
});

describe('a name written with a lost character is found from the trie too (entities/doc-names.ts lostCharacterNames)', () => {
  it('grows with the document, and reads each lab with a lost character as the lab named whole', async () => {
    const run = async (n: number, more = '') => {
      docNameWork.steps = 0;
      const x = await runDoc(lostLabs(n, more));
      return { steps: docNameWork.steps, labs: x.nodes.filter((e) => e.label === 'Lab').map((e) => e.name) };
    };
    const [small, large] = [await run(150), await run(300)];
    expect([small.labs.length, large.labs.length]).toEqual([150, 300]);
    expect(large.labs.filter((x) => x.includes('\u25a1'))).toEqual([]);
    expect(large.steps / small.steps).toBeLessThanOrEqual(2.2);
    // (the answer of the code before the trie, fd038f7: the lost character anywhere but the first, the name whole
    // before or after)
    const last = '五、其他\n国家糖工程技术研究□心和国家糖工程技术研究中心、东东先进材料工程技□研究中心、南□智能装备工程技术研究中心合作。\n';
    expect((await run(8, last)).labs.sort()).toEqual([
      '东东先进材料工程技术研究中心',
      '中东先进材料工程技术研究中心',
      '北东生物医药工程技术研究中心',
      '南东智能装备工程技术研究中心',
      '国家糖工程技术研究中心',
      '山东电子信息工程技术研究中心',
      '河东生物医药工程技术研究中心',
      '西东电子信息工程技术研究中心',
      '青东智能装备工程技术研究中心',
    ]);
  });
});

describe('the same names as before the indexes, on a document whose names nest and overlap', () => {
  const doc = `某市集成电路产业发展规划

一、发展基础
华芯微电子股份有限公司、锡创半导体制造有限公司是本市集成电路龙头企业。株洲钻石切削刀具股份有限公司、富奥汽车零部件股份有限公司为代表的零部件企业加快发展。长春汽车经济技术开发区（以下简称汽开区）和威海火炬高技术产业开发区、济南量子谷集聚了一批企业。
二、重点任务
（一）做强集成电路。支持华芯微电子重点发展功率器件和碳化硅功率器件，华芯微电子材料项目加快建设。锡创半导体布局晶圆制造。依托钻石切削、富奥股份等企业，发展数控刀具。
（二）建设园区。汽开区重点发展汽车零部件，威海高新区重点发展新一代信息技术，量子谷重点发展量子信息。赣州经开区重点发展新材料，赣州经济技术开发区建设赛达新材料产业园。
`;
  it('reads each short form as the name it stands for (firm, stock name, zone, city-less park, defined short name)', async () => {
    const x = await runDoc(doc);
    // (the answer of the code before the name indexes, fd038f7)
    expect(x.nodes.map((n) => `${n.label}:${n.name}`).sort()).toEqual([
      'Enterprise:华芯微电子',
      'Enterprise:富奥汽车零部件',
      'Enterprise:株洲钻石切削刀具',
      'Enterprise:锡创半导体制造',
      'Industry:功率器件',
      'Industry:数控刀具',
      'Industry:新一代信息技术',
      'Industry:新材料',
      'Industry:晶圆制造',
      'Industry:汽车零部件',
      'Industry:碳化硅功率器件',
      'Industry:量子信息',
      'Industry:集成电路',
      'Park:威海高新区',
      'Park:济南量子谷',
      'Park:赛达新材料产业园',
      'Park:赣州经开区',
      'Park:长春汽车经济技术开发区',
    ]);
    const edges = x.edges.map((e) => `${e.type} ${e.source} -> ${e.target}`);
    for (const e of [
      'HOSTS park:威海高新区 -> industry:新一代信息技术',
      'HOSTS park:济南量子谷 -> industry:量子信息',
      'HOSTS park:长春汽车经济技术开发区 -> industry:汽车零部件',
      'HOSTS park:赣州经开区 -> industry:新材料',
      'HOSTS park:赛达新材料产业园 -> industry:新材料',
      'IN_INDUSTRY enterprise:华芯微电子 -> industry:功率器件',
      'IN_INDUSTRY enterprise:锡创半导体制造 -> industry:晶圆制造',
      'IN_INDUSTRY enterprise:株洲钻石切削刀具 -> industry:数控刀具',
      'IN_INDUSTRY enterprise:富奥汽车零部件 -> industry:数控刀具',
    ])
      expect(edges).toContain(e);
  });
});

describe('parksWrittenIn: the parks a text writes, from a walk of the parks\' names (for relations/park-mentions.ts)', () => {
  it('is what every park looked for in the text gives, in the order created, nested names included', () => {
    const table = new EntityTable(seedsContext.index);
    const parks = ['三亚崖州湾科技城', '崖州湾科技城', '威海火炬高技术产业开发区', '威海高新区', '科技城', '东营港经济开发区', '临港产业园'];
    for (const p of parks) table.org(p, 'Park', 'park');
    const text = '三亚崖州湾科技城和威海高新区、东营港经济开发区重点发展新材料，崖州湾科技城再次出现。';
    const scan = table.ofKind('Park').filter((e) => text.includes(e.name));
    // (崖州湾科技城 and 威海高新区 are forms of the parks before them; 科技城 is written inside 三亚崖州湾科技城)
    expect(scan.map((e) => e.name)).toEqual(['三亚崖州湾科技城', '科技城', '东营港经济开发区']);
    expect(table.parksWrittenIn(text)).toEqual(scan);
    expect(table.parksWrittenIn('没有园区的句子')).toEqual([]);
  });
});
