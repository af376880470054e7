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
