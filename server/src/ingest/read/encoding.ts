// Encodings of txt/html files: UTF-8 ± BOM, UTF-16LE/BE with a BOM or by their code units (guessUtf16),
// GB18030/GBK when strict UTF-8 fails; damaged or binary input is a BAD_ENCODING error.
import iconv from 'iconv-lite';
import { utf8Validity } from '../../text.ts';
import { IngestError } from '../errors.ts';

export function decodeText(file: string, bytes: Uint8Array): { text: string; encoding: string } {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    return { text: strictUtf8(file, b.subarray(3)), encoding: 'utf-8' };
  }
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { text: utf16(file, b.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { text: utf16(file, b.subarray(2), 'utf-16be'), encoding: 'utf-16be' };

  const nul = countNul(b);
  if (nul > 0) {
    // UTF-16 without a BOM (ASCII has a zero high byte); anything else with NULs is binary.
    const guess = guessUtf16(b);
    if (guess) return { text: utf16(file, b, guess), encoding: guess };
    throw new IngestError('BAD_ENCODING', file, '含有二进制数据 / contains binary data');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8' };
  } catch {
    // not UTF-8: either damaged UTF-8 or a legacy Chinese encoding
  }
  // A file cut off inside its last character (an interrupted download or copy): keep what is whole.
  const cut = trailingPartialSequence(b);
  if (cut > 0) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, b.length - cut)), encoding: 'utf-8' };
    } catch {
      // damaged elsewhere too
    }
  }
  const u = utf8Validity(b);
  if (u.invalid > 0 && u.valid >= 4 * u.invalid) {
    throw new IngestError('BAD_ENCODING', file, 'UTF-8 文本已截断或损坏 / UTF-8 text is truncated or damaged');
  }
  const text = iconv.decode(Buffer.from(b), 'gb18030');
  if (!plausibleChinese(text)) throw new IngestError('BAD_ENCODING', file, '既不是 UTF-8 也不是 GBK/GB18030 / neither UTF-8 nor GBK/GB18030');
  return { text, encoding: 'gb18030' };
}

/** Number of bytes (1–3) of an incomplete UTF-8 sequence at the very end, or 0. */
function trailingPartialSequence(b: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b[b.length - k]!;
    if ((c & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const len = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
    return len > k ? k : 0;
  }
  return 0;
}

function strictUtf8(file: string, b: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch (e) {
    throw new IngestError('BAD_ENCODING', file, 'UTF-8 文本已截断或损坏 / UTF-8 text is truncated or damaged', { cause: e });
  }
}

function utf16(file: string, b: Uint8Array, enc: 'utf-16le' | 'utf-16be'): string {
  if (b.length % 2 !== 0) throw new IngestError('BAD_ENCODING', file, 'UTF-16 字节数为奇数，文件已截断 / odd UTF-16 byte count, file truncated');
  let text: string;
  try {
    text = new TextDecoder(enc, { fatal: true }).decode(b);
  } catch (e) {
    throw new IngestError('BAD_ENCODING', file, 'UTF-16 数据无效 / invalid UTF-16', { cause: e });
  }
  if (!plausibleChinese(text)) throw new IngestError('BAD_ENCODING', file, 'UTF-16 解码结果不可读 / UTF-16 decode is not readable text');
  return text;
}

function countNul(b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < b.length; i++) if (b[i] === 0) n++;
  return n;
}

/**
 * UTF-16 without a BOM, told from binary by its code units. Chinese text has few NUL bytes (only
 * ASCII — line breaks, digits, Latin — has a zero high byte; a few ideographs such as 一 U+4E00 or
 * 最 U+6700 a zero low byte), so the share of NULs proves nothing; instead, read as LE and as BE,
 * the right order gives code units that are nearly all text (ASCII, CJK ideographs and punctuation,
 * full-width forms, common symbols), every unit with a zero high byte is printable ASCII or a line
 * break (never U+0000 or another control), and such ASCII units are at least 0.5 % of the text.
 * The wrong order scatters ideographs over Hangul, private-use and surrogate ranges; random or
 * structured binary fails all three. Conservative: an unclear file stays BAD_ENCODING.
 */
function guessUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (b.length < 4 || b.length % 2 !== 0) return undefined;
  const le = utf16Evidence(b, 'le');
  const be = utf16Evidence(b, 'be');
  const best = le.text >= be.text ? { enc: 'utf-16le' as const, e: le } : { enc: 'utf-16be' as const, e: be };
  const units = b.length / 2;
  if (best.e.control > 0) return undefined;
  if (best.e.ascii < Math.max(1, units * 0.005)) return undefined;
  if (best.e.text < units * 0.97) return undefined;
  return best.enc;
}

/** Counts of the code units read in one byte order: text units, ASCII units (zero high byte), controls. */
function utf16Evidence(b: Uint8Array, order: 'le' | 'be'): { text: number; ascii: number; control: number } {
  let text = 0;
  let ascii = 0;
  let control = 0;
  for (let i = 0; i + 1 < b.length; i += 2) {
    const u = order === 'le' ? b[i]! | (b[i + 1]! << 8) : (b[i]! << 8) | b[i + 1]!;
    if (u < 0x80) {
      if (u === 0x09 || u === 0x0a || u === 0x0c || u === 0x0d || (u >= 0x20 && u < 0x7f)) {
        ascii++;
        text++;
      } else control++;
    } else if (
      (u >= 0x4e00 && u <= 0x9fff) || // CJK unified ideographs
      (u >= 0x3000 && u <= 0x303f) || // CJK punctuation
      (u >= 0xff00 && u <= 0xffef) || // full-width forms
      (u >= 0x00a0 && u <= 0x2fff) // Latin-1, general punctuation, symbols, circled numbers, box drawing
    ) {
      text++;
    }
  }
  return { text, ascii, control };
}

/**
 * Sanity check for decoded text: mostly CJK, CJK punctuation, full-width forms and ASCII; few control,
 * private-use or replacement characters. Catches mojibake and binary decoded "successfully".
 */
function plausibleChinese(text: string): boolean {
  let good = 0;
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c < 0x7f)) good++;
    else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) bad++;
    else if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) bad++;
    else if (c >= 0x4e00 && c <= 0x9fff) good++;
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f)) good++;
    else if (c >= 0xa0 && c <= 0x2fff) good += 0.5; // Latin-1, Greek, symbols, box drawing, circled numbers…
    else bad += 0.5; // rare blocks: CJK ext., Hangul, Yi … — typical of mojibake when frequent
  }
  const total = good + bad;
  return total > 0 && bad / total < 0.02;
}
