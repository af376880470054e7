// Document-structure classes found on the tenth blind set (test/fixtures/truth-blind10) and the sets
// before it. One describe per class, on short texts written for these tests (names invented), through
// the real read and structure stages (and the whole pipeline where a name is at stake); each asserts
// what the class requires and what it forbids.
import { describe, expect, it } from 'vitest';
import { names, runDoc, strong, structure } from '../fixtures/class-doc.ts';
import { cleanText } from '../../server/src/ingest/read/clean.ts';

describe('class: a character lost by a conversion (□) inside a designation word (blind10 r08 开□区, blind5 r08 开□区, blind7 r08 实□室, blind6/blind8 研究□心)', () => {
  it('the one character that spells a zone or institution kind word is restored, so the name is whole', async () => {
    const x = await runDoc(
      '岚州市新材料产业发展若干措施\n\n一、优化布局\n\n岚州红岭经济开□区重点发展碳纤维复合材料。以岚州碳材重点实□室为创新源头，服务碳纤维复合材料。\n',
    );
    expect(names(x, 'Park')).toContain('岚州红岭经济开发区');
    expect(names(x, 'Lab')).toContain('岚州碳材重点实验室');
    expect(names(x, 'Park').some((n) => n.includes('□'))).toBe(false);
    expect(strong(x, 'HOSTS')).toContain('park:岚州红岭经济开发区 -> industry:碳纤维复合材料');
  });
  it('the longest kind word decides (研究□心 is 研究中心, not 研究院/研究所 followed by 心)', () => {
    expect(cleanText('岚州碳材工程技术研究□心、岚州学院')).toBe('岚州碳材工程技术研究中心、岚州学院');
  });
  it('a mark no kind word fills, or one several fill alike, stays as written', () => {
    expect(cleanText('（责任编辑：王□）')).toBe('（责任编辑：王□）');
    expect(cleanText('市委督查□、市政府督查室')).toBe('市委督查□、市政府督查室');
    // 工业园 or 产业园: two fills, none chosen
    expect(cleanText('岚州□业园重点发展')).toBe('岚州□业园重点发展');
    expect(cleanText('□ 是　□ 否')).toBe('□ 是　□ 否');
    expect(cleanText('港\ufffd物流')).toBe('港\ufffd物流');
  });
});

describe('class: the closing clause names who interprets the policy (blind10 r02, dev5 s01, genre g08/j02: 由A会同B负责解释)', () => {
  const doc = (closing: string) =>
    `岚州市促进碳纤维产业发展若干措施\n\n第一条　支持技术攻关。对企业承担的碳纤维攻关项目给予最高300万元补助。由市科技局牵头，市财政局配合。\n\n第二条　强化金融支持。设立规模20亿元的碳纤维产业基金。${closing}\n`;
  const roles = (d: Awaited<ReturnType<typeof structure>>, n: string) =>
    (d.measures.find((m) => m.number === n)?.responsibilities ?? []).map((r) => `${r.name}:${r.role}`);
  it('neither department of 由A会同B负责解释 is responsible for the last measure', async () => {
    const d = await structure(doc('本措施自印发之日起施行，由市工业和信息化局会同市财政局负责解释。'));
    expect(roles(d, '二')).toEqual([]);
    expect(roles(d, '一')).toEqual(['市科技局:lead', '市财政局:support']);
  });
  it('会同 assigning the measure itself still gives a lead and a support', async () => {
    const d = await structure(doc('由市工业和信息化局会同市财政局组织实施。'));
    expect(roles(d, '二')).toEqual(['市工业和信息化局:lead', '市财政局:support']);
  });
});

describe('class: a title that opens with its city before a quote, a book title or a year (blind10 r05/r08, blind b10, blind7 r02, blind8 r03/r05/r07, blind9 r06, dev4 q05, dev8 r08)', () => {
  const meta = async (title: string) => (await structure(`${title}\n\n一、总体要求\n\n推动碳纤维产业高质量发展。\n`)).meta;
  it('the city (or province, or autonomous prefecture) is the document’s jurisdiction', async () => {
    expect((await meta('岚州市“十五五”新材料产业发展规划（摘编）')).jurisdiction).toBe('岚州市');
    expect((await meta('岚州市《推动碳纤维产业延链升级若干措施》新闻发布会实录')).jurisdiction).toBe('岚州市');
    expect((await meta('岚州市2026年先进制造业集群培育工作要点')).jurisdiction).toBe('岚州市');
    expect((await meta('《岚西省加快碳纤维产业发展若干措施》政策解读')).jurisdiction).toBe('岚西省');
    expect((await meta('岚山州碳纤维产业链高质量发展实施方案')).jurisdiction).toBe('岚山州');
    expect((await meta('岚和浩特市2026年重点产业项目清单')).jurisdiction).toBe('岚和浩特市');
  });
  it('a title that opens with no place gives none (关于加快市场…, 政府工作报告)', async () => {
    expect((await meta('关于加快市场化改革推动碳纤维产业发展的意见')).jurisdiction).toBeUndefined();
    expect((await meta('政府工作报告（摘编）')).jurisdiction).toBeUndefined();
  });
});

describe('class: a web page pasted as text, its info line under the title (blind10 r08 新闻发布会实录, blind8 r04 园区概况)', () => {
  it('the date labelled 发布时间 is the document’s date, with the time and the page furniture after it left out', async () => {
    const d = await structure(
      '首页 > 新闻发布 > 发布会实录\n岚州市《推动碳纤维产业发展若干措施》新闻发布会实录\n来源：市人民政府新闻办公室　　发布时间：2026-04-12 10:00　　【字体：大 中 小】\n\n主持人：欢迎出席今天的新闻发布会。\n',
    );
    expect(d.meta.date).toBe('2026-04-12');
    expect(d.meta.title).toBe('岚州市《推动碳纤维产业发展若干措施》新闻发布会实录');
  });
});
