// Names: display form, matching key and legal-form suffixes (used by the lexicon index, entity
// finding and resolution).
import { halfWidth } from '../text.ts';

/** Legal-form suffixes stripped before matching enterprise names (longest first). */
const LEGAL_SUFFIXES = ['股份有限公司', '有限责任公司', '集团有限公司', '集团股份有限公司', '有限公司', '公司'].sort((a, b) => b.length - a.length);

/** Strip a legal-form suffix (有限公司, 股份有限公司, 公司) when something meaningful remains. */
export function stripLegalSuffix(name: string): string {
  for (const suf of LEGAL_SUFFIXES) {
    if (name.endsWith(suf) && name.length - suf.length >= 2) {
      // a branch keeps its kind (国家能源集团鄂尔多斯煤制油分公司, not …煤制油分)
      if (suf === '公司' && name.endsWith('分公司')) return name;
      const rest = name.slice(0, -suf.length);
      // 集团有限公司 → keep 集团 (中电科技集团有限公司 → 中电科技集团)
      return suf.startsWith('集团') ? rest + '集团' : rest;
    }
  }
  return name;
}

/** Clean a surface form into a display name: half-width, no spaces or quotes. */
export function cleanSurface(s: string): string {
  // (CJK ideographs and ASCII letters and digits only: nothing to clean)
  if (isPlain(s)) return s;
  return halfWidth(s)
    .replace(/[\s“”"‘’'《》「」]/g, '')
    .replace(/^[、，,。；;：:]+|[、，,。；;：:]+$/g, '');
}

/** Every character a CJK ideograph (U+4E00–9FFF) or an ASCII letter or digit (cleanSurface leaves it as is). */
function isPlain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 ? c > 0x9fff : !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) return false;
  }
  return true;
}

/**
 * Matching key: half-width, no spaces/quotes/brackets' contents kept, 和/及 → 与, legal suffix stripped.
 * Two surfaces with the same key denote the same entity.
 */
export function matchKey(s: string): string {
  // (most surfaces asked for are CJK ideographs only: their key is the string itself, without a trip
  // through the cache below — hashing a fresh slice and inserting it cost more than this scan)
  if (isOwnKey(s)) return s;
  // (a pure function of the string, asked for the same names many times per document: remembered, bounded)
  let k = keys.get(s);
  if (k === undefined) {
    if (keys.size >= 50_000) keys.clear();
    keys.set(s, (k = scanMatchKey(s) ?? computeMatchKey(s)));
  }
  return k;
}
const keys = new Map<string, string>();

/**
 * computeMatchKey(s) === s: every character a CJK ideograph (U+4E00–9FFF: not wide, not a space,
 * quote or bracket, no case) other than 和/及, and no legal suffix to strip (each ends with 公司).
 */
function isOwnKey(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff || c === 0x548c /* 和 */ || c === 0x53ca /* 及 */) return false;
  }
  return !(n >= 2 && s.charCodeAt(n - 1) === 0x53f8 /* 司 */ && s.charCodeAt(n - 2) === 0x516c /* 公 */);
}

/**
 * computeMatchKey without regexes, for a string of CJK ideographs, ASCII, their wide forms (U+FF01–FF5E),
 * the ideographic space, the quotes cleanSurface drops and 、。: the same steps char by char (wide →
 * ASCII, spaces and quotes dropped, A–Z lowered, 和/及 → 与), the stops trimmed at both ends, the legal
 * suffix stripped. undefined for any other character (computeMatchKey's regexes then).
 */
export function scanMatchKey(s: string): string | undefined {
  // (first pass: is every character known, and does any change? most strings need no rebuilding)
  let change = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      if (c === 0x548c || c === 0x53ca) change = true;
    } else if (c < 0x80) {
      if (c < 0x20 && !(c >= 0x09 && c <= 0x0d)) return undefined;
      if (c === 0x20 || c < 0x20 || c === 0x22 || c === 0x27 || (c >= 0x41 && c <= 0x5a)) change = true;
    } else if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || (c >= 0x300a && c <= 0x300d)) change = true;
    else if (c !== 0x3001 && c !== 0x3002) return undefined;
  }
  let out = s;
  if (change) {
    const codes: number[] = [];
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0x4e00 && c <= 0x9fff) {
        codes.push(c === 0x548c || c === 0x53ca ? 0x4e0e /* 与 */ : c);
        continue;
      }
      if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
      // (\s of ASCII and U+3000, " ' “ ” ‘ ’ 《 》 「 」: dropped)
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x22 || c === 0x27 || c === 0x3000 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || (c >= 0x300a && c <= 0x300d)) continue;
      codes.push(c >= 0x41 && c <= 0x5a ? c + 32 : c);
    }
    out = String.fromCharCode(...codes);
  }
  let a = 0;
  let b = out.length;
  while (a < b && isStop(out.charCodeAt(a))) a++;
  while (b > a && isStop(out.charCodeAt(b - 1))) b--;
  return stripLegalSuffix(a > 0 || b < out.length ? out.slice(a, b) : out);
}

/** 、。,;: — the stops cleanSurface trims (，；： are , ; : once half-width). */
function isStop(c: number): boolean {
  return c === 0x3001 || c === 0x3002 || c === 0x2c || c === 0x3b || c === 0x3a;
}

/** The definition of matchKey (regexes): what its fast paths must equal (test/unit/ingest12-names.test.ts). */
export function computeMatchKey(s: string): string {
  let k = cleanSurface(s).toLowerCase();
  k = k.replace(/[（(]/g, '(').replace(/[）)]/g, ')');
  k = stripLegalSuffix(k);
  k = k.replace(/[和及]/g, '与');
  return k;
}

const CJK = /[\u3400-\u9fff]/;
export function isCjk(ch: string | undefined): boolean {
  return !!ch && CJK.test(ch);
}
export function isAlnum(ch: string | undefined): boolean {
  return !!ch && /[A-Za-z0-9]/.test(ch);
}
