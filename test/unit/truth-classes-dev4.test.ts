// Error classes found on the fourth blind set (test/fixtures/truth-dev4: parks, zones and firms), one
// describe per class, on short texts written for these tests (names invented). Each asserts what the
// class forbids; the fixture (truth-blind.test.ts) measures the same classes on whole documents.
import { describe, expect, it } from 'vitest';
import { runDoc, names, strong } from '../fixtures/class-doc.ts';


describe('dev4 class: names and their short forms', () => {
  it('a short name defined in brackets (（以下简称X）) is an alias, not a name of its own, and later uses resolve to it', async () => {
    const x = await runDoc(
      '一、空间布局\n“两区”为云溪新区和云溪经济技术开发区（以下简称云溪经开区），云溪新区重点发展储能电池，云溪经开区重点发展智能传感器。\n' +
        '二、主体培育\n以瑞澜新材料科技有限公司（简称“瑞澜新材”）为链主企业。支持瑞澜新材在云溪经开区建设研发中心。\n',
    );
    expect(names(x, 'Park')).toEqual(['云溪新区', '云溪经济技术开发区']);
    expect(names(x, 'Enterprise')).toEqual(["瑞澜新材料科技"]);
    expect(x.nodes.find((n) => n.name === '云溪经济技术开发区')?.aliases).toContain('云溪经开区');
    // two zones joined by 和 are siblings, neither inside the other
    expect(strong(x, 'LOCATED_IN')).toEqual([]);
    expect(strong(x, 'HOSTS')).toContain('park:云溪经济技术开发区 -> industry:智能传感器');
  });
  it('P即Q names one place twice: Q is an alias of P and places what is gathered in it', async () => {
    const x = await runDoc('一、布局\n其中，青峰高新区包括南湖片区和北湖片区两个片区，南湖片区即青峰国家生物产业基地，重点发展疫苗。\n二、主体\n青峰国家生物产业基地已集聚瑞澜生物技术股份有限公司等疫苗企业。\n');
    expect(names(x, 'Park').filter((n) => /基地/.test(n))).toEqual([]);
    expect(x.nodes.find((n) => n.name === '南湖片区')?.aliases).toContain('青峰国家生物产业基地');
    expect(strong(x, 'LOCATED_IN')).toEqual(['enterprise:瑞澜生物技术 -> park:南湖片区']);
  });
  it('a typed list’s kind word ends before 和: the next type’s first firm starts after it', async () => {
    const x = await runDoc('二、主体培育\n依托岚山汽车、岚山客车等整车企业和青禾汽车部件股份有限公司、远帆电装等零部件企业，建立整零协同机制。\n');
    expect(names(x, 'Enterprise')).toEqual(['岚山客车', '岚山汽车', '远帆电装', '青禾汽车部件']);
  });
  it('ordinals, branches and zone suffixes stay inside names', async () => {
    const x = await runDoc(
      '一、主体\n华北第二重型机械集团有限公司、青川能源集团北屯煤化分公司已在北屯临港经济技术开发区投产。\n',
    );
    expect(names(x, 'Enterprise')).toEqual(['华北第二重型机械集团', '青川能源集团北屯煤化分公司']);
    expect(names(x, 'Park')).toEqual(['北屯临港经济技术开发区']);
  });
  it('amounts closed by a kind word (突破100亿元、500亿元的企业) are no firms', async () => {
    const x = await runDoc('一、企业培育\n对营业收入首次突破100亿元、500亿元、1000亿元的企业，分别给予500万元、1000万元奖励。\n');
    expect(names(x, 'Enterprise')).toEqual([]);
  });
});

