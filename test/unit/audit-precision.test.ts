// The precision audit of the seeds graph (test/tools/audit-precision.ts, `npm run audit:precision`):
// the judgment fixtures are well-formed, the sample is seeded, stratified and stable under change,
// and the figures are printed. Targets (precision ≥ 0.95 per relation type and node label at the
// default threshold) are asserted once the extraction reaches them (issue 12, phase 2).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { audit, formatAudit, JUDGMENTS, loadJudgments, NODE_JUDGMENTS, seedGraph, stratifiedSample, type Graph } from '../tools/audit-precision.ts';

let g: Graph;
beforeAll(async () => {
  g = await seedGraph();
}, 120_000);

describe('precision audit', () => {
  it('reads the judgment fixtures (every line: key, right|weak|wrong, a reason)', () => {
    expect(loadJudgments(JUDGMENTS).size).toBeGreaterThanOrEqual(280);
    expect(loadJudgments(NODE_JUDGMENTS).size).toBeGreaterThanOrEqual(120);
  });

  it('refuses a malformed judgment with the file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-'));
    const bad = join(dir, 'j.tsv');
    writeFileSync(bad, 'key\tverdict\twhy\nHOSTS:a->b#1\tmaybe\tunsure\n');
    expect(() => loadJudgments(bad)).toThrow(/j\.tsv:2/);
    writeFileSync(bad, 'HOSTS:a->b#1\tright\t\n');
    expect(() => loadJudgments(bad)).toThrow(/reason/);
    writeFileSync(bad, 'HOSTS:a->b#1\tright\tx\nHOSTS:a->b#1\twrong\ty\n');
    expect(() => loadJudgments(bad)).toThrow(/twice/);
  });

  it('samples per stratum by a seeded hash: deterministic, and stable when items come and go', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ id: `e${i}`, t: i % 2 ? 'A' : 'B' }));
    const s1 = stratifiedSample(items, (x) => x.t, (x) => x.id, 10, 'seed');
    const s2 = stratifiedSample([...items].reverse(), (x) => x.t, (x) => x.id, 10, 'seed');
    expect(s1.get('A')!.map((x) => x.id)).toEqual(s2.get('A')!.map((x) => x.id));
    expect(s1.get('A')).toHaveLength(10);
    // drop one sampled item and add new ones: the other nine stay sampled
    const dropped = s1.get('A')![0]!.id;
    const changed = [...items.filter((x) => x.id !== dropped), ...Array.from({ length: 20 }, (_, i) => ({ id: `new${i}`, t: 'A' }))];
    const s3 = stratifiedSample(changed, (x) => x.t, (x) => x.id, 10, 'seed');
    const before = new Set(s1.get('A')!.map((x) => x.id).filter((id) => id !== dropped));
    const kept = s3.get('A')!.filter((x) => before.has(x.id)).length;
    const newcomers = s3.get('A')!.filter((x) => x.id.startsWith('new')).length;
    expect(s3.get('A')).toHaveLength(10);
    // a survivor leaves the sample only when a newcomer outranks it
    expect(kept).toBeGreaterThanOrEqual(9 - newcomers);
    // another seed draws another sample
    const other = stratifiedSample(items, (x) => x.t, (x) => x.id, 10, 'other');
    expect(other.get('A')!.map((x) => x.id)).not.toEqual(s1.get('A')!.map((x) => x.id));
  });

  it('draws ≥ 40 per relation type (all when fewer) and prints precision per type', () => {
    const r = audit(g);
    for (const a of r.edges) expect(a.sampled, a.type).toBe(Math.min(40, a.population));
    for (const a of r.nodes) expect(a.sampled, a.type).toBe(Math.min(40, a.population));
    console.log(formatAudit(r, g));
  });
});
