// Entity resolution: one node per real thing. Surface forms resolve through the lexicon
// (aliases) and a matching key (full/half width, 和/与/及, legal-form suffixes); every surface
// seen is kept as an alias. Names are never merged on a shared word alone.
import type { Evidence, GraphEdge, GraphNode, Json, RelType } from '../../model.ts';
import { edgeId } from '../../model.ts';
import { entityId } from '../ids.ts';
import type { IndustryEntry, OrgEntry } from '../lexicon/index.ts';
import { notIndustry } from './industry-guard.ts';
import type { LexiconIndex } from '../lexicon/match.ts';
import { cleanSurface, matchKey, stripLegalSuffix } from '../names.ts';

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
  if (label === 'Industry') s = s.replace(/和/g, '与').replace(/(产业|领域|环节)$/, '') || s;
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
    if (oe) this.fromLexicon.add(ent.id);
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

  /** An entity already seen in this document under this surface (canonical name or alias). */
  find(label: EntityLabel, surface: string): Entity | undefined {
    const name = canonicalName(label, surface);
    const lx = this.index.lookup(surface);
    const lname = lx?.type === 'industry' && label === 'Industry' ? (lx.entry as IndustryEntry).name : undefined;
    const id = this.byKey.get(`${label}:${matchKey(lname ?? name)}`);
    if (id) return this.entities.get(id);
    const k = matchKey(surface);
    for (const e of this.entities.values()) if (e.label === label && [...e.aliases].some((a) => matchKey(a) === k)) return e;
    return undefined;
  }

  /** Industries of this document whose name (2+ characters) occurs in `s`: 赛达新材料产业园 → 新材料. */
  industriesNamedIn(s: string): Entity[] {
    const out: Entity[] = [];
    for (const e of this.entities.values()) if (e.label === 'Industry' && e.name.length >= 2 && s.includes(e.name) && s !== e.name) out.push(e);
    return out;
  }

  hasEdge(type: RelType, source: string, target: string): boolean {
    return this.edges.has(edgeId(type, source, target));
  }

  private fromLexicon = new Set<string>();

  /**
   * Names of one organisation written in full and short in the same document: 长飞光纤 and
   * 长飞光纤光缆(股份有限公司) (a short enterprise name that starts the full one), 东湖高新区 and
   * 武汉东湖高新区 (a place prefix of up to three characters). A shared word alone never merges:
   * 天津大学 ≠ 天津大学医学部 (a lab or park is never merged with a longer name that extends it).
   */
  private merges(): Map<string, string> {
    const to = new Map<string, string>();
    const free = [...this.entities.values()].filter((e) => e.label !== 'Industry' && !this.fromLexicon.has(e.id));
    const cjk = (s: string) => s.replace(/[^\u3400-\u9fff]/g, '').length;
    for (const s of free) {
      let longer: Entity[] = [];
      if (s.label === 'Enterprise' && cjk(s.name) >= 4) {
        longer = free.filter((l) => l !== s && l.label === 'Enterprise' && l.name.length > s.name.length && l.name.startsWith(s.name) && !/(区|市|省|县|分公司|子公司|分院|分厂)/.test(l.name.slice(s.name.length)));
      } else if (s.label !== 'Enterprise' && cjk(s.name) >= 4) {
        longer = free.filter((l) => l !== s && l.label === s.label && l.name.endsWith(s.name) && l.name.length - s.name.length <= 3 && !/(大学|学院|研究院|公司|集团)/.test(l.name.slice(0, l.name.length - s.name.length)));
      }
      if (longer.length === 1) to.set(s.id, longer[0]!.id);
    }
    // follow chains (A → B → C)
    for (const [a] of to) {
      let b = to.get(a)!;
      for (let i = 0; i < 10 && to.has(b); i++) b = to.get(b)!;
      to.set(a, b);
    }
    return to;
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

  /** Nodes: every organisation; industries only when they pass the guard and an edge touches them. */
  result(): { nodes: GraphNode[]; edges: GraphEdge[] } {
    const to = this.merges();
    if (to.size) {
      for (const [a, b] of to) {
        const from = this.entities.get(a)!;
        const into = this.entities.get(b)!;
        for (const x of from.aliases) into.aliases.add(x);
        for (const [k, v] of Object.entries(from.properties)) if (!(k in into.properties)) into.properties[k] = v;
        this.entities.delete(a);
      }
      const edges = [...this.edges.values()];
      this.edges.clear();
      for (const e of edges) {
        const source = to.get(e.source) ?? e.source;
        const target = to.get(e.target) ?? e.target;
        for (const ev of e.evidence) this.edge(e.type, source, target, ev, e.properties);
      }
    }
    // the last check on industries (industry-guard.ts): government bodies, funds and plans, category
    // qualifiers and bare value-chain stages are no industries; their edges go with them
    const rejected = new Set<string>();
    for (const ent of this.entities.values()) {
      if (ent.label !== 'Industry') continue;
      const known = this.index.industryByName.has(ent.name);
      if (notIndustry(ent.name, this.index.lexicon, known)) rejected.add(ent.id);
    }
    for (const [id, e] of this.edges) if (rejected.has(e.source) || rejected.has(e.target)) this.edges.delete(id);
    // an industry exists only through what the text says of it: no edge (and so no evidence), no node
    const touched = new Set<string>();
    for (const e of this.edges.values()) {
      touched.add(e.source);
      touched.add(e.target);
    }
    const nodes: GraphNode[] = [];
    for (const ent of this.entities.values()) {
      if (ent.label === 'Industry' && !touched.has(ent.id)) continue;
      nodes.push({ id: ent.id, label: ent.label, name: ent.name, aliases: [...ent.aliases].sort(), properties: ent.properties });
    }
    nodes.sort((a, b) => a.id.localeCompare(b.id));
    const edges = [...this.edges.values()].sort((a, b) => a.id.localeCompare(b.id));
    return { nodes, edges };
  }
}

