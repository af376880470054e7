// The English switch: every literal UI string passed to t() has an English entry, and
// placeholders are filled in both languages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DICTIONARY_EN, t } from '../../client/src/i18n.ts';

const SRC = fileURLToPath(new URL('../../client/src', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe('i18n', () => {
  it('translates every literal string the UI passes to t()', () => {
    const keys = new Set<string>();
    for (const f of files(SRC)) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) keys.add(m[1]!);
    }
    expect(keys.size).toBeGreaterThan(100);
    const missing = [...keys].filter((k) => /[\u4e00-\u9fff]/.test(k) && !(k in DICTIONARY_EN));
    expect(missing).toEqual([]);
  });

  it('fills placeholders in Chinese and English', () => {
    expect(t('{n} 个节点', { n: 3 }, 'zh')).toBe('3 个节点');
    expect(t('{n} 个节点', { n: 3 }, 'en')).toBe('3 nodes');
    expect(t('没有这个键', undefined, 'en')).toBe('没有这个键');
    expect(t('「{name}」暂无相连的节点。', {}, 'zh')).toBe('「{name}」暂无相连的节点。');
  });
});
