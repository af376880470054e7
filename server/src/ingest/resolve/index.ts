// Stage 6, resolve: the document's entities and edges → graph nodes and edges. One node per real
// thing: full and short names of one organisation merged (merge.ts), their edges redirected; the last
// check on industries (industry-guard.ts) drops what is no industry, with its edges; an industry no
// edge touches (so with no evidence) is no node. Organisations are nodes whether or not an edge
// touches them (a measure may only name them).
//   takes: the entity table (entities/) and the edge set (relations/), the context (lexicon)
//   gives: nodes and edges sorted by id, the low-confidence items that survived as nodes
import { RELATION_ENDS, type GraphEdge, type GraphNode } from '../../model.ts';
import type { IngestContext } from '../context.ts';
import type { EntityFindings, LowConfidenceItem } from '../entities/index.ts';
import type { Entity } from '../entities/table.ts';
import { EdgeSet } from '../relations/edges.ts';
import type { RelationFindings } from '../relations/index.ts';
import { notIndustry } from './industry-guard.ts';
import { splitJoined } from './joined.ts';
import { firmBases, industryMerges, nameMerges } from './merge.ts';

export interface ResolvedEntities {
  nodes: GraphNode[];
  edges: GraphEdge[];
  lowConfidence: LowConfidenceItem[];
}

export function resolveEntities(found: EntityFindings, relations: RelationFindings, ctx: IngestContext): ResolvedEntities {
  const entities = new Map(found.table.all().map((e) => [e.id, { ...e, aliases: new Set(e.aliases), properties: { ...e.properties } }]));
  let edges = relations.edges.all();
  const to = nameMerges([...entities.values()], found.table.fromLexicon, ctx.lexicon.regions ?? []);
  if (to.size) edges = mergeNames(entities, edges, to);
  // (a firm's plant, 比亚迪淮安基地, is the firm: what only a park has — HOSTS, a park's LOCATED_IN — goes with it)
  const bases = firmBases([...entities.values()], found.table.fromLexicon);
  if (bases.size) edges = mergeNames(entities, edges, bases).filter((e) => fitsEnds(e, entities));
  const index = ctx.index;
  edges = splitJoined(entities, edges, {
    titles: relations.titles,
    text: relations.text,
    known: (n) => index.industryByName.has(n) || index.lookup(n)?.type === 'industry',
    ...(found.subject ? { subjectId: found.subject.id } : {}),
  }).edges;
  // near-duplicate segments of the document (高端白色家电 and 白色家电, 整车制造 and 整车): one node
  const subjectName = found.subject ? entities.get(found.subject.id)?.name : undefined;
  const near = industryMerges([...entities.values()], {
    known: (n) => index.lookup(n)?.type === 'industry',
    level: (n) => index.industryByName.get(n)?.level,
    chains: ctx.lexicon.chains ?? [],
    abbreviations: ctx.lexicon.abbreviations ?? [],
    ...(subjectName ? { subject: subjectName } : {}),
  });
  if (near.size) edges = mergeNames(entities, edges, near).filter((e) => e.source !== e.target);
  // (a link of a chain the text states, “关键部件—整车—运维服务”, is a segment even when its name is a bare stage)
  const chained = new Set(edges.filter((e) => e.type === 'UPSTREAM_OF').flatMap((e) => [e.source, e.target]));
  const rejected = notIndustries(entities, ctx, chained, relations.text);
  edges = edges.filter((e) => !rejected.has(e.source) && !rejected.has(e.target));
  const touched = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes: GraphNode[] = [];
  for (const ent of entities.values()) {
    if (ent.label === 'Industry' && !touched.has(ent.id)) continue;
    nodes.push({ id: ent.id, label: ent.label, name: ent.name, aliases: [...ent.aliases].sort(), properties: ent.properties });
  }
  nodes.sort((a, b) => a.id.localeCompare(b.id));
  edges.sort((a, b) => a.id.localeCompare(b.id));
  const ids = new Set(nodes.map((n) => n.id));
  const lowConfidence = [...found.low.entries()].filter(([id]) => ids.has(id)).map(([, v]) => v);
  return { nodes, edges, lowConfidence };
}

/** Each merged name's aliases and missing properties go to the entity it merges into; edges follow. */
function mergeNames(entities: Map<string, Entity>, edges: GraphEdge[], to: Map<string, string>): GraphEdge[] {
  for (const [a, b] of to) {
    const from = entities.get(a);
    const into = entities.get(b);
    if (!from || !into) continue;
    for (const x of from.aliases) into.aliases.add(x);
    for (const [k, v] of Object.entries(from.properties)) if (!(k in into.properties)) into.properties[k] = v;
    entities.delete(a);
  }
  const merged = new EdgeSet();
  for (const e of edges) {
    const source = to.get(e.source) ?? e.source;
    const target = to.get(e.target) ?? e.target;
    for (const ev of e.evidence) merged.add(e.type, source, target, ev, undefined, withoutJudgment(e.properties));
  }
  return merged.all();
}

/** Does the edge join labels its type may join? (Ends that are no entity — measures, documents — pass.) */
function fitsEnds(e: GraphEdge, entities: Map<string, Entity>): boolean {
  const s = entities.get(e.source)?.label;
  const t = entities.get(e.target)?.label;
  if (!s || !t) return true;
  return (RELATION_ENDS[e.type as keyof typeof RELATION_ENDS] ?? []).some(([a, b]) => a === s && b === t);
}

/** An edge's own properties without its combined judgment (recomputed from the sentences). */
function withoutJudgment(p: GraphEdge['properties']): GraphEdge['properties'] {
  const { basis: _b, confidence: _c, ...rest } = p;
  return rest;
}

/** Ids of industries that are government bodies, funds and plans, qualifiers or bare stages (industry-guard.ts). */
function notIndustries(entities: Map<string, Entity>, ctx: IngestContext, chained: ReadonlySet<string>, text: string): Set<string> {
  // (芯片—整机—终端, 卫星制造—…—应用: a generic word written itself as a link of a dash chain is that chain's step)
  const dashLink = (name: string) => {
    const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`[—–]${n}(?![\\u3400-\\u9fff])|(?<![\\u3400-\\u9fff])${n}[—–]`).test(text);
  };
  const rejected = new Set<string>();
  for (const ent of entities.values()) {
    if (ent.label !== 'Industry') continue;
    const known = ctx.index.industryByName.has(ent.name);
    const why = notIndustry(ent.name, ctx.lexicon, known);
    // (a two-character stage, 设计 or 制造 in 设计—制造—封测, stays the stage of the chain's industry, no node of its own)
    if (why && !(why === 'value-chain stage' && chained.has(ent.id) && ent.name.length >= 4) && !(why === 'generic word alone' && chained.has(ent.id) && dashLink(ent.name))) rejected.add(ent.id);
  }
  return rejected;
}
