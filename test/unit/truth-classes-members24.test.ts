// Firm-name classes of issue 12 (IN_INDUSTRY, MENTIONS), read from blind23 r02 and blind24 r02/r05 and counted in the
// development sets: amounts written in characters typed as firms by 的企业 (一亿元、五亿元…的企业), a group's subsidiary
// closed by a legal word (X集团Y公司), and a list's kind word glued to the firm after the joiner (…等院校和C有限公司).
// Short texts of the genre written for these tests (names invented).
import { describe, expect, it } from 'vitest';
import { runSnippet as run, names, strong } from '../fixtures/class-doc.ts';

describe('amounts in characters are no firms', () => {
  it('对营业收入首次突破三亿元、八亿元、二十亿元的企业: thresholds, no Enterprise nodes, no memberships', () => {
    const x = run('（一）智能传感器\n对年营业收入首次突破三亿元、八亿元、二十亿元的企业，分别一次性奖励五十万元、一百万元、二百万元。');
    expect(names(x, 'Enterprise')).toEqual([]);
    expect(strong(x, 'IN_INDUSTRY')).toEqual([]);
  });
  it('digits still read as before, and a firm named by characters with no unit stays a firm', () => {
    const x = run('对营业收入首次突破10亿元、50亿元的企业给予奖励。支持岚川三元科技发展智能传感器。');
    expect(names(x, 'Enterprise').filter((n) => /亿元/.test(n))).toEqual([]);
  });
});

describe('a group’s subsidiary closed by a legal word is one firm', () => {
  it('依托X集团Y公司: the subsidiary, not the group and a second firm', () => {
    const x = run('第三条 推动副产氢利用。依托云岭集团青川公司、峡江化工等企业，发展工业副产氢提纯。');
    const firms = names(x, 'Enterprise');
    expect(firms.some((n) => /^云岭集团青川/.test(n))).toBe(true);
    expect(firms).not.toContain('云岭集团');
    expect(firms.filter((n) => /^青川(公司)?$/.test(n))).toEqual([]);
  });
  it('支持X集团Y公司建设…: a verb may follow the legal word', () => {
    const x = run('第五条 推进示范。支持云岭集团青川公司建设氢基竖炉示范线。');
    const firms = names(x, 'Enterprise');
    expect(firms.some((n) => /^云岭集团青川/.test(n))).toBe(true);
    expect(firms).not.toContain('云岭集团');
  });
  it('the group’s own legal form and its numbered institute are not read as a subsidiary', () => {
    const x = run('以云岭集团有限公司第七一九研究所为依托，建设创新平台。');
    expect(names(x, 'Enterprise').filter((n) => /第七一九/.test(n))).toEqual([]);
  });
});

describe('a list’s kind word before the joiner is no part of the firm after it', () => {
  it('依托A、B等院校和C有限公司: C is the firm, no firm named 院校和C', () => {
    const x = run('2、实施攻关工程。依托岚川师范大学、岚川职业大学等院校和岚川瑞丰换热设备有限公司，开展高效传热板片攻关。');
    const firms = names(x, 'Enterprise');
    expect(firms.some((n) => /^岚川瑞丰换热设备/.test(n))).toBe(true);
    expect(firms.filter((n) => /^院校/.test(n))).toEqual([]);
  });
});

describe('a trade name the segmenter reads as a verb stays in the firm’s name', () => {
  it('已集聚X如意纺织服装有限公司等纺织企业: the whole name, not 纺织服装有限公司 (no firm named by its trade alone)', () => {
    const x = run('（三）纺织园\n纺织园重点发展高档棉纱，已集聚岚州如意纺织服装有限公司等纺织企业。');
    const firms = names(x, 'Enterprise');
    expect(firms.some((n) => /^岚州如意纺织服装/.test(n))).toBe(true);
    expect(firms.filter((n) => /^纺织服装/.test(n))).toEqual([]);
  });
  it('依托飞跃智能装备有限公司、…等单位: the trade name 飞跃 is kept', () => {
    const x = run('依托飞跃智能装备有限公司、岚川先进技术研究院等单位，发展工业机器人。');
    const firms = names(x, 'Enterprise');
    expect(firms.some((n) => /^飞跃智能装备/.test(n))).toBe(true);
    expect(firms.filter((n) => /^智能装备/.test(n))).toEqual([]);
    expect(strong(x, 'IN_INDUSTRY').some((e) => /飞跃智能装备.* -> industry:工业机器人/.test(e))).toBe(true);
  });
  it('a trigger verb before the name still opens it (支持|组建 are no trade names)', () => {
    const x = run('支持岚川集团组建数字技术有限公司，发展算力服务。');
    expect(names(x, 'Enterprise').filter((n) => /组建/.test(n))).toEqual([]);
  });
});
