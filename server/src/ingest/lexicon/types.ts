// The editable lexicon (seeds/lexicon/, see its README.md) as the pipeline sees it: one value, loaded
// and validated once (./index.ts) and handed to every stage through the IngestContext.
import type { ChainTemplate } from '../../chain-templates.ts';

export type IndustryLevel = 'system' | 'industry' | 'chain' | 'segment' | 'track';
export type OrgLabel = 'Enterprise' | 'Lab' | 'Park';

/** industries.tsv: the industry taxonomy. */
export interface IndustryEntry {
  name: string;
  aliases: string[];
  /** Canonical name of the parent industry / chain / system, if any. */
  parent?: string;
  level: IndustryLevel;
  /** Position within the parent chain (1 = most upstream), for UPSTREAM_OF. */
  order?: number;
}

/** organizations.tsv: enterprises, labs and parks known by name. */
export interface OrgEntry {
  name: string;
  label: OrgLabel;
  /** Lab: lab | innovation_center | institute | university | platform; Park: zone | area | park | base | cluster. */
  kind?: string;
  aliases: string[];
}

/** departments.tsv: abbreviations of government bodies and their full names. */
export interface DepartmentEntry {
  /** Jurisdiction the row applies to, or '*' */
  jurisdiction: string;
  canonical: string;
  aliases: string[];
}

/** jurisdictions.tsv: districts and zones, with the city they belong to. */
export interface JurisdictionEntry {
  /** City or province the jurisdiction belongs to, or '*' */
  city: string;
  canonical: string;
  aliases: string[];
}

/** not-industries.txt: names that never become an Industry. */
export interface StopList {
  exact: Set<string>;
  suffixes: string[];
  prefixes: string[];
}

/** gbt4754.tsv: a GB/T 4754-2017 code, and the taxonomy industries it maps to. */
export interface IndustryCodeEntry {
  code: string;
  level: number;
  name: string;
  /** Taxonomy names (the first gets the edge); null stops the inheritance from shorter codes; absent: inherit. */
  industries?: string[] | null;
  confidence?: number;
}

/** products.tsv / park-addresses.tsv: a word and the segment or park it names. */
export interface KeywordRule {
  keyword: string;
  target: string;
  line: number;
}

export interface Lexicon {
  /** Where the files were read from (for messages), or a description of an in-memory lexicon. */
  dir: string;
  industries: IndustryEntry[];
  organizations: OrgEntry[];
  departments: DepartmentEntry[];
  jurisdictions: JurisdictionEntry[];
  /** functional-stems.txt: functional stems of bureau names (科技, 工业和信息化 …), longest first. */
  stems: string[];
  notIndustries: StopList;
  /** chains.tsv: chain templates (stages in order, segments, 横向 cross-cutting ones). */
  chains: ChainTemplate[];
  // Enterprise registries (kg import-enterprises)
  /** gbt4754.tsv: every GB/T 4754-2017 code, with the taxonomy mapping. */
  industryCodes: IndustryCodeEntry[];
  /** regions.txt: place names that open legal names. */
  regions: string[];
  /** trade-words.txt: trade words after the trade name. */
  tradeWords: string[];
  /** name-prefixes.txt: shareholder qualifiers before the trade name. */
  namePrefixes: string[];
  /** products.tsv: product words → segments (target: an industry of the taxonomy). */
  products: KeywordRule[];
  /** park-addresses.tsv: address words → parks (target: a Park of organizations.tsv). */
  parkAddresses: KeywordRule[];
  /** abbreviations.tsv: short forms of words inside industry names (通航 → 通用航空). */
  abbreviations?: AbbreviationEntry[];
}

/** A word written short inside industry names: 通航运营 is 通用航空运营. */
export interface AbbreviationEntry {
  full: string;
  shorts: string[];
  line: number;
}
