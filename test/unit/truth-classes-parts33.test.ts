// PART_OF classes found by parts33 (blind60 r02). Each test runs a short document written for it (names and places
// invented) through the real read, structure and extraction stages, and asserts what the class gives and what must not come.
import { describe, expect, it } from 'vitest';
import { named, runDoc } from '../fixtures/class-doc.ts';

const plan = (heading: string, body: string) =>
  '青禾县国民经济和社会发展第十五个五年规划纲要(节选)\n\n第五章　做强青禾竹编产业\n\n竹编是青禾最具辨识度的特色产业。\n\n' + heading + '\n\n' + body;
// level lines closed by a half-width ; and hard line breaks, as a converted plan writes them
const levels = '上游：竹林培育、竹材处理;\n中游：竹编家具、竹编灯具;\n下游：竹编电商、竹艺研学。\n';

describe('level lines under a section heading naming the chain, in a document whose title names no industry (第一节　完善X产业链: blind60 r02)', () => {
  it('every item of every level is part of the chain the heading names', async () => {
    const parts = named(await runDoc(plan('第一节　完善竹编产业链', levels)), 'PART_OF');
    for (const p of ['竹林培育', '竹材处理', '竹编家具', '竹编灯具', '竹编电商', '竹艺研学']) expect(parts).toContain(`${p} -> 竹编`);
  });
  it('the same when a dash chain opens the paragraph and the first level line runs on after it', async () => {
    const x = await runDoc(plan('第一节　完善竹编产业链', '青禾竹编产业链条为竹材处理—破篾—编织—上漆。' + levels));
    const parts = named(x, 'PART_OF');
    for (const p of ['竹林培育', '竹编家具', '竹编灯具', '竹艺研学']) expect(parts).toContain(`${p} -> 竹编`);
    expect(named(x, 'UPSTREAM_OF')).toContain('竹材处理 -> 破篾');
  });
  it('a heading that names no chain gives the levels no whole', async () => {
    const parts = named(await runDoc(plan('第一节　优化产业布局', levels)), 'PART_OF');
    expect(parts.filter((e) => /^(?:竹林培育|竹编家具|竹艺研学) -> /.test(e))).toEqual([]);
  });
  it('a generic chain word in the heading (完善现代产业链) is no whole', async () => {
    const parts = named(await runDoc(plan('第一节　完善现代产业链', levels)), 'PART_OF');
    expect(parts.filter((e) => /^(?:竹林培育|竹编家具|竹艺研学) -> /.test(e))).toEqual([]);
  });
});
