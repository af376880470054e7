// Read limits, checked before and after decoding so that one document's memory and time stay bounded.
import { KgError } from '../../errors.ts';

/**
 * Upper bound for the raw file (bytes); docx/pdf compress and embed images, so allow more. The text
 * limit (what the pipeline can finish in time) is DEFAULT_READ_LIMITS.maxTextChars.
 */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** Upper bound for a plain-text or HTML file (bytes), checked before decoding. */
export const MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024;

/**
 * What one ingest can read and finish well before its deadline (KG_INGEST_TIMEOUT_MS, 300 s of wall
 * time). A document over one of these bounds is refused at once (TOO_LARGE: the count, the limit and
 * the setting that raises it named; nothing stored) instead of running into the deadline with
 * gigabytes of heap (review18 H4, M3). Measured on this code (CPU time of runPipeline, one thread):
 *   - the pipeline after read is linear in the characters of text whatever the line length: real
  *     policy text (the truth sets' documents concatenated) 9,750 chars per CPU-second at 50,000
 *     characters in 1,107 lines and 14,300 at 200,000 in 4,193 lines; 9,840 in lines of 5,000
 *     characters, 13,300 in one line of 50,000, 30,000 with no punctuation at all — so a bound on the text bounds the time, and a bound per line
 *     adds nothing. 500,000 characters (a 1.5 MB UTF-8 text; 12.7× the largest real document here,
 *     seeds/001, 39,506) take ~35–50 s of CPU: a sixth of the deadline, leaving room for a loaded
 *     machine (a review under load 17–31 saw wall times 2–4× the CPU's). The old bound, 20 million
 *     characters, meant ~35 minutes: a 5 MB line could only end in TIMEOUT after 300 s.
 *   - mammoth (docx) costs ~0.6 s of CPU and ~65 bytes of heap per byte of XML it parses (a 15.9 MB
 *     document.xml: 10.0 s, 1.03 GB RSS; a 538 KB one of Word-like markup for seeds/001: 0.9 s): the
 *     XML of all parts is bounded at 20 MB (~12 s, ~1.3 GB, under the worker's 3 GB heap; each part
 *     keeps its own 16 MB bound, zip-guard.ts) and counted in one pass before mammoth runs, with the
 *     paragraphs (100,000; a 500,000-character plan has ~20,000, tables included) and the text in
 *     <w:t> (the text bound above).
 *   - pdf.js (unpdf) reads a page's content stream at ~2 MB of operators per CPU-second (measured: 4 MB in
 *     1.9 s, 16 MB in 8.7 s) and each page of a shared 4,000-character stream in ~16 ms (review19 M1: one
 *     Flate stream inflating to 400 MB held a worker 300 s and 1.2 GB; 20,000 pages sharing one stream
 *     331 s). Before pdf.js parses anything, the encoded streams other than images (content, fonts, object
 *     streams; every filter pdf.js decodes them with, fix35; decrypted first when the pdf is encrypted, fix36) are decoded and counted, at most 64 MB together (~30 s of operators at worst; a
 *     500,000-character text takes ~10–20 bytes of operators a character, embedded CJK font subsets
 *     a few MB), and the page tree's count read: at most 2,000 pages (a policy document has tens to
 *     hundreds; ~30 s of shared-stream pages). The text is then extracted page by page, one page at a
 *     time, and extraction stops as soon as it passes the text bound.
 */
export interface ReadLimits {
  /** Most characters of text after clean-up (KG_MAX_TEXT_CHARS); for docx also counted in <w:t> before parsing. */
  maxTextChars: number;
  /** docx: most bytes of XML, all parts the reader parses together, inflated (KG_DOCX_MAX_XML_BYTES). */
  maxDocxXmlBytes: number;
  /** docx: most paragraphs (<w:p> elements), all parts together (KG_DOCX_MAX_PARAGRAPHS). */
  maxDocxParagraphs: number;
  /** pdf: most pages (the page tree's count, read before any page is; KG_PDF_MAX_PAGES). */
  maxPdfPages: number;
  /** pdf: most bytes its encoded streams other than images decode to (Flate, LZW, RunLength, ASCIIHex, ASCII85, Brotli; after decryption when encrypted), all together, counted before parsing (KG_PDF_MAX_INFLATED_BYTES). */
  maxPdfInflatedBytes: number;
}

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = {
  maxTextChars: 500_000,
  maxDocxXmlBytes: 20 * 1024 * 1024,
  maxDocxParagraphs: 100_000,
  maxPdfPages: 2000,
  maxPdfInflatedBytes: 64 * 1024 * 1024,
};

/** The default text bound (callers that pass it get the configured one: read/index.ts decodeSource). */
export const MAX_TEXT_CHARS = DEFAULT_READ_LIMITS.maxTextChars;

export const READ_LIMIT_SETTINGS: Readonly<Record<keyof ReadLimits, string>> = {
  maxTextChars: 'KG_MAX_TEXT_CHARS',
  maxDocxXmlBytes: 'KG_DOCX_MAX_XML_BYTES',
  maxDocxParagraphs: 'KG_DOCX_MAX_PARAGRAPHS',
  maxPdfPages: 'KG_PDF_MAX_PAGES',
  maxPdfInflatedBytes: 'KG_PDF_MAX_INFLATED_BYTES',
};

