// Park relation classes (HOSTS, LOCATED_IN) found on the blind13 set and checked on blind14, blind12 and older sets
// (branch parks15): short documents of the genre written for these tests (places and firms invented). Each asserts
// what the class gives and what it must not give.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind13 r08 (blind12 r06 with tabs): a park table pasted as ONE line with a bar between every two cells', () => {
  const doc = (line: string) =>
    `岚州市纺织服装产业工作简报\n\n二、重点园区建设进展\n\n${line}\n\n青岚纺织产业园已集聚岚州棉业等纺纱企业。\n`;
  it('each row’s park hosts the industries of its 主导产业 cell (planned); a count column is no industry; no row pairs across', async () => {
    const x = await runDoc(
      doc('表1 重点园区一季度情况 | 园区名称 | 主导产业 | 新开工项目 | 青岚纺织产业园 | 棉纺、印染 | 12个 | 云杉经济技术开发区 | 粘胶纤维、服装家纺 | 8个 | 赤松经济开发区 | 针织、服装 | 9个'),
    );
    const hosts = strong(x, 'HOSTS');
    for (const h of ['青岚纺织产业园 -> industry:棉纺', '青岚纺织产业园 -> industry:印染', '云杉经济技术开发区 -> industry:粘胶纤维', '云杉经济技术开发区 -> industry:服装家纺', '赤松经济开发区 -> industry:针织', '赤松经济开发区 -> industry:服装'])
      expect(hosts).toContain(`park:${h}`);
    const every = all(x, 'HOSTS');
    expect(every).not.toContain('park:青岚纺织产业园 -> industry:针织');
    expect(every).not.toContain('park:赤松经济开发区 -> industry:棉纺');
    expect(every.some((e) => /12个|8个|9个/.test(e))).toBe(false);
  });
  it('a bar line whose cells do not fall into rows that each open on a park gives nothing', async () => {
    const x = await runDoc(doc('表1 重点园区一季度情况 | 园区名称 | 主导产业 | 新开工项目 | 青岚纺织产业园 | 棉纺、印染 | 12个 | 云杉经济技术开发区 | 粘胶纤维 | 8个 | 9个'));
    expect(all(x, 'HOSTS').filter((e) => /粘胶纤维|印染/.test(e))).toEqual([]);
  });
});

describe('blind13 r01: 以P、Q和R为主要载体，重点发展X、Y和Z (a group of parks the plan rests on)', () => {
  it('each park of the group hosts each field of the next clause (planned)', async () => {
    const x = await runDoc(
      '岚州市先进制造业发展规划\n\n第二节 壮大新材料产业\n\n以岚州经济技术开发区、青岚产业集聚区和云杉产业集聚区为主要载体，重点发展钼钨材料、硅材料和高端铝材。对新认定的企业给予奖励。\n',
    );
    const hosts = strong(x, 'HOSTS');
    for (const p of ['岚州经济技术开发区', '青岚产业集聚区', '云杉产业集聚区'])
      for (const i of ['钼钨材料', '硅材料', '高端铝材']) expect(hosts).toContain(`park:${p} -> industry:${i}`);
  });
  it('a list that is not only parks, or a group not named as the plan’s carrier, gives the group nothing', async () => {
    const x = await runDoc(
      '岚州市先进制造业发展规划\n\n第二节 壮大新材料产业\n\n对标岚州经济技术开发区和青岚产业集聚区的经验，重点发展钼钨材料和硅材料。\n',
    );
    expect(all(x, 'HOSTS').filter((e) => /岚州经济技术开发区|青岚产业集聚区/.test(e) && /钼钨材料|硅材料/.test(e))).toEqual([]);
  });
});

describe('blind13 r06: a numbered item whose first sentence is a park (1. P。重点发展X，已集聚A、B等企业)', () => {
  const doc =
    '岚州新区产业发展规划\n\n第三章 空间布局\n\n' +
    '1. 岚州新区精细化工园区。重点发展化工新材料和电子化学品,已集聚岚州银光化工、青岚瑞华新材料等企业。\n' +
    '2. 岚州新区装备制造产业园。重点发展石化装备和氢能装备,岚石重工集团已在园区建成重型装备制造基地。\n' +
    '3. 岚州新区新材料产业园。重点发展有色金属新材料和电池材料,在园区内规划建设岚州新区电池材料产业园,重点发展正极材料和电解液。\n';
  it('the later sentence with no subject goes on with the label: the firms it gathers are in that park (stated)', async () => {
    const x = await runDoc(doc);
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:岚州银光化工 -> park:岚州新区精细化工园区');
    expect(loc).toContain('enterprise:青岚瑞华新材料 -> park:岚州新区精细化工园区');
    expect(loc).not.toContain('enterprise:岚州银光化工 -> park:岚州新区装备制造产业园');
  });
  it('a bare 园区 of the item is the label’s park: a firm built there is in it, a park built there lies in it', async () => {
    const x = await runDoc(doc);
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:岚石重工集团 -> park:岚州新区装备制造产业园');
    expect(loc).toContain('park:岚州新区电池材料产业园 -> park:岚州新区新材料产业园');
    expect(loc).not.toContain('park:岚州新区电池材料产业园 -> park:岚州新区精细化工园区');
  });
  it('a sentence after a label that opens with a subject of its own, or a label that is no park, takes nothing from it', async () => {
    const x = await runDoc(
      '岚州新区产业发展规划\n\n第三章 空间布局\n\n1. 岚州新区精细化工园区。岚州新区管委会要加强统筹,已集聚岚州银光化工等企业的做法要推广。\n2. 强化要素保障。已集聚青岚瑞华新材料等企业。\n',
    );
    expect(all(x, 'LOCATED_IN').filter((e) => /青岚瑞华新材料/.test(e))).toEqual([]);
  });
});
