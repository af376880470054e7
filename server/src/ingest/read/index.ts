// Stage 1, read: file bytes → SourceDocument (decoded text, its char-for-char half-width copy `norm`,
// format, encoding, content hash). txt/html: encoding detection (encoding.ts); html: markup removed
// (html.ts); docx via mammoth, pdf via unpdf (office.ts). `text` is what every offset of the later
// stages refers to, so all clean-up (clean.ts) happens here.
//   takes: a file name and its bytes (decodeSource), or a path on disk (readSource, for the CLI)
//   gives: SourceDocument, or an IngestError (UNSUPPORTED_TYPE, UNREADABLE, BAD_ENCODING, EMPTY,
//          SCANNED_PDF, TOO_LARGE, NOT_FOUND) naming the file
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { halfWidth } from '../../text.ts';
import { IngestError } from '../errors.ts';
import type { SourceDocument, SourceFormat } from '../types.ts';
import { cleanText, sentenceStops } from './clean.ts';
import { decodeText } from './encoding.ts';
import { htmlToText } from './html.ts';
import { MAX_FILE_BYTES, MAX_TEXT_CHARS, MAX_TEXT_FILE_BYTES, overLimitDetail, overLimitHeadline, readLimits } from './limits.ts';
import { docxToText, pdfToText } from './office.ts';

const EXT_FORMAT: Record<string, SourceFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
};

export function formatOf(file: string): SourceFormat | undefined {
  return EXT_FORMAT[extname(file).toLowerCase()];
}

export async function readSource(path: string, maxTextChars: number = MAX_TEXT_CHARS): Promise<SourceDocument> {
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
  if (size > MAX_FILE_BYTES) throw new IngestError('TOO_LARGE', file, bytesDetail(size, MAX_FILE_BYTES));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    throw new IngestError('UNREADABLE', path, (e as Error).message, { cause: e });
  }
  return decodeSource(file, bytes, maxTextChars);
}

/** "文件 300 MB，上限 200 MB / file of 314572800 bytes, limit 209715200" */
function bytesDetail(size: number, limit: number): string {
  const mb = (n: number) => Math.round(n / 1048576);
  return `文件 ${mb(size)} MB，上限 ${mb(limit)} MB / file of ${size} bytes, limit ${limit}`;
}

/**
 * `maxTextChars`: a caller's own bound; the default (MAX_TEXT_CHARS, what the ingest context passes)
 * means the configured one, KG_MAX_TEXT_CHARS (read/limits.ts readLimits).
 */
export async function decodeSource(file: string, bytes: Uint8Array, maxTextChars: number = MAX_TEXT_CHARS): Promise<SourceDocument> {
  const name = basename(file);
  const limits = readLimits();
  if (maxTextChars !== MAX_TEXT_CHARS) limits.maxTextChars = maxTextChars;
  const format = formatOf(name);
  if (!format) {
    const hint = /\.(doc|wps|rtf)$/i.test(name) ? '请另存为 docx / save it as .docx first' : undefined;
    throw new IngestError('UNSUPPORTED_TYPE', name, hint);
  }
  if (bytes.length === 0) throw new IngestError('EMPTY', name);
  if (bytes.length > MAX_FILE_BYTES) throw new IngestError('TOO_LARGE', name, bytesDetail(bytes.length, MAX_FILE_BYTES));
  if ((format === 'txt' || format === 'html') && bytes.length > MAX_TEXT_FILE_BYTES) {
    throw new IngestError('TOO_LARGE', name, bytesDetail(bytes.length, MAX_TEXT_FILE_BYTES));
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
      raw = await docxToText(name, bytes, limits);
      break;
    case 'pdf':
      raw = await pdfToText(name, bytes, limits);
      break;
  }
  const text = cleanText(raw);
  if (text.length > limits.maxTextChars) {
    throw new IngestError('TOO_LARGE', name, overLimitDetail('maxTextChars', text.length, limits.maxTextChars), { headline: overLimitHeadline });
  }
  if (!text.trim()) throw new IngestError(format === 'pdf' ? 'SCANNED_PDF' : 'EMPTY', name);
  const doc: SourceDocument = {
    file: name,
    format,
    text,
    norm: sentenceStops(halfWidth(text)),
    sourceHash: createHash('sha256').update(bytes).digest('hex'),
  };
  if (encoding) doc.encoding = encoding;
  return doc;
}
