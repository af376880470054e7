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

describe('blind14 r04, blind4 r04: 已落户P的A / 以位于P的L为创新源头 (a relative clause of fact places a firm or a lab in a park)', () => {
  it('the firm or lab after 的 is in the park (stated)', async () => {
    const x = await runDoc(
      '岚州市未来产业行动方案\n\n二、重点方向\n\n（一）低空经济。重点发展工业级无人机。支持岚州天翼航空科技拓展低空运营服务。\n\n三、重点任务\n\n1．强化创新策源。以位于岚州科学城的青岚湖实验室为创新源头，服务工业级无人机研发。已落户青岚新区的岚州天翼航空科技是我市无人机骨干企业。\n',
    );
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('lab:青岚湖实验室 -> park:岚州科学城');
    expect(loc).toContain('enterprise:岚州天翼航空科技 -> park:青岚新区');
  });
  it('a clause of intent (鼓励已落户P的A…) or a place that is only a 的-qualifier without 位于/已落户 places nothing', async () => {
    const x = await runDoc(
      '岚州市未来产业行动方案\n\n三、重点任务\n\n1．壮大龙头企业。鼓励落户青岚新区的岚州天翼航空科技扩大产能。支持青岚新区的岚州云杉科技建设研发中心。\n',
    );
    expect(all(x, 'LOCATED_IN').filter((e) => /岚州天翼航空科技|岚州云杉科技/.test(e))).toEqual([]);
  });
});

describe('blind14 r06, blind10 r06: 在高新区本部建设Q (a park built in the zone’s main body)', () => {
  it('Q lies in the zone the bare word stands for (planned)', async () => {
    const x = await runDoc(
      '岚州高新技术产业开发区产业发展规划\n\n第三章 空间布局\n\n岚州高新技术产业开发区重点发展专用汽车。在高新区本部建设岚州智能终端产业园，重点发展智能终端和电子元器件。\n',
    );
    expect(strong(x, 'LOCATED_IN')).toContain('park:岚州智能终端产业园 -> park:岚州高新技术产业开发区');
  });
});

describe('blind14 r06 (blind10 r06, blind13 r06 with the subject first): 经过多年发展，高新区已形成X、Y和Z三大主导产业', () => {
  it('a clause of time before the bare zone word keeps it the subject: the zone hosts each counted industry (stated)', async () => {
    const x = await runDoc(
      '岚州高新技术产业开发区产业发展规划\n\n第一章 发展基础\n\n岚州高新技术产业开发区位于岚州市东部，是国家级高新技术产业开发区。经过多年发展，高新区已形成专用汽车、电子信息和应急装备三大主导产业，2025年规模以上工业产值达到620亿元。\n',
    );
    const hosts = strong(x, 'HOSTS');
    for (const i of ['专用汽车', '电子信息', '应急装备']) expect(hosts).toContain(`park:岚州高新技术产业开发区 -> industry:${i}`);
  });
  it('a clause that is not of time before the word (对标…，) keeps the list from the zone', async () => {
    const x = await runDoc(
      '岚州高新技术产业开发区产业发展规划\n\n第一章 发展基础\n\n岚州高新技术产业开发区位于岚州市东部。对标苏州工业园区，云杉经济开发区已形成光学镜头、光学元件和光学材料三大主导产业。\n',
    );
    expect(all(x, 'HOSTS').filter((e) => /岚州高新技术产业开发区 -> industry:光学/.test(e))).toEqual([]);
  });
});

describe('blind12 r01: P已形成X和Y两大主导产业 with one industry read inside an item (LED半导体照明 → 半导体)', () => {
  it('the park hosts the whole item the list counts (stated)', async () => {
    const x = await runDoc(
      '岚州市电子信息产业链实施方案\n\n第四章 空间布局\n\n岚州高新技术产业开发区是全市电子信息产业的核心承载区，已形成LED半导体照明和移动智能终端两大主导产业。\n',
    );
    const hosts = strong(x, 'HOSTS').filter((e) => e.startsWith('park:岚州高新技术产业开发区 ->'));
    expect(hosts).toContain('park:岚州高新技术产业开发区 -> industry:LED半导体照明');
    expect(hosts).toContain('park:岚州高新技术产业开发区 -> industry:移动智能终端');
  });
});

describe('blind13 r01, blind8 r03: P和Q重点发展X和Y / P、Q等县域园区重点承接X和Y (a list of parks opening a focus clause)', () => {
  it('each park of the list hosts each field (planned), the first as well as the last', async () => {
    const x = await runDoc(
      '岚州市先进制造业发展规划\n\n一、产业布局\n\n青岚经济开发区和云杉经济开发区重点发展铝材精深加工和耐火材料。赤松经济开发区、白鹭经济开发区等县域园区重点承接光学镜头和光学元件。\n',
    );
    const hosts = strong(x, 'HOSTS');
    for (const p of ['青岚经济开发区', '云杉经济开发区']) for (const i of ['铝材精深加工', '耐火材料']) expect(hosts).toContain(`park:${p} -> industry:${i}`);
    for (const p of ['赤松经济开发区', '白鹭经济开发区']) for (const i of ['光学镜头', '光学元件']) expect(hosts).toContain(`park:${p} -> industry:${i}`);
  });
  it('a list joined by more than a list word (对标P，Q重点发展X) or a park that only says where (位于P的Q) gives the first park nothing', async () => {
    const x = await runDoc(
      '岚州市先进制造业发展规划\n\n一、产业布局\n\n学习青岚经济开发区经验，云杉经济开发区重点发展铝材精深加工。位于赤松经济开发区的白鹭光学产业园重点发展光学镜头。\n',
    );
    const hosts = all(x, 'HOSTS');
    expect(hosts).not.toContain('park:青岚经济开发区 -> industry:铝材精深加工');
    expect(hosts).not.toContain('park:赤松经济开发区 -> industry:光学镜头');
  });
});

describe('blind11 r01: P已集聚A、B、C等企业 with a 和 inside a firm’s name (正和集团)', () => {
  it('a name the mention reader left whose 和 joins nothing is still one of the gathered firms (stated)', async () => {
    const x = await runDoc('岚州市高端石化产业发展规划\n\n三、产业布局\n\n青岚经济开发区重点发展橡胶轮胎和合成橡胶，已集聚岚华集团、正和集团、云杉轮胎等企业。\n');
    const loc = strong(x, 'LOCATED_IN');
    expect(loc).toContain('enterprise:正和集团 -> park:青岚经济开发区');
    expect(loc.some((e) => /enterprise:(?:正|集团) ->/.test(e))).toBe(false);
  });
});
