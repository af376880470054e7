// Department resolution: jurisdiction scoping, canonical names, aliases.
// 科技局 in a 滨海高新区 document, 区科技局 in a 津南区 document and 区科技局 in a 滨海新区 document are
// three bodies (three ids); 市X belongs to the city; names carrying their own zone (滨海新区政府,
// 高新区税务局) belong to that zone. Lexicon files live in seeds/lexicon/ and can be extended by users.
import { departmentId } from './ids.ts';
import type { JurisdictionEntry, Lexicon } from './lexicon/index.ts';
import type { DocumentMeta } from './types.ts';

/** Org-name suffixes after a functional stem (for elision restoring). */
export const STEM_SUFFIXES = ['委员会', '办公室', '局', '厅', '委', '办', '部', '处', '署'];
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

// ---------------------------------------------------------------- jurisdictions

function cityShort(city: string): string {
  return city.replace(/(市|省)$/, '');
}

/** Jurisdiction aliases usable for a document of `city`, longest first. */
function jurisdictionAliases(lex: Lexicon, city?: string): { alias: string; j: JurisdictionEntry }[] {
  const out: { alias: string; j: JurisdictionEntry }[] = [];
  for (const j of lex.jurisdictions) {
    for (const alias of [j.canonical, ...j.aliases]) {
      // short aliases (高新区, 新区 …) only apply within their own city
      const short = alias.length <= 3 && !alias.startsWith(cityShort(j.city));
      if (short && j.city !== '*' && city && j.city !== city) continue;
      if (short && j.city !== '*' && !city) continue;
      out.push({ alias, j });
    }
  }
  return out.sort((a, b) => b.alias.length - a.alias.length);
}

