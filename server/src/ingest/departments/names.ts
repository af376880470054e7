// Government bodies by the lexicon's conventions (shared by the stages that meet them: the
// responsibility parser, the industry guard, department resolution): functional stems and their
// office suffixes, level prefixes elided in lists, and whether a name met in running text is a body.
import type { Lexicon } from '../lexicon/index.ts';

/** Org-name suffixes after a functional stem (for elision restoring). */
const STEM_SUFFIXES = ['委员会', '办公室', '局', '厅', '委', '办', '部', '处', '署'];
/** Level prefixes that may be carried from one list item to the next. */
const LEVEL_PREFIX = /^(?:省|市|区|县|自治区|自治州|州|盟|旗|镇|乡|街道|[\u4e00-\u9fa5]{1,6}?(?:省|市|区|县))$/;

// ---------------------------------------------------------------- functional stems / elision

/** `工业和信息化厅` → {prefix:'', stem:'工业和信息化', suffix:'厅'}; `省科技厅` → prefix '省'. Undefined if not stem+suffix. */
export function splitFunctionalName(
  name: string,
  stems: string[],
): { prefix: string; stem: string; suffix: string } | undefined {
  for (let p = 0; p <= Math.min(8, name.length - 2); p++) {
    const prefix = name.slice(0, p);
    if (p > 0 && !LEVEL_PREFIX.test(prefix)) continue;
    const rest = name.slice(p);
    for (const stem of stems) {
      if (!rest.startsWith(stem)) continue;
      const suffix = rest.slice(stem.length);
      if (STEM_SUFFIXES.includes(suffix)) return { prefix, stem, suffix };
    }
  }
  return undefined;
}

/**
 * Restores level prefixes elided in a list: 省科技厅、工业和信息化厅 → [省科技厅, 省工业和信息化厅].
 * Only bare generic functional names are completed, never proper names.
 */
export function restoreElided(names: string[], stems: string[]): string[] {
  let prefix = '';
  return names.map((n) => {
    const parts = splitFunctionalName(n, stems);
    if (!parts) return n;
    if (parts.prefix) {
      prefix = parts.prefix;
      return n;
    }
    return prefix ? prefix + n : n;
  });
}

// ---------------------------------------------------------------- department-like names

/** Level prefixes of a body named in running text: 市, 区委 (party), 自治州 … */
const RUNNING_LEVEL = /^(?:省|市|区|县|州|旗|盟|镇|乡|自治区|自治州|自治县)委?$/;
/** Bureau endings of a level-prefixed body that the stems do not cover: 区政务服务数据管理局, 区公安分局, 市公安局交警支队 */
const BUREAU_END = /(?:局|厅|委员会|委|办公室|办|署|中心|支队|大队|室)$/;
/** Words that make a "name" a phrase: 市科技局公布, 市政府同意, 设在区工信局 … */
const PHRASE_WORD = /(?:的|了|在|对|向|把|被|将|由|会同|负责|牵头|配合|参与|协助|推进|推动|公布|认定|同意|设立|设在|每年|开展|支持|鼓励|制定|印发|发布|落实|申报|入选|根据|按照|经过|经市|经省|经区|经县)/;
/** 中心 that are platforms, not bodies: 创新中心, 研究中心, 算力中心 … */
const PLATFORM_CENTRE = /(?:(?:创新|研究|研发|技术|工程|检测|检验|孵化|算力|计算|测试|实训|培训|展示|设计|体验|数据)中心|实验室|工作室|展室|教室)$/;
/** Words ending in 局 that are no body */
const COMMON_JU = /(?:格局|布局|结局|大局|当局|全局|开局|时局|政局|新局|变局|骗局|饭局|棋局|赛局|残局|终局|僵局|定局|胜局|败局|邮局)$/;
/** Vertically managed bodies named by their place: 人民银行南京分行, 人行宜阳县支行, 国家税务总局X税务局, 南京海关, 天津银保监局 */
const VERTICAL_BODY = /^(?:(?:中国)?人民银行[\u4e00-\u9fa5]{1,12}?(?:分行|中心支行|支行|营业管理部)|人行[\u4e00-\u9fa5]{1,12}?(?:分行|中心支行|支行)|国家税务总局[\u4e00-\u9fa5]{1,12}?税务局|国家金融监督管理总局[\u4e00-\u9fa5]{1,12}?(?:监管局|监管分局)|[\u4e00-\u9fa5]{2,4}(?:海关|银保监局|银保监分局|证监局|金融监管局|金融监管分局))$/;

/**
 * True when `name`, met in running text (由市工信局牵头，会同市发改委 …), is a government body by the
 * lexicon's conventions alone: a level prefix (or none) + a functional stem + an office suffix
 * (市科技局, 省发展改革委, 区委网信办, 教育局), a lexicon abbreviation (区社发局), a level-prefixed bureau
 * (区政务服务数据管理局, 区公安分局, 县投资促进中心), a zone's 管委会, or a 供销社. Platforms
 * (市人工智能创新中心), companies and phrases (市科技局公布) are not.
 */
export function isDepartmentName(name: string, lex: Lexicon): boolean {
  if (name.length < 3 || name.length > 20 || PHRASE_WORD.test(name)) return false;
  if (/[^\u4e00-\u9fa5]/.test(name)) return false;
  // prefix + stem + suffix, the prefix being a level (with 委 for party organs) or nothing
  for (let p = 0; p <= Math.min(4, name.length - 2); p++) {
    const prefix = name.slice(0, p);
    if (p > 0 && !RUNNING_LEVEL.test(prefix)) continue;
    const rest = name.slice(p);
    for (const stem of lex.stems) {
      if (!rest.startsWith(stem)) continue;
      const suffix = rest.slice(stem.length);
      if (STEM_SUFFIXES.includes(suffix) || suffix === '分局' || (suffix === '中心' && p > 0)) return true;
    }
  }
  const level = name.match(/^(?:省|市|区|县)委?/)?.[0] ?? '';
  const core = name.slice(level.length);
  // lexicon abbreviations and full names: 区社发局, 城环局
  if (lex.departments.some((e) => e.canonical === core || e.aliases.includes(core))) return true;
  if (level) {
    // 区政务服务数据管理局, 区公安分局, 县投资促进中心, 县供销社
    if (/^(?:供销|供销合作)社$/.test(core)) return true;
    if (core.length >= 2 && BUREAU_END.test(core) && !PLATFORM_CENTRE.test(core) && !/^(?:人民)?政府$/.test(core)) return true;
    // the party committee's departments: 市委宣传部, 县委统战部, 区委政法委
    if (level.endsWith('委') && core.length >= 3 && /部$/.test(core)) return true;
  }
  if (VERTICAL_BODY.test(name)) return true;
  // a zone's or county's own bodies named bare (经发委, 规建委, 投资促进局, 科技创新委员会): a short name
  // ending in 局/委, not a word that merely ends so (格局, 布局, 大局)
  if (!level && /^[\u4e00-\u9fa5]{2,8}(?:局|委员会|委)$/.test(name) && !COMMON_JU.test(name)) return true;
  // a zone's own body: 东湖高新区管委会, 西青经济技术开发区管理委员会
  const zone = name.match(/^([\u4e00-\u9fa5]{2,14}?)(?:管委会|管理委员会)$/);
  if (zone && /(?:开发区|高新区|新区|园区|保税区|综保区|示范区|合作区|试验区|新城)$/.test(zone[1]!)) return true;
  if (zone && lex.jurisdictions.some((j) => j.canonical === zone[1] || j.aliases.includes(zone[1]!))) return true;
  return false;
}
