// Structure classes found in blind12 (the source of classes of the second round) by struct14. Each test
// runs a short document written for it through the real read and structure stages (and extraction where
// the class is about what a table's rows give).
import { describe, expect, it } from 'vitest';
import { numbers, runDoc, strong, structure } from '../fixtures/class-doc.ts';

describe('blind12 r06: a park table pasted as ONE line (cells apart by tabs, rows by a blank)', () => {
  const table =
    '园区名称\t主导产业\t重点企业\t规划面积 甲光伏产业园\t电池片、光伏组件\t甲能源、乙新能源\t12平方公里 ' +
    '乙汽车产业园\t新能源商用车、新能源乘用车\t丙汽车\t15平方公里 丙综合保税区\t保税加工、跨境电商\t——\t2平方公里';
  const doc = `某经济技术开发区产业发展规划\n\n第四章 空间布局\n\n开发区各园区主导产业、重点企业和规划面积见下表。\n\n${table}\n\n第五章 保障措施\n\n设立产业发展基金。\n`;

  it('reads the line as a table of one row per park, and each park hosts its row’s industries', async () => {
    const d = await structure(doc);
    const t = (d.tables ?? []).find((x) => x.header.includes('园区名称'));
    expect(t?.header).toEqual(['园区名称', '主导产业', '重点企业', '规划面积']);
    expect(t?.rows).toBe(3);
    expect(t?.rowCells?.map((r) => d.source.text.slice(r.cells[0]!.start, r.cells[0]!.end))).toEqual(['甲光伏产业园', '乙汽车产业园', '丙综合保税区']);
    const x = await runDoc(doc);
    expect(strong(x, 'HOSTS')).toEqual([
      'park:丙综合保税区 -> industry:保税加工',
      'park:丙综合保税区 -> industry:跨境电商',
      'park:乙汽车产业园 -> industry:新能源乘用车',
      'park:乙汽车产业园 -> industry:新能源商用车',
      'park:甲光伏产业园 -> industry:光伏组件',
      'park:甲光伏产业园 -> industry:电池片',
    ]);
  });

  it('leaves a tabbed line alone when its blanks do not fall at every row’s end (prose, a name with a blank)', async () => {
    // (the shape passes every earlier gate — a header of three column words, 1 + 2×3 cells, three rows — so only the
    // boundary-cell check stands between it and a split: 'Mini LED 背光' holds two blank runs, a name, not a row's end)
    const prose = '重点企业\t主导产业\t规划面积 甲园\t电池片\tMini LED 背光\t组件\t10平方公里\n';
    const d = await structure(`某区规划\n\n一、空间布局\n\n${prose}`);
    expect(d.source.text).toContain(prose.trim());
    const twoRows = '园区名称\t主导产业\t重点企业 甲园\t电池片\t甲能源\n';
    const e = await structure(`某区规划\n\n一、空间布局\n\n${twoRows}`);
    expect(e.source.text).toContain(twoRows.trim());
  });
});

describe('blind12 r06 (and blind11 r03/r08): a chapter’s framework title glued to a lead clause of its own', () => {
  it('reads 第四章 空间布局构建…格局。… as the heading 空间布局, the clause its first sentence', async () => {
    const d = await structure(
      '某经开区产业发展规划\n\n第三章 主导产业\n\n重点发展光伏新能源。\n\n' +
        '第四章 空间布局构建“一区三园”产业空间格局。“一区三园”由甲产业园、乙产业园和丙产业园组成。\n\n第五章 保障措施\n\n设立基金。\n',
    );
    const titles = d.headings.map((h) => d.source.text.slice(h.start, h.end));
    expect(titles).toEqual(['第三章 主导产业', '第四章 空间布局', '第五章 保障措施']);
    const first = d.sentences.find((s) => d.source.text.slice(s.start, s.end).startsWith('构建'))!;
    expect(first.sectionPath).toEqual(['第四章 空间布局']);
  });

  it('keeps a lead clause that is a title (发展目标。…, 空间布局优化。…) and a title on its own line whole', async () => {
    const d = await structure(
      '某市产业发展方案\n\n一、发展目标。到2027年，全市产业链营业收入突破1500亿元。\n\n二、空间布局优化。推动园区错位发展。\n\n三、重点任务推进情况\n\n全市推进产业链建设。\n',
    );
    const titles = d.headings.map((h) => d.source.text.slice(h.start, h.end));
    expect(titles).toEqual(['一、发展目标', '二、空间布局优化', '三、重点任务推进情况']);
  });
});

