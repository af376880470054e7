// Document-structure classes found on the seventh blind set and the sets before it (test/fixtures/truth-blind7
// r08, truth-blind6 r07/r08, truth-dev5 s05, the genre pastes g04/g13/b01) and on the dev8 drafts: which
// numbered lines are measures and with which number, what is page furniture, where a sentence broken over
// lines goes on, articles with items, bar-separated task tables. One describe per class, on short texts
// written for these tests (names invented), through the real read and structure stages; each asserts what
// the class requires and what it forbids.
import { describe, expect, it } from 'vitest';
import type { StructuredDoc } from '../../server/src/ingest/types.ts';
import { measureText, names, numbers, runDoc, structure } from '../fixtures/class-doc.ts';

const sentencesOf = (d: StructuredDoc) => d.sentences.map((s) => d.source.text.slice(s.start, s.end));

describe('class: 4) / 1） — an arabic number with only its closing bracket', () => {
  it('continuing a run 1. 2、 3．, 4) numbers measure 4 (not content of measure 3)', async () => {
    const d = await structure(
      '岚州市钒材料产业实施方案\n一、重点任务\n1.提升钒制品加工。发展钒铝合金。\n2、发展储能电池。发展全钒液流电池。\n3．壮大钛产业。发展海绵钛。\n4)推进钛材加工。支持岚州金钛布局钛合金粉末。\n５.加强创新平台。建设中试基地。\n',
    );
    expect(numbers(d)).toEqual(['1', '2', '3', '4', '5']);
    expect(measureText(d, '3')).not.toContain('钛合金粉末');
    expect(measureText(d, '4')).toContain('支持岚州金钛布局钛合金粉末');
  });
  it('without 1. items, a run 1）2）3） right under a title-only heading numbers the measures', async () => {
    const d = await structure(
      '岚州高新区钛产业招商指南\n一、产业概况\n岚州高新区钛产业产值达到500亿元。\n二、支持政策\n1）落户奖励。对新落户项目给予奖励。\n2）研发支持。支持岚钛集团牵头组建创新中心。\n3）人才金融。设立钛产业基金。\n',
    );
    expect(numbers(d)).toEqual(['1', '2', '3']);
    expect(measureText(d, '2')).toContain('岚钛集团');
  });
  it('a 1) 2) layout list before the 1. 2、 measures is content, and so are 1) 2) points inside a measure', async () => {
    const d = await structure(
      '岚州开发区纺织产业规划\n一、空间布局\n开发区包括两个园区:\n1)羊绒纺织园.重点发展羊绒纱线.\n2)功能纺织园.重点发展功能性面料.\n二、重点任务\n1.做强羊绒纱线.发展高支纱线,主要做好:\n1)推动纱线企业开展国际认证;\n2)引导企业兼并重组.\n2、提升服装品牌.发展羊绒大衣.\n',
    );
    expect(numbers(d)).toEqual(['1', '2']);
    expect(measureText(d, '1')).toContain('引导企业兼并重组');
    expect(measureText(d, '2')).toContain('提升服装品牌');
  });
});

describe('class: 目录 lines and page furniture of a PDF paste', () => {
  it('a 目录 with dot leaders gives no headings; the body headings are read once', async () => {
    const d = await structure(
      '岚州市钒钛产业实施方案\n目  录\n一、总体要求……………………1\n二、重点任务……………………2\n\n一、总体要求\n　　推动钒钛产业转型。\n二、重点任务\n1.提升钒制品加工。发展钒铝合金。\n',
    );
    expect(d.headings.map((h) => h.title)).toEqual(['总体要求', '重点任务']);
    expect(sentencesOf(d).some((s) => /……/.test(s))).toBe(false);
  });
  it('a page number line (- 1 -, 第 2 页 共 3 页) and the running header after it are dropped; a sentence cut by the page break goes on', async () => {
    const d = await structure(
      '岚州市储能产业实施方案\n一、重点任务\n1.发展储能电池。依托岚州储能科技等企业，发展全钒液流电池和储能系统集成，对新建项目按设备\n\n                    - 1 -\n岚州市人民政府办公室                          2026年3月\n投资额给予补助。\n2、建设产业园。在岚州高新区建设储能产业园。\n\n第 2 页  共 3 页\n\n二、保障措施\n设立产业基金。\n',
    );
    const text = d.source.text;
    expect(text).not.toMatch(/- 1 -|第 2 页|人民政府办公室/);
    expect(sentencesOf(d)).toContain('依托岚州储能科技等企业，发展全钒液流电池和储能系统集成，对新建项目按设备投资额给予补助。');
    expect(numbers(d)).toEqual(['1', '2']);
    expect(d.headings.map((h) => h.title)).toEqual(['重点任务', '保障措施']);
  });
});

