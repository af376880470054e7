// The last check before an Industry becomes a node: names the genre uses for other things.
//
// Conventions (in code, because they follow from how the genre writes):
//   • government bodies: 市科技局, 经发局, 改革委, 市合作交流办, 滨海高新区管委会, 海泰派出所 — the
//     department recogniser (../departments.ts) or an office ending (局/委/办/厅/署/管委会/委员会/政府/
//     派出所/办公室/领导小组). They sit in responsibility lists (牵头部门：…、…) that read like lists.
//   • instruments and markets, not industries: names ending in 基金/资金/计划/规划/方案/工程/政策/措施/
//     行动/项目/专项 or 市场 (多层次资本市场; 后市场 is a segment, 解决方案 a product)
//     (专项资金, 中试基金, 行动计划, 未来产业强链工程, 综合交通规划).
//   • category qualifiers: what follows 等 in “A、B等高附加值产业环节” / “战略性新兴产业、未来产业重点
//     细分技术方向” qualifies the list, it names nothing (高附加值, 战略性新兴, 重点细分技术方向, 新技术).
//   • value-chain stages: 研发设计, 小试中试, 中试, 生产制造, 集成服务, 开发设计, 销售, 运维 … are the
//     steps every industry goes through (布局研发设计、小试中试、集成服务等高附加值产业环节), not an
//     industry of their own nor of a company. A stage with its object is a segment and stays
//     (动力电池生产, 风电运维, 空间飞行器总体设计, 芯片设计, 封装测试); so does 应用 (制氢—储运—加氢—应用).
// Lexicon entries (industries.tsv) are industries whatever their ending; the user's stop list
// (seeds/lexicon/not-industries.txt, see seeds/lexicon/README.md) wins over everything.
import { isDepartmentName } from '../departments/names.ts';
import type { Lexicon } from '../lexicon/index.ts';

const OFFICE_END = /(局|委|办|厅|署|管委会|管理委员会|委员会|政府|派出所|办公室|领导小组|工作组|小组)$/;
const INSTRUMENT_END = /(基金|资金|计划|规划|(?<!解决)方案|工程|政策|措施|行动|项目|专项|补贴|奖励|清单|名录|目录|(?<!后)市场)$/;
/** Qualifiers that head a category (等高附加值产业环节, 重点细分技术方向), never an item. */
const QUALIFIER = [
  '高附加值', '附加值', '战略性新兴', '战略性', '新兴', '重点', '主导', '优势', '特色', '先进', '高端', '关键', '核心', '前沿',
  '基础', '传统', '支柱', '潜力', '高技术', '高成长', '细分', '技术', '未来', '新', '各类', '相关', '其他', '若干',
];
const CATEGORY = ['产业环节', '产业方向', '产业领域', '产业', '环节', '领域', '方向', '赛道', '产品', '业态', '模式', '技术', '服务', '功能'];
/** Steps of any value chain: a name made only of these is a stage, not an industry. */
const STAGE = [
  '研发', '研究', '开发', '设计', '创意', '小试', '中试', '试验', '测试', '验证', '生产', '制造', '加工', '集成', '服务', '销售',
  '运维', '运营', '维护', '总装', '研制', '检测', '组装', '装配', '营销', '物流', '仓储', '融合', '孵化', '转化', '推广', '交付',
];

function only(words: string[], s: string, also: string[] = []): boolean {
  const ws = [...words, ...also].sort((a, b) => b.length - a.length);
  let rest = s.replace(/[、和与及]/g, '');
  if (!rest) return false;
  for (let guard = 0; rest && guard < 20; guard++) {
    const w = ws.find((x) => rest.startsWith(x));
    if (!w) return false;
    rest = rest.slice(w.length);
  }
  return !rest;
}

/** A name that only qualifies a category: 高附加值, 战略性新兴, 重点细分技术方向, 新技术. */
export function isQualifierOnly(s: string): boolean {
  return only(QUALIFIER, s, CATEGORY) && !only(CATEGORY, s);
}

/** Heads too generic to be a stage's object: 关键部件研发, 体系研发, 核心技术研发, 新产品开发. */
const GENERIC_HEAD = ['关键部件', '核心部件', '部件', '体系', '技术', '产品', '功能'];

/** A value-chain stage without an object: 研发设计, 小试中试, 生产制造, 集成服务, 中试, 设计, 关键部件研发. */
export function isStageOnly(s: string): boolean {
  if (only(STAGE, s)) return true;
  // a qualifier or generic head before the stage: 关键部件研发, 体系研发
  for (let i = s.length - 2; i >= 2; i--) {
    if (only(STAGE, s.slice(i)) && only(QUALIFIER, s.slice(0, i), GENERIC_HEAD)) return true;
  }
  return false;
}

/**
 * Why `name` is not an Industry, or undefined when it may be one. `known`: the name is an industry
 * of the lexicon (exempt from the conventions, not from the stop list).
 */
export function notIndustry(name: string, lexicon: Lexicon, known = false): string | undefined {
  const stop = lexicon.notIndustries;
  const n = name.replace(/\s+/g, '');
  if (stop.exact.has(n) || stop.suffixes.some((s) => n.endsWith(s)) || stop.prefixes.some((p) => n.startsWith(p))) return 'stop list';
  if (known) return undefined;
  if (OFFICE_END.test(n) || isDepartmentName(n, lexicon)) return 'government body';
  if (INSTRUMENT_END.test(n)) return 'fund, plan or programme';
  if (isQualifierOnly(n)) return 'category qualifier';
  if (isStageOnly(n)) return 'value-chain stage';
  return undefined;
}
