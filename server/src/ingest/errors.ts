// Ingest errors with a stable code, so the CLI and the API can map them (exit codes, GraphQL errors)
// without parsing messages. Messages are Chinese + English and always name the file.
// Part of the one error model (server/src/errors.ts): an IngestError is a KgError.
import { KgError } from '../errors.ts';

export const INGEST_ERROR_CODES = [
  'UNSUPPORTED_TYPE',
  'UNREADABLE',
  'BAD_ENCODING',
  'EMPTY',
  'SCANNED_PDF',
  'TOO_LARGE',
  'NOT_FOUND',
] as const;
export type IngestErrorCode = (typeof INGEST_ERROR_CODES)[number];

const MESSAGES: Record<IngestErrorCode, (file: string) => string> = {
  UNSUPPORTED_TYPE: (f) => `不支持的文件类型：${f}（支持 txt、docx、html、pdf） / unsupported file type: ${f} (txt, docx, html, pdf are supported)`,
  UNREADABLE: (f) => `无法读取文件：${f} / cannot read file: ${f}`,
  BAD_ENCODING: (f) => `无法识别文件编码或文件已损坏：${f} / cannot decode file (unknown encoding, truncated or binary): ${f}`,
  EMPTY: (f) => `文件没有文字内容：${f} / file has no text: ${f}`,
  SCANNED_PDF: (f) => `PDF 没有文字层，疑似扫描件，请先做 OCR：${f} / PDF has no text layer, it looks scanned (run OCR first): ${f}`,
  TOO_LARGE: (f) => `文件过大，超出上限：${f} / file exceeds the size limit: ${f}`,
  NOT_FOUND: (f) => `文件或目录不存在：${f} / file or directory not found: ${f}`,
};

export class IngestError extends KgError {
  declare readonly code: IngestErrorCode;
  readonly file: string;
  readonly detail?: string;

  /** `headline` replaces the code's standard first sentence when the code alone would mislead (a per-document bound is no file size). */
  constructor(code: IngestErrorCode, file: string, detail?: string, options?: { cause?: unknown; headline?: (file: string) => string }) {
    const { headline, ...rest } = options ?? {};
    super(code, (headline ?? MESSAGES[code])(file) + (detail ? ` — ${detail}` : ''), { ...rest, details: { file } });
    this.name = 'IngestError';
    this.file = file;
    if (detail !== undefined) this.detail = detail;
  }
}

export function isIngestError(e: unknown): e is IngestError {
  return e instanceof IngestError;
}
