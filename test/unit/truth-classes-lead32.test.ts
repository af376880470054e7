import { describe, expect, it } from 'vitest';
import { names, runDoc } from '../fixtures/class-doc.ts';

// Found on the seeds when nodes32's verb cut (a firms' list meeting the verb of its products) was merged: the cut
// took a run of actions and a bare kind of place for products (the seeds' Industry sample drew 基地 and
// 引入知名商业品牌). Own text, invented names.
describe('the verb cut between firms and their products reads products, not actions or places', () => {
  it('a run of actions after the verb (商贸企业做大做强、建设…、引入…) names no industries', async () => {
    const x = await runDoc(`青禾市商贸服务业发展若干措施

第一条 壮大商贸主体。持续优化城市配套水平，重点支持商贸企业做大做强、建设优质商业配套项目、引入知名商业品牌、壮大企业连锁经营。
`);
    expect(names(x, 'Industry').filter((n) => /做强|引入|建设|壮大/.test(n))).toEqual([]);
  });

  it('a base after 研发 (打造先进制造研发基地、…) is no product', async () => {
    const x = await runDoc(`青禾高新区创新发展规划

一、发展定位
青禾高新区应在推进自主创新中发挥主引擎作用，在青禾市打造全国先进制造研发基地、青城”“禾城建设中发挥创新引领与先行示范作用。
`);
    expect(names(x, 'Industry')).not.toContain('基地');
  });

  it('still cuts a firms\' list at the verb of their products', async () => {
    const x = await runDoc(`青禾县竹产业发展若干措施

第一条 拓展竹制品。鼓励青禾顺竹科技、青禾竹韵家居研发竹制餐具、竹缠绕复合管和竹基包装材料。
`);
    expect(names(x, 'Enterprise')).toEqual(expect.arrayContaining(['青禾顺竹科技', '青禾竹韵家居']));
    expect(names(x, 'Industry')).toEqual(expect.arrayContaining(['竹制餐具', '竹缠绕复合管', '竹基包装材料']));
  });
});
