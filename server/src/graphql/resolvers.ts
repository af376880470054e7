// Resolvers: validate arguments, make one store call (or a batched loader call), map.
import type { GraphEdge, GraphNode, Json, Label, RelType } from '../model.ts';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Context, Direction, EdgeKey } from './context.ts';
import { Pace, sortPaced } from '../analysis/park-world.ts';
import { badInput, notFound } from './errors.ts';
import { departmentWorkload, industryChain, parksForIndustry, relatedEnterprises, shortestPaths } from '../analysis/index.ts';
import { BASIS_LABELS, DEFAULT_MIN_CONFIDENCE, edgeBasis, edgeConfidence } from '../basis.ts';
import { chainGapCandidates, type ChainGapResult } from '../analysis/gaps.ts';
import type { ChainSelection, SegmentList } from '../analysis/chain.ts';
import { registryReview, registrySources } from '../analysis/registry.ts';
import type { Resolvers } from './generated/types.ts';
import { confidenceArg, parkQueries } from './resolvers-parks.ts';
import { LIMITS, LIST_MAX } from './limits.ts';
import { curationResolvers } from './curation.ts';

/** What a DepartmentRole field resolves from. */
export interface DepartmentRoleParent {
  department: GraphNode;
  measure: GraphNode;
  role: string;
  edge: GraphEdge;
}

export { LIMITS } from './limits.ts';

function intArg(name: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw badInput(`参数 ${name} 必须是 ${min} 到 ${max} 之间的整数 / ${name} must be an integer in [${min}, ${max}], got ${v}`, name);
  }
  return v;
}

function prime(ctx: Context, nodes: GraphNode[]): GraphNode[] {
  ctx.prime(nodes);
  return nodes;
}

async function requireNode(ctx: Context, id: string): Promise<GraphNode> {
  const n = await ctx.nodes.load(id);
  if (!n) throw notFound(id);
  return n;
}

const LABEL_ZH: Partial<Record<Label, string>> = { Industry: '产业', Enterprise: '企业', Park: '园区' };

/** The node `id`, which must exist (NOT_FOUND) and carry `label` (BAD_USER_INPUT). */
async function requireLabel(ctx: Context, id: string, label: Label): Promise<GraphNode> {
  const n = await requireNode(ctx, id);
  if (n.label !== label) throw badInput(`${id} 不是${LABEL_ZH[label] ?? label}节点 / is not a node of label ${label}`, 'id');
  return n;
}

function prop(n: GraphNode, key: string): Json | undefined {
  return n.properties[key];
}
function str(v: Json | undefined): string | null {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
}

/**
 * Node.edges, paced as the other nested lists (guard.pace, fix33): a share reserved before the batched
 * read, the rest of what was read counted after it, so the edges of 200 nodes are read a group at a
 * time with turns of the event loop between (the loader reads a group in calls of about 2,000 edges).
 */
async function edgesField(n: GraphNode, args: { types?: RelType[] | null; direction?: Direction | null; first?: number | null }, ctx: Context): Promise<GraphEdge[]> {
  const key: EdgeKey = { id: n.id, types: args.types && args.types.length > 0 ? args.types : null, direction: args.direction ?? 'BOTH' };
  const held = ctx.knownEdges(key);
  if (held) return held;
  const reserved = 1 + Math.min(args.first ?? 100, PACE_RESERVE);
  await ctx.guard.pace(reserved);
  const edges = await ctx.edgesOf.load(key);
  if (edges.length > reserved) await ctx.guard.pace(edges.length - reserved);
  return edges;
}

/** The roles of `edges` when the request holds both ends of every one (else null: load them with roles()). */
function rolesKnown(ctx: Context, edges: GraphEdge[]): DepartmentRoleParent[] | null {
  const out: DepartmentRoleParent[] = [];
  for (const e of edges) {
    const department = ctx.known(e.source);
    const measure = ctx.known(e.target);
    if (!department || !measure) return null;
    out.push({ department, measure, role: str(e.properties.role) ?? 'responsible', edge: e });
  }
  return out;
}

const byRole = (a: DepartmentRoleParent, b: DepartmentRoleParent) =>
  (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9) || (a.edge.evidence[0]?.start ?? 0) - (b.edge.evidence[0]?.start ?? 0);

