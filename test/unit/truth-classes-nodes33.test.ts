import { describe, expect, it } from 'vitest';
import { named, names, runDoc } from '../fixtures/class-doc.ts';

// Entity classes of the round-33 sources (nodes33). Own text, invented names.

// University and college names are a closed genre form: a college of the 专科 rank (…高等专科学校), a university named
// by a city the segmenter reads as a verb (开封大学), and a university whose name holds a verb (…建设职业技术大学) were
// cut or lost in 以A、B为创新源头 lists (blind60 r07, blind35 r04, blind43 r01).
describe('university and college names in a list of innovation sources', () => {
  it('reads a 高等专科学校, a city-named university after 、 and a name holding 建设 whole', async () => {
    const x = await runDoc(`青禾市产业发展规划

一、提升创新能力。以青禾理工大学、青禾纺织高等专科学校为创新源头，服务苎麻脱胶和苎麻纺纱。
二、强化创新策源。以青禾大学、开封大学为创新源头，服务先进碳材料和数字文旅。
三、建设创新平台。以青禾中央研究院和浙江青禾建设职业技术大学为创新源头，服务磁性电子材料和红木家具。
`);
    expect(names(x, 'Lab')).toEqual(expect.arrayContaining(['青禾纺织高等专科学校', '开封大学', '浙江青禾建设职业技术大学']));
    expect(names(x, 'Lab')).not.toContain('职业技术大学');
    expect(named(x, 'INNOVATES_FOR')).toEqual(expect.arrayContaining([
      '青禾纺织高等专科学校 -> 苎麻脱胶', '开封大学 -> 数字文旅', '浙江青禾建设职业技术大学 -> 红木家具',
    ]));
  });

  it('keeps 等 after 高 closing a list, and a school the plan is to build nameless', async () => {
    const x = await runDoc(`青禾市产业发展规划

一、培育龙头。支持青禾中科电子、青禾奥特光电等企业提高产能。
二、完善配套。支持建设理工学院，服务先进碳材料。
`);
    expect(names(x, 'Lab').some((n) => n.includes('高等') || n.includes('支持'))).toBe(false);
  });
});
