import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { departmentJurisdiction, inferJurisdiction } from '../../server/src/ingest/departments/jurisdictions.ts';
import { isDepartmentName, restoreElided, splitFunctionalName } from '../../server/src/ingest/departments/names.ts';
import { DepartmentResolver, resolveDepartment } from '../../server/src/ingest/responsibilities/departments.ts';
import { DEFAULT_LEXICON_DIR, loadLexicon } from '../../server/src/ingest/lexicon/index.ts';
import type { DocumentMeta } from '../../server/src/ingest/types.ts';
import { seedsLexicon as LEX } from '../fixtures/ingest-context.ts';

const GXQ: DocumentMeta = { title: '000/003', jurisdiction: '滨海高新区', city: '天津市' };
const JN: DocumentMeta = { title: '004', jurisdiction: '津南区', city: '天津市' };
const BH: DocumentMeta = { title: '002', jurisdiction: '滨海新区', city: '天津市' };

describe('jurisdiction scoping', () => {
  it('科技局 (000), 区科技局 (004), 区科技局 (002) are three bodies', () => {
    const ids = [resolveDepartment('科技局', GXQ, LEX), resolveDepartment('区科技局', JN, LEX), resolveDepartment('区科技局', BH, LEX)].map((d) => d.id);
    expect(ids).toEqual(['dept:滨海高新区:科技局', 'dept:津南区:区科技局', 'dept:滨海新区:区科技局']);
  });

  it('经发局 in the 2020 and 2025 滨海高新区 documents is one body', () => {
    expect(resolveDepartment('经发局', { ...GXQ, title: '000' }, LEX).id).toBe(resolveDepartment('经发局', { ...GXQ, title: '003' }, LEX).id);
  });

  it('市X belongs to the city, whatever document names it (003 table, 004 text)', () => {
    expect(resolveDepartment('市科技局', GXQ, LEX).id).toBe('dept:天津市:市科技局');
    expect(resolveDepartment('市科技局', JN, LEX).id).toBe('dept:天津市:市科技局');
    expect(departmentJurisdiction('市委编办', GXQ, LEX)).toBe('天津市');
    expect(departmentJurisdiction('市市场监管委', GXQ, LEX)).toBe('天津市');
    // 天津证监局, 天津银保监局 (003 table) name the city without 市
    expect(departmentJurisdiction('天津证监局', GXQ, LEX)).toBe('天津市');
  });

  it('市场监管局 is not a 市 body', () => {
    expect(departmentJurisdiction('市场监管局', GXQ, LEX)).toBe('滨海高新区');
    expect(departmentJurisdiction('区市场监管局', JN, LEX)).toBe('津南区');
  });

  it('names carrying their own zone', () => {
    expect(departmentJurisdiction('滨海新区政府', GXQ, LEX)).toBe('滨海新区');
    expect(departmentJurisdiction('滨海高新区管委会', GXQ, LEX)).toBe('滨海高新区');
    expect(departmentJurisdiction('高新区税务局', GXQ, LEX)).toBe('滨海高新区');
    expect(departmentJurisdiction('北辰区政府', GXQ, LEX)).toBe('北辰区');
    expect(departmentJurisdiction('天津市滨海新区人民政府', JN, LEX)).toBe('滨海新区');
    // 海河教育园区管委会 has no zone of the lexicon: the document's jurisdiction
    expect(departmentJurisdiction('海河教育园区管委会', JN, LEX)).toBe('津南区');
  });

  it('infers a document jurisdiction from issuer and title', () => {
    expect(inferJurisdiction(['高新区管委会', '天津滨海高新区支持产业高质量发展若干措施'], LEX)).toEqual({ jurisdiction: '滨海高新区', city: '天津市' });
    expect(inferJurisdiction(['天津滨海高新技术产业开发区管理委员会'], LEX)).toEqual({ jurisdiction: '滨海高新区', city: '天津市' });
    expect(inferJurisdiction(['天津市滨海新区人民政府办公室'], LEX)).toEqual({ jurisdiction: '滨海新区', city: '天津市' });
    expect(inferJurisdiction(['津南区人民政府'], LEX)).toEqual({ jurisdiction: '津南区', city: '天津市' });
    // unseen city, generic shape
    expect(inferJurisdiction(['南京市江宁区人民政府'], LEX)).toEqual({ jurisdiction: '江宁区', city: '南京市' });
    // a title that starts with its district or county, no issuer
    expect(inferJurisdiction([undefined, '南京市江宁区“十四五”现代产业体系发展规划'], LEX)).toEqual({ jurisdiction: '江宁区', city: '南京市' });
    expect(inferJurisdiction([undefined, '南城县促进县域特色产业高质量发展行动方案'], LEX)).toEqual({ jurisdiction: '南城县' });
    expect(inferJurisdiction([undefined, '海淀区关于落实《北京市促进未来产业创新发展实施方案》的任务分工'], LEX)).toEqual({ jurisdiction: '海淀区' });
    // a zone run by its own 管委会
    expect(inferJurisdiction(['苏州工业园区管理委员会'], LEX)).toEqual({ jurisdiction: '苏州工业园区' });
    expect(inferJurisdiction(['西咸新区管委会办公室'], LEX)).toEqual({ jurisdiction: '西咸新区' });
    // provinces scope 省X
    expect(inferJurisdiction(['河北省人民政府办公厅'], LEX)).toEqual({ jurisdiction: '河北省', city: '河北省' });
    expect(departmentJurisdiction('省科技厅', { title: '', jurisdiction: '河北省', city: '河北省' }, LEX)).toBe('河北省');
  });
});