/** Infers {jurisdiction, city} from an issuer or title: 津南区人民政府 → 津南区/天津市. */
export function inferJurisdiction(
  texts: (string | undefined)[],
  lex: Lexicon,
): { jurisdiction?: string; city?: string } {
  const joined = texts.filter(Boolean).join('\n');
  let city: string | undefined;
  if (/天津|^津|\n津/.test(joined)) city = '天津市';
  else {
    // a province-level autonomous region: 广西壮族自治区, 内蒙古自治区 (its bodies are 自治区X厅)
    for (const t of texts) {
      const a = t?.match(/^(?:中共)?([\u4e00-\u9fa5]{2,8}?自治区)(?=[\u4e00-\u9fa5])/);
      // (not 宁夏回族自治区银川市…: a city of the region)
      if (a && !/[市州县]/.test(a[1]!) && !new RegExp(`^(?:中共)?${a[1]}[\\u4e00-\\u9fa5]{1,5}?(?:市|州|盟|地区|县)`).test(t!)) return { jurisdiction: a[1]!, city: a[1]! };
    }
    for (const t of texts) {
      const m = t?.match(/^(?:中共)?([\u4e00-\u9fa5]{2,3}?[市省])(?=[\u4e00-\u9fa5])/);
      if (m) {
        city = m[1]!;
        break;
      }
    }
  }
  for (const t of texts) {
    if (!t) continue;
    let best: { at: number; len: number; j: JurisdictionEntry } | undefined;
    for (const { alias, j } of jurisdictionAliases(lex, city)) {
      if (j.canonical === city) continue;
      const at = t.indexOf(alias);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && alias.length > best.len)) best = { at, len: alias.length, j };
    }
    if (best) {
      if (!city && best.j.city !== '*') city = best.j.city;
      return { jurisdiction: best.j.canonical, city };
    }
    // generic: 北京市海淀区人民政府 → 海淀区
    const g = t.match(/(?:^|[市省])([\u4e00-\u9fa5]{2,4}?(?:新区|区|县))(?:人民政府|政府|委员会|管委会|管理委员会|[\u4e00-\u9fa5]{0,8}(?:局|委|办))/);
    if (g) return { jurisdiction: g[1]!, city };
    // a zone run by its own 管委会: 苏州工业园区管理委员会 → 苏州工业园区
    const z = t.match(/^(?:[\u4e00-\u9fa5]{2,3}?[省市](?=[\u4e00-\u9fa5]{4}))?([\u4e00-\u9fa5]{2,12}?(?:工业园区|园区|开发区|新区|高新区|保税区|综保区|试验区|合作区|示范区|新城))(?:管理委员会|管委会)/);
    if (z) return { jurisdiction: z[1]!, city };
    // a title that starts with its district or county: 南京市江宁区“十四五”…规划, 南城县促进…方案
    const h = t.match(/^(?:中共)?(?:[\u4e00-\u9fa5]{2,3}?[省市])?([\u4e00-\u9fa5]{2,3}?(?:新区|区|县))(?=[\u4e00-\u9fa5“"《\s])/);
    if (h && !/^(?:全|本|我|各|城|市|地|园|社|辖|景|片|开发|功能)/.test(h[1]!)) return { jurisdiction: h[1]!, city };
  }
  return city ? { jurisdiction: city, city } : {};
}

/** 市场监管局 does not start with the 市 prefix; 市科技局 does. */
function hasLevelChar(name: string, ch: string, stems: string[]): boolean {
  if (!name.startsWith(ch)) return false;
  // a stem that itself starts with the char (市场监管) means there is no prefix
  return !stems.some((s) => s.startsWith(ch) && name.startsWith(s));
}

/**
 * The jurisdiction a department belongs to, as named in a document of `meta`:
 * 市X → city; names carrying their own zone → that zone; otherwise the document's jurisdiction.
 */
export function departmentJurisdiction(name: string, meta: DocumentMeta, lex: Lexicon): string {
  const docJ = meta.jurisdiction ?? meta.city ?? '未知';
  const city = meta.city;
  // names carrying their own zone first: 天津市滨海新区人民政府 → 滨海新区, 高新区税务局 → 滨海高新区
  for (const { alias, j } of jurisdictionAliases(lex, city)) {
    if (name.startsWith(alias) && name.length > alias.length) return j.canonical;
  }
  if (city && (name.startsWith(city) || name.startsWith(cityShort(city)))) return city;
  if (hasLevelChar(name, '市', lex.stems)) return city ?? '市';
  if (hasLevelChar(name, '省', lex.stems)) return city && city.endsWith('省') ? city : '省';
  if (name.startsWith('自治区') && name.length > 4) return city && city.endsWith('自治区') ? city : '自治区';
  if (/^(国家|国务院|中央)/.test(name)) return '国家';
  const g = name.match(/^([\u4e00-\u9fa5]{2,4}?(?:新区|区|县))(?:人民政府|政府)$/);
  if (g) return g[1]!;
  return docJ;
}

// ---------------------------------------------------------------- canonical names

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

function splitLevel(name: string, stems: string[]): { level: string; core: string } {
  for (const ch of ['市', '区', '县', '省']) if (hasLevelChar(name, ch, stems) && name.length > 2) return { level: ch, core: name.slice(1) };
  return { level: '', core: name };
}

export interface ResolvedDepartment {
  id: string;
  /** Canonical name (full form, level prefix as written). */
  name: string;
  jurisdiction: string;
  /** The surface form as written (becomes an alias when it differs from `name`). */
  surface: string;
}

/** A department name the document uses, with the other names it writes beside it (市场监管局（知识产权局）). */
export type AttestedName = string | { name: string; aliases?: string[] };

/**
 * Resolves department names for one document. `attested` are all department names the document
 * itself uses: an abbreviation (经发局) expands to a full form (经济发展局) only when exactly one
 * attested name of the same jurisdiction and level could be its expansion. A name written in brackets
 * after another (市场监管局（知识产权局）) is an alias: wherever the document uses it, it resolves to the
 * body it was written beside, so 市场监管局, 市场监管局（知识产权局） and 知识产权局 are one node.
 */
export class DepartmentResolver {
  private readonly byJurisdiction = new Map<string, string[]>();
  /** alias as written → the name it was written beside (undefined when two bodies claim it) */
  private readonly aliasOf = new Map<string, string | undefined>();

  constructor(
    readonly meta: DocumentMeta,
    readonly lexicon: Lexicon,
    attested: Iterable<AttestedName> = [],
  ) {
    const names = new Set<string>();
    for (const a of attested) {
      const name = typeof a === 'string' ? a : a.name;
      names.add(name);
      if (typeof a === 'string') continue;
      for (const alias of a.aliases ?? []) {
        if (alias === name) continue;
        const prev = this.aliasOf.get(alias);
        if (this.aliasOf.has(alias) && prev !== name) this.aliasOf.set(alias, undefined);
        else this.aliasOf.set(alias, name);
      }
    }
    // a body named by its alias alone is not an expansion candidate of its own
    for (const n of names) {
      if (this.aliasOf.get(n) !== undefined) continue;
      const j = departmentJurisdiction(n, meta, lexicon);
      const arr = this.byJurisdiction.get(j) ?? [];
      arr.push(this.lexiconCanonical(n, j));
      this.byJurisdiction.set(j, arr);
    }
  }

  /** The name an alias was written beside (知识产权局 → 市场监管局), else the name itself. */
  private mainOf(name: string): string {
    return this.aliasOf.get(name) ?? name;
  }

  private lexiconCanonical(name: string, jurisdiction: string): string {
    const { level, core } = splitLevel(name, this.lexicon.stems);
    const rows = this.lexicon.departments.filter((e) => e.jurisdiction === jurisdiction || e.jurisdiction === '*');
    rows.sort((a, b) => (a.jurisdiction === '*' ? 1 : 0) - (b.jurisdiction === '*' ? 1 : 0));
    for (const e of rows) {
      if (e.aliases.includes(name) || e.canonical === name) return e.canonical;
      if (level && (e.aliases.includes(core) || e.canonical === core)) return level + e.canonical;
    }
    return name;
  }

  canonical(written: string, jurisdiction?: string): string {
    const name = this.mainOf(written);
    const j = jurisdiction !== undefined && name === written ? jurisdiction : departmentJurisdiction(name, this.meta, this.lexicon);
    const lexed = this.lexiconCanonical(name, j);
    if (lexed !== name) return lexed;
    if (name.length > 4) return name;
    const { level, core } = splitLevel(name, this.lexicon.stems);
    const candidates = new Set<string>();
    for (const full of this.byJurisdiction.get(j) ?? []) {
      const f = splitLevel(full, this.lexicon.stems);
      if (f.level !== level || f.core.length <= core.length) continue;
      if (f.core[0] !== core[0] || f.core.at(-1) !== core.at(-1)) continue;
      if (isSubsequence(core, f.core)) candidates.add(full);
    }
    return candidates.size === 1 ? [...candidates][0]! : name;
  }

  resolve(written: string): ResolvedDepartment {
    const name = this.mainOf(written);
    const jurisdiction = departmentJurisdiction(name, this.meta, this.lexicon);
    const canonical = this.canonical(name, jurisdiction);
    return { id: departmentId(jurisdiction, canonical), name: canonical, jurisdiction, surface: written };
  }
}

/** One-off resolution (no in-document attestation). */
export function resolveDepartment(name: string, meta: DocumentMeta, lexicon: Lexicon): ResolvedDepartment {
  return new DepartmentResolver(meta, lexicon).resolve(name);
}
