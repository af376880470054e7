// Chain relation classes of round chains16 (PART_OF, UPSTREAM_OF, IN_INDUSTRY, INNOVATES_FOR, LEADS): short documents
// of the genre written for these tests (places, firms and chains invented); each asserts what the class gives and what
// it must not give.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind14 r07: 重点企业：A（X）、B（Y） where Y begins with X', () => {
  const doc =
    '某市磷化工产业链招商图谱\n\n一、产业链现状\n\n' +
    '【上游】磷矿采选和黄磷。重点企业：甲乙矿业（磷矿采选）、丙丁化工（黄磷）。\n' +
    '【下游】磷酸铁、磷酸铁锂和磷酸铁锂电池。重点企业：戊己新能源（磷酸铁）、庚辛材料（磷酸铁锂）、壬癸电池（磷酸铁锂电池）。\n' +
    '二、招商方向\n\n重点招引磷酸铁锂电池企业。\n';

  it('each firm is in the segment of its own bracket, not in a neighbour’s longer one', async () => {
    const x = await runDoc(doc);
    const ind = strong(x, 'IN_INDUSTRY');
    expect(ind).toContain('enterprise:戊己新能源 -> industry:磷酸铁');
    expect(ind).toContain('enterprise:庚辛材料 -> industry:磷酸铁锂');
    expect(ind).toContain('enterprise:壬癸电池 -> industry:磷酸铁锂电池');
    expect(ind).not.toContain('enterprise:戊己新能源 -> industry:磷酸铁锂');
    expect(ind).not.toContain('enterprise:庚辛材料 -> industry:磷酸铁锂电池');
    expect(ind).toContain('enterprise:甲乙矿业 -> industry:磷矿采选');
  });
});

describe('blind12 r06, blind13 r01, blind8 r04, dev8 r04, blind7 r05, blind4 r04: what a lab serves is its mandate’s item as written', () => {
  const doc =
    '某经济技术开发区产业发展规划（摘要）\n\n第一章 主导产业\n\n第一节 光伏新能源\n\n' +
    '光伏新能源产业包括硅片、电池片和光伏组件。\n第二节 智能机器人\n\n智能机器人产业重点发展工业机器人和服务机器人。\n' +
    '甲车是开发区新能源商用车骨干企业。丙丁机器人是开发区机器人骨干企业。\n第二章 创新体系\n\n' +
    '以甲乙师范学院、丙丁光伏技术研究院为创新源头，服务光伏新能源和光学。\n' +
    '以戊己科技大学为创新源头，服务轴承和智能机器人。\n';

  it('each item of 服务X和Y is the field the labs serve, not a shorter term inside it that the document names elsewhere', async () => {
    const x = await runDoc(doc);
    const inn = strong(x, 'INNOVATES_FOR');
    for (const lab of ['甲乙师范学院', '丙丁光伏技术研究院']) {
      expect(inn).toContain(`lab:${lab} -> industry:光伏新能源`);
      expect(inn).toContain(`lab:${lab} -> industry:光学`);
      expect(inn).not.toContain(`lab:${lab} -> industry:新能源`);
    }
    expect(inn).toContain('lab:戊己科技大学 -> industry:智能机器人');
    expect(inn).not.toContain('lab:戊己科技大学 -> industry:机器人');
  });
});

describe('blind11 r01 (and blind11 r08, blind2 n01, blind9 r05 where it fires): firms a park’s sentence gathers under foci of its own', () => {
  const doc =
    '某市“十四五”高端石化产业发展规划（摘编）\n\n一、空间布局\n\n' +
    '甲乙经济开发区重点发展橡胶轮胎和合成橡胶，已集聚丙丁集团、戊己轮胎等企业。\n' +
    '庚辛化工园重点发展电子化学品，已集聚壬癸化学等企业。\n' +
    '二、保障措施\n\n各部门要按照空间布局开展招商。\n';

  it('are in what the park develops, not stated in the document’s industry as well', async () => {
    const x = await runDoc(doc);
    const ind = strong(x, 'IN_INDUSTRY');
    expect(ind).toContain('enterprise:壬癸化学 -> industry:电子化学品');
    for (const f of ['丙丁集团', '戊己轮胎', '壬癸化学']) expect(ind).not.toContain(`enterprise:${f} -> industry:高端石化`);
    // the two foci against two firms stay a list: which firm makes which the sentence does not say
    expect(all(x, 'IN_INDUSTRY')).toContain('enterprise:丙丁集团 -> industry:橡胶轮胎');
    expect(ind).not.toContain('enterprise:丙丁集团 -> industry:橡胶轮胎');
  });
});
