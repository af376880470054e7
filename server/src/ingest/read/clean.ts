// Text clean-up done before `text` exists, so that every later offset is consistent.

/**
 * Line endings → \n, docx `[bookmark: …]` artefacts and NBSP/zero-width characters removed, BOM dropped.
 * Done before `text` exists, so every later offset is consistent.
 */
export function cleanText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\[bookmark:[^\]\n]*\]/gi, '')
    // Word/pandoc anchors left by conversion: [_Toc152630411], [_Hlk123], [_GoBack], {#bookmark1}
    .replace(/\[_(?:Toc|Hlk|Ref|GoBack)[A-Za-z0-9_]*\]/g, '')
    .replace(/\{#[A-Za-z_][\w.:-]*\}/g, '')
    .replace(/[\u200B\u200C\u200D\u2060\uFEFF]/g, '')
    .replace(/\u00A0/g, ' ');
}

const CJK = '\\u3400-\\u9fff';
/**
 * A half-width '.' that ends a Chinese sentence (after a Chinese character, or after a closing bracket
 * or quote that follows one) → '。', char for char, so that documents typed with half-width marks
 * split into sentences as those typed with 。 do ("编制本规划.规划期为…"). Kept: numbering markers
 * ("1." "一." at a line's opening, "1)X." is a heading title and ends like a sentence), decimals (3.5),
 * abbreviations and Latin text (Co.Ltd., a.m.), and a '.' run (省略号 "..."). Applied to `norm` only.
 */
export function sentenceStops(norm: string): string {
  // (…约占全国的40%.开发区已集聚…: a share closing a sentence ends it too)
  const re = new RegExp(`(?<=[${CJK}]|[${CJK}][)"”’》]|\\d[%％‰])\\.(?![.\\d])`, 'g');
  return norm.replace(re, (dot, at: number, s: string) => {
    if (s[at - 1] === '.') return dot;
    // 一. / 十二. / 第三. opening a line: a numbering marker
    const line = s.lastIndexOf('\n', at - 1) + 1;
    if (/^\s*(?:第)?[一二三四五六七八九十百]{1,3}$/.test(s.slice(line, at))) return dot;
    return '。';
  });
}
