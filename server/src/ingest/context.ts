// What every ingest stage is given, explicitly: the lexicon (loaded and validated once, with its
// match index compiled once), the jurisdiction to assume for documents that name none, and options.
// Made by the composition root (the CLI's ingest command, the upload handler, a test, the worker)
// with createIngestContext and passed to runPipeline; stages never load anything themselves.
import { DEFAULT_LEXICON_DIR, loadLexicon, type Lexicon } from './lexicon/index.ts';
import { LexiconIndex } from './lexicon/match.ts';
import { MAX_TEXT_CHARS } from './read/limits.ts';

export interface IngestOptions {
  /** Upper bound on a document's decoded text, in characters (see read/limits.ts). */
  maxTextChars: number;
}

export interface IngestContext {
  readonly lexicon: Lexicon;
  /** The lexicon's surface forms compiled for longest-match scans. */
  readonly index: LexiconIndex;
  /**
   * Jurisdiction of documents that name none (a zone uploading its own drafts): their departments
   * are scoped to it. Curated metadata (meta.json) and what the document says win over it.
   */
  readonly jurisdiction?: string;
  readonly options: IngestOptions;
}

export interface IngestContextInit {
  /** A lexicon already loaded (tests, a user's own); else read from `lexiconDir`. */
  lexicon?: Lexicon;
  /** Default: seeds/lexicon of this repository. */
  lexiconDir?: string;
  jurisdiction?: string;
  options?: Partial<IngestOptions>;
}

/** Loads (or takes) the lexicon and compiles it. Throws KgError LEXICON_INVALID for a bad lexicon file. */
export function createIngestContext(init: IngestContextInit = {}): IngestContext {
  const lexicon = init.lexicon ?? loadLexicon(init.lexiconDir ?? DEFAULT_LEXICON_DIR);
  const ctx: IngestContext = {
    lexicon,
    index: new LexiconIndex(lexicon),
    options: { maxTextChars: init.options?.maxTextChars ?? MAX_TEXT_CHARS },
    ...(init.jurisdiction ? { jurisdiction: init.jurisdiction } : {}),
  };
  return ctx;
}