describe('blind12 r03 (a 分工表 flattened with bars), as a converter writes it: the rule under the header', () => {
  it('reads |---|---| under a markdown header as no row, so no measure “---” led by a department “---”', async () => {
    const d = await structure(
      '某市新材料产业重点任务分工方案\n\n二、重点任务分工\n\n| 序号 | 重点任务 | 具体内容 | 牵头单位 | 配合单位 |\n|---|:---|---|---|---|\n' +
        '| 1 | 做强钨材料 | 支持甲钨业扩大硬质合金产能。 | 市工业和信息化局 | 市科学技术局 |\n' +
        '| 2 | 发展石墨 | 依托乙园发展球形石墨。 | 市发展改革委 | 市财政局 |\n\n三、保障措施\n\n（一）加强领导。各单位要落实。\n',
    );
    expect(numbers(d)).toEqual(['1', '2']);
    expect(d.tables?.map((t) => t.rows)).toEqual([2]);
    const of = (n: string) => d.measures.find((m) => m.number === n)!.responsibilities.map((r) => `${r.role}:${r.name}`);
    expect(of('1')).toEqual(['lead:市工业和信息化局', 'support:市科学技术局']);
    expect(of('2')).toEqual(['lead:市发展改革委', 'support:市财政局']);
  });

  it('reads a grid table’s rules (+----+) between rows as no rows either', async () => {
    const rule = '+----+------+------+------+\n';
    const d = await structure(
      `某市方案\n\n二、重点任务分工\n\n${rule}| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n+====+======+======+======+\n` +
        `| 1 | 支持甲公司扩大产能。 | 市工信局 | 市财政局 |\n${rule}| 2 | 依托乙园发展石墨。 | 市发展改革委 | 市商务局 |\n${rule}\n三、保障措施\n\n加强领导。\n`,
    );
    expect(numbers(d)).toEqual(['1', '2']);
    expect(d.measures.flatMap((m) => m.responsibilities.map((r) => r.name))).toEqual(['市工信局', '市财政局', '市发展改革委', '市商务局']);
  });
});

describe('blind12 r08/blind11 r08 (pandoc anchors): a document converted to markdown and pasted as text', () => {
  const titles = (d: Awaited<ReturnType<typeof structure>>) => d.headings.map((h) => d.source.text.slice(h.start, h.end));

  it('reads **bold** headings and items as the headings and measures they mark', async () => {
    const d = await structure(
      '某市新材料产业发展行动方案\n\n**一、总体要求**\n\n坚持创新驱动。\n\n**二、重点任务**\n\n' +
        '**1.做强龙头企业。**支持甲公司扩大产能。（市工业和信息化局牵头）\n\n**2.发展电子材料。**依托乙园发展电子级氢氟酸。（市发展改革委牵头）\n\n**三、保障措施**\n\n加强组织领导。\n',
    );
    expect(titles(d)).toEqual(['一、总体要求', '二、重点任务', '三、保障措施']);
    expect(numbers(d)).toEqual(['1', '2']);
    expect(d.measures.map((m) => m.title)).toEqual(['做强龙头企业', '发展电子材料']);
    expect(d.measures[1]!.responsibilities.map((r) => `${r.role}:${r.name}`)).toEqual(['lead:市发展改革委']);
    expect(d.source.text).not.toContain('**');
  });

  it('reads # headings, > quoted paragraphs and escaped numbers (1\\.) as plain headings and items', async () => {
    const d = await structure(
      '某市新材料产业发展行动方案\n\n# 一、总体要求\n\n> 坚持创新驱动。\n\n# 二、重点任务\n\n## （一）做强龙头\n\n' +
        '1\\.支持甲公司扩大产能。（市工业和信息化局牵头）\\\n\n2\\.依托乙园发展电子级氢氟酸。（市发展改革委牵头）\n\n# 三、保障措施\n\n加强组织领导。\n',
    );
    expect(titles(d)).toEqual(['一、总体要求', '二、重点任务', '（一）做强龙头', '三、保障措施']);
    expect(numbers(d)).toEqual(['1', '2']);
    expect(d.measures[0]!.responsibilities.map((r) => r.name)).toEqual(['市工业和信息化局']);
  });

  it('keeps text that only looks like markup: a single *, a # without a blank, a bar escaped inside a cell', async () => {
    const d = await structure('某市方案\n\n一、总体要求\n\n注*为约束性指标，#1高炉改造，A\\|B 保留。\n');
    expect(d.source.text).toContain('注*为约束性指标，#1高炉改造，A\\|B 保留。');
  });
});

describe('blind12 r06 variant: a one-line table with its caption before the header on the same line', () => {
  it('splits the caption off and reads the rows', async () => {
    const d = await structure(
      '某开发区产业发展规划\n\n第四章 空间布局\n\n重点园区一览表：园区名称｜主导产业｜重点企业 甲光伏产业园｜电池片、光伏组件｜甲能源 乙汽车产业园｜新能源商用车｜乙汽车 丙光学产业园｜光学镜头｜丙光学\n\n第五章 保障措施\n\n设立基金。\n',
    );
    const t = (d.tables ?? []).find((x) => x.header.includes('园区名称'));
    expect(t?.rows).toBe(3);
    expect(t?.caption && d.source.text.slice(t.caption.start, t.caption.end)).toBe('重点园区一览表：');
  });
});
