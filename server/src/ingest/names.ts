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
  return halfWidth(s)
    .replace(/[\s“”"‘’'《》「」]/g, '')
    .replace(/^[、，,。；;：:]+|[、，,。；;：:]+$/g, '');
}

/**
 * Matching key: half-width, no spaces/quotes/brackets' contents kept, 和/及 → 与, legal suffix stripped.
 * Two surfaces with the same key denote the same entity.
 */
export function matchKey(s: string): string {
  // (a pure function of the string, asked for the same names many times per document: remembered, bounded)
  let k = keys.get(s);
  if (k === undefined) {
    if (keys.size >= 50_000) keys.clear();
    keys.set(s, (k = computeMatchKey(s)));
  }
  return k;
}
const keys = new Map<string, string>();

function computeMatchKey(s: string): string {
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
