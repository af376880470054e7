// Stage 1: read a source file into text.
// txt/html: encoding detection (UTF-8 ± BOM, UTF-16LE/BE with BOM or by NUL pattern, GB18030/GBK when
// strict UTF-8 fails); docx via mammoth; pdf via unpdf. The result's `text` is what every offset in
// later stages refers to, so all clean-up (line endings, docx bookmarks, HTML markup) happens here.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import iconv from 'iconv-lite';
import { halfWidth } from '../text.ts';
import { IngestError } from './errors.ts';
import type { SourceDocument, SourceFormat } from './types.ts';
import { assertZipWithinLimits, ZipGuardError } from './zip-guard.ts';

/**
 * Limits. A policy document is tens to hundreds of KB; a five-year plan with annexes ~1 MB.
 * 20 MB of text (about 7 million Chinese characters) is far beyond any real document and keeps one
 * ingest's memory bounded (~40 bytes per character through all stages).
 */
export const MAX_TEXT_CHARS = 20 * 1024 * 1024;
/** Upper bound for a plain-text or HTML file (bytes), checked before decoding. */
export const MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024;
/** Upper bound for the raw file (bytes); docx/pdf compress and embed images, so allow more. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

const EXT_FORMAT: Record<string, SourceFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
};

export const SUPPORTED_EXTENSIONS = Object.keys(EXT_FORMAT);

export function formatOf(file: string): SourceFormat | undefined {
  return EXT_FORMAT[extname(file).toLowerCase()];
}

export async function readSource(path: string): Promise<SourceDocument> {
  const file = basename(path);
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new IngestError('UNREADABLE', path, '不是普通文件 / not a regular file');
    size = st.size;
  } catch (e) {
    if (e instanceof IngestError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new IngestError('NOT_FOUND', path, undefined, { cause: e });
    throw new IngestError('UNREADABLE', path, (e as Error).message, { cause: e });
  }
  if (!formatOf(file)) throw new IngestError('UNSUPPORTED_TYPE', file);
  if (size > MAX_FILE_BYTES) throw new IngestError('TOO_LARGE', file, `${size} bytes`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    throw new IngestError('UNREADABLE', path, (e as Error).message, { cause: e });
  }
  return decodeSource(file, bytes);
}

export async function decodeSource(file: string, bytes: Uint8Array): Promise<SourceDocument> {
  const name = basename(file);
  const format = formatOf(name);
  if (!format) {
    const hint = /\.(doc|wps|rtf)$/i.test(name) ? '请另存为 docx / save it as .docx first' : undefined;
    throw new IngestError('UNSUPPORTED_TYPE', name, hint);
  }
  if (bytes.length === 0) throw new IngestError('EMPTY', name);
  if (bytes.length > MAX_FILE_BYTES) throw new IngestError('TOO_LARGE', name, `${bytes.length} bytes`);
  if ((format === 'txt' || format === 'html') && bytes.length > MAX_TEXT_FILE_BYTES) {
    throw new IngestError('TOO_LARGE', name, `${bytes.length} bytes > ${MAX_TEXT_FILE_BYTES}`);
  }

  let raw: string;
  let encoding: string | undefined;
  switch (format) {
    case 'txt':
    case 'html': {
      const d = decodeText(name, bytes);
      encoding = d.encoding;
      raw = format === 'html' ? htmlToText(d.text) : d.text;
      break;
    }
    case 'docx':
      raw = await docxToText(name, bytes);
      break;
    case 'pdf':
      raw = await pdfToText(name, bytes);
      break;
  }
  const text = cleanText(raw);
  if (text.length > MAX_TEXT_CHARS) throw new IngestError('TOO_LARGE', name, `${text.length} chars > ${MAX_TEXT_CHARS}`);
  if (!text.trim()) throw new IngestError(format === 'pdf' ? 'SCANNED_PDF' : 'EMPTY', name);
  const doc: SourceDocument = {
    file: name,
    format,
    text,
    norm: halfWidth(text),
    sourceHash: createHash('sha256').update(bytes).digest('hex'),
  };
  if (encoding) doc.encoding = encoding;
  return doc;
}

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

// ---------------------------------------------------------------- encodings

export function decodeText(file: string, bytes: Uint8Array): { text: string; encoding: string } {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    return { text: strictUtf8(file, b.subarray(3)), encoding: 'utf-8' };
  }
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { text: utf16(file, b.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { text: utf16(file, b.subarray(2), 'utf-16be'), encoding: 'utf-16be' };

  const nul = countNul(b);
  if (nul > 0) {
    // UTF-16 without BOM shows NULs in every other byte for ASCII; anything else with NULs is binary.
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

function guessUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (b.length < 4 || b.length % 2 !== 0) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < b.length; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const half = b.length / 2;
  if (oddNul > half * 0.2 && evenNul < half * 0.02) return 'utf-16le';
  if (evenNul > half * 0.2 && oddNul < half * 0.02) return 'utf-16be';
  return undefined;
}

/** Counts well-formed vs broken UTF-8 multi-byte sequences. */
function utf8Validity(b: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const len = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
    if (len === 0) {
      invalid++;
      i++;
      continue;
    }
    let ok = i + len <= b.length;
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

/**
 * Sanity check for decoded text: mostly CJK, CJK punctuation, full-width forms and ASCII; few control,
 * private-use or replacement characters. Catches mojibake and binary decoded "successfully".
 */
export function plausibleChinese(text: string): boolean {
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

// ---------------------------------------------------------------- html

const ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•', times: '×', divide: '÷', deg: '°', plusmn: '±',
  copy: '©', reg: '®', ensp: ' ', emsp: '　', thinsp: ' ', laquo: '«', raquo: '»', yen: '¥', permil: '‰',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const BLOCK_TAGS =
  'p|div|br|h[1-6]|li|ul|ol|table|thead|tbody|tfoot|section|article|header|footer|nav|aside|main|blockquote|pre|hr|dl|dt|dd|figure|figcaption|caption|form|title';

/** HTML → text: scripts/styles/comments dropped, block elements become line breaks, table cells one per line. */
export function htmlToText(html: string): string {
  let s = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|svg|iframe|object)\b[\s\S]*?<\/\1\s*>/gi, '')
    // <head> (and its <title>, usually the site name or a copy of the body heading) is not document text
    .replace(/<head\b[\s\S]*?<\/head\s*>/i, '\n');
  s = s
    .replace(/\s*\n\s*/g, ' ') // source line breaks are not text breaks in HTML
    .replace(/<tr\b[^>]*>/gi, '\n\n')
    .replace(/<t[dh]\b[^>]*>/gi, '\n\t')
    .replace(new RegExp(`</?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), '\n')
    .replace(/<[^>]+>/g, '');
  s = decodeEntities(s);
  return s
    .split('\n')
    .map((l) => (l.startsWith('\t') ? '\t' + l.slice(1).replace(/[ \t]+/g, ' ').trim() : l.replace(/[ \t]+/g, ' ').trim()))
    .join('\n')
    .replace(/\n{3,}(?!\t)/g, '\n\n')
    .trim();
}

// ---------------------------------------------------------------- docx, pdf

async function docxToText(file: string, bytes: Uint8Array): Promise<string> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new IngestError('UNREADABLE', file, '不是有效的 docx（zip）文件 / not a valid docx (zip) file');
  try {
    assertZipWithinLimits(bytes);
  } catch (e) {
    if (e instanceof ZipGuardError) throw new IngestError(e.kind === 'too_large' ? 'TOO_LARGE' : 'UNREADABLE', file, e.message);
    throw e;
  }
  try {
    const mammoth = (await import('mammoth')).default;
    const r = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    // mammoth separates paragraphs with a blank line; keep one line per paragraph.
    return r.value.replace(/\n\n/g, '\n');
  } catch (e) {
    throw new IngestError('UNREADABLE', file, (e as Error).message, { cause: e });
  }
}

async function pdfToText(file: string, bytes: Uint8Array): Promise<string> {
  if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) {
    throw new IngestError('UNREADABLE', file, '不是有效的 PDF 文件 / not a valid PDF file');
  }
  let text: string;
  try {
    const { extractText, getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const r = await extractText(pdf, { mergePages: false });
    text = r.text.join('\n');
  } catch (e) {
    throw new IngestError('UNREADABLE', file, (e as Error).message, { cause: e });
  }
  if (text.replace(/\s/g, '').length < 10) throw new IngestError('SCANNED_PDF', file);
  return text;
}
