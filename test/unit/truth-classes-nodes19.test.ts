// Node classes of issue 12, third pass (branch nodes19), read from blind17 and blind18; short texts of the genre
// written for these tests (names invented, not in the lexicon). Each asserts what the class forbids as well as
// what it gives.
import { describe, expect, it } from 'vitest';
import { runDoc, names } from '../fixtures/class-doc.ts';

describe('firms or projects and a verb of settling before a park’s name (blind17 r04 …企业来高新区布局X, r07 上述项目拟选址P)', () => {
  it('项目拟选址P: the park is P, no name opening with 项目', async () => {
    const x = await runDoc('某市锡产业招商图谱\n一、招商项目\n锡靶材项目，总投资8亿元，建设高纯锡及锡靶材生产线。上述项目拟选址青峰锡基新材料产业园，可采取独资、合资方式。');
    expect(names(x, 'Park')).toEqual(['青峰锡基新材料产业园']);
    expect(x.nodes.filter((n) => /项目|选址/.test(n.name))).toEqual([]);
  });
  it('X等企业来高新区: the zone word alone, never a park named 企业来…', async () => {
    const x = await runDoc('青峰高新区未来产业行动方案\n一、精准招商\n重点招引甲乙科技、丙丁科技等脑机接口企业来高新区布局神经调控器械。');
    expect(x.nodes.filter((n) => n.label === 'Park' && /企业|来/.test(n.name))).toEqual([]);
  });
  it('a park whose own name holds 来 or 到 is not cut (未来科技城)', async () => {
    const x = await runDoc('某市产业规划\n一、布局\n青峰未来科技城重点发展人工智能和集成电路。');
    expect(names(x, 'Park')).toContain('青峰未来科技城');
  });
  it('after the verb only a kind of park: no named park is made of it', async () => {
    const x = await runDoc('某市产业规划\n一、布局\n上述项目拟选址化工园区，可采取独资方式。');
    expect(names(x, 'Park').filter((n) => /选址/.test(n))).toEqual([]);
  });
});

describe('two products joined by 和 in running text are two industries (blind17 r01 发展炼油和乙烯, blind18 r07 电解铝和铝加工的核心承载区; blind9)', () => {
  it('发展X和Y after a lead firm: X and Y, no joined node', async () => {
    const x = await runDoc('某市绿色化工产业规划\n一、布局\n石化产业园重点发展芳烃，已集聚甲乙石化等企业。以甲乙石化为龙头，发展炼油和乙烯，推进炼化一体化。');
    expect(x.nodes.filter((n) => n.label === 'Industry' && /[和与]/.test(n.name))).toEqual([]);
    expect(names(x, 'Industry')).toEqual(expect.arrayContaining(['炼油', '乙烯']));
  });
  it('a longer second part may carry a head both share: 火箭和卫星部组件 is not split into 火箭 and 卫星部组件', async () => {
    const x = await runDoc('某市商业航天产业规划\n一、布局\n规划建设青峰商业航天产业园，集聚火箭和卫星部组件企业。');
    expect(names(x, 'Industry')).not.toContain('火箭');
  });
  it('与 joins inside one name: 回收与综合利用 written with 与 is not split by this rule', async () => {
    const x = await runDoc('某市产业规划\n一、布局\n支持甲乙环保发展废旧电池回收与梯次利用。');
    expect(names(x, 'Industry')).not.toContain('梯次利用');
  });
});
