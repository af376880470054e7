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
  // (CJK ideographs, ASCII signs, letters and digits, 、。: nothing to change but the stops at the ends)
  if (keptByClean(s)) return trimStops(s);
  return halfWidth(s)
    .replace(/[\s“”"‘’'《》「」]/g, '')
    .replace(/^[、，,。；;：:]+|[、，,。；;：:]+$/g, '');
}

/** Every character a CJK ideograph (U+4E00–9FFF), printable ASCII other than a space or a quote, or 、。: cleanSurface keeps each. */
function keptByClean(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 ? c > 0x9fff : c < 0x80 ? c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x7f : c !== 0x3001 && c !== 0x3002) return false;
  }
  return true;
}

/** `s` without the stops at its ends (、。,;: — ，；： are , ; : once half-width). */
function trimStops(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isStop(s.charCodeAt(a))) a++;
  while (b > a && isStop(s.charCodeAt(b - 1))) b--;
  return a > 0 || b < s.length ? s.slice(a, b) : s;
}

/**
 * Matching key: half-width, no spaces/quotes/brackets' contents kept, 和/及 → 与, legal suffix stripped.
 * Two surfaces with the same key denote the same entity.
 */
export function matchKey(s: string): string {
  // (most surfaces asked for are CJK ideographs only: their key is the string itself, without a trip
  // through the cache below — hashing a fresh slice and inserting it cost more than this scan)
  if (isOwnKey(s)) return s;
  // (no character to change — CJK, ASCII digits, lower case and signs, 、。 — : only the ends and the suffix)
  const chars = charsOf(s);
  if (chars === CHARS_KEPT) return finishKey(s);
  // (a pure function of the string, asked for the same names many times per document: remembered, bounded)
  let k = keys.get(s);
  if (k === undefined) {
    if (keys.size >= 50_000) keys.clear();
    keys.set(s, (k = chars === CHARS_CHANGED ? finishKey(rebuildKey(s)) : computeMatchKey(s)));
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

/** charsOf: every character kept as it is by computeMatchKey's character steps (the ends aside). */
const CHARS_KEPT = 0;
/** charsOf: every character one that rebuildKey treats, some of them changed. */
const CHARS_CHANGED = 1;
/** charsOf: some other character (computeMatchKey's regexes then). */
const CHARS_OTHER = 2;

/**
 * The characters of `s` for the key: CJK ideographs, ASCII, their wide forms (U+FF01–FF5E), the
 * ideographic space, the quotes cleanSurface drops and 、。 are known; 和/及, wide forms, spaces,
 * quotes and A–Z change.
 */
function charsOf(s: string): number {
  let change = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      if (c === 0x548c || c === 0x53ca) change = true;
    } else if (c < 0x80) {
      if (c < 0x20 && !(c >= 0x09 && c <= 0x0d)) return CHARS_OTHER;
      if (c <= 0x20 || c === 0x22 || c === 0x27 || (c >= 0x41 && c <= 0x5a)) change = true;
    } else if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || (c >= 0x300a && c <= 0x300d)) change = true;
    else if (c !== 0x3001 && c !== 0x3002) return CHARS_OTHER;
  }
  return change ? CHARS_CHANGED : CHARS_KEPT;
}

/** computeMatchKey's character steps, for a string charsOf knows: wide → ASCII, spaces and quotes dropped, A–Z lowered, 和/及 → 与. */
function rebuildKey(s: string): string {
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
  return String.fromCharCode(...codes);
}

/** computeMatchKey's last steps on the rebuilt characters: the stops trimmed at both ends, the legal suffix stripped. */
function finishKey(out: string): string {
  return stripLegalSuffix(trimStops(out));
}

/**
 * computeMatchKey without regexes for a string of the characters charsOf knows, else undefined
 * (what matchKey computes; exported for test/unit/ingest12-names.test.ts).
 */
export function scanMatchKey(s: string): string | undefined {
  const chars = charsOf(s);
  return chars === CHARS_OTHER ? undefined : finishKey(chars === CHARS_CHANGED ? rebuildKey(s) : s);
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
