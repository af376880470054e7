// The parts of a Chinese enterprise name: 行政区划 + 字号 + 行业表述 + 组织形式 (GB/T and the naming rules
// of 企业名称登记管理规定). A legal name (天津中环半导体股份有限公司) and a document's short name (中环半导体)
// meet once region, organisation form, brackets and trade words are taken off.

export interface NameLexicon {
  regions: string[];
  tradeWords: string[];
  /** Shareholder qualifiers before a trade name: 中科, 科大 (name-prefixes.txt). */
  qualifiers?: string[];
}

export interface NameParts {
  input: string;
  /** The whole name normalised (NFKC, no spaces or quotes, Latin upper-cased). */
  key: string;
  /** Without organisation form (有限公司 …), 集团 and bracketed parts. */
  full: string;
  /** Leading (or bracketed) region, without 省/市/区: 天津. */
  region?: string;
  /** `full` without the leading region (when a trade name is left). */
  core: string;
  /** `core` without trailing trade words: the trade name (字号). */
  brand: string;
  /** `core` without a leading shareholder qualifier (中科寒武纪科技 → 寒武纪科技), when it has one. */
  unqualified?: string;
  /** A group (集团) or a group's name. */
  group: boolean;
  /** A branch (分公司, 分厂, 办事处, 营业部): registered on its own, not the firm itself. */
  branch: boolean;
}

const FORMS = ['股份有限公司', '有限责任公司', '股份合作公司', '有限公司', '股份公司', '总公司', '公司', '有限合伙', '普通合伙', '合伙企业', '个人独资企业', '企业', '总厂', '厂', '股份'];
const BRANCH = /^(.*?(?:有限责任公司|股份有限公司|有限公司|公司))(.{1,20}?)(分公司|分厂|办事处|营业部|分部|经营部|分店)$/;
const REGION_SUFFIX = ['特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '新区', '省', '市', '区', '县'];
/** Regions that name a country, not a place a firm is registered in: never a conflict. */
const NATIONAL = new Set(['中国', '中华']);

/** NFKC, no whitespace, quotes or middle dots; brackets become ( ); Latin upper case. */
export function nameKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\u3000"'“”‘’「」『』《》·•・]/g, '')
    .replace(/[【[〔]/g, '(')
    .replace(/[】\]〕]/g, ')')
    .toUpperCase();
}

export class NameAnalyser {
  private readonly regions: string[];
  private readonly regionSet: Set<string>;
  private readonly trade: string[];
  private readonly tradeSet: Set<string>;
  private readonly maxTrade: number;
  private readonly qualifiers: string[];
  /** Regions by first character, trade words by last character (longest first in each list). */
  private readonly regionsByFirst = new Map<string, string[]>();
  private readonly tradeByLast = new Map<string, string[]>();
  private readonly cache = new Map<string, NameParts>();

  constructor(lex: NameLexicon) {
    this.regions = [...new Set(lex.regions.map(nameKey))].sort((a, b) => b.length - a.length);
    this.regionSet = new Set(this.regions);
    this.trade = [...new Set(lex.tradeWords.map(nameKey))].sort((a, b) => b.length - a.length);
    this.tradeSet = new Set(this.trade);
    this.maxTrade = Math.max(1, ...this.trade.map((t) => t.length));
    this.qualifiers = [...new Set((lex.qualifiers ?? []).map(nameKey))].filter(Boolean).sort((a, b) => b.length - a.length);
    for (const r of this.regions) push(this.regionsByFirst, r[0]!, r);
    for (const t of this.trade) push(this.tradeByLast, t[t.length - 1]!, t);
  }

  /** Whether `s` is made only of trade words (and 与/和/及 between them): 信息技术, 集成电路制造. */
  isTrade(s: string): boolean {
    if (!s) return true;
    const ok: boolean[] = new Array(s.length + 1).fill(false);
    ok[0] = true;
    for (let i = 0; i < s.length; i++) {
      if (!ok[i]) continue;
      if ('与和及'.includes(s[i]!)) ok[i + 1] = true;
      for (let l = 1; l <= this.maxTrade && i + l <= s.length; l++) if (this.tradeSet.has(s.slice(i, i + l))) ok[i + l] = true;
    }
    return ok[s.length]!;
  }