describe('class: hard line breaks mid-sentence and inside names', () => {
  it('a long prose line cut without a stop, or a line ending with a comma, goes on on the next line: one sentence, one name', async () => {
    const x = await runDoc(
      '岚州市钒产业实施方案\n一、重点任务\n1.提升钒制品精深加工水平。我市钒产业已形成完整链条，以岚钢集团\n钒钛资源股份为链主，发展高纯五氧化二钒和钒铝合金。推动钒制品向高端特钢领域延伸，\n对新建项目给予补助。\n',
    );
    const s = sentencesOf(x.doc);
    expect(s).toContain('我市钒产业已形成完整链条，以岚钢集团钒钛资源股份为链主，发展高纯五氧化二钒和钒铝合金。');
    expect(s).toContain('推动钒制品向高端特钢领域延伸，对新建项目给予补助。');
    // (no half of the broken name is taken for a firm of its own)
    expect(names(x, 'Enterprise').filter((n) => n === '钒钛资源股份')).toEqual([]);
  });
  it('a short line whose last sentence starts after a stop inside it is cut too (a name broken at the line end)', async () => {
    const d = await structure('岚州县电池产业行动方案\n二、重点方向\n（二）锂离子电池.依托岚能帅\n福得发展储能锂电池.\n');
    expect(sentencesOf(d)).toContain('依托岚能帅福得发展储能锂电池.');
  });
  it('titles, indented paragraphs, label lines and table rows are never joined', async () => {
    const d = await structure(
      '岚州市推进钒钛新材料产业高质量发展实施方案\n(2026-2028年)\n一、总体要求\n　　立足资源优势，推动钒钛产业由原料型向材料型转变，加快产业升级\n　　坚持创新驱动。\n到2028年，全市钒钛产业产值突破1500亿元，推动钒钛产业向高端化、智能化转型\n保障措施\n细分领域：谐波减速器、伺服电机、精密轴承、工业机器人本体、智能控制系统\n链主企业：岚州精工集团\n序号\t重点任务\t牵头单位\n1\t建设产业园，集聚企业，\t市发展改革委\n2\t培育链主企业\t市工业和信息化局\n',
    );
    const lines = d.source.text.split('\n');
    expect(lines).toContain('(2026-2028年)');
    expect(lines).toContain('　　坚持创新驱动。');
    expect(lines).toContain('保障措施');
    expect(lines).toContain('链主企业：岚州精工集团');
    expect(lines).toContain('2\t培育链主企业\t市工业和信息化局');
  });
});

describe('class: 第X条 articles with （一）（二） items', () => {
  it('an article is one measure up to the next article: its items are its content and name its parts', async () => {
    const d = await structure(
      '岚州省人民政府关于推动铝产业高质量发展的实施意见\n\n各市、县人民政府：\n\n第一条　总体要求。坚持延链补链，打通全链条。\n\n第二条　稳定上游原料保障。\n（一）提升氧化铝供给能力。支持岚铝分公司扩大氧化铝产能。\n（二）发展绿色电解铝。以岚华新材料为龙头，发展绿色电解铝。\n\n第三条　附则。本意见自印发之日起施行。\n\n岚州省人民政府\n2026年3月10日\n',
    );
    // (the date at the end is the document's signature: the articles are its body, not a notice's)
    expect(numbers(d)).toEqual(['一', '二', '三']);
    expect(measureText(d, '二')).toContain('以岚华新材料为龙头');
    const s = d.sentences.find((x) => d.source.text.slice(x.start, x.end).startsWith('以岚华新材料'));
    expect(s?.sectionPath).toEqual(['第二条　稳定上游原料保障', '（二）发展绿色电解铝']);
    const third = d.sentences.find((x) => d.source.text.slice(x.start, x.end).startsWith('本意见'));
    expect(third?.sectionPath).toEqual(['第三条　附则']);
  });
});

describe('class: a 关于…的意见 signed at its end', () => {
  it('the closing date is its signature: the numbered items before it are its measures, not a notice’s front matter', async () => {
    const d = await structure(
      '岚州省人民政府关于推动铝产业发展的意见\n各市、县人民政府：\n为推动铝产业发展，提出如下意见。\n（一）提升氧化铝供给能力。支持岚铝分公司扩大氧化铝产能。（省工业和信息化厅牵头，省发展改革委配合）\n（二）发展绿色电解铝。以岚华新材料为龙头，发展绿色电解铝。（省工业和信息化厅负责）\n岚州省人民政府\n2026年3月10日\n抄送：省委各部门。\n',
    );
    expect(numbers(d)).toEqual(['一', '二']);
    expect(d.headings.map((h) => h.title)).toEqual(['提升氧化铝供给能力', '发展绿色电解铝']);
  });
});

describe('class: task tables flattened with bars', () => {
  it('序号|重点任务|牵头单位|配合单位 rows are the measures; a row broken inside a cell stays one row; ４ is measure 4', async () => {
    const d = await structure(
      '附件\n\n岚州市新材料重点任务分解表\n\n序号|重点任务|牵头单位|配合单位|完成时限\n1|做强氟硅材料。依托岚岳集团发展含氟聚合物。|市工业和信息化局|市科技局|2026年12月底\n2|提升化工新材料。在岚州化学工业区建设聚烯烃产业园，推动乙烯下游\n延伸。|市发展改革委|岚州化学工业区管委会|2026年11月底\n４｜延伸铝基材料。支持岚州铝业拓展高纯氧化铝。｜市工业和信息化局｜市财政局｜2026年10月底\n\n说明：1.牵头单位为第一责任单位；2.完成时限为年度任务完成时间。\n',
    );
    expect(numbers(d)).toEqual(['1', '2', '4']);
    expect(measureText(d, '2')).toContain('延伸。');
    const roles = (n: string) => d.measures.find((m) => m.number === n)?.responsibilities.map((r) => `${r.name}/${r.role}`);
    expect(roles('2')).toEqual(['市发展改革委/lead', '岚州化学工业区管委会/support']);
    expect(roles('4')).toEqual(['市工业和信息化局/lead', '市财政局/support']);
    // a row that is the measure's text is not compared with itself
    expect(d.warnings ?? []).toEqual([]);
  });
});
