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

// A park's own plan titled 南雄产业转移工业园产业发展规划: 产业转移 opens a kind of park (产业转移工业园/示范区), so the place
// before it is no industry the document is about — it read as one, and every firm and segment of the plan went under
// it (blind59 r07: 7 wrong edges).
describe('the title of an industry-transfer park', () => {
  it('names no subject industry from the place before 产业转移', async () => {
    const x = await runDoc(`青溪产业转移工业园产业发展规划

一、发展基础
青溪产业转移工业园位于省境北部。园区已形成精细化工、新材料和食品加工三大主导产业。

二、重点产业链
（一）食品加工产业链。青溪粤丰食品有限公司是省内重要的食品加工企业，重点发展银杏食品。
`);
    expect(names(x, 'Industry')).not.toContain('青溪');
    expect(names(x, 'Industry')).toEqual(expect.arrayContaining(['精细化工', '食品加工']));
    expect(x.edges.some((e) => e.target === 'industry:青溪')).toBe(false);
  });

  it('still reads the subject of an industry plan', async () => {
    const x = await runDoc(`青溪县新材料产业发展规划

一、主导产业
重点发展高阻隔功能膜和生物降解包装材料。
`);
    expect(names(x, 'Industry')).toEqual(expect.arrayContaining(['新材料', '高阻隔功能膜']));
  });
});
