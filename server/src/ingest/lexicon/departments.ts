// departments.tsv (jurisdiction, canonical, aliases) and jurisdictions.tsv (city, canonical, aliases).
// Aliases in these two files are separated by , ， or 、 (see the files' own header comments).
import { lexiconError, readTable, splitCell } from './table.ts';
import type { DepartmentEntry, JurisdictionEntry } from './types.ts';

const ALIAS_SEP = /[,，、]/;

export function parseDepartments(text: string, file = 'departments.tsv'): DepartmentEntry[] {
  return readTable(text, file, ['jurisdiction', 'canonical', 'aliases']).map(({ line, byName: r }) => {
    if (!r.jurisdiction) throw lexiconError(file, line, '缺少适用区域（或 *）/ the jurisdiction column is empty (use * for every jurisdiction)');
    if (!r.canonical) throw lexiconError(file, line, '缺少规范名称 / the canonical column is empty');
    return { jurisdiction: r.jurisdiction, canonical: r.canonical, aliases: splitCell(r.aliases, ALIAS_SEP) };
  });
}

export function parseJurisdictions(text: string, file = 'jurisdictions.tsv'): JurisdictionEntry[] {
  return readTable(text, file, ['city', 'canonical', 'aliases']).map(({ line, byName: r }) => {
    if (!r.city) throw lexiconError(file, line, '缺少所属城市（或 *）/ the city column is empty (use * for none)');
    if (!r.canonical) throw lexiconError(file, line, '缺少规范名称 / the canonical column is empty');
    return { city: r.city, canonical: r.canonical, aliases: splitCell(r.aliases, ALIAS_SEP) };
  });
}
