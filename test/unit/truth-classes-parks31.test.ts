// Park classes of branch parks31: short documents of the genre written for these tests (places, firms and fields
// invented). Each asserts what the class gives and what it must not give.
import { describe, expect, it } from 'vitest';
import { names, named, runDoc } from '../fixtures/class-doc.ts';

describe('blind50, blind8: a place whose name opens with a joiner (和田, 和平) is not cut at the joiner', () => {
  it('the document writes the place with its level elsewhere: the park keeps its first character', async () => {
    const x = await runDoc(
      '和顺地区特色食品发展分工方案\n\n一、总体要求\n和顺市是全省重要的核桃产区。\n二、空间布局\n' +
        '和顺经济技术开发区重点发展核桃乳和核桃油。在和顺经济技术开发区建设和顺坚果产业园，重点发展坚果炒货。\n',
    );
    const parks = names(x, 'Park');
    expect(parks).toContain('和顺经济技术开发区');
    expect(parks).toContain('和顺坚果产业园');
    expect(parks).not.toContain('顺经济技术开发区');
    expect(parks).not.toContain('顺坚果产业园');
    const hosts = named(x, 'HOSTS');
    expect(hosts).toContain('和顺经济技术开发区 -> 核桃乳');
    expect(hosts).toContain('和顺坚果产业园 -> 坚果炒货');
  });
  it('a joiner before a park with no such place in the document stays a joiner', async () => {
    const x = await runDoc('某县食品发展方案\n\n一、空间布局\n依托青石经济开发区和顺安食品产业园，发展坚果炒货。\n');
    expect(names(x, 'Park')).toContain('顺安食品产业园');
    expect(names(x, 'Park')).not.toContain('和顺安食品产业园');
  });
});
