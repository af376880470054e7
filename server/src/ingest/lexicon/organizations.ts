// organizations.tsv: name, label, kind, aliases (|). See seeds/lexicon/README.md.
import { lexiconError, readTable, splitCell } from './table.ts';
import type { OrgEntry, OrgLabel } from './types.ts';

const KINDS: Record<OrgLabel, readonly string[]> = {
  Enterprise: [],
  Lab: ['lab', 'innovation_center', 'institute', 'university', 'platform'],
  Park: ['zone', 'area', 'park', 'base', 'cluster'],
};

export function parseOrganizations(text: string, file = 'organizations.tsv'): OrgEntry[] {
  const rows = readTable(text, file, ['name', 'label']);
  const lineOf = new Map<string, number>();
  return rows.map(({ line, byName: r }) => {
    const name = r.name ?? '';
    if (!name) throw lexiconError(file, line, '第一列（名称）为空 / empty name');
    const prev = lineOf.get(name);
    if (prev !== undefined) throw lexiconError(file, line, `「${name}」与第 ${prev} 行重复 / "${name}" repeats line ${prev}`);
    lineOf.set(name, line);
    const label = r.label as OrgLabel;
    if (!Object.hasOwn(KINDS, label)) throw lexiconError(file, line, `「${name}」的类别「${r.label}」未知（应为 Enterprise/Lab/Park）/ unknown label "${r.label}"`);
    const e: OrgEntry = { name, label, aliases: splitCell(r.aliases, '|') };
    if (r.kind) {
      if (!KINDS[label].includes(r.kind)) {
        const allowed = KINDS[label].length ? KINDS[label].join('/') : '（留空 / empty）';
        throw lexiconError(file, line, `「${name}」的 kind「${r.kind}」不适用于 ${label}（应为 ${allowed}）/ kind "${r.kind}" is not one of ${label}'s`);
      }
      e.kind = r.kind;
    }
    return e;
  });
}
