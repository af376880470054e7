import { describe, expect, it } from 'vitest';
import { halfWidth } from '../../server/src/text.ts';

describe('halfWidth', () => {
  it('maps every full-width ASCII form and the ideographic space, and nothing else, char for char', () => {
    let wide = '';
    let narrow = '';
    for (let c = 0xff01; c <= 0xff5e; c++) {
      wide += String.fromCharCode(c);
      narrow += String.fromCharCode(c - 0xfee0);
    }
    expect(halfWidth(wide)).toBe(narrow);
    expect(halfWidth('\u3000')).toBe(' ');
    // neighbours of the range, CJK punctuation and text, and a surrogate pair stay as they are
    const kept = '\uff00\uff5f\uff61、。「」（中文）\u{20000}abc';
    expect(halfWidth(kept)).toBe(kept.replace('（', '(').replace('）', ')'));
    const mixed = '第２条　支持ＡＩ企业，（一）';
    expect(halfWidth(mixed)).toBe('第2条 支持AI企业,(一)');
    expect(halfWidth(mixed)).toHaveLength(mixed.length);
  });
});
