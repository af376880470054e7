// The last check on Industry names (server/src/ingest/resolve/industry-guard.ts) and the list
// conventions that keep non-industries out, on short texts in the genre (names not in the seeds).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEntities, type Extraction } from '../../server/src/ingest/index.ts';
import { isQualifierOnly, isStageOnly } from '../../server/src/ingest/entities/words.ts';
import { notIndustry } from '../../server/src/ingest/resolve/industry-guard.ts';
import { loadLexicon } from '../../server/src/ingest/lexicon/index.ts';
import { seedsContext, seedsLexicon } from '../fixtures/ingest-context.ts';
import { simpleStructure } from '../fixtures/extract/simple-structure.ts';

/** The seeds lexicon without its stop list: the built-in conventions alone. */
const none = { ...seedsLexicon, notIndustries: { exact: new Set<string>(), suffixes: [], prefixes: [] } };
const run = (text: string): Extraction => extractEntities(simpleStructure(text, 'guard.txt'), seedsContext);
const industries = (x: Extraction) => x.nodes.filter((n) => n.label === 'Industry').map((n) => n.name).sort();
const edge = (x: Extraction, type: string, from: string, to: string) => {
  const a = x.nodes.find((n) => n.name === from || n.aliases.includes(from))?.id;
  const b = x.nodes.find((n) => n.name === to || n.aliases.includes(to))?.id;
  return x.edges.some((e) => e.type === type && e.source === a && e.target === b);
};

describe('notIndustry: names the genre uses for other things', () => {
  it('government bodies', () => {
    for (const s of ['区发展改革委', '市场监管局', '经发局', '市合作交流办', '高新区管委会', '城关派出所', '省工业和信息化厅']) expect(notIndustry(s, none), s).toBe('government body');
  });
  it('funds, plans, programmes and markets', () => {
    for (const s of ['专项资金', '天使基金', '三年行动计划', '强链工程', '产业规划', '多层次资本市场']) expect(notIndustry(s, none), s).toBe('fund, plan or programme');
    for (const s of ['安全云解决方案', '汽车后市场', '集成电路']) expect(notIndustry(s, none), s).toBeUndefined();
  });
  it('category qualifiers and bare value-chain stages', () => {
    for (const s of ['高附加值', '战略性新兴', '重点细分技术方向', '新技术']) expect(isQualifierOnly(s), s).toBe(true);
    for (const s of ['新材料', '先进封装', '核心零部件', '关键材料', '前沿新材料']) expect(isQualifierOnly(s), s).toBe(false);
    for (const s of ['研发设计', '小试中试', '中试', '生产制造', '集成服务', '开发设计', '销售', '运维']) expect(isStageOnly(s), s).toBe(true);
    for (const s of ['芯片设计', '封装测试', '动力电池生产', '风电运维', '应用', '应用服务', '储运', '制氢']) expect(isStageOnly(s), s).toBe(false);
  });
  it('lexicon industries are exempt from the conventions, not from the stop list', () => {
    expect(notIndustry('海洋工程', none, true)).toBeUndefined();
    expect(notIndustry('海洋工程', { ...none, notIndustries: { exact: new Set(['海洋工程']), suffixes: [], prefixes: [] } }, true)).toBe('stop list');
  });
  it('reads not-industries.txt (exact, *suffix, prefix*; comments and notes skipped)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-stop-'));
    writeFileSync(join(dir, 'industries.tsv'), 'name\taliases\tparent\tlevel\torder\n低空经济\t\t\tindustry\t\n');
    writeFileSync(join(dir, 'not-industries.txt'), '# comment 低空物流\n*补贴|办理*\tnote\n场景开放\n');
    writeFileSync(join(dir, 'organizations.tsv'), 'name\tlabel\tkind\taliases\n');
    const st = { ...seedsLexicon, notIndustries: loadLexicon(dir).notIndustries };
    expect(notIndustry('购机补贴', st)).toBe('stop list');
    expect(notIndustry('办理许可', st)).toBe('stop list');
    expect(notIndustry('场景开放', st)).toBe('stop list');
    expect(notIndustry('低空物流', st)).toBeUndefined();
  });
  it('the seeds lexicon carries the administrative-service stop words', () => {
    const st = seedsLexicon;
    for (const s of ['营业执照', '申领发票', '免费刻制印章', '银行开户', '社保登记', '住房公积金开户登记', '新业态']) expect(notIndustry(s, st), s).toBe('stop list');
  });
});

describe('extraction: what becomes no Industry node', () => {
  it('value-chain stages in a list closed by 等高附加值产业环节 are no industries of the companies', () => {
    const x = run('——光谷芯片产业协同区：发挥长江存储、华工正源等企业引领作用，布局研发设计、小试中试、集成服务等高附加值产业环节。');
    expect(industries(x).filter((s) => /研发设计|小试中试|集成服务|高附加值/.test(s))).toEqual([]);
  });
  it('funds named in a measure are not SUPPORTS targets', () => {
    const x = run('5.强化资金保障。发挥省级制造业高质量发展专项资金、产业投资基金等各级财政资金引导作用，支持企业技术改造。');
    expect(industries(x).filter((s) => /资金|基金/.test(s))).toEqual([]);
  });
  it('administrative services of a 一网通办 paragraph are no industries', () => {
    const x = run('6.优化营商环境。在政务服务平台上整合申领营业执照、免费刻制印章、申领发票、银行开户、社保登记等环节，助力企业快速落地。');
    expect(industries(x)).toEqual([]);
  });
  it('a responsibility cell listing departments after 发展 yields no industries', () => {
    const x = run('7.加快人才集聚。支持企业引进高层次人才。\n经济发展局、城关派出所、人社局');
    expect(industries(x)).toEqual([]);
  });
  it('kinds of institution (…等科技服务机构) and projects (…等产业化项目) are no industries', () => {
    expect(industries(run('培育发展研究开发、技术转移、检验检测认证等科技服务机构。'))).toEqual([]);
    const x = run('依托华辰量子，推进量子应用产品开发、量子产业带动等产业化项目。');
    expect(industries(x).filter((s) => /开发|带动/.test(s))).toEqual([]);
  });
  it('an industry only named in a list, with nothing to tie it to, is no node; under its heading it is a segment', () => {
    expect(industries(run('加快高性能聚碳酸酯、聚甲醛等产业化。'))).toEqual([]);
    const x = run('一、发展重点\n（二）储运环节\n发展高压气态储氢、液态储氢和管道输氢。');
    expect(edge(x, 'PART_OF', '液态储氢', '储运')).toBe(true);
    expect(edge(x, 'PART_OF', '管道输氢', '储运')).toBe(true);
  });
});
