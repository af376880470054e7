// Membership classes of issue 12 (IN_INDUSTRY: which firm belongs to which industry or segment), read from the blind22,
// blind23 and blind24 sources, one test per class, on short texts of the genre written for these tests (names invented).
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../server/src/ingest/index.ts';
import { runSnippet as run, strong } from '../fixtures/class-doc.ts';

const judged = (x: Extraction, id: string) => {
  const e = x.edges.find((d) => `${d.source} -> ${d.target}` === id);
  return e ? `${e.properties.basis} ${Number(e.properties.confidence) >= 0.5 ? 'strong' : 'weak'}` : 'none';
};

describe('firms a clause woos are wanted, not members (blind22 r06, blind23 r05, blind24 r01)', () => {
  it('a clause opening with 引进 (no 重点/积极) woos its typed list', () => {
    const x = run('（二）帘子布\n在东岭新材料片区建设帘子布产业园，引进恒泰橡胶、瑞森轮胎等轮胎企业配套项目。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual([]);
    expect(judged(x, 'enterprise:瑞森轮胎 -> industry:轮胎')).toBe('encouraged weak');
  });
  it('a typed list joined by ，以及 shares the wooing of the clause before it', () => {
    const x = run('（三）纸制品\n围绕补链方向，重点招引青山纸业、云鹤国际等包装纸企业，以及安澜护理等生活用纸企业。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual([]);
    expect(judged(x, 'enterprise:安澜护理 -> industry:生活用纸')).toBe('encouraged weak');
  });
  it('what came (已引进 / 先后引进) is still membership', () => {
    const x = run('（三）纸制品\n园区已引进青山纸业、云鹤国际等包装纸企业。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:云鹤国际 -> industry:包装纸', 'enterprise:青山纸业 -> industry:包装纸']);
  });
});

describe('a list of firms each typed by its product in brackets (blind22 r02, blind23 r05, blind24 r05; 41 documents write it)', () => {
  it('each firm is in its own bracket’s product, whatever the list’s kind word (配套/骨干/龙头)', () => {
    const x = run('（二）换热器\n园区已集聚北岭密封件制造有限公司（密封垫片）、吉林省恒川钎焊材料有限公司（钎焊材料）等配套企业。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:北岭密封件制造 -> industry:密封垫片', 'enterprise:吉林省恒川钎焊材料 -> industry:钎焊材料']);
  });
  it('a bracket naming a place, or one bracket alone in its list, types nothing', () => {
    const x = run('（二）换热器\n园区已集聚北岭密封件制造有限公司（吉林）、吉林省恒川钎焊材料有限公司（辽宁）等配套企业。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual([]);
    const y = run('（二）换热器\n园区已集聚北岭密封件制造有限公司（密封垫片）、吉林省恒川钎焊材料有限公司等配套企业。');
    expect(strong(y, 'IN_INDUSTRY')).toEqual([]);
  });
});

describe('a leading firm and the segments it carries (以A为链主，带动X和Y发展: blind22 r01–r06, r08; blind19 r02, blind23 r02/r04, blind24 r03)', () => {
  it('the firm is in each segment the clause names', () => {
    const x = run('（二）专用车\n以北岭重工机器为链主，带动罐式车和应急救援车发展。');
    expect(strong(x, 'IN_INDUSTRY')).toEqual(['enterprise:北岭重工机器 -> industry:应急救援车', 'enterprise:北岭重工机器 -> industry:罐式车']);
    const y = run('（二）专用车\n以北岭重工机器为链主，带动罐式车和应急救援车两个细分领域发展。');
    expect(strong(y, 'IN_INDUSTRY')).toEqual(['enterprise:北岭重工机器 -> industry:应急救援车', 'enterprise:北岭重工机器 -> industry:罐式车']);
  });
  it('kinds of supplier it carries, or intent for it, are no segments of the firm', () => {
    const x = run('（二）专用车\n以北岭重工机器为链主，带动罐式车和应急救援车配套企业协同发展。');
    expect(strong(x, 'IN_INDUSTRY').filter((e) => /罐式车|应急救援车/.test(e))).toEqual([]);
    const y = run('（二）专用车\n支持以北岭重工机器为链主，带动罐式车和应急救援车发展。');
    expect(strong(y, 'IN_INDUSTRY').filter((e) => /罐式车|应急救援车/.test(e))).toEqual([]);
  });
});