/**
 * `list.sort(byRole)`, the same order (stable, as Array#sort): the roles' keys (role rank, then the
 * offset of the first sentence, below 2⁴⁰) computed once per item, not twice per comparison, and an
 * insertion sort (a measure has a handful of departments). Sorted in place.
 */
function sortByRole(list: DepartmentRoleParent[]): DepartmentRoleParent[] {
  const n = list.length;
  if (n < 2) return list;
  if (n > 32) return list.sort(byRole);
  const keys = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const r = list[i]!;
    const k = (ROLE_ORDER[r.role] ?? 9) * 2 ** 40 + (r.edge.evidence[0]?.start ?? 0);
    // a role named like an Object.prototype member, or an offset out of range: the comparator decides
    if (typeof k !== 'number' || !(k >= 0 && k < 2 ** 44)) return list.sort(byRole);
    keys[i] = k;
  }
  for (let i = 1; i < n; i++) {
    const k = keys[i]!;
    const r = list[i]!;
    let j = i - 1;
    while (j >= 0 && keys[j]! > k) {
      keys[j + 1] = keys[j]!;
      list[j + 1] = list[j]!;
      j--;
    }
    keys[j + 1] = k;
    list[j + 1] = r;
  }
  return list;
}

const departmentsKey = (id: string): EdgeKey => ({ id, types: ['RESPONSIBLE_FOR'], direction: 'IN' });

/** Whether the field being resolved selects `name` on its items (through fragments too). */
function selects(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined, depth: number): boolean =>
    !!set &&
    depth < 8 &&
    set.selections.some((s) =>
      s.kind === Kind.FIELD ? s.name.value === name : s.kind === Kind.INLINE_FRAGMENT ? visit(s.selectionSet, depth + 1) : visit(info.fragments[s.name.value]?.selectionSet, depth + 1),
    );
  return info.fieldNodes.some((f) => visit(f.selectionSet, 0));
}

/**
 * The fields selected under the given selection sets, by field name (aliases and fragments
 * resolved), with their own selection sets; null when fragments nest deeper than 8 (then the
 * caller reads everything).
 */
function selectedFields(info: GraphQLResolveInfo, sets: readonly (SelectionSetNode | undefined)[]): Map<string, SelectionSetNode[]> | null {
  const out = new Map<string, SelectionSetNode[]>();
  const visit = (set: SelectionSetNode | undefined, depth: number): boolean => {
    if (!set) return true;
    if (depth > 8) return false;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const l = out.get(s.name.value) ?? out.set(s.name.value, []).get(s.name.value)!;
        if (s.selectionSet) l.push(s.selectionSet);
      } else if (!visit(s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : info.fragments[s.name.value]?.selectionSet, depth + 1)) return false;
    }
    return true;
  };
  for (const set of sets) if (!visit(set, 0)) return null;
  return out;
}

const SEGMENT_LISTS: readonly SegmentList[] = ['upstream', 'downstream', 'enterprises', 'labs', 'parks', 'measures', 'gap'];

/** What of an IndustryChain the query reads (analysis/chain.ts builds only that); undefined: everything. */
function chainSelection(info: GraphQLResolveInfo): ChainSelection | undefined {
  const top = selectedFields(info, info.fieldNodes.map((f) => f.selectionSet));
  const seg = top && selectedFields(info, top.get('segments') ?? []);
  if (!top || !seg) return undefined;
  const segment = new Set(SEGMENT_LISTS.filter((l) => seg.has(l)));
  if (top.has('gaps')) segment.add('gap');
  return { stages: top.has('stages'), segment };
}

async function roles(ctx: Context, edges: GraphEdge[]): Promise<{ department: GraphNode; measure: GraphNode; role: string; edge: GraphEdge }[]> {
  // One batched load for both ends of every edge (not two promises per edge); nodes this request
  // already holds are not asked for again.
  const missing: string[] = [];
  for (const e of edges) {
    if (!ctx.known(e.source)) missing.push(e.source);
    if (!ctx.known(e.target)) missing.push(e.target);
  }
  if (missing.length > 0) {
    for (const x of await ctx.nodes.loadMany(missing)) if (x instanceof Error) throw x;
  }
  const out: DepartmentRoleParent[] = [];
  for (const e of edges) {
    const department = ctx.known(e.source);
    const measure = ctx.known(e.target);
    if (department && measure) out.push({ department, measure, role: str(e.properties.role) ?? 'responsible', edge: e });
  }
  return out;
}

