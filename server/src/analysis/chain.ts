// industryChain: a chain as planners read it. When the industry has a template in the lexicon
// (seeds/lexicon/chains.tsv), its segments in the graph are mapped onto the template's stages and the
// stages are drawn in the template's order (信创: 基础硬件 → 软件系统 → 信创+服务); template segments
// that no enterprise and no park covers are the 补链 gaps. Without a template, the order comes from
// the UPSTREAM_OF edges the texts state. Only edges at or above the confidence threshold count.
import type { ChainIndex, ChainPosition, ChainSegment as TemplateSegment, ChainStage as TemplateStage, ChainTemplate, SegmentMatch } from '../chain-templates.ts';
import type { GraphEdge, GraphNode, RelType } from '../model.ts';
import type { GraphStore } from '../store/port.ts';
import { byName as byCollator, dedupeNodes, type AnalysisOptions } from './common.ts';
import { edgeConfidence } from '../basis.ts';
import { byNode, edgesOf, nodeMap, Pace, sortPaced } from './park-world.ts';

export interface ChainSegment {
  industry: GraphNode;
  /** 0-based lane: the template stage (upstream first), or the UPSTREAM_OF layer without a template. */
  position: number;
  upstream: GraphNode[];
  downstream: GraphNode[];
  enterprises: GraphNode[];
  labs: GraphNode[];
  parks: GraphNode[];
  measures: GraphNode[];
  /** No enterprise and no park: a gap to fill (补链). */
  gap: boolean;
  /** The template stage and segment this industry was mapped to, when there is a template. */
  stage?: string;
  templateSegment?: string;
}

/** One segment of a template stage, with what the graph has for it. */
export interface StageSegment {
  /** The template's name for it (核心芯片), or the stage's own name for a stage without segments. */
  name: string;
  /** Graph industries mapped onto it (芯片, 集成电路 …); empty when the documents never name it. */
  industries: GraphNode[];
  /** Its parts in the template (芯片设计, 芯片制造 …) and whether the graph names them. */
  parts: { name: string; industries: GraphNode[] }[];
  enterprises: GraphNode[];
  labs: GraphNode[];
  parks: GraphNode[];
  measures: GraphNode[];
  /** No enterprise and no park: a 补链 gap against the template. */
  gap: boolean;
}

export interface ChainStageView {
  /** 1 = most upstream; 0 for the cross-cutting pseudo-stage. */
  order: number;
  position: ChainPosition;
  name: string;
  segments: StageSegment[];
}

export interface IndustryChain {
  industry: GraphNode;
  parent: GraphNode | null;
  segments: ChainSegment[];
  gaps: GraphNode[];
  /** The template used (its chain name), or null. */
  template: string | null;
  /** Template stages in order, then the cross-cutting segments as a last pseudo-stage (横向). */
  stages: ChainStageView[];
  /** Graph segments of the industry that the template does not place. */
  unplaced: GraphNode[];
}

const AROUND: RelType[] = ['UPSTREAM_OF', 'IN_INDUSTRY', 'INNOVATES_FOR', 'HOSTS', 'SUPPORTS'];

/** A segment's lists (ChainSegment) that a reader may leave out. */
export type SegmentList = 'upstream' | 'downstream' | 'enterprises' | 'labs' | 'parks' | 'measures' | 'gap';

/**
 * What of a chain is read (the GraphQL selection, graphql/resolvers.ts): the lists no one reads are
 * left empty (and `gap` false) and their edges not read; everything read is the same as without a
 * selection. Absent: everything.
 */
export interface ChainSelection {
  /** The template stages' boxes with their lists (`stages`). Their industries, which place the segments, are always built. */
  stages: boolean;
  /** The segments' lists read (`gaps` reads `gap`). */
  segment: ReadonlySet<SegmentList>;
}

/**
 * Edges of the given nodes and types at or above the threshold, read as one store call lists them,
 * in chunks with a turn of the event loop and a deadline check between (park-world.ts edgesOf).
 */
