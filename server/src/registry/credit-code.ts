// 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-character
// alphabet (digits and capital letters without I, O, Z, S, V):
//   1 registration authority (9 = 市场监管/工商, 1 = 机构编制, 5 = 民政, Y = other …)
//   1 organisation type, 6 administrative division code, 9 organisation code, 1 check character.
// The check character is 31 − (Σ value(cᵢ) × 3ⁱ mod 31) mod 31, i = 0…16.

export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

export type CreditCodeCheck = { ok: true; code: string } | { ok: false; reason: string };

/** Upper-cases, drops spaces and full-width forms; does not validate. */
export function normaliseCreditCode(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\ufeff'"]/g, '')
    .toUpperCase();
}

/** The check character for the first 17 characters, or undefined if one is outside the alphabet. */
export function creditCodeCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_ALPHABET.indexOf(first17[i] ?? '');
    if (v < 0) return undefined;
    sum += v * WEIGHTS[i]!;
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/** Validates a code (after normalisation) and says why it is wrong. */
export function checkCreditCode(raw: string): CreditCodeCheck {
  const code = normaliseCreditCode(raw);
  if (code.length !== 18) return { ok: false, reason: `长度应为 18 位，实为 ${code.length} 位 / must be 18 characters, got ${code.length}` };
  for (let i = 0; i < 18; i++) {
    const ch = code[i]!;
    if (!CREDIT_CODE_ALPHABET.includes(ch)) {
      return { ok: false, reason: `第 ${i + 1} 位字符「${ch}」不在代码字符集中（不用 I、O、Z、S、V）/ character ${i + 1} "${ch}" is not allowed` };
    }
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { ok: false, reason: '第 3–8 位应为行政区划码（6 位数字）/ characters 3–8 must be a 6-digit division code' };
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (expected !== code[17]) return { ok: false, reason: `校验位应为「${expected}」，实为「${code[17]}」/ check character should be "${expected}", got "${code[17]}"` };
  return { ok: true, code };
}

/** Completes 17 characters with their check character (for test data and the bench generator). */
export function withCheckChar(first17: string): string {
  const c = creditCodeCheckChar(first17);
  if (c === undefined || first17.length !== 17) throw new Error(`not 17 characters of the credit-code alphabet: ${first17}`);
  return first17 + c;
}
