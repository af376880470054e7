// fix30: bad input loses nothing past row 999. A table flattened into comma rows (序号,项目名称,… then
// 1,项目…) numbered its rows with one to three digits (markers.ts CSV_ROW), and read/clean.ts took a line
// starting with a four-digit number for the wrapped rest of the line before it (MARKER_START): rows and
// numbered lines from 1000 on were glued to row 999 and lost as items of their own.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../server/src/ingest/index.ts';
import { CSV_ROW } from '../../server/src/ingest/structure/markers.ts';
import { seedsContext } from '../fixtures/ingest-context.ts';

const N = 1030;

async function measures(text: string) {
  const { batch } = await runPipeline({ file: 'rows-many.txt', bytes: new TextEncoder().encode(text) }, seedsContext);
  return batch.nodes.filter((n) => n.label === 'Measure').map((m) => String(m.properties.text ?? m.name));
}

describe('rows and numbered lines past 999', () => {
  it(`a comma-flattened table of ${N} rows: every row is an item of its own`, async () => {
    const rows = Array.from({ length: N }, (_, i) => `${i + 1},第${i + 1}号新能源项目,滨海高新区,新能源`);
    const texts = await measures(['二、重点项目', '序号,项目名称,所在园区,产业', ...rows].join('\n'));
    expect(texts).toHaveLength(N);
    for (const t of texts) expect(t.split('号新能源项目').length - 1, t.slice(0, 60)).toBe(1);
    expect(texts.some((t) => t.includes(`第${N}号新能源项目`))).toBe(true);
  }, 120_000);

  it(`${N} numbered lines that end without a stop (as a pasted list does): none glued to the one before`, async () => {
    const lines = Array.from({ length: N }, (_, i) => `${i + 1}．支持滨海高新区第${i + 1}个新能源项目建设，引进龙头企业，推动产业集聚发展，完善配套设施`);
    const texts = await measures(['二、工作举措', ...lines].join('\n'));
    expect(texts).toHaveLength(N);
    for (const t of texts) expect(t.split('支持滨海高新区').length - 1, t.slice(0, 60)).toBe(1);
  }, 120_000);

  it('CSV_ROW reads a 序号 of up to five digits, and still not an amount or a year', () => {
    expect(CSV_ROW.exec('1000,第1000号项目,滨海高新区,新能源')?.[1]).toBe('1000');
    expect(CSV_ROW.exec('12345,项目,滨海高新区,新能源')?.[1]).toBe('12345');
    expect(CSV_ROW.exec('123456,项目,滨海高新区,新能源')).toBeNull();
    expect(CSV_ROW.exec('2024,2025,2026,2027')).toBeNull();
    expect(CSV_ROW.exec('2026,乳业升级项目,岚州乳业集团,岚州经开区')).toBeNull(); // a year in the first cell
    expect(CSV_ROW.exec('19000,项目,滨海高新区,新能源')?.[1]).toBe('19000');
  });
});
