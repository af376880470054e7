// Findings left by the reviews of 2026-12-06 (fix15). A pattern's backtracking cannot be counted from JavaScript without
// a clock, so the safety fixes of a pattern are pinned by their answers on the hostile input and its neighbours (the
// CPU figures are in each commit message); a loop's work is counted.
import { describe, expect, it } from 'vitest';
import { runDoc } from '../fixtures/class-doc.ts';

const located = async (body: string, title = '东营港经济开发区发展规划') =>
  (await runDoc(`${title}\n\n${body}\n`)).edges.filter((e) => e.type === 'LOCATED_IN').map((e) => `${e.source} -> ${e.target}`);

describe('a bare zone word after a long run of blanks (relations/parks.ts: the zone word first, its look-behind after it)', () => {
  const blanks = ' \t'.repeat(20_000);
  it('still reads the bare 开发区 after a clause mark and any blanks as the zone, and not without the mark', async () => {
    const firm = ['enterprise:万华化学 -> park:东营港经济开发区'];
    expect(await located(`东营港经济开发区重点发展化工，${blanks}开发区已集聚万华化学股份有限公司等企业。`)).toEqual(firm);
    expect(await located(`东营港经济开发区重点发展化工，目前开发区已集聚万华化学股份有限公司等企业。`)).toEqual(firm);
    expect(await located(`东营港经济开发区重点发展化工${blanks}开发区已集聚万华化学股份有限公司等企业。`)).toEqual([]);
  });
});

describe('a chain alone on its line before a long run of blanks (relations/tables.ts HEAD: one blank run per quantifier)', () => {
  const record = (head: string) =>
    runDoc(`某市产业链发展方案\n\n${head}\n链主企业：徐工集团工程机械股份有限公司\n重点企业：三一重工股份有限公司、中联重科股份有限公司\n`);
  const inChain = async (head: string) =>
    (await record(head)).edges.filter((e) => e.type === 'IN_INDUSTRY' && /工程机械/.test(e.target)).map((e) => e.source).sort();
  it('still reads the head with blanks and a colon after it, and no head from a line that goes on after its blanks', async () => {
    const firms = await inChain('（一）工程机械产业链');
    expect(firms.length).toBeGreaterThanOrEqual(3);
    expect(await inChain(`（一）工程机械产业链${' \t'.repeat(20_000)}`)).toEqual(firms);
    expect(await inChain(`（一）工程机械产业链 \t：${' \t'.repeat(20_000)}`)).toEqual(firms);
    expect(await inChain(`（一）工程机械产业链${' \t'.repeat(20_000)}x`)).toEqual([]);
  });
});
