// A bare 高新区 in a document whose place the reader could not tell (a title opening with 西部（重庆）科学城…) and
// that names no zone of that kind in full was read as the lexicon's Tianjin zone (滨海高新区 HOSTS 光子芯片 and two
// firms LOCATED_IN it, blind17 r04). Such a word is now no park unless the document speaks of the home city.
import { describe, expect, it } from 'vitest';
import { names, runDoc, strong } from '../fixtures/class-doc.ts';

const body = (place: string) => `西部（某州）科学城某地未来产业培育行动方案

为加快培育未来产业，结合${place}实际，制定本方案。
一、发展基础
高新区已集聚华润微电子（某州）等功率半导体企业，为光子芯片产业化提供了配套基础。
`;

describe('a bare zone word in a document of unknown place', () => {
  it('is not the lexicon home city\'s zone', async () => {
    const x = await runDoc(body('本地'));
    expect(names(x, 'Park')).not.toContain('滨海高新区');
    expect(strong(x, 'HOSTS').join()).not.toContain('滨海高新区');
    expect(strong(x, 'LOCATED_IN').join()).not.toContain('滨海高新区');
  });

  it('stays the home city\'s zone when the document speaks of the home city', async () => {
    const x = await runDoc(body('天津'));
    expect(names(x, 'Park')).toContain('滨海高新区');
  });
});
