// Types passed between ingest stages (see docs/architecture.md):
//   read → SourceDocument → structure → DocumentOutline → responsibilities → StructuredDoc
//   → entities → relations → resolve → validate → batch (GraphBatch + IngestReport).
// Entity and relation types live with their stages (entities/, relations/); these are the ones
// several stages share.
// Offsets are character offsets (UTF-16 code units, JS string indices) into `SourceDocument.text`.
// `norm` has the same length as `text` (normalisation is char-for-char), so an offset found
// in `norm` is valid in `text`, and evidence quotes `text.slice(start, end)`.
import type { Role } from '../model.ts';

export type SourceFormat = 'txt' | 'docx' | 'html' | 'pdf';

export interface SourceDocument {
  /** Base name of the ingested file (contract: Document.properties.file). */
  file: string;
  format: SourceFormat;
  /** Detected encoding for txt/html ('utf-8', 'utf-16le', 'gb18030' …). */
  encoding?: string;
  /** Decoded text (BOM stripped, docx bookmarks and markup removed). */
  text: string;
  /** Char-for-char normalised copy of `text` (full-width ASCII forms → half-width, U+3000 → space, a sentence-ending half-width "." after Chinese → 。). */
  norm: string;
  /** sha256 of the source bytes. */
  sourceHash: string;
}

export interface DocumentMeta {
  title: string;
  issuer?: string;
  /** ISO date yyyy-mm-dd */
  date?: string;
  /** 文号, e.g. 津高新区管发〔2020〕44号 */
  docNumber?: string;
  /** e.g. 滨海高新区, 滨海新区, 津南区, 天津市 */
  jurisdiction?: string;
  /** The city/province the jurisdiction belongs to, e.g. 天津市 (scopes 市X departments). */
  city?: string;
}

export interface Heading {
  /** 1 = 一、  2 = （一）  3 = 1.  (deeper levels as found) */
  level: number;
  /** The number as written, without punctuation: 一, 2, 36-1 */
  number: string;
  title: string;
  start: number;
  end: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Heading titles from the top, e.g. ["三、空间布局", "（一）生物制造"] */
  sectionPath: string[];
  /** Index into StructuredDoc.measures when the sentence belongs to a measure. */
  measureIndex?: number;
}

export interface ResponsibilityMention {
  /** Department name as written (after restoring elided prefixes, e.g. 工业和信息化厅 → 省工业和信息化厅). */
  name: string;
  /** Exactly what the text says at [start, end). */
  surface: string;
  role: Role;
  start: number;
  end: number;
  /**
   * Other names of the same body written beside it: the bracket of 市场监管局（知识产权局） → 知识产权局,
   * 市知识产权局. They become aliases of the Department node, and the document's other mentions of them
   * resolve to that node.
   */
  aliases?: string[];
  /**
   * Spans quoted as evidence for this mention: the responsibility bracket together with the sentence
   * right before it, or a table row's cells (具体落实举措 … 责任部门). Optional; falls back to
   * MeasureUnit.evidenceSpans.
   */
  evidence?: { start: number; end: number }[];
}

/** A department as identified by the responsibility stage: scoped by jurisdiction, canonical name. */
export interface ResolvedDepartment {
  id: string;
  /** Canonical name (full form, level prefix as written). */
  name: string;
  jurisdiction: string;
  /** The surface form as written (becomes an alias when it differs from `name`). */
  surface: string;
}

/** A responsibility mention with the department it names (every mention of a StructuredDoc has one). */
export interface Responsibility extends ResponsibilityMention {
  department: ResolvedDepartment;
}

/** Something the structure or responsibility stage noticed and could not settle (table/body disagreement …). */
export interface StructureWarning {
  code: string;
  message: string;
  measureIndex?: number;
}

/** One cell of a table: its span in the text (cells may be empty: start === end). */
export type TableCell = Span;

export interface TableRow extends Span {
  cells: TableCell[];
}

/** A table flattened into the text (a 分工表: 序号 / 重点任务 / 牵头单位 / 责任单位 …). */
export interface Table extends Span {
  /** The line naming the table above its header (…分工表 / …清单), when there is one. */
  caption?: Span;
  header: string[];
  rows: TableRow[];
  /** Line indexes (0-based) of the table's first (caption or header) and last line. */
  firstLine: number;
  lastLine: number;
  /** The header names each row's chain or segment and its firms, parks or platforms (structure/table-columns.ts). */
  chain?: true;
}

/**
 * A part of the body that may be a measure: a numbered item (1. / （1） / 第三条 …), always a
 * measure, or a heading with nothing deeper below it ('leaf'), a measure only when it assigns
 * responsibility (decided by the responsibility stage).
 */
export interface MeasureBlock extends Span {
  kind: 'item' | 'leaf';
  /** As written: 15, 36-1, 一 */
  number: string;
  /** Heading titles above the block, from the top. */
  sectionPath: string[];
  /** item: where the text after the number starts. */
  textStart: number;
  /** leaf: the heading's title and the span of the heading itself. */
  heading?: Heading;
  /** leaf: the heading's line goes on with text of its own (二、培育龙头企业。请…牵头…). */
  ownLine: boolean;
}

/** What the structure stage gives: the document's parts, before anyone is made responsible for them. */
export interface DocumentOutline {
  source: SourceDocument;
  meta: DocumentMeta;
  headings: Heading[];
  /** Sentences with their section path (measureIndex is set by the responsibility stage). */
  sentences: Sentence[];
  blocks: MeasureBlock[];
  tables: Table[];
}

export interface MeasureUnit {
  /** As written: 15, 36-1, 一 */
  number: string;
  title: string;
  start: number;
  end: number;
  sectionPath: string[];
  responsibilities: Responsibility[];
  /** Collective phrases that are not departments (各开发区, 各相关招商部门, …成员单位). */
  collectives: string[];
  /** Span of the responsibility bracket or table cells used as evidence, if any. */
  evidenceSpans: { start: number; end: number }[];
}

/** What the responsibility stage gives: the outline's measures, each with who is responsible for it. */
export interface StructuredDoc {
  source: SourceDocument;
  meta: DocumentMeta;
  headings: Heading[];
  sentences: Sentence[];
  measures: MeasureUnit[];
  /** Flattened tables found in the text (e.g. a 分工表), excluded from headings and measures. */
  tables?: { start: number; end: number; header: string[]; rows: number; chain?: true; caption?: Span; rowCells?: TableRow[] }[];
  warnings?: StructureWarning[];
}
