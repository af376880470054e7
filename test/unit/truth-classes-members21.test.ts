// Membership classes of issue 12 read from blind19/blind20 (members21), on short documents of the genre written for
// these tests (names invented). The blind fixtures (truth-blind.test.ts) measure the same classes on whole documents.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

const plan = (line: string) =>
  ['青川市先进制造业发展“十四五”规划', '', '一、发展基础', '青川市先进制造业规模以上企业达到300家。', '', '二、重点任务', '（一）强化创新支撑', line, ''].join('\n');

describe('labs named as the innovation source serve each field of the next clause (以L1、L2为创新源头，服务X和Y…)', () => {
  it('reads a mandate closed by a count word (服务X和Y两大产业): each lab for each field, stated', async () => {
    const x = await runDoc(plan('以青川理工大学、青川轴承技术研究院为创新源头，服务轴承和精密钢管两大产业。支持企业建设技术中心。'));
    const ties = strong(x, 'INNOVATES_FOR');
    for (const l of ['青川理工大学', '青川轴承技术研究院']) for (const i of ['轴承', '精密钢管']) expect(ties).toContain(`lab:${l} -> industry:${i}`);
    // (the count word is no field)
    expect(ties.filter((e) => /两大/.test(e))).toEqual([]);
    const one = x.edges.find((e) => e.type === 'INNOVATES_FOR' && e.source === 'lab:青川理工大学' && e.target === 'industry:精密钢管')!;
    expect(one.properties.basis).toBe('stated');
    expect(one.evidence[0]!.text).toContain('为创新源头，服务轴承和精密钢管两大产业');
  });

  it('reads a mandate followed by another clause (…，建设…基地): the fields as written, not what the later clause builds', async () => {
    const x = await runDoc(plan('以青川学院、青川职业技术学院为创新源头，服务晶硅光伏和锂电材料，建设光伏与储能技术应用型人才培养基地。'));
    const ties = strong(x, 'INNOVATES_FOR');
    for (const l of ['青川学院', '青川职业技术学院']) {
      expect(ties).toContain(`lab:${l} -> industry:晶硅光伏`);
      expect(ties).toContain(`lab:${l} -> industry:锂电材料`);
      // (the later clause's 光伏/储能 are not the labs' mandate: at most weak)
      expect(ties.filter((e) => e.startsWith(`lab:${l} `) && !/晶硅光伏|锂电材料/.test(e))).toEqual([]);
    }
  });

  it('reads an item the reader left joined (服务轴承和智能机器人) as its two halves, not a shorter term inside one', async () => {
    const x = await runDoc(plan('以青川科技大学、青川精密机械研究所为创新源头，服务轴承和智能机器人。'));
    const ties = strong(x, 'INNOVATES_FOR');
    for (const l of ['青川科技大学', '青川精密机械研究所']) {
      expect(ties).toContain(`lab:${l} -> industry:轴承`);
      expect(ties).toContain(`lab:${l} -> industry:智能机器人`);
      expect(ties).not.toContain(`lab:${l} -> industry:机器人`);
    }
  });

  it('leaves a mandate with an item that names no industry to the entity reader, and ties nothing to a firm', async () => {
    const x = await runDoc(plan('以青川大学为创新源头，服务人才培养和成果转化两大任务。以青川重工为创新源头，服务工程机械和矿山机械两大产业。'));
    expect(all(x, 'INNOVATES_FOR').filter((e) => /人才培养|成果转化/.test(e))).toEqual([]);
    expect(all(x, 'INNOVATES_FOR').filter((e) => e.startsWith('enterprise:'))).toEqual([]);
  });
});
