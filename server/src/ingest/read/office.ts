// docx (mammoth, behind the zip-bomb guard) and pdf (unpdf, text layer only) → text.
import { IngestError } from '../errors.ts';
import { assertZipWithinLimits, DOCX_LIMITS, ZipGuardError, type ZipLimits, type ZipOver } from '../zip-guard.ts';
import { overLimitDetail, overLimitHeadline, readLimits, type ReadLimits } from './limits.ts';

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

export async function pdfToText(file: string, bytes: Uint8Array): Promise<string> {
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
    throw new IngestError('UNREADABLE', file, parserDetail('pdf', e), { cause: e });
  }
  if (text.replace(/\s/g, '').length < 10) throw new IngestError('SCANNED_PDF', file);
  return text;
}
