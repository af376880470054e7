// Structure classes found in blind11 (a blind set) by struct13. Each test runs a short document written for
// it through the real read and structure stages (and the responsibility stage, which reads a 分工表's rows).
import { describe, expect, it } from 'vitest';
import { measureText, numbers, structure } from '../fixtures/class-doc.ts';

describe('blind11 r03: a bar table row pasted with tabs instead of bars', () => {
  const head =
    '某市新材料产业重点任务分工方案\n三、重点任务分工\n序号|工作任务|具体内容|牵头单位|配合单位|完成时限\n' +
    '1|做强钨材料|支持甲钨业扩大硬质合金产能.|市工业和信息化局|市科学技术局|2026年12月\n';

  it('keeps reading the table when a row’s 序号 goes on from the row above, and the rows after it stay measures', async () => {
    const d = await structure(
      head +
        '2\t发展石墨新材料\t依托某市石墨产业园发展球形石墨.\t北湖区人民政府\t市科学技术局\t2027年12月\n' +
        '3｜精准招引项目｜重点招引乙钨业布局钨基高温材料.｜市商务局｜市高新区管委会｜持续推进\n' +
        '四、工作要求\n（一）加强组织领导。各牵头单位要细化工作台账。\n',
    );
    expect(numbers(d)).toEqual(['1', '2', '3']);
    expect(measureText(d, '2')).toContain('球形石墨');
    expect(measureText(d, '2')).not.toContain('乙钨业');
    expect(measureText(d, '3')).toContain('乙钨业');
    expect(d.tables?.map((t) => t.rows)).toEqual([3]);
    const m2 = d.measures.find((m) => m.number === '2')!;
    expect(m2.responsibilities.filter((r) => r.role === 'lead').map((r) => r.name)).toEqual(['北湖区人民政府']);
  });

  it('does not take a tabbed line whose number does not go on from the rows (a note, another list) into the table', async () => {
    const d = await structure(head + '5\t说明\t以上任务按季度调度\t市工业和信息化局\t市科学技术局\t每季度\n');
    const t = d.tables ?? [];
    expect(t).toHaveLength(1);
    expect(t[0]!.rows).toBe(1);
    expect(d.source.text.slice(t[0]!.start, t[0]!.end)).not.toContain('以上任务按季度调度');
  });
});

describe('blind11 r08: a docx bookmark written by pandoc as an empty span with attributes', () => {
  it('removes []{#_Hlk… .anchor} so the heading it was glued to opens its line again', async () => {
    const d = await structure(
      '某县皮革产业链招商图谱\n[]{#_Hlk158723301 .anchor}一、产业概况\n全县现有皮革企业1800余家。\n二、招商政策\n1、对新引进的皮革项目给予补助。\n',
    );
    const titles = d.headings.map((h) => d.source.text.slice(h.start, h.end));
    expect(titles).toContain('一、产业概况');
    expect(d.source.text).not.toContain('anchor');
    // (text in braces that is no pandoc attribute stays)
    const kept = await structure('某县方案\n一、总体要求\n数组{x}和{#注}保留。\n');
    expect(kept.source.text).toContain('{x}和{#注}');
  });
});

describe('blind11 r03/r08: a part’s framework title glued to its first sentence when pasted', () => {
  it('reads 二、发展布局全市按照… as the heading 发展布局 and the prose after it as the section’s first sentence', async () => {
    const d = await structure(
      '某市有色金属产业重点任务分工方案\n' +
        '一、总体要求为贯彻落实省委、省政府关于打造有色金属产业集群的部署，推动我市有色金属产业向精深加工转型，现制定本方案。\n' +
        '二、发展布局全市按照“一核三园”推进有色金属产业集聚：以某市高新技术产业开发区为核心，重点发展硬质合金和有色金属新材料。\n' +
        '三、服务保障\n建立产业链招商专班。\n',
    );
    const titles = d.headings.map((h) => d.source.text.slice(h.start, h.end));
    expect(titles).toEqual(['一、总体要求', '二、发展布局', '三、服务保障']);
    const first = d.sentences.find((s) => d.source.text.slice(s.start, s.end).startsWith('全市按照'))!;
    expect(first.sectionPath).toEqual(['二、发展布局']);
  });

  it('keeps a long title that only starts with a framework word (no prose after it) whole, and a lead clause as before', async () => {
    const d = await structure(
      '某市产业发展方案\n一、发展目标和重点任务推进情况及下一步加快建设现代化产业体系的工作安排意见\n\n全市推进产业链建设。\n' +
        '二、发展目标。到2027年，全市产业链营业收入突破1500亿元。\n',
    );
    const titles = d.headings.map((h) => d.source.text.slice(h.start, h.end));
    expect(titles[0]).toBe('一、发展目标和重点任务推进情况及下一步加快建设现代化产业体系的工作安排意见');
    expect(titles[1]).toBe('二、发展目标');
  });
});

describe('blind11 r07 (and blind4/blind5/blind7/dev5/heldout): whose department a 责任单位 line names', () => {
  const doc =
    '内蒙古自治区2026年新能源装备制造业发展工作要点\n\n一、做强风电装备产业链\n\n' +
    '1．提升整机配套能力。支持甲风电扩大整机产能。\n（责任单位：自治区工业和信息化厅，包头市、乌兰察布市人民政府）\n\n' +
    '2．建设创新平台。支持乙大学建设风电装备研究中心。\n（责任单位：自治区科技厅，有关盟市人民政府）\n';

  it('reads the region from a title with a year after it, and gives a city’s government to that city', async () => {
    const d = await structure(doc);
    expect(d.meta.jurisdiction).toBe('内蒙古自治区');
    const of = (n: string) => d.measures.find((m) => m.number === n)!.responsibilities.map((r) => `${r.name}@${r.department?.jurisdiction}`);
    expect(of('1')).toEqual(['自治区工业和信息化厅@内蒙古自治区', '包头市人民政府@包头市', '乌兰察布市人民政府@乌兰察布市']);
  });

  it('names no department for the governments a list leaves unnamed (有关盟市人民政府)', async () => {
    const d = await structure(doc);
    const names = d.measures.find((m) => m.number === '2')!.responsibilities.map((r) => r.name);
    expect(names).toEqual(['自治区科技厅']);
  });
});