async function edgesAbove(store: GraphStore, ids: string[], direction: 'in' | 'out' | 'both', types: RelType[], min: number, pace: Pace): Promise<GraphEdge[]> {
  const es = await edgesOf(store, ids, direction, types, pace);
  if (min <= 0) return es;
  const out: GraphEdge[] = [];
  for (const e of es) {
    if (pace.due()) await pace.pause();
    if (edgeConfidence(e.properties) >= min) out.push(e);
  }
  return out;
}

/** byName as ranks among `nodes` (one paced sort; then comparing is comparing numbers): the same order. */
async function nameOrder(nodes: Iterable<GraphNode>, pace: Pace): Promise<(a: GraphNode, b: GraphNode) => number> {
  const rank = new Map<GraphNode, number>();
  (await sortPaced([...nodes], byNode, pace)).forEach((n, i) => rank.set(n, i));
  return (a, b) => {
    const x = rank.get(a);
    const y = rank.get(b);
    return x !== undefined && y !== undefined ? x - y : byCollator(a, b);
  };
}

/** The industry's segments: PART_OF in-edges, transitively (3 levels), strong enough. */
async function descendants(store: GraphStore, id: string, min: number, pace: Pace): Promise<{ members: string[]; parentOf: Map<string, string> }> {
  const seen = new Set([id]);
  const parentOf = new Map<string, string>();
  let frontier = [id];
  for (let level = 0; level < 3 && frontier.length; level++) {
    const es = await edgesAbove(store, frontier, 'in', ['PART_OF'], min, pace);
    frontier = [];
    for (const e of await sortPaced(es, (a, b) => (a.id < b.id ? -1 : 1), pace)) {
      if (pace.due()) await pace.pause();
      if (seen.has(e.source)) continue;
      seen.add(e.source);
      parentOf.set(e.source, e.target);
      frontier.push(e.source);
    }
  }
  seen.delete(id);
  return { members: [...seen], parentOf };
}

function templateFor(root: GraphNode, templates: ChainIndex | undefined): ChainTemplate | undefined {
  if (!templates) return undefined;
  for (const n of [root.name, ...root.aliases]) {
    const c = templates.chain(n);
    if (c && (c.stages.length || templates.family(c.name).length > 1)) return c;
  }
  return undefined;
}

/**
 * The most specific place of a name in a chain (and its sub-chains): a segment before a stage.
 * `family`: the names of the chain's family (ChainIndex.family), computed once per request: the
 * same filter as `templates.find(name, chain)`, without rebuilding it for every name.
 */
function placeOf(n: GraphNode, templates: ChainIndex, family: ReadonlySet<string>): SegmentMatch | undefined {
  const ms: SegmentMatch[] = [];
  for (const s of [n.name, ...n.aliases]) for (const m of templates.find(s)) if (family.has(m.chain.name) && (m.segment || m.stage)) ms.push(m);
  return ms.sort((a, b) => Number(!!b.segment) - Number(!!a.segment) || Number(!!b.segment?.parent) - Number(!!a.segment?.parent))[0];
}

