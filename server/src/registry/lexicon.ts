// Everything the registry import reads from the editable lexicon (seeds/lexicon/), loaded once:
// the GB/T 4754-2017 codes and their taxonomy mapping (gbt4754.tsv), region names and trade words
// for name resolution (regions.txt, trade-words.txt), product keywords (products.tsv), address
// keywords (park-addresses.tsv), and from the shared lexicon the taxonomy and the parks.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KgError } from '../errors.ts';
import { defaultLexiconDir, loadLexicon, type OrgEntry } from '../ingest/lexicon.ts';
import { IndustryCodes } from './gbt4754.ts';
import { loadNameLexicon, NameAnalyser } from './names.ts';
import { Taxonomy } from './taxonomy.ts';

export interface ProductRule {
  /** Keyword as written in 主营产品/经营范围 (matched after NFKC, case-insensitive). */
  keyword: string;
  /** Taxonomy (chain-template) segment it names. */
  segment: string;
}

export interface AddressRule {
  keyword: string;
  park: string;
}

export interface RegistryLexicon {
  dir: string;
  codes: IndustryCodes;
  names: NameAnalyser;
  taxonomy: Taxonomy;
  parks: OrgEntry[];
  enterprises: OrgEntry[];
  products: ProductRule[];
  addresses: AddressRule[];
}

function tsvRows(text: string, file: string, columns: number): string[][] {
  const out: string[][] = [];
  let header = true;
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    if (header) {
      header = false;
      return;
    }
    const cells = line.split('\t').map((c) => c.trim());
    if (cells.length < columns || cells.slice(0, columns).some((c) => !c)) {
      throw new KgError('LEXICON_INVALID', `${file}:${i + 1}: 需要 ${columns} 列 / needs ${columns} non-empty columns: "${line}"`);
    }
    out.push(cells);
  });
  return out;
}

const cache = new Map<string, RegistryLexicon>();

export function loadRegistryLexicon(dir?: string): RegistryLexicon {
  const d = resolve(dir ?? defaultLexiconDir());
  const hit = cache.get(d);
  if (hit) return hit;
  const path = (f: string) => join(d, f);
  const read = (f: string) => (existsSync(path(f)) ? readFileSync(path(f), 'utf8') : '');
  const base = loadLexicon(d);
  let codes: IndustryCodes;
  try {
    codes = new IndustryCodes(read('gbt4754.tsv'), path('gbt4754.tsv'));
  } catch (e) {
    throw new KgError('LEXICON_INVALID', (e as Error).message);
  }
  const taxonomy = new Taxonomy(base.industries);
  const products = tsvRows(read('products.tsv'), path('products.tsv'), 2).flatMap(([keywords, segment]) =>
    keywords!.split('|').map((k) => ({ keyword: k.trim(), segment: segment! })).filter((r) => r.keyword),
  );
  const addresses = tsvRows(read('park-addresses.tsv'), path('park-addresses.tsv'), 2).flatMap(([keywords, park]) =>
    keywords!.split('|').map((k) => ({ keyword: k.trim(), park: park! })).filter((r) => r.keyword),
  );
  const lex: RegistryLexicon = {
    dir: d,
    codes,
    names: new NameAnalyser(loadNameLexicon(d)),
    taxonomy,
    parks: base.organizations.filter((o) => o.label === 'Park'),
    enterprises: base.organizations.filter((o) => o.label === 'Enterprise'),
    products,
    addresses,
  };
  cache.set(d, lex);
  return lex;
}

export function clearRegistryLexiconCache(): void {
  cache.clear();
}
