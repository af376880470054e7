// A school used for training is no innovation source (blind17 r07 依托红河学院开展锡产业技能人才培训; the genre's 依托A学院开展
// …人才培训 / 开设…专业 in blind12, blind17 and blind9): the statement gives it teaching, not research, so no INNOVATES_FOR.
// Own text, invented names.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

const doc = (line: string) => `某县茶产业链招商图谱（2026年版）

一、产业基础
全县已形成“茶叶种植—精制加工—茶饮品”完整产业链。
二、重点任务
（一）做强精制加工。支持青川茶业建设精制加工生产线，${line}
`;

describe('a school used for training is no innovation source of the industry', () => {
  it('依托A学院开展X技能人才培训 / 开设X专业: no INNOVATES_FOR from the school', async () => {
    for (const line of ['依托青川职业学院开展茶产业技能人才培训。', '依托青川职业学院开设茶叶加工专业，每年培训茶农2000人次。']) {
      const x = await runDoc(doc(line));
      expect(all(x, 'INNOVATES_FOR').filter((e) => e.includes('青川职业学院')), line).toEqual([]);
    }
  });
  it('keeps a school the same statement gives research work (依托A大学开展精制加工技术攻关和人才培训)', async () => {
    const x = await runDoc(doc('依托青川农业大学开展精制加工技术攻关和人才培训。'));
    expect(strong(x, 'INNOVATES_FOR').filter((e) => e.startsWith('lab:青川农业大学 ') || e.includes('青川农业大学')).length).toBeGreaterThan(0);
  });
});