export async function industryChain(store: GraphStore, id: string, opts: AnalysisOptions & { select?: ChainSelection } = {}): Promise<IndustryChain | null> {
  const min = opts.minConfidence ?? 0.5;
  // Paced (review17 H3's leftover: a hub chain at 10⁵ nodes read thousands of edges and sorted and
  // grouped them in one block): reads in chunks, loops and sorts with a turn of the event loop and a
  // deadline check (opts.check) every few milliseconds. The same chain as one block gives.
  const pace = new Pace(opts.check);
  await pace.pause();
  const root = (await nodeMap(store, [id], pace)).get(id);
  if (!root || root.label !== 'Industry') return null;
  const template = templateFor(root, opts.templates);
  const { members: all, parentOf } = await descendants(store, id, min, pace);
  const parentEdges = await edgesAbove(store, [id], 'out', ['PART_OF'], min, pace);
  // Without a template only the direct segments are lanes (as before); with one, every level maps.
  const direct = all.filter((m) => parentOf.get(m) === id);
  const members = template ? all : direct.length ? direct : [id];
  // the lists read, and the edge types they need (UPSTREAM_OF orders the segments: always)
  const sel = opts.select;
  const wants = (l: SegmentList) => !sel || sel.stages || sel.segment.has(l) || ((l === 'enterprises' || l === 'parks') && sel.segment.has('gap'));
  const segWants = (l: SegmentList) => !sel || sel.segment.has(l) || ((l === 'enterprises' || l === 'parks') && sel.segment.has('gap'));
  const aroundTypes = !sel ? AROUND : AROUND.filter((t) => t === 'UPSTREAM_OF' || (t === 'IN_INDUSTRY' ? wants('enterprises') : t === 'INNOVATES_FOR' ? wants('enterprises') || wants('labs') : t === 'HOSTS' ? wants('parks') : wants('measures')));
  const around = await edgesAbove(store, members, 'both', aroundTypes, min, pace);
  const wanted: string[] = [id, ...members];
  for (const e of around) {
    if (pace.due()) await pace.pause();
    wanted.push(e.source, e.target);
  }
  for (const e of parentEdges) wanted.push(e.target);
  const nodes = await nodeMap(store, wanted, pace);
  const memberSet = new Set(members);
  // Every list below is sorted by name among these nodes: the collator runs once over them, the
  // sorts compare ranks (the same order: byName is total). Dozens of small sorts per chain ran the
  // collator thousands of times (profiled: most of industryChain's own time on the seeds).
  const byName = await nameOrder(nodes.values(), pace);
  // Sources of the edges around, by type and target: `pick` is called for every segment and stage
  // box, and scanning all of `around` each time made a chain O(segments × edges).
  const sourcesOf = new Map<string, GraphNode[]>();
  for (const e of around) {
    if (pace.due()) await pace.pause();
    const n = nodes.get(e.source);
    if (!n) continue;
    const k = `${e.type}\u0000${e.target}`;
    const list = sourcesOf.get(k);
    if (list) list.push(n);
    else sourcesOf.set(k, [n]);
  }
  // byName is a total order (name, then id), so the result does not depend on the edges' order.
  const pick = (ids: readonly string[], type: RelType, label: string): GraphNode[] => {
    const out: GraphNode[] = [];
    for (const t of new Set(ids)) for (const n of sourcesOf.get(`${type}\u0000${t}`) ?? []) if (n.label === label) out.push(n);
    return dedupeNodes(out).sort(byName);
  };
  const attach = (ids: readonly string[]) => {
    const enterprises = dedupeNodes([...pick(ids, 'IN_INDUSTRY', 'Enterprise'), ...pick(ids, 'INNOVATES_FOR', 'Enterprise')]).sort(byName);
    const parks = pick(ids, 'HOSTS', 'Park');
    return { enterprises, labs: pick(ids, 'INNOVATES_FOR', 'Lab'), parks, measures: pick(ids, 'SUPPORTS', 'Measure'), gap: enterprises.length === 0 && parks.length === 0 };
  };
  /** A segment's lists: those read (all without a selection); the others empty, `gap` false unless read. */
  const attachSegment = (ids: readonly string[]) => {
    if (!sel) return attach(ids);
    const gapRead = segWants('gap');
    const enterprises = segWants('enterprises') ? dedupeNodes([...pick(ids, 'IN_INDUSTRY', 'Enterprise'), ...pick(ids, 'INNOVATES_FOR', 'Enterprise')]).sort(byName) : [];
    const parks = segWants('parks') ? pick(ids, 'HOSTS', 'Park') : [];
    return {
      enterprises,
      labs: segWants('labs') ? pick(ids, 'INNOVATES_FOR', 'Lab') : [],
      parks,
      measures: segWants('measures') ? pick(ids, 'SUPPORTS', 'Measure') : [],
      gap: gapRead && enterprises.length === 0 && parks.length === 0,
    };
  };
  /** A stage box's lists: only when the stages are read (their industries are built either way). */
  const attachBox = (ids: readonly string[]) => (!sel || sel.stages ? attach(ids) : { enterprises: [], labs: [], parks: [], measures: [], gap: false });

  // chain order stated by the texts (used without a template, and inside a stage)
  const up = new Map<string, Set<string>>();
  for (const m of members) up.set(m, new Set());
  for (const e of around) {
    if (pace.due()) await pace.pause();
    if (e.type === 'UPSTREAM_OF' && memberSet.has(e.source) && memberSet.has(e.target)) up.get(e.target)!.add(e.source);
  }
  const layer = new Map<string, number>();
  const visit = (s: string, guard: Set<string>): number => {
    if (layer.has(s)) return layer.get(s)!;
    if (guard.has(s)) return 0;
    guard.add(s);
    let p = 0;
    for (const u of up.get(s) ?? []) p = Math.max(p, visit(u, guard) + 1);
    guard.delete(s);
    layer.set(s, p);
    return p;
  };
  for (const m of members) {
    if (pace.due()) await pace.pause();
    visit(m, new Set());
  }

  // map graph segments onto the template
  const placed = new Map<string, { stage?: TemplateStage; segment?: TemplateSegment; chain: ChainTemplate }>();
  const unplacedIds: string[] = [];
  if (template && opts.templates) {
    const templates = opts.templates;
    const family = new Set(templates.family(template.name).map((c) => c.name));
    // one lookup per industry (a parent is looked up for each of its unplaced segments)
    const places = new Map<string, SegmentMatch | undefined>();
    const place = (n: GraphNode): SegmentMatch | undefined => {
      if (places.has(n.id)) return places.get(n.id);
      const p = placeOf(n, templates, family);
      places.set(n.id, p);
      return p;
    };
    for (const m of members) {
      if (pace.due(4)) await pace.pause();
      const n = nodes.get(m);
      if (!n) continue;
      let hit = place(n);
      // a segment the template does not know sits where its parent sits (基础硬件 > 芯片组件)
      for (let p = parentOf.get(m); !hit && p && p !== id; p = parentOf.get(p)) {
        const pn = nodes.get(p);
        const ph = pn ? place(pn) : undefined;
        if (ph?.segment || ph?.stage) hit = ph;
      }
      if (hit) placed.set(m, { chain: hit.chain, ...(hit.stage ? { stage: hit.stage } : {}), ...(hit.segment ? { segment: hit.segment } : {}) });
      else unplacedIds.push(m);
    }
  }

  const stages: ChainStageView[] = [];
  if (template && opts.templates) {
    // stages of the template and of the chains grouped under it (新能源 → 光伏, 风电 …), in order
    const family = opts.templates.family(template.name).filter((c) => c.stages.length || c.cross.length);
    for (const chain of family) {
      for (const st of chain.stages) {
        // each box filters the members and sorts its lists: a pause is weighed by the members
        if (pace.due(members.length + 1)) await pace.pause();
        const tops = st.segments.filter((s) => !s.parent);
        const segs: StageSegment[] = [];
        const onStage = members.filter((m) => placed.get(m)?.stage === st && !placed.get(m)?.segment);
        const topOf = (s: TemplateSegment): TemplateSegment => {
          let x = s;
          for (let guard = 0; x.parent && guard < 10; guard++) x = st.segments.find((y) => y.name === x.parent) ?? x;
          return x;
        };
        if (!tops.length) {
          const ids = members.filter((m) => placed.get(m)?.stage === st);
          segs.push({ name: st.name, industries: ids.map((m) => nodes.get(m)!).sort(byName), parts: [], ...attachBox(ids) });
        } else {
          for (const top of tops) {
            const ids = members.filter((m) => {
              const s = placed.get(m)?.segment;
              return !!s && placed.get(m)!.stage === st && topOf(s) === top;
            });
            const parts = st.segments
              .filter((s) => s !== top && topOf(s) === top)
              .map((s) => ({ name: s.name, industries: members.filter((m) => placed.get(m)?.segment === s).map((m) => nodes.get(m)!).sort(byName) }));
            segs.push({ name: top.name, industries: ids.map((m) => nodes.get(m)!).sort(byName), parts, ...attachBox(ids) });
          }
          // the stage itself named in the graph (基础硬件): its own attachments, shown as the stage's first box
          if (onStage.length) segs.unshift({ name: st.name, industries: onStage.map((m) => nodes.get(m)!).sort(byName), parts: [], ...attachBox(onStage) });
        }
        const label = family.length > 1 ? `${chain.name} · ${st.name}` : st.name;
        stages.push({ order: st.order, position: st.position, name: label, segments: segs });
      }
    }
    // stage order across a group: upstream of every chain first (光伏上游, 风电上游 …), stable within
    stages.sort((a, b) => a.order - b.order);
    const cross: StageSegment[] = [];
    for (const chain of family) {
      for (const c of chain.cross) {
        if (pace.due(members.length + 1)) await pace.pause();
        const ids = members.filter((m) => placed.get(m)?.segment === c);
        cross.push({ name: c.name, industries: ids.map((m) => nodes.get(m)!).sort(byName), parts: [], ...attachBox(ids) });
      }
    }
    if (cross.length) stages.push({ order: 0, position: '横向', name: '横向环节', segments: cross });
  }

  // lanes for the segment list: the template stage's index, or the stated chain layer
  // the first stage of the industry's order whose boxes list it (by order and id: one pass over the boxes)
  const firstStage = new Map<string, number>();
  stages.forEach((st, i) => {
    for (const seg of st.segments) for (const n of seg.industries) if (!firstStage.has(`${st.order}\u0000${n.id}`)) firstStage.set(`${st.order}\u0000${n.id}`, i);
  });
  const crossLane = stages.findIndex((s) => s.position === '横向');
  const stageIndex = (m: string): number | undefined => {
    const p = placed.get(m);
    if (!p) return undefined;
    if (!p.stage) return crossLane;
    return firstStage.get(`${p.stage.order}\u0000${m}`);
  };
  // downstream neighbours of each segment among the members (the reverse of `up`)
  const down = new Map<string, string[]>();
  for (const x of members) for (const u of up.get(x) ?? []) (down.get(u) ?? down.set(u, []).get(u)!).push(x);
  const otherLane = stages.length;
  const segments: ChainSegment[] = [];
  for (const m of members) {
    if (pace.due(16)) await pace.pause();
    const p = placed.get(m);
    const lane = template ? (stageIndex(m) ?? otherLane) : layer.get(m)!;
    const s: ChainSegment = {
      industry: nodes.get(m)!,
      position: lane,
      upstream: segWants('upstream') ? [...(up.get(m) ?? [])].map((x) => nodes.get(x)!).sort(byName) : [],
      downstream: segWants('downstream') ? (down.get(m) ?? []).map((x) => nodes.get(x)!).sort(byName) : [],
      ...attachSegment([m]),
    };
    if (p?.stage) s.stage = p.stage.name;
    if (p?.segment) s.templateSegment = p.segment.name;
    segments.push(s);
  }
  const ordered = await sortPaced(segments, (a, b) => a.position - b.position || (layer.get(a.industry.id) ?? 0) - (layer.get(b.industry.id) ?? 0) || orderOf(a.industry) - orderOf(b.industry) || byName(a.industry, b.industry), pace);
  const parent = parentEdges.map((e: GraphEdge) => nodes.get(e.target)).find((n): n is GraphNode => !!n) ?? null;
  return {
    industry: root,
    parent,
    segments: ordered,
    gaps: ordered.filter((s) => s.gap).map((s) => s.industry),
    template: template?.name ?? null,
    stages,
    unplaced: unplacedIds.map((m) => nodes.get(m)!).filter(Boolean).sort(byName),
  };
}

function orderOf(n: GraphNode): number {
  const o = n.properties.order;
  return typeof o === 'number' ? o : Number.MAX_SAFE_INTEGER;
}
