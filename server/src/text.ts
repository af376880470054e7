// Text helpers shared by ingest and the stores (neither may import the other).

/**
 * Full-width ASCII forms (U+FF01–FF5E) → half-width (U+0021–007E), ideographic space (U+3000) → space;
 * nothing else. Char for char: the result has the same length, so offsets found in it are valid in
 * the input (ingest matches on this form and quotes the original).
 */
export function halfWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += s[i];
  }
  return out;
}
