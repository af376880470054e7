// Park classes of branch parks33: short documents of the genre written for these tests (places, firms and fields
// invented). Each asserts what the class gives and what it must not give.
import { describe, expect, it } from 'vitest';
import { names, named, runDoc } from '../fixtures/class-doc.ts';

describe('blind59 r07: words that read as parks in a park’s own plan but name none', () => {
  it('P位于X，是省级产业转移工业园: the title the park holds is no park; P itself stays', async () => {
    const x = await runDoc(
      '青岚产业转移工业园产业发展规划\n\n一、发展基础\n青岚产业转移工业园位于粤北，是省级产业转移工业园。园区已集聚青岚华彩涂料有限公司等企业。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toContain('青岚产业转移工业园');
    expect(parks).not.toContain('省级产业转移工业园');
  });
  it('重点招引A等企业来园区布局X: the bare 园区 is no park; 在P布局X still places X in P', async () => {
    const x = await runDoc(
      '青岚产业转移工业园产业发展规划\n\n一、重点任务\n1）推进补链招商。重点招引白鹭涂料、青禾化工等涂料企业来园区布局工业涂料和功能涂料。\n' +
        '2）建设特色园中园。在青岚产业转移工业园建设青岚电子化学品产业园，重点发展湿电子化学品。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).not.toContain('园区');
    expect(named(x, 'HOSTS')).toContain('青岚电子化学品产业园 -> 湿电子化学品');
  });
  it('设立南雄市园区发展基金 names no park; 设立青岚高新区产业引导基金 keeps the zone', async () => {
    const x = await runDoc(
      '某市产业发展若干措施\n\n第一条 强化要素保障。设立规模10亿元的青岚市园区发展基金。设立规模20亿元的白鹭高新区产业引导基金。\n',
    );
    const parks = names(x, 'Park');
    expect(parks.some((p) => /园区$/.test(p))).toBe(false);
    expect(parks).toContain('白鹭高新区');
  });
});
