// The document reader: entity highlighting by label and the responsibility matrix.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotateText, responsibilityMatrix } from '../../client/src/docText.ts';
import { uploadProblem } from '../../client/src/views/DocumentsView.tsx';

const ent = (id: string, label: 'Department' | 'Industry' | 'Enterprise' | 'Park' | 'Measure', name: string, aliases: string[] = []) => ({ id, label, name, aliases });

describe('annotateText', () => {
  const text = '支持飞腾在海洋片区发展信创产业，由科技局牵头。';
  const entities = [
    ent('enterprise:飞腾', 'Enterprise', '飞腾'),
    ent('park:海洋片区', 'Park', '海洋片区'),
    ent('industry:信创', 'Industry', '信创'),
    ent('industry:信创产业', 'Industry', '信创产业'),
    ent('dept:x:科技局', 'Department', '科技局'),
    ent('measure:1', 'Measure', '支持飞腾'), // measures are not highlighted
    ent('industry:x', 'Industry', '产'), // one character: too short to highlight
  ];

  it('marks every entity occurrence with its label, longest name first', () => {
    const spans = annotateText(text, entities);
    expect(spans.map((s) => s.text).join('')).toBe(text);
    const marked = spans.filter((s) => s.label).map((s) => [s.text, s.label, s.id]);
    expect(marked).toEqual([
      ['飞腾', 'Enterprise', 'enterprise:飞腾'],
      ['海洋片区', 'Park', 'park:海洋片区'],
      ['信创产业', 'Industry', 'industry:信创产业'],
      ['科技局', 'Department', 'dept:x:科技局'],
    ]);
    expect(spans.find((s) => s.text.startsWith('支持'))!.label).toBeUndefined();
  });

  it('matches aliases and marks the evidence range, splitting entities at its edges', () => {
    const spans = annotateText('飞腾信息位于海洋片区', [ent('enterprise:飞腾', 'Enterprise', '飞腾', ['飞腾信息'])], { start: 2, end: 8 });
    expect(spans.map((s) => [s.text, s.label ?? null, !!s.target])).toEqual([
      ['飞腾', 'Enterprise', false],
      ['信息', 'Enterprise', true],
      ['位于海洋', null, true],
      ['片区', null, false],
    ]);
  });

  it('always reproduces the text exactly, offsets included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('飞', '腾', '海', '洋', '片', '区', '局', '，', 'a') , maxLength: 60 }),
        fc.array(fc.string({ unit: fc.constantFrom('飞', '腾', '海', '洋', '片', '区', '局'), minLength: 1, maxLength: 4 }), { maxLength: 5 }),
        fc.option(fc.tuple(fc.nat(70), fc.nat(70)), { nil: null }),
        (t, names, at) => {
          const spans = annotateText(t, names.map((n, i) => ent(`e:${i}`, 'Park', n)), at ? { start: Math.min(...at), end: Math.max(...at) } : null);
          expect(spans.map((s) => s.text).join('')).toBe(t);
          for (const s of spans) expect(t.slice(s.start, s.start + s.text.length)).toBe(s.text);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('responsibilityMatrix', () => {
  const d = (id: string, role: string) => ({ role, department: { id, name: id } });
  const m = (id: string, departments: ReturnType<typeof d>[]) => ({ id, number: id, title: `举措${id}`, name: id, departments });

  it('puts departments × measures with the strongest role, lead-heavy departments first', () => {
    const x = responsibilityMatrix([
      m('1', [d('科技局', 'lead'), d('财政局', 'support')]),
      m('2', [d('财政局', 'lead'), d('财政局', 'support'), d('科技局', 'support')]),
      m('3', [d('财政局', 'lead')]),
      m('4', []),
    ]);
    expect(x.departments.map((r) => [r.name, r.lead, r.total])).toEqual([
      ['财政局', 2, 3],
      ['科技局', 1, 2],
    ]);
    expect(x.measures.map((r) => r.id)).toEqual(['1', '2', '3']);
    expect(x.cells.get('财政局|2')).toBe('lead');
    expect(x.cells.get('科技局|2')).toBe('support');
    expect(x.cells.get('科技局|3')).toBeUndefined();
  });
});

describe('uploadProblem', () => {
  it('accepts the types the server reads and refuses others, empty and oversized files', () => {
    expect(uploadProblem({ name: '方案.TXT', size: 10 })).toBeNull();
    expect(uploadProblem({ name: 'a.docx', size: 10 })).toBeNull();
    expect(uploadProblem({ name: 'a.pdf', size: 10 })).toBeNull();
    expect(uploadProblem({ name: 'a.xyz', size: 10 })).toMatch(/不支持的文件类型/);
    expect(uploadProblem({ name: 'noext', size: 10 })).toMatch(/不支持的文件类型/);
    expect(uploadProblem({ name: 'a.txt', size: 0 })).toMatch(/空/);
    expect(uploadProblem({ name: 'a.txt', size: 26 * 1024 * 1024 })).toMatch(/过大/);
  });
});
