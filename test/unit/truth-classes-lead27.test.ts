// Run-in labels of a task are no industries (lead, session of 2026-12-07 08:03): a paragraph opening with a verb-led label
// (融入…协同。/ 强化与…合作。/ 推进…攻关。) says what the paragraph does, so the firms, parks and labs of its sentences get
// no industry named by the label; a run-in industry label (新能源装备。/ 软件信息。) still gives the paragraph its industry.
// A short document of the genre written for this test (firms and places invented).
import { describe, expect, it } from 'vitest';
import { runDoc } from '../fixtures/class-doc.ts';

const DOC =
  '某高新区高质量发展规划\n\n八、实施开放协同行动\n\n（一）构建区域协同新模式\n\n' +
  '融入省会新经济协同。精准链接引进省会新经济资源。深化与省会科技城合作，支持与云湖片区实现融合发展，加快推动东岭科技园创新中心建设。\n\n' +
  '强化与邻市互补合作。进一步开展与邻市高新区的战略合作，支持华岳电子、青禾乳业等企业在邻市设立分支机构。\n\n' +
  '九、产业发展\n\n' +
  '新能源装备。以恒川重工为龙头，重点发展风电主轴和储能变流器。\n\n' +
  '软件信息。以锦程软件为龙头，重点发展工业软件。\n';

describe('a run-in label that opens with an action verb', () => {
  it('is no industry of its paragraph; an industry label still is', async () => {
    const x = await runDoc(DOC);
    const names = x.nodes.filter((n) => n.label === 'Industry').map((n) => n.name);
    expect(names).not.toContain('融入省会新经济协同');
    expect(names).not.toContain('强化与邻市互补合作');
    const targets = x.edges.filter((e) => e.target.startsWith('industry:')).map((e) => e.target);
    expect(targets.filter((t) => /协同|合作/.test(t))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['新能源装备', '风电主轴']));
  });
});

describe('a heading made of the chain\'s own vocabulary (二、产业链环节 / 二、上中下游重点环节)', () => {
  it('names no industry: the firms and labs under it go to their own segments or the chain, never to 产业链', async () => {
    const x = await runDoc(
      '某市中药产业链链长制实施方案\n\n一、组织体系\n\n中药产业链由市长担任链长。\n\n二、产业链环节\n\n' +
        '上游：中药材种植。重点企业：青禾药业（白芍种植）。\n\n下游：中药饮片。重点企业：云岭制药（饮片加工）。\n\n' +
        '三、上中下游重点环节\n\n依托东岭中医药研究院开展道地药材品种选育。\n',
    );
    const names = x.nodes.filter((n) => n.label === 'Industry').map((n) => n.name);
    expect(names).not.toContain('产业链');
    expect(names).not.toContain('上中下游重点');
    expect(names).toEqual(expect.arrayContaining(['中药材种植', '中药饮片']));
  });
});
