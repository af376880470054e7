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
