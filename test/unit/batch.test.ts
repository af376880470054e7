// The batch stage: one RESPONSIBLE_FOR edge per department and measure, carrying the strongest role
// named (lead > responsible > support > city) and the evidence of every mention.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../server/src/model.ts';
import { responsibilityEdges } from '../../server/src/ingest/batch/departments.ts';
import { runPipeline } from '../../server/src/ingest/index.ts';
import type { Responsibility, StructuredDoc } from '../../server/src/ingest/types.ts';
import { simpleStructure } from '../fixtures/extract/simple-structure.ts';
import { seedsContext } from '../fixtures/ingest-context.ts';

const STRENGTH: Role[] = ['lead', 'responsible', 'support', 'city'];

/** A one-measure document whose measure names 区科技局 once per role given, in that order. */
function measureNaming(roles: Role[]): StructuredDoc {
  const text = '一、重点任务\n1.支持企业技术改造。（区科技局、区科技局）\n';
  const doc = simpleStructure(text, 'roles.txt');
  const m = doc.measures[0];
  if (!m) throw new Error('fixture has no measure');
  const at = text.indexOf('区科技局');
  m.responsibilities = roles.map((role, k): Responsibility => ({
    name: '区科技局',
    surface: '区科技局',
    role,
    start: at + 5 * k,
    end: at + 5 * k + 4,
    evidence: [{ start: at + 5 * k, end: at + 5 * k + 4 }],
    department: { id: 'dept:某区:区科技局', name: '区科技局', jurisdiction: '某区', surface: '区科技局' },
  }));
  return doc;
}

describe('RESPONSIBLE_FOR: the strongest role wins', () => {
  for (const [i, strong] of STRENGTH.entries()) {
    for (const weak of STRENGTH.slice(i + 1)) {
      it(`${strong} beats ${weak}, whichever is named first`, () => {
        for (const roles of [[strong, weak], [weak, strong]]) {
          const doc = measureNaming(roles);
          const m = doc.measures[0];
          if (!m) throw new Error('no measure');
          const { departments, edges } = responsibilityEdges(doc, m, 0);
          expect(edges).toHaveLength(1);
          expect(edges[0]?.properties.role, roles.join(' then ')).toBe(strong);
          // every mention's evidence is kept
          expect(edges[0]?.evidence.map((e) => e.text)).toEqual(['区科技局', '区科技局']);
          expect(new Set(departments.map((d) => d.id))).toEqual(new Set(['dept:某区:区科技局']));
        }
      });
    }
  }

  it('through the pipeline: a body named as lead and as support of one measure has one edge, role lead', async () => {
    for (const bracket of ['（牵头单位：区人社局；配合单位：区科技局、区人社局）', '（配合单位：区科技局、区人社局；牵头单位：区人社局）']) {
      const text = `一、重点任务\n1.加强人才引进。${bracket}\n`;
      const { batch } = await runPipeline({ file: 'r.txt', bytes: new TextEncoder().encode(text), curatedMeta: { jurisdiction: '某区', city: '某市' } }, seedsContext);
      const edges = batch.edges.filter((e) => e.type === 'RESPONSIBLE_FOR').map((e) => [e.source, e.properties.role]).sort();
      expect(edges, bracket).toEqual([
        ['dept:某区:区人力资源和社会保障局', 'lead'],
        ['dept:某区:区科技局', 'support'],
      ]);
    }
  });
});
