// review17 M4: numbered items past 399 were silently dropped (markers.ts `value < 400`): 1,000
// numbered measures ingested as 399 with rc 0 and no warning. A number with a stop or 、 (400． / 1000、)
// now numbers its item whatever its size (up to 9,999); a bare number before a space (500 亿元 wrapped to
// the start of a line) is still an amount, not a marker.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../server/src/ingest/index.ts';
import { markerOf } from '../../server/src/ingest/structure/markers.ts';
import { seedsContext } from '../fixtures/ingest-context.ts';

const N = 1010;
const text = ['二、工作举措', ...Array.from({ length: N }, (_, i) => `${i + 1}．支持滨海高新区发展新能源产业，引进龙头企业。（区发展改革委、区科技局按职责分工负责）`)].join('\n');

describe('numbered items past 399 (pipeline)', () => {
  it(`reads all ${N} numbered measures of a list, none lost and none merged`, async () => {
    const { batch } = await runPipeline({ file: 'measures-many.txt', bytes: new TextEncoder().encode(text) }, seedsContext);
    const measures = batch.nodes.filter((n) => n.label === 'Measure');
    expect(measures).toHaveLength(N);
    // every measure carries its own sentence once (the item after 399 is not glued to 399)
    const texts = measures.map((m) => String(m.properties.text ?? m.name));
    for (const t of texts) expect(t.split('支持滨海高新区').length - 1, t.slice(0, 60)).toBe(1);
    // each measure keeps the department responsible for it
    const responsible = batch.edges.filter((e) => e.type === 'RESPONSIBLE_FOR');
    expect(new Set(responsible.map((e) => e.target)).size).toBe(N);
  }, 120_000);
});

describe('markerOf', () => {
  it('numbers 400 and beyond with a stop or 、, a bare number before a space stays an amount', () => {
    expect(markerOf('400.支持滨海高新区发展')).toMatchObject({ family: 'ar', value: 400 });
    expect(markerOf('1000、支持滨海高新区发展')).toMatchObject({ family: 'ar', value: 1000 });
    expect(markerOf('2500. 支持滨海高新区发展')).toMatchObject({ family: 'ar', value: 2500 });
    expect(markerOf('12. 支持滨海高新区发展')).toMatchObject({ family: 'ar', value: 12 });
    expect(markerOf('12 支持滨海高新区发展')).toMatchObject({ family: 'ar', value: 12 });
    expect(markerOf('500 亿元以上的产业集群')).toBeUndefined();
    expect(markerOf('2024 年全市生产总值')).toBeUndefined();
    expect(markerOf('718.25')).toBeUndefined();
    expect(markerOf('2023、2024年连续增长')).toBeUndefined();
  });
});
