// Structure classes found in blind13 and blind14 (the sources of classes of this round) by struct15. Each test
// runs a short document written for it through the real read and structure stages.
import { describe, expect, it } from 'vitest';
import { structure } from '../fixtures/class-doc.ts';

const titles = (d: Awaited<ReturnType<typeof structure>>) => d.headings.map((h) => d.source.text.slice(h.start, h.end));
const sentenceAt = (d: Awaited<ReturnType<typeof structure>>, opening: string) =>
  d.sentences.find((s) => d.source.text.slice(s.start, s.end).startsWith(opening));

describe('blind13 r03/r06, blind14 r03: a part’s framework title glued to its first sentence (总体安排, 产业定位)', () => {
  it('reads 一、总体安排全市按照…布局推进产业链建设。… (a 分工方案) as the heading 总体安排, the clause its first sentence', async () => {
    const d = await structure(
      '某市产业链重点任务分工方案\n\n为推动产业链发展，制定本方案。\n\n' +
        '一、总体安排全市按照“一区两园”布局推进产业链建设。甲开发区重点发展高端聚烯烃；乙园区重点发展特种油品。\n\n' +
        '二、重点任务分工\n\n各单位要抓好落实。\n\n三、工作要求\n\n加强组织领导。\n',
    );
    expect(titles(d)).toEqual(['一、总体安排', '二、重点任务分工', '三、工作要求']);
    expect(sentenceAt(d, '全市按照')?.sectionPath).toEqual(['一、总体安排']);
  });

  it('reads a chapter title glued to a paragraph with no stop in its first forty characters (第二章 产业定位某新区立足…)', async () => {
    const d = await structure(
      '某新区产业发展规划文本摘要\n\n第一章 发展基础\n\n新区已形成五大主导产业。\n\n' +
        '第二章 产业定位某新区立足西北、面向“一带一路”,重点做强绿色化工和先进装备制造,做大新材料和生物医药,培育数据信息。' +
        '先进装备制造以甲集团为龙头,发展石化装备和氢能装备。\n\n第三章 空间布局\n\n新区按照“一区五园”布局。\n',
    );
    expect(titles(d)).toEqual(['第一章 发展基础', '第二章 产业定位', '第三章 空间布局']);
    expect(sentenceAt(d, '某新区立足西北')?.sectionPath).toEqual(['第二章 产业定位']);
    expect(sentenceAt(d, '先进装备制造以甲集团为龙头')?.sectionPath).toEqual(['第二章 产业定位']);
  });

  it('keeps whole a title on its own line, a title joined by 与, and a title whose clause is short (功能定位清晰。)', async () => {
    const d = await structure(
      '某市产业发展方案\n\n一、创新平台建设\n\n建设中试基地。\n\n二、发展定位与目标\n\n到2027年产值突破100亿元。\n\n' +
        '三、功能定位清晰。各园区错位发展。\n\n四、保障措施\n\n加强领导。\n',
    );
    expect(titles(d)).toEqual(['一、创新平台建设', '二、发展定位与目标', '三、功能定位清晰', '四、保障措施']);
  });
});
