// Department resolution: jurisdiction scoping, canonical names, aliases.
// 科技局 in a 滨海高新区 document, 区科技局 in a 津南区 document and 区科技局 in a 滨海新区 document are
// three bodies (three ids); 市X belongs to the city; names carrying their own zone (滨海新区政府,
// 高新区税务局) belong to that zone. Lexicon files live in seeds/lexicon/ and can be extended by users.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { departmentId } from './ids.ts';
import type { DocumentMeta } from './types.ts';

export const DEFAULT_LEXICON_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../seeds/lexicon');

export interface LexiconEntry {
  /** Jurisdiction the row applies to, or '*' */
  jurisdiction: string;
  canonical: string;
  aliases: string[];
}

export interface JurisdictionEntry {
  /** City or province the jurisdiction belongs to, or '*' */
  city: string;
  canonical: string;
  aliases: string[];
}

export interface DepartmentLexicon {
  entries: LexiconEntry[];
  /** Functional stems (科技, 工业和信息化 …), longest first. */
  stems: string[];
  jurisdictions: JurisdictionEntry[];
}

/** Org-name suffixes after a functional stem (for elision restoring). */
export const STEM_SUFFIXES = ['委员会', '办公室', '局', '厅', '委', '办', '部', '处', '署'];
/** Level prefixes that may be carried from one list item to the next. */
const LEVEL_PREFIX = /^(?:省|市|区|县|自治区|自治州|州|盟|旗|镇|乡|街道|[\u4e00-\u9fa5]{1,6}?(?:省|市|区|县))$/;

/**
 * Stems every lexicon gets, on top of functional-stems.txt: abbreviations common in elided lists
 * (市发展改革委、教委 → 市教委; 省科技厅、大数据局 → 省大数据局; 区发改委、科委 → 区科委).
 */
const BUILTIN_STEMS = ['大数据', '数据', '教', '科', '经信', '经济和信息化', '经济信息化', '人力资源和社会保障', '商务', '财政', '统计'];

const cache = new Map<string, DepartmentLexicon>();

function tsvRows(path: string): string[][] {
  if (!existsSync(path)) return [];
  const rows: string[][] = [];
  let header = true;
  for (const line of readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (header) {
      header = false;
      continue;
    }
    rows.push(line.split('\t').map((c) => c.trim()));
  }
  return rows;
}