describe('canonical names and aliases', () => {
  it('abbreviations from the lexicon, level prefix kept as written', () => {
    expect(resolveDepartment('社发局', GXQ, LEX).name).toBe('社会发展局');
    expect(resolveDepartment('城环局', GXQ, LEX).name).toBe('城管和环境局');
    expect(resolveDepartment('区社发局', JN, LEX).name).toBe('区社会发展局');
    expect(resolveDepartment('市人力社保局', GXQ, LEX)).toMatchObject({ name: '市人力资源和社会保障局', jurisdiction: '天津市', surface: '市人力社保局' });
    // 003 body 社发局 (measure 74) and 社会发展局 (measure 5) are one body
    expect(resolveDepartment('社发局', GXQ, LEX).id).toBe(resolveDepartment('社会发展局', GXQ, LEX).id);
  });

  it('经发局 stays as written unless a full form is attested in the same jurisdiction', () => {
    expect(new DepartmentResolver(GXQ, LEX, ['经发局', '科技局']).resolve('经发局').name).toBe('经发局');
    expect(new DepartmentResolver(GXQ, LEX, ['经发局', '经济发展局']).resolve('经发局').name).toBe('经济发展局');
    // attested in another jurisdiction does not count
    expect(new DepartmentResolver(GXQ, LEX, ['经发局', '区经济发展局']).resolve('经发局').name).toBe('经发局');
    // ambiguous expansions are left alone: 科技局 could be 科技创新局 or 科技发展局 (003)
    expect(new DepartmentResolver(GXQ, LEX, ['科技局', '科技创新局', '科技发展局']).resolve('科技局').name).toBe('科技局');
  });

  it('scoped lexicon rows apply only in their jurisdiction (规划局 → 规划和资源局 in 滨海高新区)', () => {
    expect(resolveDepartment('规划局', GXQ, LEX).name).toBe('规划和资源局');
    expect(resolveDepartment('区规划局', JN, LEX).name).toBe('区规划局');
  });

  it('a user lexicon directory extends the rules', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-lex-'));
    await writeFile(join(dir, 'departments.tsv'), '# test\njurisdiction\tcanonical\taliases\n津南区\t科学技术局\t科技局\n');
    await writeFile(join(dir, 'functional-stems.txt'), '科技\n');
    await writeFile(join(dir, 'jurisdictions.tsv'), 'city\tcanonical\taliases\n天津市\t津南区\t津南区\n');
    const lex = loadLexicon(dir);
    expect(lex.departments).toEqual([{ jurisdiction: '津南区', canonical: '科学技术局', aliases: ['科技局'] }]);
    expect(resolveDepartment('区科技局', JN, lex).name).toBe('区科学技术局');
    expect(resolveDepartment('区科技局', BH, lex).name).toBe('区科技局');
  });
});

describe('elision', () => {
  const { stems } = loadLexicon();
  it('splits functional names', () => {
    expect(splitFunctionalName('省工业和信息化厅', stems)).toEqual({ prefix: '省', stem: '工业和信息化', suffix: '厅' });
    expect(splitFunctionalName('发展改革委', stems)).toEqual({ prefix: '', stem: '发展改革', suffix: '委' });
    expect(splitFunctionalName('海河教育园区管委会', stems)).toBeUndefined();
    expect(splitFunctionalName('规划资源分局', stems)).toBeUndefined();
  });

  it('restores prefixes of bare functional names only', () => {
    expect(restoreElided(['省科技厅', '工业和信息化厅'], stems)).toEqual(['省科技厅', '省工业和信息化厅']);
    expect(restoreElided(['市科技局', '工业和信息化局', '海河教育园区管委会', '财政局'], stems)).toEqual([
      '市科技局',
      '市工业和信息化局',
      '海河教育园区管委会',
      '市财政局',
    ]);
    expect(restoreElided(['区科技局', '规划资源分局'], stems)).toEqual(['区科技局', '规划资源分局']);
    // no prefix anywhere: nothing to restore (000's own departments)
    expect(restoreElided(['科技局', '经发局', '财政局'], stems)).toEqual(['科技局', '经发局', '财政局']);
  });
});