/** localeCompare(…, 'zh-Hans-CN') as one collator (the same order; localeCompare with a locale looks it up per call). */
const zhCollator = new Intl.Collator('zh-Hans-CN');
const byNameThenId = (a: GraphNode, b: GraphNode) => zhCollator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);

/**
 * Neighbours of `n` over edges of `type` in `direction`, optionally of one label, sorted by name.
 * Paced as the other nested lists (guard.pace, fix33): the fields of a list of 200 hubs (Industry.enterprises
 * of every industry found) read their edges and ends a group at a time, with turns of the event loop between
 * and the deadline checked (TIMEOUT); a long list is sorted with turns too. The same list.
 */
async function related(ctx: Context, n: GraphNode, type: RelType | RelType[], direction: 'OUT' | 'IN', label?: Label, first?: number | null): Promise<GraphNode[]> {
  const types = Array.isArray(type) ? type : [type];
  const reserved = 1 + Math.min(first ?? 100, PACE_RESERVE);
  await ctx.guard.pace(reserved);
  const es = await ctx.edgesOf.load({ id: n.id, types, direction });
  const ids = [...new Set(es.map((e) => (direction === 'OUT' ? e.target : e.source)))];
  // its edges, then their ends: counted after the read
  if (es.length + ids.length > reserved) await ctx.guard.pace(es.length + ids.length - reserved);
  const got = await ctx.nodes.loadMany(ids);
  const list = got.filter((x): x is GraphNode => !!x && !(x instanceof Error) && (!label || x.label === label));
  if (list.length <= SORT_AT_ONCE) return list.sort(byNameThenId);
  return sortPaced(list, byNameThenId, new Pace(() => ctx.guard.check()));
}

/** Neighbours sorted in one block at most (a few ms with the collator); longer lists sort with turns. */
const SORT_AT_ONCE = 2000;

const encodeCursor = (id: string) => Buffer.from(`id:${id}`, 'utf8').toString('base64url');
function decodeCursor(c: string): string {
  const s = Buffer.from(c, 'base64url').toString('utf8');
  if (!s.startsWith('id:')) throw badInput('游标无效 / invalid cursor', 'after');
  return s.slice(3);
}

const ROLE_ORDER: Record<string, number> = { lead: 0, support: 1, responsible: 2, city: 3 };

const nodeFields = {
  properties: (n: GraphNode) => n.properties,
  edges: edgesField,
};

/** Work units a nested list's resolver reserves before it reads (guard.pace), whatever its `first`: the rest is counted after the read. */
const PACE_RESERVE = 32;

