import { words } from './segment.ts';

// Words that qualify or stage an industry without naming one: category qualifiers (高附加值,
// 重点细分技术方向) and value-chain stages (研发设计, 小试中试, 生产制造). Used when typing lists
// (mentions.ts) and by the last check on industries (../resolve/industry-guard.ts).

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

/** The word lists of `only`, joined and sorted longest first once (by the identity of the lists). */
const sortedLists = new Map<string[], Map<string[], string[]>>();
const NONE: string[] = [];
function longestFirst(words: string[], also: string[]): string[] {
  let inner = sortedLists.get(words);
  if (!inner) sortedLists.set(words, (inner = new Map()));
  let ws = inner.get(also);
  if (!ws) inner.set(also, (ws = [...words, ...also].sort((a, b) => b.length - a.length)));
  return ws;
}

/** Memo of a pure string predicate, bounded (cleared when full). */
function memo(fn: (s: string) => boolean): (s: string) => boolean {
  const seen = new Map<string, boolean>();
  return (s) => {
    let r = seen.get(s);
    if (r === undefined) {
      if (seen.size >= 20_000) seen.clear();
      seen.set(s, (r = fn(s)));
    }
    return r;
  };
}

function only(words: string[], s: string, also: string[] = NONE): boolean {
  const ws = longestFirst(words, also);
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
export const isQualifierOnly = memo((s: string): boolean => only(QUALIFIER, s, CATEGORY) && !only(CATEGORY, s));

/** Heads too generic to be a stage's object: 关键部件研发, 体系研发, 核心技术研发, 新产品开发. */
const GENERIC_HEAD = ['关键部件', '核心部件', '部件', '体系', '技术', '产品', '功能'];

/** A value-chain stage without an object: 研发设计, 小试中试, 生产制造, 集成服务, 中试, 设计, 关键部件研发. */
export const isStageOnly = memo((s: string): boolean => {
  if (only(STAGE, s)) return true;
  // a qualifier or generic head before the stage: 关键部件研发, 体系研发
  for (let i = s.length - 2; i >= 2; i--) {
    if (only(STAGE, s.slice(i)) && only(QUALIFIER, s.slice(0, i), GENERIC_HEAD)) return true;
  }
  return false;
});

/** Heads a negation prefix may stand before in a fragment: 非|系统 (from 非系统研制生产). */
const NEGATED_HEAD = /^(系统|产品|设备|装置|部件|技术|结构|标准|常规|传统|核心|关键|重点)$/;

/**
 * A name opened by a free negation (非系统 from 非系统研制生产, 不可再生, 未纳入…): a fragment of a longer
 * phrase, never an industry. A negation that is part of a word stays (非金属材料, 无人机, 不锈钢, 非遗), and
 * so does the prefix 非 before a content word (非织造布, 非晶合金): only 非 before a bare generic head is cut.
 */
export function isNegationFragment(s: string): boolean {
  if (!/^[非不未无没勿]/.test(s)) return false;
  const ws = words(s);
  const first = ws[0];
  if (!first) return false;
  if (/^(不可|不能|不得|不再|不断|无法|未能|没有|尚未)$/.test(first.word)) return true;
  if (first.word.length !== 1) return false;
  if (first.tag === 'h') return NEGATED_HEAD.test(s.slice(1));
  return true;
}
