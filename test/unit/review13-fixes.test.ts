// Fixes from the review of this morning's round (d877f77..13d4fae, /tmp/review13 findings S1, C1–C4): each test fails
// on the code before its fix.
import { describe, expect, it } from 'vitest';
import { departmentJurisdiction } from '../../server/src/ingest/departments/jurisdictions.ts';
import type { Entity } from '../../server/src/ingest/entities/table.ts';
import { industryMerges } from '../../server/src/ingest/resolve/merge.ts';
import type { DocumentMeta } from '../../server/src/ingest/types.ts';
import { runDoc, structure } from '../fixtures/class-doc.ts';
import { seedsLexicon } from '../fixtures/ingest-context.ts';

describe('a sentence of many bare-zone subjects (开发区是…，开发区是…，…)', () => {
  // the work is counted, never timed: every regular-expression run of the whole pipeline (RegExp.prototype.exec, which
  // test, match, replace and the walk's sticky verb read all go through), so a subject that walks every later clause
  // shows up whatever the walk searches its clause marks with (200 → 800 subjects: ~3.8× now, ~12.6× with the walk unbounded)
  const searches = async (n: number) => {
    const doc = '东营港经济开发区发展规划\n\n东营港经济开发区重点发展化工。' + Array.from({ length: n }, () => '开发区是核心承载区').join('，') + '。\n';
    const exec = RegExp.prototype.exec;
    let calls = 0;
    RegExp.prototype.exec = function (this: RegExp, input: string) {
      calls++;
      return exec.call(this, input);
    };
    try {
      await runDoc(doc);
    } finally {
      RegExp.prototype.exec = exec;
    }
    return calls;
  };
  it('grows the work about linearly with the number of subjects', async () => {
    const small = await searches(200);
    const large = await searches(800);
    // quadratic work grows 16× for 4× the subjects; linear 4×
    expect(large / small).toBeLessThan(6);
  });
});

describe('a plain level line naming two segments with 及 (上游：硅料及硅片。)', () => {
  it('reads two segments, not one compound level (only 【上游】原料及辅料 names a level as one)', async () => {
    const x = await runDoc('光伏产业链发展规划\n\n一、产业链构成\n\n上游：硅料及硅片。\n\n中游：电池片及组件。\n\n下游：光伏电站及储能。\n');
    const names = x.nodes.filter((n) => n.label === 'Industry').map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['硅料', '硅片', '电池片', '组件']));
    expect(names.filter((n) => /及/.test(n))).toEqual([]);
    const x2 = await runDoc('光伏产业链发展规划\n\n一、产业链构成\n\n上游：硅料及硅片\n\n细分领域：工业硅、多晶硅。\n\n重点企业：通威股份有限公司。\n');
    expect(x2.nodes.filter((n) => n.label === 'Industry' && /及/.test(n.name))).toEqual([]);
  });
});

describe('a tab row of a bar 分工表 with one cell fewer than the header (2⇥发展石墨⇥…⇥北湖区人民政府⇥2027年12月)', () => {
  const head = '某市新材料产业重点任务分工方案\n\n三、重点任务分工\n\n序号|工作任务|具体内容|牵头单位|配合单位|完成时限\n';
  const row1 = '1|做强钨材料|支持甲钨业扩大产能.|市工业和信息化局|市科学技术局|2026年12月\n';
  const row3 = '3|招引项目|重点招引乙钨业.|市商务局|市高新区管委会|持续推进\n';
  it('does not shift a middle cell lost: no time is read as a department', async () => {
    const d = await structure(head + row1 + '2\t发展石墨\t依托石墨产业园.\t北湖区人民政府\t2027年12月\n' + row3);
    const named = d.measures.flatMap((m) => m.responsibilities.map((r) => r.name));
    expect(named).toContain('市工业和信息化局');
    expect(named.filter((n) => /\d{4}年|月$|持续/.test(n))).toEqual([]);
  });
  it('still reads the row when the one missing is the blank last column (完成时限)', async () => {
    const d = await structure(head + row1 + '2\t发展石墨\t依托石墨产业园.\t北湖区人民政府\t市科学技术局\n' + row3);
    const two = d.measures.find((m) => m.number === '2');
    expect(two?.responsibilities.map((r) => `${r.role}:${r.name}`)).toEqual(['lead:北湖区人民政府', 'support:市科学技术局']);
    expect(d.measures.find((m) => m.number === '3')?.responsibilities.map((r) => r.name)).toContain('市商务局');
  });
});

describe('a government named by a generic qualifier (所在市人民政府 / 设区的市人民政府)', () => {
  const meta = { jurisdiction: '内蒙古自治区', city: '内蒙古自治区', title: '内蒙古自治区产业发展规划' } as DocumentMeta;
  it('is no jurisdiction of its own; a named place still is', () => {
    expect(departmentJurisdiction('包头市人民政府', meta, seedsLexicon)).toBe('包头市');
    for (const n of ['所在市人民政府', '设区的市人民政府', '地级市人民政府', '县级市人民政府', '自治州人民政府', '所在盟市人民政府', '当地市政府', '市区县人民政府'])
      expect(departmentJurisdiction(n, meta, seedsLexicon), n).toBe('内蒙古自治区');
  });
});

describe('an inner degree word 精 (白银精深加工 → 白银深加工) in a segment named by a product with 精 (玉米酒精加工)', () => {
  it('merges the degree word away, not the product’s 精', () => {
    const ent = (name: string): Entity => ({ id: `industry:${name}`, label: 'Industry', name, aliases: new Set([name]), properties: {} });
    const es = ['白银精深加工', '白银深加工', '玉米酒精加工', '玉米酒加工', '食用香精加工', '食用香加工'].map(ent);
    const to = industryMerges(es, { known: () => false, level: () => undefined });
    expect([...to.entries()].sort()).toEqual([['industry:白银精深加工', 'industry:白银深加工']]);
  });
});