export const resolvers: Resolvers = {
  Node: {
    __resolveType: (n: GraphNode) => n.label,
  },
  Document: {
    ...nodeFields,
    // The full text is paged through `content`, never carried in `properties` (one document is
    // tens of KB to MB; a neighbourhood of evidence → document → properties multiplied it).
    properties: (n: GraphNode) => {
      const { text: _text, ...rest } = n.properties;
      return rest;
    },
    content: (n: GraphNode, args: { offset?: number | null; length?: number | null }) => {
      const text = str(prop(n, 'text')) ?? '';
      const offset = intArg('offset', args.offset, 0, 0, Number.MAX_SAFE_INTEGER);
      const length = intArg('length', args.length, 200_000, 1, LIMITS.contentLength);
      const page = text.slice(offset, offset + length);
      return { text: page, offset, totalLength: text.length, hasMore: offset + page.length < text.length };
    },
    file: (n: GraphNode) => str(prop(n, 'file')) ?? '',
    title: (n: GraphNode) => str(prop(n, 'title')) ?? n.name,
    issuer: (n: GraphNode) => str(prop(n, 'issuer')),
    date: (n: GraphNode) => str(prop(n, 'date')),
    docNumber: (n: GraphNode) => str(prop(n, 'docNumber')),
    jurisdiction: (n: GraphNode) => str(prop(n, 'jurisdiction')),
    measures: async (n: GraphNode, args: { first?: number | null }, ctx: Context, info: GraphQLResolveInfo) => {
      // paced (guard.pace): a share reserved before the batched read, the rest of what was read (edges, then
      // nodes up to `first`) counted after it
      const first = args.first ?? LIST_MAX['Document.measures']!;
      const reserved = 1 + Math.min(first, PACE_RESERVE);
      await ctx.guard.pace(reserved);
      const edges = await ctx.edgesOf.load({ id: n.id, types: ['CONTAINS'], direction: 'OUT' });
      const read = edges.length + Math.min(edges.length, first);
      if (read > reserved) await ctx.guard.pace(read - reserved);
      // Document order: by the offset of the CONTAINS evidence; only the first `first` are read (the list bound cuts the rest).
      const ordered = [...edges].sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0)).slice(0, first);
      const nodes = await ctx.nodes.loadMany(ordered.map((e) => e.target));
      const measures = nodes.filter((x): x is GraphNode => !!x && !(x instanceof Error));
      // A document's measures with their departments (the client's document view, the bench's
      // `documents`): their edges and departments in two batched loads here, so that each
      // measure's `departments` resolves synchronously (no promise, no loader call per measure).
      if (measures.length > 1 && selects(info, 'departments')) {
        const listed = measures.slice(0, args.first ?? measures.length);
        await ctx.guard.pace(listed.length); // their department edges (and ends) are read next
        const lists = await ctx.edgesOf.loadMany(listed.map((m) => departmentsKey(m.id)));
        const ends = new Set<string>();
        for (const l of lists) if (!(l instanceof Error)) for (const e of l) if (!ctx.known(e.source)) ends.add(e.source);
        if (ends.size > 0) await ctx.nodes.loadMany([...ends]);
        // each listed measure's departments, in order, for its `departments` field (read once, then left to the loaders)
        listed.forEach((m, i) => {
          const l = lists[i];
          const known = l && !(l instanceof Error) ? rolesKnown(ctx, l) : null;
          if (known) ctx.measureRoles.set(m, sortByRole(known));
        });
      }
      return measures;
    },
  },
  Measure: {
    ...nodeFields,
    number: (n: GraphNode) => str(prop(n, 'number')) ?? '',
    title: (n: GraphNode) => str(prop(n, 'title')),
    text: (n: GraphNode) => str(prop(n, 'text')),
    section: (n: GraphNode) => str(prop(n, 'section')),
    document: (n: GraphNode, _a: unknown, ctx: Context) => {
      const id = str(prop(n, 'documentId'));
      return id ? ctx.nodes.load(id) : null;
    },
    departments: (n: GraphNode, _a: unknown, ctx: Context) => {
      const ready = ctx.measureRoles.get(n);
      if (ready) {
        // a fresh array per field, as below (an alias may select the field again)
        ctx.measureRoles.delete(n);
        return ready;
      }
      const key = departmentsKey(n.id);
      const edges = ctx.knownEdges(key);
      const known = edges && rolesKnown(ctx, edges);
      if (known) return sortByRole(known);
      return (async () => sortByRole(await roles(ctx, await ctx.edgesOf.load(key))))();
    },
  },
  Department: {
    ...nodeFields,
    jurisdiction: (n: GraphNode) => str(prop(n, 'jurisdiction')),
    measures: async (n: GraphNode, args: { first?: number | null }, ctx: Context) => {
      // paced as Document.measures (each edge reads its two ends)
      const first = args.first ?? LIST_MAX['Department.measures']!;
      const reserved = 1 + Math.min(first, PACE_RESERVE);
      await ctx.guard.pace(reserved);
      const edges = await ctx.edgesOf.load({ id: n.id, types: ['RESPONSIBLE_FOR'], direction: 'OUT' });
      if (3 * edges.length > reserved) await ctx.guard.pace(3 * edges.length - reserved);
      return roles(ctx, edges);
    },
  },
  Industry: {
    ...nodeFields,
    level: (n: GraphNode) => str(prop(n, 'level')),
    parent: async (n: GraphNode, _a: unknown, ctx: Context) => (await related(ctx, n, 'PART_OF', 'OUT', 'Industry'))[0] ?? null,
    segments: (n: GraphNode, a: { first?: number | null }, ctx: Context) => related(ctx, n, 'PART_OF', 'IN', 'Industry', a.first),
    upstream: (n: GraphNode, a: { first?: number | null }, ctx: Context) => related(ctx, n, 'UPSTREAM_OF', 'IN', 'Industry', a.first),
    downstream: (n: GraphNode, a: { first?: number | null }, ctx: Context) => related(ctx, n, 'UPSTREAM_OF', 'OUT', 'Industry', a.first),
    parks: (n: GraphNode, a: { first?: number | null }, ctx: Context) => related(ctx, n, 'HOSTS', 'IN', 'Park', a.first),
    enterprises: (n: GraphNode, a: { first?: number | null }, ctx: Context) => related(ctx, n, 'IN_INDUSTRY', 'IN', 'Enterprise', a.first),
    innovationSources: (n: GraphNode, a: { first?: number | null }, ctx: Context) => related(ctx, n, 'INNOVATES_FOR', 'IN', undefined, a.first),
    measures: (n: GraphNode, a: { first?: number | null }, ctx: Context) => related(ctx, n, 'SUPPORTS', 'IN', 'Measure', a.first),
  },
  Enterprise: {
    ...nodeFields,
    industries: (n: GraphNode, a: { first?: number | null }, ctx: Context) => related(ctx, n, ['IN_INDUSTRY', 'INNOVATES_FOR'], 'OUT', 'Industry', a.first),
    parks: (n: GraphNode, a: { first?: number | null }, ctx: Context) => related(ctx, n, 'LOCATED_IN', 'OUT', 'Park', a.first),
    labs: (n: GraphNode, a: { first?: number | null }, ctx: Context) => related(ctx, n, 'LEADS', 'OUT', 'Lab', a.first),
    measures: (n: GraphNode, a: { first?: number | null }, ctx: Context) => related(ctx, n, 'MENTIONS', 'IN', 'Measure', a.first),
  },
  Lab: {
    ...nodeFields,
    kind: (n: GraphNode) => str(prop(n, 'kind')),
    industries: (n: GraphNode, a: { first?: number | null }, ctx: Context) => related(ctx, n, 'INNOVATES_FOR', 'OUT', 'Industry', a.first),
    parks: (n: GraphNode, a: { first?: number | null }, ctx: Context) => related(ctx, n, 'LOCATED_IN', 'OUT', 'Park', a.first),
    leadBy: (n: GraphNode, a: { first?: number | null }, ctx: Context) => related(ctx, n, 'LEADS', 'IN', 'Enterprise', a.first),
    measures: (n: GraphNode, a: { first?: number | null }, ctx: Context) => related(ctx, n, 'MENTIONS', 'IN', 'Measure', a.first),
  },
  Park: {
    ...nodeFields,
    kind: (n: GraphNode) => str(prop(n, 'kind')),
    industries: (n: GraphNode, a: { first?: number | null }, ctx: Context) => related(ctx, n, 'HOSTS', 'OUT', 'Industry', a.first),
    parent: async (n: GraphNode, _a: unknown, ctx: Context) => (await related(ctx, n, ['PART_OF', 'LOCATED_IN'], 'OUT', 'Park'))[0] ?? null,
    children: (n: GraphNode, a: { first?: number | null }, ctx: Context) => related(ctx, n, ['PART_OF', 'LOCATED_IN'], 'IN', 'Park', a.first),
    enterprises: (n: GraphNode, a: { first?: number | null }, ctx: Context) => related(ctx, n, 'LOCATED_IN', 'IN', 'Enterprise', a.first),
    labs: (n: GraphNode, a: { first?: number | null }, ctx: Context) => related(ctx, n, 'LOCATED_IN', 'IN', 'Lab', a.first),
    measures: (n: GraphNode, a: { first?: number | null }, ctx: Context) => related(ctx, n, 'MENTIONS', 'IN', 'Measure', a.first),
  },
  Edge: {
    // Synchronous when the request already holds the node (a neighbourhood primes all of its nodes).
    source: (e: GraphEdge, _a: unknown, ctx: Context) => ctx.known(e.source) ?? requireNode(ctx, e.source),
    target: (e: GraphEdge, _a: unknown, ctx: Context) => ctx.known(e.target) ?? requireNode(ctx, e.target),
    role: (e: GraphEdge) => str(e.properties.role),
    properties: (e: GraphEdge) => e.properties,
    basis: (e: GraphEdge) => edgeBasis(e.properties) ?? null,
    basisLabel: (e: GraphEdge) => {
      const b = edgeBasis(e.properties);
      return b ? BASIS_LABELS[b].zh : null;
    },
    confidence: (e: GraphEdge) => edgeConfidence(e.properties),
    weak: (e: GraphEdge) => edgeConfidence(e.properties) < DEFAULT_MIN_CONFIDENCE,
    changes: curationResolvers.Edge.changes,
  },
  Change: curationResolvers.Change,
  ChangeConnection: curationResolvers.ChangeConnection,
  CurationResult: curationResolvers.CurationResult,
  ReviewQueue: curationResolvers.ReviewQueue,
  Mutation: curationResolvers.Mutation,
  Evidence: {
    document: (ev: { documentId: string }, _a: unknown, ctx: Context) => ctx.nodes.load(ev.documentId),
    section: (ev: { section?: string }) => ev.section ?? null,
    basis: (ev: { basis?: string }) => ev.basis ?? null,
    confidence: (ev: { confidence?: number }) => ev.confidence ?? null,
  },
  ChainGaps: {
    gaps: (r: ChainGapResult) => r.segments.filter((s) => s.gap),
  },
  Stats: {
    byLabel: (s: { byLabel: Record<string, number> }) => Object.entries(s.byLabel).map(([key, count]) => ({ key, count })),
    byType: (s: { byType: Record<string, number> }) => Object.entries(s.byType).map(([key, count]) => ({ key, count })),
  },
  Query: {
    node: async (_: unknown, args: { id: string }, ctx: Context) => requireNode(ctx, args.id),
    edge: async (_: unknown, args: { id: string }, ctx: Context) => {
      const [e] = await ctx.store.getEdges([args.id]);
      if (!e) throw notFound(args.id);
      return e;
    },
    search: async (_: unknown, args: { text: string; labels?: Label[] | null; first?: number | null }, ctx: Context) => {
      const first = intArg('first', args.first, 20, 0, LIMITS.searchFirst);
      if (args.text.length > LIMITS.searchText) throw badInput(`搜索词过长（最多 ${LIMITS.searchText} 字）/ search text too long`, 'text');
      const nodes = await ctx.store.search(args.text, { first, ...(args.labels ? { labels: args.labels } : {}) });
      return prime(ctx, nodes);
    },
    neighborhood: async (
      _: unknown,
      args: { ids: string[]; depth?: number | null; labels?: Label[] | null; types?: RelType[] | null; limit?: number | null },
      ctx: Context,
    ) => {
      const depth = intArg('depth', args.depth, 1, 0, LIMITS.neighborhoodDepth);
      const limit = intArg('limit', args.limit, 200, 1, LIMITS.neighborhoodLimit);
      if (args.ids.length === 0 || args.ids.length > LIMITS.ids) throw badInput(`ids 须为 1 到 ${LIMITS.ids} 个 / ids must hold 1..${LIMITS.ids} ids`, 'ids');
      const found = await ctx.nodes.loadMany(args.ids);
      const missing = args.ids.filter((_id, i) => !found[i] || found[i] instanceof Error);
      if (missing.length > 0) throw notFound(missing[0]!);
      const sg = await ctx.store.neighborhood(args.ids, {
        depth,
        limit,
        ...(args.labels ? { labels: args.labels } : {}),
        ...(args.types ? { types: args.types } : {}),
      });
      prime(ctx, sg.nodes);
      return sg;
    },
    shortestPaths: async (_: unknown, args: { from: string; to: string; maxLength?: number | null; first?: number | null; minConfidence?: number | null }, ctx: Context) => {
      const maxLength = intArg('maxLength', args.maxLength, 6, 1, LIMITS.pathMaxLength);
      const first = intArg('first', args.first, 5, 1, LIMITS.pathFirst);
      const minConfidence = confidenceArg(args.minConfidence);
      await requireNode(ctx, args.from);
      await requireNode(ctx, args.to);
      const paths = await shortestPaths(ctx.store, args.from, args.to, { maxLength, first, minConfidence });
      for (const p of paths) prime(ctx, p.nodes);
      return paths;
    },
    parksForIndustry: async (_: unknown, args: { id: string; minConfidence?: number | null }, ctx: Context) => {
      const minConfidence = confidenceArg(args.minConfidence);
      await requireLabel(ctx, args.id, 'Industry');
      return (await parksForIndustry(ctx.store, args.id, { minConfidence })).map((p) => p.park);
    },
    parksForIndustryDetailed: async (_: unknown, args: { id: string; minConfidence?: number | null }, ctx: Context) => {
      const minConfidence = confidenceArg(args.minConfidence);
      await requireLabel(ctx, args.id, 'Industry');
      return parksForIndustry(ctx.store, args.id, { minConfidence });
    },
    industryChain: async (_: unknown, args: { id: string; minConfidence?: number | null }, ctx: Context, info: GraphQLResolveInfo) => {
      const minConfidence = confidenceArg(args.minConfidence);
      await requireLabel(ctx, args.id, 'Industry');
      const select = chainSelection(info);
      const chain = await industryChain(ctx.store, args.id, { minConfidence, check: () => ctx.guard.check(), ...(ctx.chains ? { templates: ctx.chains } : {}), ...(select ? { select } : {}) });
      if (!chain) throw notFound(args.id);
      return { ...chain, minConfidence };
    },
    relatedEnterprises: async (_: unknown, args: { id: string; first?: number | null; minConfidence?: number | null }, ctx: Context) => {
      const first = intArg('first', args.first, 20, 1, LIMITS.searchFirst);
      const minConfidence = confidenceArg(args.minConfidence);
      await requireLabel(ctx, args.id, 'Enterprise');
      return (await relatedEnterprises(ctx.store, args.id, first, { minConfidence, check: () => ctx.guard.check(), ...(ctx.chains ? { templates: ctx.chains } : {}), ...(ctx.hubCounts ? { hubCounts: ctx.hubCounts } : {}) })) ?? [];
    },
    chainGapCandidates: async (_: unknown, args: { chainId: string; parkId?: string | null; first?: number | null; minConfidence?: number | null }, ctx: Context) => {
      const first = intArg('first', args.first, 10, 1, LIMITS.gapFirst);
      const min = args.minConfidence ?? 0.5;
      if (!(min >= 0 && min <= 1)) throw badInput(`minConfidence 须在 0 到 1 之间 / minConfidence must be in [0, 1], got ${min}`, 'minConfidence');
      await requireLabel(ctx, args.chainId, 'Industry');
      if (args.parkId) await requireLabel(ctx, args.parkId, 'Park');
      const r = await chainGapCandidates(ctx.store, args.chainId, args.parkId ?? null, { first, minConfidence: min, check: () => ctx.guard.check() });
      if (!r) throw notFound(args.chainId);
      return r;
    },
    registries: async (_: unknown, _a: unknown, ctx: Context) => registrySources(ctx.store),
    registryReview: async (_: unknown, args: { source?: string | null; first?: number | null }, ctx: Context) => {
      const first = intArg('first', args.first, 50, 1, LIMITS.searchFirst);
      return registryReview(ctx.store, args.source ?? null, first);
    },
    departmentWorkload: async (_: unknown, args: { jurisdiction?: string | null }, ctx: Context) =>
      departmentWorkload(ctx.store, args.jurisdiction ?? null),
    nodes: async (
      _: unknown,
      args: { label?: Label | null; nameContains?: string | null; jurisdiction?: string | null; document?: string | null; first?: number | null; after?: string | null },
      ctx: Context,
    ) => {
      const first = intArg('first', args.first, 50, 0, LIMITS.searchFirst);
      const page = await ctx.store.listNodes({
        first,
        ...(args.label ? { label: args.label } : {}),
        ...(args.nameContains ? { nameContains: args.nameContains } : {}),
        ...(args.jurisdiction ? { jurisdiction: args.jurisdiction } : {}),
        ...(args.document ? { documentId: args.document } : {}),
        ...(args.after ? { after: decodeCursor(args.after) } : {}),
      });
      prime(ctx, page.nodes);
      const last = page.nodes[page.nodes.length - 1];
      return {
        totalCount: page.totalCount,
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? encodeCursor(last.id) : null },
        edges: page.nodes.map((node) => ({ cursor: encodeCursor(node.id), node })),
        nodes: page.nodes,
      };
    },
    documents: async (_: unknown, _a: unknown, ctx: Context) => {
      const page = await ctx.store.listNodes({ label: 'Document', first: LIST_MAX['Query.documents'] });
      return prime(ctx, page.nodes).sort((a, b) => String(b.properties.date ?? '').localeCompare(String(a.properties.date ?? '')) || a.id.localeCompare(b.id));
    },
    stats: async (_: unknown, _a: unknown, ctx: Context) => {
      const s = await ctx.store.stats();
      // Imported registries are sources too, but not documents: count the Document nodes.
      return { ...s, documents: s.byLabel.Document ?? 0 };
    },
    ...parkQueries,
    ...curationResolvers.Query,
    me: (_: unknown, _a: unknown, ctx: Context) => (ctx.user ? { name: ctx.user.name, role: ctx.user.role, via: ctx.user.via } : null),
  },
};
