// What the registry import needs from the editable lexicon, compiled for use: the GB/T 4754-2017
// codes and their taxonomy mapping, the name analyser (regions, trade words, shareholder
// qualifiers), the taxonomy, the parks and enterprises of organizations.tsv, product and address
// words. The files are read and checked by the one lexicon module (ingest/lexicon/); like ingest,
// an import reads them afresh, so an edit counts from the next import on.
import { DEFAULT_LEXICON_DIR, loadLexicon, type Lexicon, type OrgEntry } from '../ingest/lexicon/index.ts';
import { IndustryCodes } from './gbt4754.ts';
import { NameAnalyser } from './names.ts';
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

export function registryLexicon(lex: Lexicon): RegistryLexicon {
  return {
    dir: lex.dir,
    codes: new IndustryCodes(lex.industryCodes),
    names: new NameAnalyser({ regions: lex.regions, tradeWords: lex.tradeWords, qualifiers: lex.namePrefixes }),
    taxonomy: new Taxonomy(lex.industries),
    parks: lex.organizations.filter((o) => o.label === 'Park'),
    enterprises: lex.organizations.filter((o) => o.label === 'Enterprise'),
    products: lex.products.map((r) => ({ keyword: r.keyword, segment: r.target })),
    addresses: lex.parkAddresses.map((r) => ({ keyword: r.keyword, park: r.target })),
  };
}

/** Reads and checks the lexicon in `dir` (default seeds/lexicon/) and compiles it for an import. */
export function loadRegistryLexicon(dir: string = DEFAULT_LEXICON_DIR): RegistryLexicon {
  return registryLexicon(loadLexicon(dir));
}
