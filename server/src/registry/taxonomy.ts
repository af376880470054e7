// The industry taxonomy as the registry import needs it: canonical names, parents (ancestors), and
// the "field" of a set of industries (the industries and their ancestors, without the system-level
// frameworks such as 113X产业体系 that group unrelated industries).

export interface TaxonomyEntry {
  name: string;
  aliases: string[];
  parent?: string;
  level: string;
  order?: number;
}

export class Taxonomy {
  private readonly byName = new Map<string, TaxonomyEntry>();
  private readonly alias = new Map<string, string>();

  constructor(readonly entries: TaxonomyEntry[]) {
    for (const e of entries) {
      this.byName.set(e.name, e);
      this.alias.set(e.name, e.name);
    }
    for (const e of entries) for (const a of e.aliases) if (!this.alias.has(a)) this.alias.set(a, e.name);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  get(name: string): TaxonomyEntry | undefined {
    return this.byName.get(name);
  }

  /** The canonical name for a name or alias. */
  canonical(name: string): string | undefined {
    return this.alias.get(name);
  }

  /** Parent, grandparent … (cycles cut). */
  ancestors(name: string): string[] {
    const out: string[] = [];
    let cur = this.byName.get(this.canonical(name) ?? name)?.parent;
    while (cur && !out.includes(cur) && out.length < 10) {
      out.push(cur);
      cur = this.byName.get(cur)?.parent;
    }
    return out;
  }

  private isGrouping(name: string): boolean {
    const e = this.byName.get(name);
    if (!e) return false;
    if (e.level === 'system') return true;
    return e.level === 'track' && !!e.parent && this.byName.get(e.parent)?.level === 'system';
  }

  /** The industries and their ancestors, without the system- and track-level groupings above them. */
  field(names: Iterable<string>): Set<string> {
    const out = new Set<string>();
    for (const n of names) {
      const c = this.canonical(n) ?? n;
      out.add(c);
      // groupings above (113X产业体系, and X新赛道, a track right under a system) join unrelated
      // industries: not part of a field
      for (const x of this.ancestors(c)) if (!this.isGrouping(x)) out.add(x);
    }
    return out;
  }
}

export function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}
