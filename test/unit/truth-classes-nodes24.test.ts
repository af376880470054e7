// Node classes of issue 12 read from blind29 and blind30 (and counted over every truth set): product lines written as a
// pair after a development verb, one test per class, on short texts of the genre written for these tests (names
// invented, not in the lexicon).
import { describe, expect, it } from 'vitest';
import { runSnippet as run, names } from '../fixtures/class-doc.ts';

describe('the lines a chain or a firm extends into (nodes24 class 1)', () => {
  it('向X和Y延伸: both products are industries', () => {
    const x = run('一、做强智能仪表。以岚川仪表集团为龙头，向超声波热量表和电磁水表延伸。');
    expect(names(x, 'Industry')).toEqual(expect.arrayContaining(['超声波热量表', '电磁水表']));
  });
  it('a direction or a degree is no industry (向下游延伸, 向高端化转型, 向价值链高端延伸)', () => {
    const x = run('一、做强智能仪表。推动岚川仪表集团向下游延伸，向高端化、智能化转型，向价值链高端延伸。');
    expect(names(x, 'Industry').filter((n) => /下游|高端|价值链/.test(n))).toEqual([]);
  });
  it('fields where things go are no industries (向政务、金融等领域拓展)', () => {
    const x = run('一、做强软件服务。推动澄源软件公司向政务和金融领域拓展。');
    expect(names(x, 'Industry')).not.toContain('政务');
  });
  it('a place between or along things is no industry, and a doubled verb is no part of a name (向两区之间延伸拓展)', () => {
    const x = run('一、做强智能仪表。发挥岚川仪表集团的引领作用，加快向两区之间延伸拓展，向滨江沿线延伸。');
    expect(names(x, 'Industry').filter((n) => /之间|沿线|延伸|拓展/.test(n))).toEqual([]);
  });
  it('延伸发展X和Y: a plan verb, no actor needed', () => {
    const x = run('一、壮大化工新材料。依托澄江化学有限公司，延伸发展超吸水凝胶和改性聚酯切片。');
    expect(names(x, 'Industry')).toEqual(expect.arrayContaining(['超吸水凝胶', '改性聚酯切片']));
  });
  it('a firm facing a direction before its verb (鼓励A公司向下游拓展X和Y)', () => {
    const x = run('一、壮大化工新材料。鼓励澄江石化公司向下游拓展茂金属聚乙烯和医用透析膜料。');
    expect(names(x, 'Industry')).toEqual(expect.arrayContaining(['茂金属聚乙烯', '医用透析膜料']));
  });
  it('A公司开发X和Y: a firm’s new products; a bank’s 开发…信贷产品 names none', () => {
    const x = run('一、做强纺织面料。支持岚川锦纶股份有限公司开发抗紫外锦纶面料和凉感锦纶面料。鼓励银行机构开发面料贷产品。');
    expect(names(x, 'Industry')).toEqual(expect.arrayContaining(['抗紫外锦纶面料', '凉感锦纶面料']));
    expect(names(x, 'Industry').filter((n) => /贷/.test(n))).toEqual([]);
  });
});
