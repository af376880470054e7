// Text helpers shared by ingest and the stores (neither may import the other).

const WIDE_FORMS = /[\uff01-\uff5e\u3000]/g;
/**
 * Full-width ASCII forms (U+FF01–FF5E) → half-width (U+0021–007E), ideographic space (U+3000) → space;
 * nothing else. Char for char: the result has the same length, so offsets found in it are valid in
 * the input (ingest matches on this form and quotes the original).
 */
export function halfWidth(s: string): string {
  // One regex pass: ~10× faster than building the string char by char on long documents
  // (0.37 vs 3.6–4.6 ms for the 80k characters of the seeds), and the input is returned as is when
  // nothing is wide.
  return s.replace(WIDE_FORMS, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Counts well-formed vs broken UTF-8 multi-byte sequences (a decoder's guess between UTF-8 and GBK). */
export function utf8Validity(b: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const len = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
    let ok = len > 0 && i + len <= b.length;
    for (let k = 1; ok && k < len; k++) if ((b[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}
