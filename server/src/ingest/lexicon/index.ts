// The lexicon module: every editable file of seeds/lexicon/ read once, validated with line-numbered
// errors (KgError LEXICON_INVALID) and returned as one value. The composition root (the CLI, the
// upload handler, a test) loads it and hands it to the pipeline in an IngestContext; no stage loads
// or caches a lexicon of its own. A missing file is an empty list: the genre's conventions still work.
//
// To add a lexicon file: a parser here (file → typed entries, errors through table.ts), a field on
// `Lexicon` (types.ts), one line in LEXICON_FILES and in parseLexicon, a section in
// seeds/lexicon/README.md.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDepartments, parseJurisdictions } from './departments.ts';
import { parseIndustries } from './industries.ts';
import { parseOrganizations } from './organizations.ts';
import type { Lexicon } from './types.ts';
import { parseStems, parseStopList } from './word-lists.ts';

export type { DepartmentEntry, IndustryEntry, IndustryLevel, JurisdictionEntry, Lexicon, OrgEntry, OrgLabel, StopList } from './types.ts';

/** <repo>/seeds/lexicon (this file lives in server/src/ingest/lexicon). */
export const DEFAULT_LEXICON_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../seeds/lexicon');

/** The files the lexicon is made of (README.md beside them is documentation, not data). */
export const LEXICON_FILES = [
  'industries.tsv',
  'organizations.tsv',
  'departments.tsv',
  'jurisdictions.tsv',
  'functional-stems.txt',
  'not-industries.txt',
] as const;
export type LexiconFile = (typeof LEXICON_FILES)[number];

/**
 * A lexicon from file contents (a missing file counts as empty). `where` names the source in error
 * messages: a directory (each file's path is shown) or a description.
 */
export function parseLexicon(files: Partial<Record<LexiconFile, string>>, where = '<memory>'): Lexicon {
  const name = (f: LexiconFile) => join(where, f);
  return {
    dir: where,
    industries: parseIndustries(files['industries.tsv'] ?? '', name('industries.tsv')),
    organizations: parseOrganizations(files['organizations.tsv'] ?? '', name('organizations.tsv')),
    departments: parseDepartments(files['departments.tsv'] ?? '', name('departments.tsv')),
    jurisdictions: parseJurisdictions(files['jurisdictions.tsv'] ?? '', name('jurisdictions.tsv')),
    stems: parseStems(files['functional-stems.txt'] ?? '', name('functional-stems.txt')),
    notIndustries: parseStopList(files['not-industries.txt'] ?? '', name('not-industries.txt')),
  };
}

/** Reads and validates every lexicon file in `dir` (each call reads the files again: no cache). */
export function loadLexicon(dir: string = DEFAULT_LEXICON_DIR): Lexicon {
  const d = resolve(dir);
  const files: Partial<Record<LexiconFile, string>> = {};
  for (const f of LEXICON_FILES) {
    const p = join(d, f);
    if (existsSync(p)) files[f] = readFileSync(p, 'utf8');
  }
  return parseLexicon(files, d);
}
