// Property: random measure lists with random responsibility brackets (every form the genre uses,
// half- and full-width) round-trip through read → structure → batch to the same measures,
// departments and roles.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../server/src/ingest/index.ts';
import { seedsContext } from '../fixtures/ingest-context.ts';

const DEPTS = ['区科技局', '区财政局', '区商务局', '区发展改革委', '区工业和信息化局', '区人社局', '区市场监管局', '区教育局', '区卫生健康委', '区金融局'];
const CJK = '支持推动加快建设完善强化提升培育引进发展企业平台产业创新服务体系机制人才资金项目园区载体能力研发成果转化';

const title = fc.array(fc.constantFrom(...CJK.split('')), { minLength: 4, maxLength: 12 }).map((a) => a.join(''));
const body = fc.array(fc.constantFrom(...CJK.split('')), { minLength: 8, maxLength: 40 }).map((a) => a.join(''));
const deptSet = fc.uniqueArray(fc.constantFrom(...DEPTS), { minLength: 1, maxLength: 4 });

type Form = 'responsible' | 'leadSupport' | 'leadOnly' | 'byDuty' | 'unitLeadSupport';
const measure = fc.record({
  title,
  body,
  form: fc.constantFrom<Form>('responsible', 'leadSupport', 'leadOnly', 'byDuty', 'unitLeadSupport'),
  depts: deptSet,
  fullWidth: fc.boolean(),
  numberStyle: fc.constantFrom('.', '．', '、'),
});

type MeasureSpec = { title: string; body: string; form: Form; depts: string[]; fullWidth: boolean };

function render(m: MeasureSpec): { bracket: string; expected: [string, string][] } {
  const [o, c, colon, comma] = m.fullWidth ? ['（', '）', '：', '，'] : ['(', ')', ':', ','];
  const [lead, ...rest] = m.depts;
  switch (m.form) {
    case 'responsible':
      return { bracket: `${o}责任部门${colon}${m.depts.join('、')}${c}`, expected: m.depts.map((d) => [d, 'responsible']) };
    case 'byDuty':
      return { bracket: `${o}${m.depts.join('、')}按职责分工负责${c}`, expected: m.depts.map((d) => [d, 'responsible']) };
    case 'leadOnly':
      return { bracket: `${o}牵头部门${colon}${lead}${c}`, expected: [[lead!, 'lead']] };
    case 'leadSupport':
      return rest.length
        ? { bracket: `${o}牵头部门${colon}${lead}${comma}责任部门${colon}${rest.join('、')}${c}`, expected: [[lead!, 'lead'], ...rest.map((d): [string, string] => [d, 'support'])] }
        : { bracket: `${o}牵头部门${colon}${lead}${c}`, expected: [[lead!, 'lead']] };
    case 'unitLeadSupport':
      return rest.length
        ? { bracket: `${o}牵头单位${colon}${lead}；配合单位${colon}${rest.join('、')}${c}`, expected: [[lead!, 'lead'], ...rest.map((d): [string, string] => [d, 'support'])] }
        : { bracket: `${o}牵头单位${colon}${lead}${c}`, expected: [[lead!, 'lead']] };
  }
}

describe('structure parser (property-based)', () => {
  it('round-trips random measure lists with random responsibility brackets', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(measure, { minLength: 1, maxLength: 12 }), async (measures) => {
        const lines = ['某区关于支持产业发展的若干措施', '一、重点任务'];
        const expected: [string, string][][] = [];
        measures.forEach((m, i) => {
          const r = render(m as never);
          lines.push(`${i + 1}${m.numberStyle}${m.title}。${m.body}。${r.bracket}`);
          expected.push(r.expected.map(([d, role]) => [d, role] as [string, string]).sort());
        });
        const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
        const { batch } = await runPipeline({ file: 'prop.txt', bytes, curatedMeta: { jurisdiction: '某区', city: '天津市' } }, seedsContext);
        const byId = new Map(batch.nodes.map((n) => [n.id, n]));
        const got = batch.nodes
          .filter((n) => n.label === 'Measure')
          .sort((a, b) => Number(a.properties.number) - Number(b.properties.number))
          .map((m) =>
            batch.edges
              .filter((e) => e.type === 'RESPONSIBLE_FOR' && e.target === m.id)
              // a department is matched by any of its surface forms (the canonical name may expand an abbreviation)
              .map((e): [string, string] => {
                const d = byId.get(e.source)!;
                const surface = DEPTS.find((x) => x === d.name || d.aliases.includes(x)) ?? d.name;
                return [surface, String(e.properties.role)];
              })
              .sort(),
          );
        expect(got).toEqual(expected);
      }),
      { numRuns: 150, seed: 20261123 },
    );
  }, 120_000);
});
