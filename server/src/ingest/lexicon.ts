// User-editable lexicon: industry taxonomy and well-known organisations.
// Plain tab-separated files under seeds/lexicon/ (see seeds/lexicon/README.md).
// Lines starting with '#' are comments; the first non-comment line is the header.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type IndustryLevel = 'system' | 'industry' | 'chain' | 'segment' | 'track';
export type OrgLabel = 'Enterprise' | 'Lab' | 'Park';

export interface IndustryEntry {
  name: string;
  aliases: string[];
  /** Canonical name of the parent industry / chain / system, if any. */
  parent?: string;
  level: IndustryLevel;
  /** Position within the parent chain (1 = most upstream), for UPSTREAM_OF. */
  order?: number;
}

export interface OrgEntry {
  name: string;
  label: OrgLabel;
  /** Lab: lab | innovation_center | institute | university | platform; Park: zone | area | park | base | cluster. */
  kind?: string;
  aliases: string[];
}

export interface Lexicon {
  dir: string;
  industries: IndustryEntry[];
  organizations: OrgEntry[];
}

const LEVELS: IndustryLevel[] = ['system', 'industry', 'chain', 'segment', 'track'];
const ORG_LABELS: OrgLabel[] = ['Enterprise', 'Lab', 'Park'];

/** Default lexicon directory: <repo>/seeds/lexicon (this file lives in server/src/ingest). */
export function defaultLexiconDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, '..', '..', '..', 'seeds', 'lexicon');
}

/** Parse a lexicon TSV: skips comments and blank lines; returns rows keyed by header names. */
export function parseTsv(text: string, file = '<tsv>'): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  let header: string[] | undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    const cells = line.split('\t').map((c) => c.trim());
    if (!header) {
      header = cells.map((c) => c.toLowerCase());
      return;
    }
    if (!cells[0]) throw new Error(`${file}:${i + 1}: empty first column`);
    const row: Record<string, string> = {};
    header.forEach((h, j) => (row[h] = cells[j] ?? ''));
    rows.push(row);
  });
  return rows;
}

function splitAliases(cell: string | undefined): string[] {
  return (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseIndustries(text: string, file = 'industries.tsv'): IndustryEntry[] {
  return parseTsv(text, file).map((r, i) => {
    const level = (r.level || 'industry') as IndustryLevel;
    if (!LEVELS.includes(level)) throw new Error(`${file}: row ${i + 1} (${r.name}): unknown level "${r.level}"`);
    const order = r.order ? Number(r.order) : undefined;
    if (order !== undefined && !Number.isFinite(order)) throw new Error(`${file}: row ${i + 1} (${r.name}): bad order "${r.order}"`);
    const e: IndustryEntry = { name: r.name!, aliases: splitAliases(r.aliases), level };
    if (r.parent) e.parent = r.parent;
    if (order !== undefined) e.order = order;
    return e;
  });
}

export function parseOrganizations(text: string, file = 'organizations.tsv'): OrgEntry[] {
  return parseTsv(text, file).map((r, i) => {
    const label = r.label as OrgLabel;
    if (!ORG_LABELS.includes(label)) throw new Error(`${file}: row ${i + 1} (${r.name}): unknown label "${r.label}"`);
    const e: OrgEntry = { name: r.name!, label, aliases: splitAliases(r.aliases) };
    if (r.kind) e.kind = r.kind;
    return e;
  });
}

const cache = new Map<string, Lexicon>();

/**
 * Load (and cache) the lexicon from `dir` (default seeds/lexicon/). Missing files give empty lists,
 * so extraction still works from the text's conventions alone.
 */
export function loadLexicon(dir?: string): Lexicon {
  const d = resolve(dir ?? defaultLexiconDir());
  const hit = cache.get(d);
  if (hit) return hit;
  const read = (f: string) => (existsSync(join(d, f)) ? readFileSync(join(d, f), 'utf8') : '');
  const lex: Lexicon = {
    dir: d,
    industries: parseIndustries(read('industries.tsv'), join(d, 'industries.tsv')),
    organizations: parseOrganizations(read('organizations.tsv'), join(d, 'organizations.tsv')),
  };
  cache.set(d, lex);
  return lex;
}

/** Forget cached lexicons (after a user edits the files in a long-running process). */
export function clearLexiconCache(): void {
  cache.clear();
}
