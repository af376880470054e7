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
import { parseAbbreviations } from './abbreviations.ts';
import { parseChains } from './chains.ts';
import { parseDepartments, parseJurisdictions } from './departments.ts';
import { parseIndustries } from './industries.ts';
import { parseOrganizations } from './organizations.ts';
import type { Lexicon } from './types.ts';
import { parseIndustryCodes, parseKeywordRules, parseWordList } from './registry.ts';
import { lexiconError } from './table.ts';
import { parseStems, parseStopList } from './word-lists.ts';

export type { AbbreviationEntry, DepartmentEntry, IndustryCodeEntry, IndustryEntry, IndustryLevel, JurisdictionEntry, KeywordRule, Lexicon, OrgEntry, OrgLabel, StopList } from './types.ts';

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
  'chains.tsv',
  // enterprise registries (kg import-enterprises)
  'gbt4754.tsv',
  'regions.txt',
  'trade-words.txt',
  'name-prefixes.txt',
  'products.tsv',
  'park-addresses.tsv',
  'abbreviations.tsv',
] as const;
export type LexiconFile = (typeof LEXICON_FILES)[number];

/**
 * A lexicon from file contents (a missing file counts as empty). `where` names the source in error
 * messages: a directory (each file's path is shown) or a description.
 */
export function parseLexicon(files: Partial<Record<LexiconFile, string>>, where = '<memory>'): Lexicon {
  const name = (f: LexiconFile) => join(where, f);
  const lexicon: Lexicon = {
    dir: where,
    industries: parseIndustries(files['industries.tsv'] ?? '', name('industries.tsv')),
    organizations: parseOrganizations(files['organizations.tsv'] ?? '', name('organizations.tsv')),
    departments: parseDepartments(files['departments.tsv'] ?? '', name('departments.tsv')),
    jurisdictions: parseJurisdictions(files['jurisdictions.tsv'] ?? '', name('jurisdictions.tsv')),
    stems: parseStems(files['functional-stems.txt'] ?? '', name('functional-stems.txt')),
    notIndustries: parseStopList(files['not-industries.txt'] ?? '', name('not-industries.txt')),
    chains: parseChains(files['chains.tsv'] ?? '', name('chains.tsv')),
    industryCodes: parseIndustryCodes(files['gbt4754.tsv'] ?? '', name('gbt4754.tsv')),
    regions: parseWordList(files['regions.txt'] ?? '', name('regions.txt')),
    tradeWords: parseWordList(files['trade-words.txt'] ?? '', name('trade-words.txt')),
    namePrefixes: parseWordList(files['name-prefixes.txt'] ?? '', name('name-prefixes.txt')),
    products: parseKeywordRules(files['products.tsv'] ?? '', name('products.tsv'), 'segment'),
    parkAddresses: parseKeywordRules(files['park-addresses.tsv'] ?? '', name('park-addresses.tsv'), 'park'),
    abbreviations: parseAbbreviations(files['abbreviations.tsv'] ?? '', name('abbreviations.tsv')),
  };
  checkRegistryReferences(lexicon, name);
  return lexicon;
}

/** The registry files name industries of the taxonomy and parks of organizations.tsv: those must exist. */
function checkRegistryReferences(lex: Lexicon, name: (f: LexiconFile) => string): void {
  const industries = new Set(lex.industries.flatMap((e) => [e.name, ...e.aliases]));
  const parks = new Set(lex.organizations.filter((o) => o.label === 'Park').map((o) => o.name));
  // Checked only against a lexicon that has the files referred to (tests parse one file alone).
  if (lex.industries.length > 0) for (const r of lex.products) {
    if (!industries.has(r.target)) throw lexiconError(name('products.tsv'), r.line, `环节「${r.target}」不在 industries.tsv 中 / segment "${r.target}" names no industry of industries.tsv`);
  }
  if (parks.size > 0) for (const r of lex.parkAddresses) {
    if (!parks.has(r.target)) throw lexiconError(name('park-addresses.tsv'), r.line, `园区「${r.target}」不在 organizations.tsv 中 / park "${r.target}" names no Park of organizations.tsv`);
  }
  if (lex.industries.length > 0) for (const c of lex.industryCodes) {
    for (const i of c.industries ?? []) {
      if (!industries.has(i)) throw lexiconError(name('gbt4754.tsv'), undefined, `代码 ${c.code} 对应的产业「${i}」不在 industries.tsv 中 / ${c.code} maps to "${i}", no industry of industries.tsv`);
    }
  }
}

/** Reads and validates every lexicon file in `dir` (each call reads the files again: no cache). */
export function loadLexicon(dir: string = DEFAULT_LEXICON_DIR): Lexicon {
  const d = resolve(dir);
  return parseLexicon(readLexiconFiles(d), d);
}

/** The contents of every lexicon file in `dir` (a missing file is absent). */
export function readLexiconFiles(dir: string = DEFAULT_LEXICON_DIR): Partial<Record<LexiconFile, string>> {
  const d = resolve(dir);
  const files: Partial<Record<LexiconFile, string>> = {};
  for (const f of LEXICON_FILES) {
    const p = join(d, f);
    if (existsSync(p)) files[f] = readFileSync(p, 'utf8');
  }
  return files;
}
