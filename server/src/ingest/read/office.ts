// docx (mammoth, behind the zip-bomb guard) and pdf (unpdf, text layer only) → text.
import { IngestError } from '../errors.ts';
import { assertZipWithinLimits, DOCX_LIMITS, ZipGuardError, type ZipLimits, type ZipOver } from '../zip-guard.ts';
import { countPdfInflated } from './pdf-guard.ts';
import { encryptedPdfDetail, overLimitDetail, overLimitHeadline, readLimits, unmeasuredPdfDetail, type ReadLimits } from './limits.ts';

/**
 * The zip guard's limits for a docx under the read limits: besides the per-part and total byte
 * bounds, the XML of all parts together, the paragraphs (<w:p>) and the characters of text (<w:t>)
 * are counted in one pass of the bytes before mammoth parses anything (review18 H4: a 55 KB docx of
 * 144,000 paragraphs ran 340 s into the deadline).
 */
export function docxZipLimits(limits: ReadLimits): ZipLimits {
  return {
    ...DOCX_LIMITS,
    maxXmlTotalBytes: limits.maxDocxXmlBytes,
    countElements: { 'w:p': limits.maxDocxParagraphs },
    textElement: 'w:t',
    maxTextChars: limits.maxTextChars,
  };
}

const OVER_KEY: Record<ZipOver['limit'], keyof ReadLimits> = {
  maxXmlTotalBytes: 'maxDocxXmlBytes',
  countElements: 'maxDocxParagraphs',
  maxTextChars: 'maxTextChars',
};

export async function docxToText(file: string, bytes: Uint8Array, limits: ReadLimits = readLimits()): Promise<string> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new IngestError('UNREADABLE', file, '不是有效的 docx（zip）文件 / not a valid docx (zip) file');
  try {
    assertZipWithinLimits(bytes, docxZipLimits(limits));
  } catch (e) {
    if (e instanceof ZipGuardError && e.over) {
      const key = OVER_KEY[e.over.limit];
      throw new IngestError('TOO_LARGE', file, overLimitDetail(key, e.over.count, e.over.max, { docx: true }), { headline: overLimitHeadline });
    }
    if (e instanceof ZipGuardError) throw new IngestError(e.kind === 'too_large' ? 'TOO_LARGE' : 'UNREADABLE', file, e.message);
    throw e;
  }
  try {
    const mammoth = (await import('mammoth')).default;
    const r = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    // mammoth separates paragraphs with a blank line; keep one line per paragraph.
    return r.value.replace(/\n\n/g, '\n');
  } catch (e) {
    throw new IngestError('UNREADABLE', file, parserDetail('docx', e), { cause: e });
  }
}

/**
 * What a parser's own error says, for a user: stack exhaustion named as such, anything else on one
 * line (a parser's message may carry tabs, newlines and positions), prefixed by what failed.
 */
function parserDetail(format: 'docx' | 'pdf', e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  if (e instanceof RangeError && /call stack/i.test(msg)) {
    return `${format} 结构嵌套过深，无法解析 / the ${format} structure is nested too deeply to parse`;
  }
  const line = msg.replace(/\[xmldom (?:error|warning|fatalError)\]/gi, '').replace(/@#\[line:[^\]]*\]/g, '').replace(/\s+/g, ' ').trim().slice(0, 200);
  return `${format} 内容无法解析 / cannot parse the ${format} content${line ? `: ${line}` : ''}`;
}

/**
 * A pdf's text layer, within the read limits (review19 M1): the inflated size of its compressed
 * streams counted before pdf.js parses anything (pdf-guard.ts), the page count read before any page,
 * then the pages one at a time (unpdf's extractText reads every page at once), stopping as soon as the
 * text passes the text bound. Over a bound: TOO_LARGE at once, naming the count, the limit and the setting.
 */
export async function pdfToText(file: string, bytes: Uint8Array, limits: ReadLimits = readLimits()): Promise<string> {
  if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) {
    throw new IngestError('UNREADABLE', file, '不是有效的 PDF 文件 / not a valid PDF file');
  }
  const inflated = countPdfInflated(bytes, limits.maxPdfInflatedBytes);
  const locked = inflated.encryption;
  if (locked?.problem === 'password' || locked?.problem === 'handler') throw new IngestError('UNREADABLE', file, encryptedPdfDetail(locked.problem, locked.what));
  if (locked) tooLarge(file, encryptedPdfDetail(locked.problem, locked.what));
  if (inflated.unmeasured) tooLarge(file, unmeasuredPdfDetail(inflated.unmeasured.filter, inflated.unmeasured.object));
  if (inflated.over) tooLarge(file, overLimitDetail('maxPdfInflatedBytes', inflated.bytes, limits.maxPdfInflatedBytes));
  const pages: string[] = [];
  let chars = 0;
  let pdf: Awaited<ReturnType<typeof import('unpdf').getDocumentProxy>> | undefined;
  try {
    const { getDocumentProxy } = await import('unpdf');
    pdf = await getDocumentProxy(new Uint8Array(bytes));
    if (pdf.numPages > limits.maxPdfPages) tooLarge(file, overLimitDetail('maxPdfPages', pdf.numPages, limits.maxPdfPages));
    for (let i = 1; i <= pdf.numPages; i++) {
      const page = await pdf.getPage(i);
      const content = await page.getTextContent();
      // as unpdf's extractText joins a page's items
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      page.cleanup();
      // characters other than whitespace: clean-up (clean.ts) may drop spaces and blank lines, not many of these
      chars += text.replace(/\s/g, '').length;
      if (chars > limits.maxTextChars) tooLarge(file, overLimitDetail('maxTextChars', chars, limits.maxTextChars, { pdfPage: i }));
      pages.push(text);
    }
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new IngestError('UNREADABLE', file, parserDetail('pdf', e), { cause: e });
  } finally {
    await pdf?.destroy().catch(() => undefined);
  }
  const text = pages.join('\n');
  if (text.replace(/\s/g, '').length < 10) throw new IngestError('SCANNED_PDF', file);
  return text;
}

function tooLarge(file: string, detail: string): never {
  throw new IngestError('TOO_LARGE', file, detail, { headline: overLimitHeadline });
}
