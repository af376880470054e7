// matchKey and cleanSurface take fast paths (a string of CJK ideographs is its own key and is clean;
// scanMatchKey replaces the regexes for the usual characters): each must give what the regex
// definition gives, on the genre's own text and on random strings of the characters the paths treat.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { halfWidth } from '../../server/src/text.ts';
import { cleanSurface, computeMatchKey, matchKey, scanMatchKey } from '../../server/src/ingest/names.ts';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');

/** cleanSurface by its definition (the regex passes alone). */
const cleanReference = (s: string) =>
  halfWidth(s)
    .replace(/[\s“”"‘’'《》「」]/g, '')
    .replace(/^[、，,。；;：:]+|[、，,。；;：:]+$/g, '');

function random(seed: number): () => number {
  let x = seed;
  return () => ((x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
}

// the characters each path treats, their neighbours and others (long dash, middle dot, Roman numeral, no-break
// and other Unicode spaces, CJK extension A, BOM, a control character)
const ALPHABET = [...'华为和及与公司集团有限股份分园区.-/+%#\x7f \t\n"\'“”‘’《》「」、，,。；;：:（）()ＡａAzZ0９　—·Ⅱ\u00a0\u1680\u2000\u3400\u4dbf\u9fff\ufeff\u001f\u4e00'];

describe('matchKey and cleanSurface fast paths (ingest12)', () => {
  it('give the regex definition on every clause prefix of the seed documents', () => {
    const texts = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));
    let checked = 0;
    for (const t of texts) {
      for (let i = 0; i < t.length; i += 7) {
        for (const k of [2, 5, 9, 16]) {
          const s = t.slice(i, i + k);
          expect(matchKey(s)).toBe(computeMatchKey(s));
          expect(cleanSurface(s)).toBe(cleanReference(s));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('give the regex definition on random strings of the characters they treat and their neighbours', () => {
    const rnd = random(12);
    let scanned = 0;
    for (let t = 0; t < 50_000; t++) {
      let s = '';
      const n = Math.floor(rnd() * 12);
      for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(rnd() * ALPHABET.length)];
      const scan = scanMatchKey(s);
      if (scan !== undefined) {
        scanned++;
        expect(scan).toBe(computeMatchKey(s));
      }
      expect(matchKey(s)).toBe(computeMatchKey(s));
      expect(cleanSurface(s)).toBe(cleanReference(s));
    }
    // (the scan must have covered the usual case, not fallen back every time)
    expect(scanned).toBeGreaterThan(10_000);
  });

  it('keep what a key means: legal suffix, 和/及, wide forms, quotes and stops', () => {
    expect(matchKey('华为技术有限公司')).toBe('华为技术');
    expect(matchKey('中电科技集团有限公司')).toBe('中电科技集团');
    expect(matchKey('集成电路和软件')).toBe('集成电路与软件');
    expect(matchKey('“ＡＢＣ（中国）”，')).toBe('abc(中国)');
    expect(matchKey('公司')).toBe('公司');
    expect(cleanSurface('、华为。')).toBe('华为');
    expect(cleanSurface('华为ABC9')).toBe('华为ABC9');
  });
});
