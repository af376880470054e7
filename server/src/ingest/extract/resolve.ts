// Entity resolution: one node per real thing. Surface forms resolve through the lexicon
// (aliases) and a matching key (full/half width, 和/与/及, legal-form suffixes); every surface
// seen is kept as an alias. Names are never merged on a shared word alone.
import type { Evidence, GraphEdge, GraphNode, Json, RelType } from '../../model.ts';
import { edgeId } from '../../model.ts';
import { entityId } from '../ids.ts';
import type { IndustryEntry, OrgEntry } from '../lexicon.ts';
import type { LexiconIndex } from './lexicon-match.ts';
import { cleanSurface, matchKey, stripLegalSuffix } from './normalize.ts';

export type EntityLabel = 'Industry' | 'Enterprise' | 'Lab' | 'Park';

export interface Entity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: Set<string>;
  properties: Record<string, Json>;
}

/** Canonical name of an entity not in the lexicon: deterministic from the surface alone. */
export function canonicalName(label: EntityLabel, surface: string): string {
  let s = cleanSurface(surface).replace(/（/g, '(').replace(/）/g, ')');
  if (label === 'Enterprise') s = stripLegalSuffix(s);
  if (label === 'Industry') s = s.replace(/和/g, '与').replace(/(产业|领域)$/, '') || s;
  return s;
}

export class Registry {
  private entities = new Map<string, Entity>();
  private edges = new Map<string, GraphEdge>();
  /** matchKey → entity id, for names seen in this document. */
  private byKey = new Map<string, string>();

  constructor(private index: LexiconIndex) {}

  /** Resolve an industry (lexicon entry or a new name) to its entity. */
  industry(surface: string, entry?: IndustryEntry, level?: string): Entity {
    const e = entry ?? (this.index.lookup(surface)?.type === 'industry' ? (this.index.lookup(surface)!.entry as IndustryEntry) : undefined);
    const name = e ? e.name : canonicalName('Industry', surface);
    const ent = this.get('Industry', name);
    ent.aliases.add(cleanSurface(surface));
    if (e) ent.properties.level = e.level;
    else if (level && (!ent.properties.level || ent.properties.level === 'industry')) ent.properties.level = level;
    else if (!ent.properties.level) ent.properties.level = 'industry';
    return ent;
  }

  /** Resolve an organisation (Enterprise/Lab/Park). The lexicon entry's label wins over `label`. */
  org(surface: string, label: Exclude<EntityLabel, 'Industry'>, kind?: string, entry?: OrgEntry): Entity {
    const ref = entry ? { type: 'org' as const, entry } : this.index.lookup(surface);
    const oe = ref?.type === 'org' ? ref.entry : undefined;
    const lab = oe ? oe.label : label;
    let id: string | undefined;
    let name: string;
    if (oe) name = oe.name;
    else {
      name = canonicalName(lab, surface);
      id = this.byKey.get(`${lab}:${matchKey(name)}`);
    }
    const ent = id ? this.entities.get(id)! : this.get(lab, name);
    ent.aliases.add(cleanSurface(surface));
    const k = oe?.kind ?? kind;
    if (lab !== 'Enterprise' && k && !ent.properties.kind) ent.properties.kind = k;
    return ent;
  }

  private get(label: EntityLabel, name: string): Entity {
    const id = entityId(label, name);
    let ent = this.entities.get(id);
    if (!ent) {
      ent = { id, label, name, aliases: new Set([name]), properties: {} };
      this.entities.set(id, ent);
      this.byKey.set(`${label}:${matchKey(name)}`, id);
    }
    return ent;
  }

  private kept = new Set<string>();
  /** Keep an industry node even when no edge touches it. */
  keep(id: string): void {
    this.kept.add(id);
  }

  edge(type: RelType, source: string, target: string, ev: Evidence, properties: Record<string, Json> = {}): void {
    if (source === target) return;
    const id = edgeId(type, source, target);
    let e = this.edges.get(id);
    if (!e) {
      e = { id, type, source, target, properties: { ...properties }, evidence: [] };
      this.edges.set(id, e);
    }
    if (!e.evidence.some((x) => x.start === ev.start && x.end === ev.end && x.documentId === ev.documentId)) e.evidence.push(ev);
  }

  /** Nodes: every organisation; industries only when an edge touches them. */
  result(): { nodes: GraphNode[]; edges: GraphEdge[] } {
    const touched = new Set<string>();
    for (const e of this.edges.values()) {
      touched.add(e.source);
      touched.add(e.target);
    }
    const nodes: GraphNode[] = [];
    for (const ent of this.entities.values()) {
      if (ent.label === 'Industry' && !touched.has(ent.id) && !this.kept.has(ent.id)) continue;
      nodes.push({ id: ent.id, label: ent.label, name: ent.name, aliases: [...ent.aliases].sort(), properties: ent.properties });
    }
    nodes.sort((a, b) => a.id.localeCompare(b.id));
    const edges = [...this.edges.values()].sort((a, b) => a.id.localeCompare(b.id));
    return { nodes, edges };
  }
}