describe('dev4 class: places that are not the document’s parks', () => {
  it('the partner after 与 in a cross-area cooperation is elsewhere; the subject before 与 is ours', async () => {
    const x = await runDoc(
      '一、开放合作\n支持青峰装备产业园与苏州相城智能制造产业园开展飞地合作，共建配套基地。与遂宁高新区开展飞地合作。推动云溪经开区与越南海防工业区开展产能合作。推动北屯化工园区与锦州西海工业区开展产业链协作。\n',
    );
    expect(names(x, 'Park')).toEqual(['云溪经开区', '北屯化工园区', '青峰装备产业园']);
  });
  it('a partner written with its city (与大连X园区开展产业链协作) is elsewhere too', async () => {
    const x = await runDoc('一、开放合作\n推动北屯化工园区与锦州西海化工园区开展产业链协作，引进下游精细化工企业。\n');
    expect(names(x, 'Park')).toEqual(['北屯化工园区']);
  });
  it('a title the zone holds (已获批国家级绿色工业园区) and a field word with 园区 (化工园区) are no parks', async () => {
    const x = await runDoc('一、园区建设\n云溪经开区已获批国家级绿色工业园区，积极争创国家先进制造业集群。加强化工园区安全风险分级管控，完善园区封闭化管理。\n');
    expect(names(x, 'Park').filter((n) => /绿色|化工园区/.test(n))).toEqual([]);
  });
  it('a region-scale cluster the text sets as a goal (打造东北地区X集聚区) is no place', async () => {
    const x = await runDoc('一、布局\n在云溪经开区建设智能传感器产业园，打造西南地区智能传感器集聚区。\n');
    expect(names(x, 'Park')).toEqual(['云溪经开区', '智能传感器产业园']);
    expect(strong(x, 'LOCATED_IN')).toEqual(['park:智能传感器产业园 -> park:云溪经开区']);
  });
  it('工业园区 is the whole suffix; a level word with it (县级工业园区) names no park', async () => {
    const x = await runDoc('一、布局\n“三园”为青峰工业园区、北屯工业园区和屏岭产业园。“多点”包括东乡、西乡等县级工业园区，重点承接配套环节。\n');
    expect(names(x, 'Park')).toEqual(['北屯工业园区', '屏岭产业园', '青峰工业园区']);
  });
});

describe('dev4 class: spatial layouts (一核两翼多园)', () => {
  const layout =
    '一、空间布局\n构建“一核两区多园”格局。“一核”为青峰高新区，是全市的核心承载区，重点发展储能电池和电池管理系统；“两区”为云溪新区和北屯经济技术开发区（以下简称北屯经开区），云溪新区重点发展氢燃料电池，北屯经开区聚焦车载雷达和线控底盘；“多园”包括东乡汽车配件产业园、西乡零部件产业园等，重点承接座椅总成和车灯配套。其中，青峰高新区包括南湖片区和北湖片区两个片区，南湖片区聚焦固态电池，北湖片区重点发展钠离子电池。\n' +
    '规划在云溪新区建设电池回收产业园，重点发展梯次利用和再生利用。\n';
  it('each park hosts what its own clause names (planned), never another clause’s', async () => {
    const x = await runDoc(layout);
    const hosts = strong(x, 'HOSTS');
    expect(hosts).toEqual(
      expect.arrayContaining([
        'park:青峰高新区 -> industry:储能电池',
        'park:青峰高新区 -> industry:电池管理系统',
        'park:云溪新区 -> industry:氢燃料电池',
        'park:北屯经济技术开发区 -> industry:车载雷达',
        'park:北屯经济技术开发区 -> industry:线控底盘',
        'park:东乡汽车配件产业园 -> industry:座椅总成',
        'park:西乡零部件产业园 -> industry:车灯',
        'park:南湖片区 -> industry:固态电池',
        'park:北湖片区 -> industry:钠离子电池',
        'park:电池回收产业园 -> industry:梯次利用',
      ]),
    );
    // no cross-product across clauses
    for (const wrong of ['park:云溪新区 -> industry:车载雷达', 'park:北屯经济技术开发区 -> industry:氢燃料电池', 'park:南湖片区 -> industry:钠离子电池', 'park:北湖片区 -> industry:固态电池', 'park:云溪新区 -> industry:梯次利用'])
      expect(hosts).not.toContain(wrong);
    for (const e of x.edges.filter((e) => e.type === 'HOSTS' && /青峰|云溪|北屯|东乡|西乡|南湖|北湖/.test(e.source))) expect(e.properties.basis).toBe('planned');
  });
  it('the parts a zone is said to include are PART_OF it (stated); two zones joined by 和 are not nested', async () => {
    const x = await runDoc(layout);
    expect(strong(x, 'PART_OF').filter((e) => e.startsWith('park:'))).toEqual(['park:北湖片区 -> park:青峰高新区', 'park:南湖片区 -> park:青峰高新区']);
    expect(strong(x, 'LOCATED_IN')).toEqual(['park:电池回收产业园 -> park:云溪新区']);
  });
  it('其中P聚焦… after a park’s clause makes P part of that park', async () => {
    const x = await runDoc('一、布局\n北屯化工园区重点发展煤制烯烃和聚烯烃，其中大河片区聚焦煤制乙二醇；东乡工业园区聚焦氯碱化工。\n');
    expect(strong(x, 'PART_OF').filter((e) => e.startsWith('park:'))).toEqual(['park:大河片区 -> park:北屯化工园区']);
    expect(strong(x, 'HOSTS')).toEqual(
      expect.arrayContaining(['park:北屯化工园区 -> industry:煤制烯烃', 'park:大河片区 -> industry:煤制乙二醇', 'park:东乡工业园区 -> industry:氯碱化工']),
    );
    expect(strong(x, 'HOSTS')).not.toContain('park:东乡工业园区 -> industry:煤制烯烃');
  });
});