/** The limits, from the environment (READ_LIMIT_SETTINGS) or the defaults; a malformed value is BAD_USAGE. */
export function readLimits(env: NodeJS.ProcessEnv = process.env): ReadLimits {
  const out: ReadLimits = { ...DEFAULT_READ_LIMITS };
  for (const [key, name] of Object.entries(READ_LIMIT_SETTINGS) as [keyof ReadLimits, string][]) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue;
    if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw))) {
      throw new KgError('BAD_USAGE', `${name} 必须是正整数（收到「${raw.slice(0, 20)}」）/ ${name} must be a positive integer (got "${raw.slice(0, 20)}")`, {
        details: { variable: name },
      });
    }
    out[key] = Number(raw);
  }
  return out;
}

/**
 * A pdf stream the guard (pdf-guard.ts) cannot measure before pdf.js would decode it: an image codec on a stream
 * that is no image (a page or a font pdf.js would decode to a size of the codec's own header), or a filter given by
 * a reference inside an object stream. Refused like a pdf over a bound; no setting lets it through.
 */
export function unmeasuredPdfDetail(filter: string, object?: string): string {
  const obj = object ? `（对象 ${object}）` : '';
  const objEn = object ? ` (object ${object})` : '';
  return `PDF 的非图像流${obj}使用 ${filter} 过滤器，解析前无法计量其解码后的大小 / a stream of the pdf that is no image${objEn} uses the filter ${filter}, whose decoded size cannot be counted before parsing`;
}

/**
 * An encrypted pdf the guard (pdf-guard.ts, pdf-encryption.ts) cannot decrypt. `password` and `handler`: nobody can
 * read it without its password, or pdf.js cannot open it at all (UNREADABLE); `dictionary` and `object`: pdf.js may
 * open it, but its streams cannot be decrypted and counted before parsing (refused like an unmeasured stream).
 */
export function encryptedPdfDetail(problem: 'password' | 'handler' | 'dictionary' | 'object', what?: string): string {
  switch (problem) {
    case 'password':
      return 'PDF 已加密且设有打开密码（用户密码非空）：没有密码谁都无法读取其内容，因此无法入库 / the pdf is encrypted with an open (user) password: nobody can read its content without the password, so it cannot be ingested';
    case 'handler':
      return `PDF 使用 pdf.js 无法打开的加密方式（${what ?? ''}）：无法读取其内容 / the pdf is encrypted by a security handler pdf.js cannot open (${what ?? ''}): its content cannot be read`;
    case 'dictionary':
      return `PDF 已加密，其加密字典（${what ?? ''}）在解析前无法读取，解密后各流的大小无法计量 / the pdf is encrypted and its encryption dictionary (${what ?? ''}) cannot be read before parsing: its streams cannot be decrypted to be counted`;
    case 'object':
      return `加密 PDF 的一个非图像流（字节 ${what ?? '?'}）无法确定所属对象，而解密密钥取决于对象编号：解析前无法解密计量 / a stream of the encrypted pdf that is no image (at byte ${what ?? '?'}) cannot be attributed to its object, whose number its key depends on: it cannot be decrypted to be counted before parsing`;
  }
}

/** The headline of a refusal by one of these limits: the file may be small on disk, what it holds is not. */
export const overLimitHeadline = (f: string) =>
  `文件内容超出单个文件在处理时限内可读取的上限：${f} / the document holds more than one ingest can read within its deadline: ${f}`;

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * One bilingual detail: what was counted, the limit and the setting that raises it. `docx`: counted
 * in the docx's XML before parsing (the scan stops at the first count over the limit).
 */
export function overLimitDetail(key: keyof ReadLimits, count: number, limit: number, opts: { docx?: boolean; pdfPage?: number } = {}): string {
  const name = READ_LIMIT_SETTINGS[key];
  const [zh, en] = {
    maxTextChars: opts.docx
      ? [`docx 的文字（<w:t>）超过 ${fmt(limit)} 字（解析前已数到 ${fmt(count)} 字）`, `the docx holds more than ${fmt(limit)} characters of text in <w:t> (${fmt(count)} counted before parsing)`]
      : opts.pdfPage !== undefined
        ? [`PDF 的文字超过 ${fmt(limit)} 字（读到第 ${fmt(opts.pdfPage)} 页已有 ${fmt(count)} 字，其余页未读）`, `the pdf holds more than ${fmt(limit)} characters of text (${fmt(count)} by page ${fmt(opts.pdfPage)}; the rest not read)`]
        : [`文字 ${fmt(count)} 字，超过上限 ${fmt(limit)} 字`, `${fmt(count)} characters of text, over the limit of ${fmt(limit)}`],
    maxDocxXmlBytes: [`docx 各部件的 XML 解压后共 ${fmt(count)} 字节，超过上限 ${fmt(limit)} 字节`, `the docx parts inflate to ${fmt(count)} bytes of XML, over the limit of ${fmt(limit)}`],
    maxDocxParagraphs: [`docx 的段落（<w:p>）超过 ${fmt(limit)} 个`, `the docx holds more than ${fmt(limit)} paragraphs (<w:p>)`],
    maxPdfPages: [`PDF 共 ${fmt(count)} 页，超过上限 ${fmt(limit)} 页`, `the pdf has ${fmt(count)} pages, over the limit of ${fmt(limit)}`],
    maxPdfInflatedBytes: [
      `PDF 的压缩流（图像除外）解压后超过 ${fmt(limit)} 字节（解析前计数）`,
      `the pdf's compressed streams (images aside) inflate to more than ${fmt(limit)} bytes (counted before parsing)`,
    ],
  }[key];
  return `${zh}（可用 ${name} 调高）/ ${en} (raise it with ${name})`;
}
