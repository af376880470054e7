// PART_OF classes found by parts30 (blind43/blind44 and the earlier sets): items filed under the industry their section,
// paragraph or sentence is about. Each test runs a short document written for it (names and places invented) through the
// real read, structure and extraction stages, and asserts what the class gives and what must not come.
import { describe, expect, it } from 'vitest';
import { named, runDoc } from '../fixtures/class-doc.ts';

describe('a document about an industry of one character (X产业 in the title: blind17 r07, blind35 r03, blind44 r02, dev8 r02)', () => {
  it('the title names the document\'s industry with its 产业, and the segments it lists are its parts', async () => {
    const x = await runDoc('青禾县加快梨产业高质量发展的若干措施\n\n一、重点任务\n（一）延链补链。重点发展梨膏、梨汁饮料和冻干梨片。\n');
    const part = named(x, 'PART_OF');
    // (the table keeps the name without its 产业, as the scorer matches it: 梨 = 梨产业)
    for (const k of ['梨膏', '梨汁饮料', '冻干梨片']) expect(part.some((e) => e === `${k} -> 梨产业` || e === `${k} -> 梨`)).toBe(true);
  });
  it('a numeral, a joined pair or a place word after the character names no industry', async () => {
    const x = await runDoc('青禾县新产业园区建设若干措施\n\n一、重点任务\n（一）延链补链。重点发展梨膏和梨汁饮料。\n');
    expect(named(x, 'PART_OF').filter((e) => /-> 新(?:产业)?$/.test(e))).toEqual([]);
    const y = await runDoc('青禾县梨产业和文旅产业融合发展若干措施\n\n一、重点任务\n（一）延链补链。重点发展梨膏和梨汁饮料。\n');
    expect(named(y, 'PART_OF').filter((e) => /-> 梨(?:产业)?$/.test(e))).toEqual([]);
  });
});