describe('functional stems live in the lexicon file (seeds/lexicon/functional-stems.txt)', () => {
  const fileStems = readFileSync(join(DEFAULT_LEXICON_DIR, 'functional-stems.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

  it('the abbreviations once built into the code are lines of the file, and nothing else is added', () => {
    for (const s of ['大数据', '数据', '教', '科', '经信', '经济和信息化', '经济信息化', '人力资源和社会保障', '商务', '财政', '统计']) {
      expect(fileStems, s).toContain(s);
    }
    const { stems } = loadLexicon();
    expect([...stems].sort()).toEqual([...new Set(fileStems)].sort());
    // longest first, so 经济和信息化 is tried before 经信
    for (let i = 1; i < stems.length; i++) expect(stems[i - 1]!.length).toBeGreaterThanOrEqual(stems[i]!.length);
  });

  it('elided lists behave as before: 教委, 科委, 大数据局, 经信委 take the prefix of the list', () => {
    const { stems } = loadLexicon();
    expect(restoreElided(['市发展改革委', '教委'], stems)).toEqual(['市发展改革委', '市教委']);
    expect(restoreElided(['省科技厅', '大数据局'], stems)).toEqual(['省科技厅', '省大数据局']);
    expect(restoreElided(['区发改委', '科委'], stems)).toEqual(['区发改委', '区科委']);
    expect(restoreElided(['市工信局', '经信委', '经济和信息化局', '经济信息化委'], stems)).toEqual(['市工信局', '市经信委', '市经济和信息化局', '市经济信息化委']);
  });

  it('a user lexicon directory is read as written: its own stems only (a user may drop or add any)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-stems-'));
    await writeFile(join(dir, 'functional-stems.txt'), '# mine\n科技\n海洋\n科技\n');
    const lex = loadLexicon(dir);
    expect(lex.stems).toEqual(['科技', '海洋']);
    expect(restoreElided(['市科技局', '海洋局', '教委'], lex.stems)).toEqual(['市科技局', '市海洋局', '教委']);
  });
});

describe('department-like names in running text (isDepartmentName)', () => {
  it('bodies by the lexicon conventions', () => {
    for (const n of [
      '市科技局',
      '市工业和信息化局',
      '省发展改革委',
      '市发展改革委员会',
      '区委网信办',
      '教育局',
      '县供销社',
      '区政务服务数据管理局',
      '区公安分局',
      '市公安局交警支队',
      '县投资促进中心',
      '东湖高新区管委会',
      '区社发局',
      '市大数据中心',
      '人民银行南京分行',
      '人行宜阳县支行',
      '国家税务总局南京市税务局',
      '南京海关',
      '县委督查室',
      '经发委',
      '规建委',
      '投资促进局',
      '科技创新委员会',
    ]) {
      expect(isDepartmentName(n, LEX), n).toBe(true);
    }
  });

  it('not phrases, platforms, companies or a bare government', () => {
    for (const n of ['市科技局公布', '市政府', '经市政府同意', '市人工智能创新中心', '市重点实验室', '中国银行南京分行', '新发展格局', '空间布局', '国网长兴县供电公司', '设在县经信局', '市场主体', '企业', '县经信局认定']) {
      expect(isDepartmentName(n, LEX), n).toBe(false);
    }
  });
});

describe('aliases written in brackets resolve to one body', () => {
  const CD: DocumentMeta = { title: 'x', jurisdiction: '成都市', city: '成都市' };
  it('市市场监管局（知识产权局）: the name, the alias as written and with the prefix are one node', () => {
    const r = new DepartmentResolver(CD, LEX, ['市科技局', { name: '市市场监管局', aliases: ['知识产权局', '市知识产权局'] }]);
    const main = r.resolve('市市场监管局');
    expect(r.resolve('市知识产权局').id).toBe(main.id);
    expect(r.resolve('知识产权局').id).toBe(main.id);
    expect(r.resolve('市知识产权局').name).toBe('市市场监管局');
    expect(r.resolve('市知识产权局').surface).toBe('市知识产权局');
    expect(r.canonical('市知识产权局')).toBe('市市场监管局');
    expect(r.resolve('市科技局').id).not.toBe(main.id);
  });

  it('an alias claimed by two bodies resolves to neither', () => {
    const r = new DepartmentResolver(CD, LEX, [
      { name: '市市场监管局', aliases: ['市知识产权局'] },
      { name: '市科技局', aliases: ['市知识产权局'] },
    ]);
    expect(r.resolve('市知识产权局').name).toBe('市知识产权局');
  });
});

describe('autonomous regions and party departments', () => {
  it('a 自治区 document: its jurisdiction, and 自治区X厅 belongs to it', () => {
    expect(inferJurisdiction(['广西壮族自治区人民政府办公厅', '广西壮族自治区糖业高质量发展实施方案'], LEX)).toEqual({ jurisdiction: '广西壮族自治区', city: '广西壮族自治区' });
    expect(inferJurisdiction(['宁夏回族自治区银川市人民政府'], LEX).jurisdiction).not.toBe('宁夏回族自治区');
    const GX: DocumentMeta = { title: 'x', jurisdiction: '广西壮族自治区', city: '广西壮族自治区' };
    expect(departmentJurisdiction('自治区工业和信息化厅', GX, LEX)).toBe('广西壮族自治区');
  });

  it('市委宣传部, 县委统战部 are bodies in running text', () => {
    expect(isDepartmentName('市委宣传部', LEX)).toBe(true);
    expect(isDepartmentName('县委统战部', LEX)).toBe(true);
    expect(isDepartmentName('市场部', LEX)).toBe(false);
  });
});
