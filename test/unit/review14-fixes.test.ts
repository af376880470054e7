// Findings of the review of the second round of 2026-12-06 (read/clean.ts), each with the behaviour it pins; every
// test fails on the code before its fix.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../server/src/ingest/read/clean.ts';

describe('a one-line table’s caption (read/clean.ts unflattenRows)', () => {
  const table = '园区名称\t主导产业\t重点企业 光伏产业园\t电池片、组件\t甲能源 乙产业园\t储能\t乙公司 丙产业园\t氢能\t丙公司';
  it('splits a caption ending in 表/一览 and a colon or a blank off the header', () => {
    expect(cleanText(`重点园区一览表：${table}\n`).split('\n').slice(0, 2)).toEqual(['重点园区一览表：', '园区名称\t主导产业\t重点企业']);
    expect(cleanText(`重点园区一览表 ${table}\n`).split('\n').slice(0, 2)).toEqual(['重点园区一览表', '园区名称\t主导产业\t重点企业']);
  });
  it('reads the 表 inside a column word (代表企业) as no caption', () => {
    const out = cleanText('代表企业\t所在园区\t主导产业 甲公司\t光伏产业园\t电池片 乙公司\t储能产业园\t储能 丙公司\t氢能产业园\t氢能\n');
    expect(out.split('\n')[0]).toBe('代表企业\t所在园区\t主导产业');
  });
  it('takes no caption from a first cell longer than a caption and a header word (a run of blanks stays one cell)', () => {
    const line = `重点园区一览表${'　'.repeat(2000)}x\t园区名称\t主导产业`;
    expect(cleanText(`${line}\n`)).not.toContain('重点园区一览表\n');
  });
});

describe('markdown a converter leaves (read/clean.ts)', () => {
  it('strips ** only where it opens a line: a masked name or a formula in a line stays as written', () => {
    expect(cleanText('**一、总体要求**\n')).toBe('一、总体要求\n');
    expect(cleanText('**1.做强龙头企业。**支持甲公司扩大产能。\n')).toBe('1.做强龙头企业。支持甲公司扩大产能。\n');
    expect(cleanText('与山东**化工有限公司签约。\n')).toBe('与山东**化工有限公司签约。\n');
  });
  it('strips > only before a blank: a comparison opening a line (>10万吨的项目) stays', () => {
    expect(cleanText('> 坚持创新驱动。\n')).toBe('坚持创新驱动。\n');
    expect(cleanText('>10万吨的项目给予奖励。\n')).toBe('>10万吨的项目给予奖励。\n');
  });
});