  /** The region a token names (天津市 → 天津), if it is one. */
  region(token: string): string | undefined {
    const t = nameKey(token);
    if (this.regionSet.has(t)) return t;
    for (const suf of REGION_SUFFIX) if (t.endsWith(suf) && this.regionSet.has(t.slice(0, -suf.length))) return t.slice(0, -suf.length);
    return undefined;
  }

  /** Strips trailing trade words, keeping at least two characters. */
  brandOf(core: string): string {
    let s = core;
    for (let guard = 0; guard < 8; guard++) {
      const w = (this.tradeByLast.get(s[s.length - 1] ?? '') ?? []).find((t) => s.endsWith(t) && s.length - t.length >= 2);
      if (!w) break;
      s = s.slice(0, -w.length);
    }
    return s;
  }

  analyse(input: string): NameParts {
    const hit = this.cache.get(input);
    if (hit) return hit;
    const key = nameKey(input);
    let s = key;
    let branch = false;
    const b = BRANCH.exec(s);
    if (b) {
      branch = true;
      s = b[1]!;
    }
    let group = false;
    let region: string | undefined;
    // bracketed parts: (天津), (中国), (集团), (有限合伙) …
    s = s.replace(/\(([^()]*)\)/g, (_m, inner: string) => {
      const r = this.region(inner);
      if (r && !region) region = r;
      if (/集团/.test(inner)) group = true;
      return '';
    });
    s = s.replace(/[()]/g, '');
    for (let guard = 0; guard < 4; guard++) {
      const f = FORMS.find((x) => s.endsWith(x) && s.length > x.length);
      if (f) {
        s = s.slice(0, -f.length);
        continue;
      }
      if (s.endsWith('集团') && s.length > 3) {
        group = true;
        s = s.slice(0, -2);
        continue;
      }
      break;
    }
    const full = s;
    // leading region(s): 天津市, 天津滨海新区, 深圳市 — only when a trade name is left after them
    let core = full;
    for (let guard = 0; guard < 2; guard++) {
      const r = this.leadingRegion(core);
      if (!r) break;
      const rest = core.slice(r.length);
      if (rest.length < 2 || this.isTrade(rest) || this.brandOf(rest).length < 2) break;
      if (!region || NATIONAL.has(region)) region = r.region;
      core = rest;
    }
    const parts: NameParts = { input, key, full, core, brand: this.brandOf(core), group, branch };
    if (region) parts.region = region;
    const q = this.qualifiers.find((x) => core.startsWith(x));
    if (q) {
      const rest = core.slice(q.length);
      if (rest.length >= 2 && !this.isTrade(rest) && this.brandOf(rest).length >= 2) parts.unqualified = rest;
    }
    if (this.cache.size > 200_000) this.cache.clear();
    this.cache.set(input, parts);
    return parts;
  }

  private leadingRegion(s: string): { region: string; length: number } | undefined {
    for (const r of this.regionsByFirst.get(s[0] ?? '') ?? []) {
      if (!s.startsWith(r)) continue;
      for (const suf of REGION_SUFFIX) if (s.startsWith(r + suf, 0)) return { region: r, length: r.length + suf.length };
      return { region: r, length: r.length };
    }
    return undefined;
  }

  /** Two regions that cannot be the same place (天津 vs 北京); a country-level name never conflicts. */
  static regionsConflict(a: string | undefined, b: string | undefined): boolean {
    if (!a || !b || a === b) return false;
    if (NATIONAL.has(a) || NATIONAL.has(b)) return false;
    return !(a.startsWith(b) || b.startsWith(a));
  }

  static isNational(r: string | undefined): boolean {
    return !!r && NATIONAL.has(r);
  }
}

/** Whether the characters of `short` appear in `long` in order, the first ones aligned (中海油服 in 中海油田服务). */
export function isAbbreviation(short: string, long: string): boolean {
  if (short.length < 3 || short.length >= long.length || short[0] !== long[0]) return false;
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

function push(m: Map<string, string[]>, k: string, v: string): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}