function list(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Loads (and caches) the lexicon in `dir` (default seeds/lexicon). Missing files give empty lists. */
export function loadLexicon(dir: string = DEFAULT_LEXICON_DIR): DepartmentLexicon {
  const key = resolve(dir);
  const hit = cache.get(key);
  if (hit) return hit;
  const entries = tsvRows(join(key, 'departments.tsv'))
    .filter((r) => r[0] && r[1])
    .map((r) => ({ jurisdiction: r[0]!, canonical: r[1]!, aliases: list(r[2]) }));
  const jurisdictions = tsvRows(join(key, 'jurisdictions.tsv'))
    .filter((r) => r[0] && r[1])
    .map((r) => ({ city: r[0]!, canonical: r[1]!, aliases: list(r[2]) }));
  const stemsPath = join(key, 'functional-stems.txt');
  const stems = existsSync(stemsPath)
    ? readFileSync(stemsPath, 'utf8')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
    : [];
  for (const b of BUILTIN_STEMS) if (!stems.includes(b)) stems.push(b);
  stems.sort((a, b) => b.length - a.length);
  const lex = { entries, stems, jurisdictions };
  cache.set(key, lex);
  return lex;
}

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

// ---------------------------------------------------------------- jurisdictions

function cityShort(city: string): string {
  return city.replace(/(市|省)$/, '');
}

/** Jurisdiction aliases usable for a document of `city`, longest first. */
function jurisdictionAliases(lex: DepartmentLexicon, city?: string): { alias: string; j: JurisdictionEntry }[] {
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
  lex: DepartmentLexicon = loadLexicon(),
): { jurisdiction?: string; city?: string } {
  const joined = texts.filter(Boolean).join('\n');
  let city: string | undefined;
  if (/天津|^津|\n津/.test(joined)) city = '天津市';
  else {
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
export function departmentJurisdiction(name: string, meta: DocumentMeta, lex: DepartmentLexicon = loadLexicon()): string {
  const docJ = meta.jurisdiction ?? meta.city ?? '未知';
  const city = meta.city;
  // names carrying their own zone first: 天津市滨海新区人民政府 → 滨海新区, 高新区税务局 → 滨海高新区
  for (const { alias, j } of jurisdictionAliases(lex, city)) {
    if (name.startsWith(alias) && name.length > alias.length) return j.canonical;
  }
  if (city && (name.startsWith(city) || name.startsWith(cityShort(city)))) return city;
  if (hasLevelChar(name, '市', lex.stems)) return city ?? '市';
  if (hasLevelChar(name, '省', lex.stems)) return city && city.endsWith('省') ? city : '省';
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

/**
 * Resolves department names for one document. `attested` are all department names the document
 * itself uses: an abbreviation (经发局) expands to a full form (经济发展局) only when exactly one
 * attested name of the same jurisdiction and level could be its expansion.
 */
export class DepartmentResolver {
  private readonly byJurisdiction = new Map<string, string[]>();

  constructor(
    readonly meta: DocumentMeta,
    attested: Iterable<string> = [],
    readonly lexicon: DepartmentLexicon = loadLexicon(),
  ) {
    for (const n of new Set(attested)) {
      const j = departmentJurisdiction(n, meta, lexicon);
      const arr = this.byJurisdiction.get(j) ?? [];
      arr.push(this.lexiconCanonical(n, j));
      this.byJurisdiction.set(j, arr);
    }
  }

  private lexiconCanonical(name: string, jurisdiction: string): string {
    const { level, core } = splitLevel(name, this.lexicon.stems);
    const rows = this.lexicon.entries.filter((e) => e.jurisdiction === jurisdiction || e.jurisdiction === '*');
    rows.sort((a, b) => (a.jurisdiction === '*' ? 1 : 0) - (b.jurisdiction === '*' ? 1 : 0));
    for (const e of rows) {
      if (e.aliases.includes(name) || e.canonical === name) return e.canonical;
      if (level && (e.aliases.includes(core) || e.canonical === core)) return level + e.canonical;
    }
    return name;
  }

  canonical(name: string, jurisdiction = departmentJurisdiction(name, this.meta, this.lexicon)): string {
    const lexed = this.lexiconCanonical(name, jurisdiction);
    if (lexed !== name) return lexed;
    if (name.length > 4) return name;
    const { level, core } = splitLevel(name, this.lexicon.stems);
    const candidates = new Set<string>();
    for (const full of this.byJurisdiction.get(jurisdiction) ?? []) {
      const f = splitLevel(full, this.lexicon.stems);
      if (f.level !== level || f.core.length <= core.length) continue;
      if (f.core[0] !== core[0] || f.core.at(-1) !== core.at(-1)) continue;
      if (isSubsequence(core, f.core)) candidates.add(full);
    }
    return candidates.size === 1 ? [...candidates][0]! : name;
  }

  resolve(name: string): ResolvedDepartment {
    const jurisdiction = departmentJurisdiction(name, this.meta, this.lexicon);
    const canonical = this.canonical(name, jurisdiction);
    return { id: departmentId(jurisdiction, canonical), name: canonical, jurisdiction, surface: name };
  }
}

/** One-off resolution (no in-document attestation). */
export function resolveDepartment(name: string, meta: DocumentMeta, lexicon: DepartmentLexicon = loadLexicon()): ResolvedDepartment {
  return new DepartmentResolver(meta, [], lexicon).resolve(name);
}
