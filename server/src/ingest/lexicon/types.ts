// The editable lexicon (seeds/lexicon/, see its README.md) as the pipeline sees it: one value, loaded
// and validated once (./index.ts) and handed to every stage through the IngestContext.

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
}
