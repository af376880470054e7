// One list sentence and one long paragraph grow the relation stage with the document, not with its square (review16 M1,
// M2: a small hostile file must never take the server down). Work is counted, never timed: typedListWork counts what
// relations/parks.ts reads to decide whether a listed firm is the subject of 在P / 落户P (characters blanked, names
// looked at), hierarchyWork what relations/industries.ts looks at to decide whether an industry is named beside its
// lexicon parent (mentions and offsets). Each document at n and 2n: the work may double, about, not quadruple.
import { describe, expect, it } from 'vitest';
import { typedListWork } from '../../server/src/ingest/relations/parks.ts';
import { hierarchyWork } from '../../server/src/ingest/relations/industries.ts';
import { runDoc } from '../fixtures/class-doc.ts';

const firm = (i: number) => `企业${String(i).padStart(5, '0')}公司`;
const names = (n: number) => Array.from({ length: n }, (_, i) => firm(i)).join('、');

async function parksWork(text: string) {
  typedListWork.steps = 0;
  const x = await runDoc(text);
  return { steps: typedListWork.steps, edges: x.edges.map((e) => `${e.type} ${e.source} -> ${e.target}`) };
}

describe('a sentence naming n firms before a park (relations/parks.ts typedListsBefore, LIST_SETTLED)', () => {
  it('重点引进A、B…等企业，在P集聚发展: the names blanked once per park, not once per firm', async () => {
    const doc = (n: number) => `某市产业发展规划\n\n一、发展目标\n重点引进${names(n)}等企业，在滨海高新区集聚发展。\n`;
    const [small, large] = [await parksWork(doc(150)), await parksWork(doc(300))];
    expect(small.steps).toBeGreaterThan(0);
    // (old code: every name of the sentence replaced in the span for each firm — 4× per doubling and more)
    expect(large.steps / small.steps).toBeLessThanOrEqual(2.2);
    // firms to attract are no firms settled in the zone
    expect(large.edges.filter((e) => e.startsWith('LOCATED_IN enterprise:'))).toEqual([]);
  });

  it('A、B等企业和C、D等企业已在P设立总部 / A、B…等企业已落户P: every listed firm settled, the work linear', async () => {
    const typed = (n: number) =>
      `某市产业发展规划\n\n一、发展基础\n${names(n)}等电子企业和${Array.from({ length: n }, (_, i) => firm(n + i)).join('、')}等材料企业已在滨海高新区设立区域总部。\n`;
    const settled = (n: number) => `某市产业发展规划\n\n一、发展基础\n${names(n)}等企业已落户滨海高新区。\n`;
    for (const doc of [typed, settled]) {
      const [small, large] = [await parksWork(doc(100)), await parksWork(doc(200))];
      const located = (x: typeof small) => x.edges.filter((e) => /^LOCATED_IN enterprise:企业\d+ -> park:滨海高新区$/.test(e)).length;
      expect([located(small), located(large)]).toEqual(doc === typed ? [200, 400] : [100, 200]);
      expect(small.steps).toBeGreaterThan(0);
      expect(large.steps / small.steps).toBeLessThanOrEqual(2.2);
    }
  });
});

describe('a long paragraph of one clause repeated (relations/industries.ts hierarchyEdges)', () => {
  it('支持发展生物医药产业和医疗器械产业…: each mention looks only at its list and beside itself for its lexicon parent', async () => {
    const run = async (n: number) => {
      hierarchyWork.steps = 0;
      const x = await runDoc(`某市生物医药产业发展规划\n\n三、重点任务\n${'支持发展生物医药产业和医疗器械产业'.repeat(n)}。\n`);
      return { steps: hierarchyWork.steps, edges: x.edges.map((e) => `${e.type} ${e.source} -> ${e.target}`) };
    };
    const [small, large] = [await run(1500), await run(3000)];
    // 医疗器械 named beside its lexicon parent is its sibling, no part of it, at every mention
    expect(large.edges.filter((e) => e.startsWith('PART_OF industry:医疗器械'))).toEqual([]);
    expect(small.steps).toBeGreaterThan(0);
    // (old code: the mentions of an industry copied for each of its mentions, every mention of the parent looked at for
    // each — 4× per doubling)
    expect(large.steps / small.steps).toBeLessThanOrEqual(2.2);
  });

});
