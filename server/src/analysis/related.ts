// relatedEnterprises: the firms an investment-promotion (招商) officer looks at next, given one.
//
// Ties between the firm and a candidate, each read off one sentence that states the candidate's side:
//   - the same segment (IN_INDUSTRY / INNOVATES_FOR to one industry), weighted by how specific the
//     segment is (fewer member firms = more specific: 操作系统 counts more than 信创), never through a
//     framework label (113X产业体系, a system);
//   - neighbouring segments of one chain: UPSTREAM_OF stated by the texts, or neighbouring stages of
//     the lexicon's chain template (芯片 → 整机终端 → 操作系统 …);
//   - another segment of the same stage of a chain template (核心芯片 and 整机终端 in 基础硬件: the chip
//     maker's customers; 正负极材料 and 隔膜 in 电池材料), weaker than a neighbouring stage;
//   - the same broader chain (one industry PART_OF the other's), weaker;
//   - the same park, the same measure, a lab both lead — weighted down by how many firms share it.
// The same park, measure or broader chain alone relates no firms: they add to a shared segment, a
// neighbouring segment or a shared lab.
// Each tie is weighted by the basis and confidence of the two edges behind it; a firm listed with
// many others in one sentence counts less (1/√(n−1)); one sentence counts once per pair (its
// strongest tie); weak edges (below the threshold) are left out unless asked. Each reason carries
// the sentence it rests on.
//
// Hubs are never expanded whole (issue 15: an industry with 50,000 firms): each context's member
// edges are counted first (countEdges), contexts of at most HUB_FANOUT members are expanded within a
// per-request budget, and for the larger ("capped") ones a bounded sample of members joins the
// candidates; the best COMPLETE_FACTOR × first candidates then get their ties to the capped contexts
// by edge lookups, so every listed score is exact. Beyond the bounds a firm tied to the given one
// only through capped contexts is listed only if sampled; a neighbouring template stage with more
// than HUB_FANOUT members gives no 上下游 reason.
import { edgeConfidence } from '../basis.ts';
import type { ChainIndex } from '../chain-templates.ts';
import { edgeId, type Evidence, type GraphEdge, type GraphNode } from '../model.ts';
import type { GraphStore } from '../store/port.ts';
import { byName, edgesAbove, minConfidenceOf, nodesById, type AnalysisOptions } from './common.ts';
import { COMPLETE_FACTOR, expandBounded, planBounded, sampleMembers, tiesToCapped, type BoundedExpansion, type BoundedPlan, type HubGroup } from './fanout.ts';
import { Pace } from './park-world.ts';
import { INDEX_TYPES, TYPE_NAMES, type HubAgg, type RelatedIndex } from './related-index.ts';

export type ReasonKind = 'sameSegment' | 'chainAdjacent' | 'sameStage' | 'sameChain' | 'samePark' | 'coMention' | 'sharedLab';

/** Base weight of each kind of tie (before specificity, confidence and list size). */
export const RELATED_WEIGHTS: Readonly<Record<ReasonKind, number>> = { sameSegment: 3, chainAdjacent: 2, sameStage: 1.5, sameChain: 1, samePark: 1.5, coMention: 1, sharedLab: 1.5 };

export interface RelatedReason {
  kind: ReasonKind;
  /** In Chinese, with English after a slash. */
  text: string;
  weight: number;
  /** The sentence that states the candidate's side of the tie. */
  sentence: Evidence;
  /** The edges behind the tie (the firm's and the candidate's). */
  edges: GraphEdge[];
}

export interface RelatedEnterprise {
  enterprise: GraphNode;
  score: number;
  /** Reason texts, strongest first (one per sentence). */
  reasons: string[];
  via: GraphEdge[];
  details: RelatedReason[];
}

const TIE_TYPES = ['IN_INDUSTRY', 'INNOVATES_FOR'] as const;
/** No extra edges behind a tie (shared: never written to). */
const NO_EDGES: readonly GraphEdge[] = [];
const round2 = (x: number) => Math.round(x * 100) / 100;
const spanKey = (ev: Evidence) => `${ev.documentId}\u0000${ev.start}\u0000${ev.end}`;
/**
 * spanKey remembered per evidence object: each sentence of a tie is keyed four times or more per
 * request (co-listing, list size, witness, one sentence per pair), twice with capped hubs, and a
 * store that shares its edge objects between reads (the embedded store's edge cache) hands the
 * same evidence objects to request after request: their keys are built once, and a key string
 * that is not new keeps its hash (the Maps below key on it). Weak: nothing is kept alive.
 */
const SPAN_KEYS = new WeakMap<Evidence, string>();
function spanKeys(): (ev: Evidence) => string {
  return (ev) => {
    let k = SPAN_KEYS.get(ev);
    if (k === undefined) SPAN_KEYS.set(ev, (k = spanKey(ev)));
    return k;
  };
}
/** Specificity of a hub shared by n firms (a segment, a park, a measure): 1 for two firms, less for more. */
const specificity = (n: number) => 1 / Math.log2(1 + Math.max(1, n));

/** The sentence of `e` to credit: one it shares with `mine` if any (the same sentence states both ties), else its first. */
function witness(e: GraphEdge, mine: GraphEdge | undefined, spansOf: Map<GraphEdge, Set<string>>, keyOf: (ev: Evidence) => string): Evidence {
  if (mine) {
    // `mine` is one of the firm's few edges, met once per tie: its sentence keys are built once per request.
    let ks = spansOf.get(mine);
    if (!ks) spansOf.set(mine, (ks = new Set(mine.evidence.map(keyOf))));
    const shared = e.evidence.find((x) => ks.has(keyOf(x)));
    if (shared) return shared;
  }
  return e.evidence[0]!;
}

export async function relatedEnterprises(store: GraphStore, id: string, first: number, opts: AnalysisOptions = {}): Promise<RelatedEnterprise[] | null> {
  const min = minConfidenceOf(opts);
  const keyOf = spanKeys();
  // A turn of the event loop (and the deadline checked) between the store reads and every few ms of
  // the loops (review17 H5: one call held the event loop for its whole run).
  const pace = new Pace(opts.check);
  const turn = () => pace.pause();
  const self = (await nodesById(store, [id])).get(id);
  if (!self || self.label !== 'Enterprise') return null;
  const own = await edgesAbove(store, [id], 'both', ['IN_INDUSTRY', 'INNOVATES_FOR', 'LOCATED_IN', 'MENTIONS', 'LEADS'], min);
  const ownTie = new Map<string, GraphEdge>(); // industry → my edge
  for (const e of own) if ((e.type === 'IN_INDUSTRY' || e.type === 'INNOVATES_FOR') && e.source === id) ownTie.set(e.target, e);
  const ownPark = new Map(own.filter((e) => e.type === 'LOCATED_IN' && e.source === id).map((e) => [e.target, e]));
  const ownMeasure = new Map(own.filter((e) => e.type === 'MENTIONS' && e.target === id).map((e) => [e.source, e]));
  const ownLab = new Map(own.filter((e) => e.type === 'LEADS' && e.source === id).map((e) => [e.target, e]));

  // my industries, minus framework labels (systems)
  const hubNodes = await nodesById(store, [...ownTie.keys()]);
  for (const [ind] of ownTie) if (hubNodes.get(ind)?.properties.level === 'system') ownTie.delete(ind);
  const myInd = [...ownTie.keys()];

  // chain structure around my industries: stated neighbours and broader/narrower industries
  const [chainEdges, upEdges1, downEdges1] = await Promise.all([
    edgesAbove(store, myInd, 'both', ['UPSTREAM_OF'], min),
    edgesAbove(store, myInd, 'out', ['PART_OF'], min),
    edgesAbove(store, myInd, 'in', ['PART_OF'], min),
  ]);
  await turn();
  const upEdges2 = await edgesAbove(store, upEdges1.map((e) => e.target), 'out', ['PART_OF'], min);
  const adjacent = new Map<string, { from: string; dir: '上游' | '下游'; edge?: GraphEdge }>();
  for (const e of chainEdges) {
    if (ownTie.has(e.target) && !ownTie.has(e.source)) adjacent.set(e.source, { from: e.target, dir: '上游', edge: e });
    if (ownTie.has(e.source) && !ownTie.has(e.target)) adjacent.set(e.target, { from: e.source, dir: '下游', edge: e });
  }
  // broader industries of mine (up to two levels) and narrower ones: "same chain", never a system
  const related = new Map<string, { from: string; chain: string; path: GraphEdge[] }>();
  for (const e of upEdges1) if (!ownTie.has(e.target)) related.set(e.target, { from: e.source, chain: e.target, path: [e] });
  for (const e of upEdges2) {
    const via = upEdges1.find((x) => x.target === e.source);
    if (via && !ownTie.has(e.target) && !related.has(e.target)) related.set(e.target, { from: via.source, chain: e.target, path: [via, e] });
  }
  for (const e of downEdges1) if (!ownTie.has(e.source) && !related.has(e.source)) related.set(e.source, { from: e.target, chain: e.target, path: [e] });
  // never through a framework label (113X产业体系, 未来产业): a system is no chain
  const levels = await nodesById(store, [...new Set([...related.values()].map((r) => r.chain))]);
  for (const [k, r] of related) if (levels.get(r.chain)?.properties.level === 'system') related.delete(k);

  // neighbouring stages of a chain template (芯片 ↔ 整机终端 ↔ 操作系统): names of candidate industries resolved later
  const templates: ChainIndex | undefined = opts.templates;

  const hubs = [...myInd, ...adjacent.keys(), ...related.keys()];
  const strong = (es: GraphEdge[]) => (min <= 0 ? es : es.filter((e) => edgeConfidence(e.properties) >= min));
  // the contexts, most telling first: expanded while small, within one budget per request
  const groups: HubGroup[] = [
    { ids: hubs, direction: 'in', types: [...TIE_TYPES] },
    { ids: [...ownPark.keys()], direction: 'in', types: ['LOCATED_IN'] },
    { ids: [...ownMeasure.keys()], direction: 'out', types: ['MENTIONS'] },
    { ids: [...ownLab.keys()], direction: 'in', types: ['LEADS'] },
  ];

  // neighbouring stages of a template chain: the industries next to mine, as the graph names them
  // (ids are industry:<name>), expanded within the same bounds
  const stageTargets = new Map<string, { from: string; dir: '上游' | '下游' | '同段'; stage: string }>();
  if (templates) {
    const mine = myInd.map((i) => ({ i, w: stageWants(templates, hubNodes.get(i)?.name ?? i) })).filter((x) => x.w);
    if (mine.length) {
      const wanted = new Map<string, { from: string; dir: '上游' | '下游' | '同段'; stage: string }>();
      // the neighbouring stages of every industry of mine first, then the other segments of its own stage
      for (const { i, w } of mine) for (const x of w!.adjacent) if (!wanted.has(x.id)) wanted.set(x.id, { from: i, dir: x.dir, stage: x.stage });
      for (const { i, w } of mine) for (const x of w!.sameStage) if (!wanted.has(x.id)) wanted.set(x.id, { from: i, dir: '同段', stage: x.stage });
      const found = await nodesById(store, [...wanted.keys()]);

      for (const [nid, n] of found) if (n.label === 'Industry' && !ownTie.has(nid)) stageTargets.set(nid, wanted.get(nid)!);
    }
  }

  // Pre-aggregated memberships (related-index.ts) at this request's data generation: every
  // candidate scored in one pass, no hub expanded, capped or sampled.
  // Where the walk caps no hub its answer is the full expansion's too, and it is cheaper than
  // the index's pass (small contexts: the seeds): the index answers only where the walk would cap.
  let index = !opts.fanout && opts.hubCounts ? opts.hubCounts.memo.related?.ready(opts.hubCounts.generation, min) : undefined;
  const stageGroup: HubGroup[] = [{ ids: [...stageTargets.keys()], direction: 'in', types: [...TIE_TYPES] }];
  // the walk's expansions as the check found them (same groups, default bounds: no opts.fanout here), not counted again
  let planned: BoundedPlan | undefined;
  let stagePlanned: BoundedPlan | undefined;
  if (index && opts.hubCounts!.memo.related!.preferWalk) {
    const capsAny = (p: BoundedPlan) => p.capped.some((c) => c.size > 0);
    const p = await planBounded(store, groups, undefined, undefined, opts.hubCounts);
    const sp = !capsAny(p) && stageTargets.size ? await planBounded(store, stageGroup, undefined, undefined, opts.hubCounts) : undefined;
    if (!capsAny(p) && !(sp && capsAny(sp))) {
      index = undefined;
      planned = p;
      stagePlanned = sp;
    }
  }
  const ctx: Contexts = { id, ownTie, adjacent, related, stageTargets, ownPark, ownMeasure, ownLab, hubs };
  await turn();
  const scored = index ? await scoreIndexed(store, index, ctx, first) : null;
  await turn();

  let expansion: BoundedExpansion = { edges: [[], [], [], []], counts: new Map(), capped: [new Set(), new Set(), new Set(), new Set()] };
  let ties: [GraphEdge[], GraphEdge[], GraphEdge[], GraphEdge[]] = [[], [], [], []];
  const sampled = new Set<string>();
  let stageTies: GraphEdge[] = [];
  if (scored) {
    // the listed firms' own ties to the contexts, in the store's edge order (the walk's order)
    ties = scored.ties;
    stageTies = scored.stageTies;
  } else {
    expansion = await expandBounded(store, groups, opts.fanout?.hub, opts.fanout?.budget, opts.hubCounts, planned);
    await turn();
    ties = expansion.edges.map(strong) as [GraphEdge[], GraphEdge[], GraphEdge[], GraphEdge[]];
    if (expansion.capped.some((c) => c.size > 0)) {
      for (let gi = 0; gi < groups.length; gi++) {
        if (expansion.capped[gi]!.size === 0) continue;
        const g = groups[gi]!;
        await turn();
        for (const e of strong(await sampleMembers(store, expansion.capped[gi]!, g.types, 'Enterprise', first + 1))) {
          sampled.add(g.direction === 'in' ? e.source : e.target);
          ties[gi]!.push(e);
        }
      }
    }
    if (stageTargets.size) await turn();
    if (stageTargets.size) stageTies = strong((await expandBounded(store, stageGroup, opts.fanout?.hub, opts.fanout?.budget, opts.hubCounts, stagePlanned)).edges[0]!);
  }
  const cappedHubs = new Set(expansion.capped.flatMap((c) => [...c]));
  const anyCapped = expansion.capped.some((c) => c.size > 0);

  // Nodes read for the first ranking are not read again for the second (with capped hubs): only
  // the ids not seen yet go to the store.
  // (the contexts' nodes the index's pass read already)
  const nodeCache = new Map<string, GraphNode>(scored?.nodes ?? []);
  const nodesOnce = async (ids: string[]): Promise<Map<string, GraphNode>> => {
    const out = new Map<string, GraphNode>();
    const missing: string[] = [];
    for (const x of new Set(ids)) {
      const n = nodeCache.get(x);
      if (n) out.set(x, n);
      else missing.push(x);
    }
    for (const [k, n] of await nodesById(store, missing)) {
      nodeCache.set(k, n);
      out.set(k, n);
    }
    return out;
  };
  // Members per hub and co-listed firms per (hub, sentence), for specificity and list size: only
  // their sizes are read, so the second ranking (with capped hubs) adds the ties found since the
  // first instead of counting every tie again (the same sets either way).
  const nodes = new Map<string, GraphNode>();
  const members = new Map<string, Set<string>>();
  const coListed = new Map<string, Map<string, Set<string>>>(); // hub → sentence → firms
  const note = (hub: string, firm: string, e: GraphEdge) => {
    // a tie without a sentence (a curator's edge with no source) gives no reason and counts in no hub
    if (e.evidence.length === 0) return;
    (members.get(hub) ?? members.set(hub, new Set()).get(hub)!).add(firm);
    const bySpan = coListed.get(hub) ?? coListed.set(hub, new Map()).get(hub)!;
    for (const ev of e.evidence) {
      const k = keyOf(ev);
      (bySpan.get(k) ?? bySpan.set(k, new Set()).get(k)!).add(firm);
    }
  };
  /** Ties of each group noted so far (ties only grow, at the end). */
  const noted = [0, 0, 0];
  let stageNoted = false;
  // `keep`: score only these firms (the second ranking lists only its shortlist; the hub
  // memberships and co-listings that weigh each tie are still counted over every tie).
  const rank = async (keep?: ReadonlySet<string>): Promise<Candidate[]> => {
    const [hubTies, parkTies, measureTies, labTies] = ties;
    const fresh = <T>(xs: T[], gi: number) => xs.slice(noted[gi]);
    await turn();
    const got = await nodesOnce([...hubs, ...ownPark.keys(), ...ownMeasure.keys(), ...ownLab.keys(), ...fresh(hubTies, 0).map((e) => e.source), ...fresh(parkTies, 1).map((e) => e.source), ...fresh(measureTies, 2).map((e) => e.target), ...labTies.map((e) => e.source), ...related.keys()]);
    for (const [k, v] of got) if (!hubNodes.has(k)) nodes.set(k, v);
    for (const [k, v] of hubNodes) nodes.set(k, v);
    const nm = (x: string) => nodes.get(x)?.name ?? x;
    const isFirm = (x: string) => x !== id && nodes.get(x)?.label === 'Enterprise';
    const isSystem = (x: string) => nodes.get(x)?.properties.level === 'system';

    for (const e of fresh(hubTies, 0)) if (nodes.get(e.source)?.label === 'Enterprise') note(e.target, e.source, e);
    for (const e of fresh(parkTies, 1)) if (nodes.get(e.source)?.label === 'Enterprise') note(e.target, e.source, e);
    for (const e of fresh(measureTies, 2)) if (nodes.get(e.target)?.label === 'Enterprise') note(e.source, e.target, e);
    noted[0] = hubTies.length;
    noted[1] = parkTies.length;
    noted[2] = measureTies.length;
    const listFactor = (hub: string, ev: Evidence) => {
      const n = (scored ? scored.coList(hub, keyOf(ev)) : coListed.get(hub)?.get(keyOf(ev))?.size) ?? 1;
      return n > 2 ? 1 / Math.sqrt(n - 1) : 1;
    };

    const acc = new Map<string, RelatedReason[]>();
    const spansOf = new Map<GraphEdge, Set<string>>();
    const add = (other: string, kind: ReasonKind, text: string, hub: string, mine: GraphEdge | undefined, theirs: GraphEdge, extra: readonly GraphEdge[] = NO_EDGES, factor = 1) => {
      if ((keep && !keep.has(other)) || !isFirm(other) || theirs.evidence.length === 0) return;
      const sentence = witness(theirs, mine, spansOf, keyOf);
      const conf = edgeConfidence(theirs.properties) * (mine ? edgeConfidence(mine.properties) : 1);
      const shared = cappedHubs.has(hub) ? (expansion.counts.get(hub) ?? 1) : ((scored ? scored.members(hub) : members.get(hub)?.size) ?? 1);
      const weight = RELATED_WEIGHTS[kind] * specificity(Math.max(1, shared - 1)) * conf * listFactor(hub, sentence) * factor;
      if (weight <= 0) return;
      const list = acc.get(other) ?? acc.set(other, []).get(other)!;
      const edges = extra.length === 0 ? (mine ? [mine, theirs] : [theirs]) : mine ? [mine, ...extra, theirs] : [...extra, theirs];
      list.push({ kind, text, weight, sentence, edges });
    };
    // A reason's text depends only on its kind and its hub (or stage industry): built once per
    // ranking, not per tie (hundreds of ties share a handful of hubs).
    const texts: Map<string, string>[] = [];
    const textOf = (slot: number, key: string, make: (key: string) => string): string => {
      const m = (texts[slot] ??= new Map());
      let t = m.get(key);
      if (t === undefined) m.set(key, (t = make(key)));
      return t;
    };
    const sameText = (ind: string) => `同属「${nm(ind)}」环节 / same segment`;
    const adjText = (ind: string) => {
      const adj = adjacent.get(ind)!;
      return `处于「${nm(adj.from)}」的${adj.dir}「${nm(ind)}」/ ${adj.dir === '上游' ? 'upstream' : 'downstream'} segment`;
    };
    const relText = (ind: string) => `同属「${nm(related.get(ind)!.chain)}」产业链 / same chain`;
    const parkText = (park: string) => `同在「${nm(park)}」/ same park`;
    const measureText = (m: string) => `同被举措「${nm(m)}」提及 / named in the same measure`;
    const labText = (lab: string) => `共同牵头「${nm(lab)}」/ shared lab`;
    const stageText = (ind: string) => {
      const st = stageTargets.get(ind)!;
      if (st.dir === '同段') return `与「${nm(st.from)}」同处「${st.stage}」阶段的「${nm(ind)}」/ same stage`;
      return `处于「${nm(st.from)}」的${st.dir}「${nm(ind)}」/ ${st.dir === '上游' ? 'upstream' : 'downstream'} stage`;
    };

    const skip = (firm: string) => !!keep && !keep.has(firm);
    await turn();
    for (const e of hubTies) {
      if (pace.due()) await turn();
      const ind = e.target;
      if (skip(e.source) || isSystem(ind)) continue;
      if (ownTie.has(ind)) add(e.source, 'sameSegment', textOf(0, ind, sameText), ind, ownTie.get(ind), e);
      const adj = adjacent.get(ind);
      if (adj) add(e.source, 'chainAdjacent', textOf(1, ind, adjText), ind, ownTie.get(adj.from), e, adj.edge ? [adj.edge] : NO_EDGES);
      const rel = related.get(ind);
      // a broader or narrower industry: the tie is the chain, not the (possibly narrow) segment, so no specificity bonus
      if (rel) add(e.source, 'sameChain', textOf(2, ind, relText), '', ownTie.get(rel.from), e, rel.path, 0.5);
    }
    for (const e of parkTies) if (!skip(e.source)) add(e.source, 'samePark', textOf(3, e.target, parkText), e.target, ownPark.get(e.target), e);
    for (const e of measureTies) if (!skip(e.target)) add(e.target, 'coMention', textOf(4, e.source, measureText), e.source, ownMeasure.get(e.source), e);
    for (const e of labTies) if (!skip(e.source)) add(e.source, 'sharedLab', textOf(5, e.target, labText), e.target, ownLab.get(e.target), e);

    // neighbouring stages of a template chain: firms tied to an industry mapped onto the stage next to one of mine
    if (stageTies.length) {
      if (!stageNoted) {
        const more = await nodesOnce([...stageTargets.keys(), ...stageTies.map((e) => e.source)]);
        for (const [k, v] of more) if (!nodes.has(k)) nodes.set(k, v);
        for (const e of stageTies) if (nodes.get(e.source)?.label === 'Enterprise') note(e.target, e.source, e);
        stageNoted = true;
      }
      for (const e of stageTies) {
        if (skip(e.source)) continue;
        const st = stageTargets.get(e.target)!;
        add(e.source, st.dir === '同段' ? 'sameStage' : 'chainAdjacent', textOf(6, e.target, stageText), e.target, ownTie.get(st.from), e, NO_EDGES, 0.8);
      }
    }

    const out: Candidate[] = [];
    for (const [other, reasons] of acc) {
      if (pace.due(reasons.length)) await turn();
      // one sentence counts once per pair: its strongest tie
      const bySentence = new Map<string, RelatedReason>();
      for (const r of reasons) {
        const k = keyOf(r.sentence);
        const cur = bySentence.get(k);
        if (!cur || r.weight > cur.weight) bySentence.set(k, r);
      }
      const counted = [...bySentence.values()].sort((a, b) => b.weight - a.weight || (a.text < b.text ? -1 : 1));
      // the same park, the same measure or the same broad industry alone relates no firms (a 片区 holds
      // hundreds; a measure names firms of several industries; 生物医药 spans drugs, devices and health
      // apps): they only add to a shared segment, a neighbouring segment, a segment of the same stage or
      // a lab both lead
      if (!counted.some((r) => r.kind === 'sameSegment' || r.kind === 'chainAdjacent' || r.kind === 'sameStage' || r.kind === 'sharedLab')) continue;
      out.push({ enterprise: nodes.get(other)!, score: round2(counted.reduce((s, r) => s + r.weight, 0)), counted });
    }
    return out;
  };
  // The full answer (reasons, edges, details) only for the firms listed, not for every candidate ranked.
  const build = (c: Candidate): RelatedEnterprise => {
    const via: GraphEdge[] = [];
    const viaIds = new Set<string>();
    for (const r of c.counted) for (const e of r.edges) if (!viaIds.has(e.id)) (viaIds.add(e.id), via.push(e));
    return {
      enterprise: c.enterprise,
      score: c.score,
      reasons: [...new Set(c.counted.map((r) => r.text))],
      via,
      details: c.counted.map((r) => ({ ...r, weight: round2(r.weight) })),
    };
  };

  let ranked: Candidate[];
  if (scored) ranked = (await rank(scored.keep)).filter((r) => scored.keep.has(r.enterprise.id));
  else ranked = await rank();
  if (anyCapped) {
    // the best candidates so far (and the sampled ones) get their ties to the capped contexts, so
    // every score listed is exact; only those are listed
    const best = top(ranked, first * COMPLETE_FACTOR).map((r) => r.enterprise.id);
    const shortlist = [...new Set([...best, ...[...sampled].filter((x) => x !== id)])].slice(0, first * COMPLETE_FACTOR + first + 1);
    const seen = new Set(ties.flatMap((t) => t.map((e) => e.id)));
    await turn();
    for (const e of strong(await tiesToCapped(store, shortlist, groups, expansion.capped))) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      const gi = groups.findIndex((g, k) => g.types.includes(e.type) && expansion.capped[k]!.has(g.direction === 'in' ? e.target : e.source));
      if (gi >= 0) ties[gi]!.push(e);
    }
    const keep = new Set(shortlist);
    ranked = (await rank(keep)).filter((r) => keep.has(r.enterprise.id));
  }
  return top(ranked, first).map(build);
}

/** The industry ids a template names around one industry name (stageWants). */
interface StageWants {
  adjacent: { id: string; dir: '上游' | '下游'; stage: string }[];
  sameStage: { id: string; stage: string }[];
}
/** stageWants per template index and industry name: the templates do not change, the ids are built once. */
const STAGE_WANTS = new WeakMap<ChainIndex, Map<string, StageWants | null>>();
const STAGE_WANTS_MAX = 10_000;

/**
 * The industries (as ids, industry:<name>) a chain template puts around the industry `name`, in the
 * order they are wanted: the names and aliases of the neighbouring stages and their segments, then
 * the other segments of its own stage (and the stage itself when it sits in a segment of it); a
 * segment's own sub-segments (芯片设计 under 核心芯片) are the same segment, not a peer. Null when
 * no template of more than one stage places the name.
 */
function stageWants(templates: ChainIndex, name: string): StageWants | null {
  let memo = STAGE_WANTS.get(templates);
  if (!memo) STAGE_WANTS.set(templates, (memo = new Map()));
  const hit = memo.get(name);
  if (hit !== undefined) return hit;
  const m = templates.find(name).find((x) => x.stage && x.chain.stages.length > 1);
  let out: StageWants | null = null;
  if (m) {
    const here = m.stage!;
    out = { adjacent: [], sameStage: [] };
    for (const st of m.chain.stages) {
      if (Math.abs(st.order - here.order) !== 1) continue;
      const dir = st.order < here.order ? '上游' : '下游';
      for (const n of [st.name, ...st.aliases, ...st.segments.flatMap((x) => [x.name, ...x.aliases])]) out.adjacent.push({ id: `industry:${n}`, dir, stage: st.name });
    }
    const own = m.segment;
    const ownFamily = (x: { name: string; parent?: string }) => !!own && (x.name === own.name || x.parent === own.name || own.parent === x.name);
    const names = [...(own ? [here.name, ...here.aliases] : []), ...here.segments.filter((x) => !ownFamily(x)).flatMap((x) => [x.name, ...x.aliases])];
    for (const n of names) out.sameStage.push({ id: `industry:${n}`, stage: here.name });
  }
  if (memo.size >= STAGE_WANTS_MAX) memo.clear();
  memo.set(name, out);
  return out;
}

/**
 * The first `k` candidates by score, then name (byName: a total order): the same as sorting them
 * all and slicing, but only the candidates scoring at least the k-th best score are sorted, so the
 * collator (the costly comparison) is not run over hundreds of ties that cannot be listed.
 */
function top(cands: Candidate[], k: number): Candidate[] {
  if (k <= 0) return [];
  let pool = cands;
  if (cands.length > k) {
    const threshold = cands.map((c) => c.score).sort((a, b) => b - a)[k - 1]!;
    pool = cands.filter((c) => c.score >= threshold);
  }
  return pool.sort((a, b) => b.score - a.score || byName(a.enterprise, b.enterprise)).slice(0, k);
}

/** A ranked firm before its answer is built: its score and its counted reasons, strongest first. */
interface Candidate {
  enterprise: GraphNode;
  score: number;
  counted: RelatedReason[];
}

/** What relatedEnterprises relates a firm through: its own ties and the contexts around them. */
interface Contexts {
  id: string;
  ownTie: Map<string, GraphEdge>;
  adjacent: Map<string, { from: string; dir: '上游' | '下游'; edge?: GraphEdge }>;
  related: Map<string, { from: string; chain: string; path: GraphEdge[] }>;
  stageTargets: Map<string, { from: string; dir: '上游' | '下游' | '同段'; stage: string }>;
  ownPark: Map<string, GraphEdge>;
  ownMeasure: Map<string, GraphEdge>;
  ownLab: Map<string, GraphEdge>;
  hubs: string[];
}

/** The firms to list, found on the index, with their ties to the contexts and the index's hub sizes. */
interface Indexed {
  keep: Set<string>;
  ties: [GraphEdge[], GraphEdge[], GraphEdge[], GraphEdge[]];
  stageTies: GraphEdge[];
  /** Member firms of a hub (as the walk's `members`), undefined where the walk counts none. */
  members(hub: string): number | undefined;
  /** Co-listed firms of a hub's sentence (as the walk's `coListed`). */
  coList(hub: string, key: string): number | undefined;
  /** The contexts' nodes, as read. */
  nodes: Map<string, GraphNode>;
}

/** One way a member of a hub relates to the firm (one reason kind): its weight's parts. */
interface Role {
  w: number;
  spec: number;
  factor: number;
  mineConf: number;
  mineSids: Set<number>;
  lf: boolean;
  qual: boolean;
  /** The walk's order of reasons: phase (0 segments, 1 parks, 2 measures, 3 labs, 4 template stages), then role within an edge. */
  phase: number;
  role: number;
}

const QUALIFYING = new Set<ReasonKind>(['sameSegment', 'chainAdjacent', 'sameStage', 'sharedLab']);
// growable reason arrays, shared by requests (the scoring pass is synchronous)
let rSid = new Int32Array(1 << 12);
let rW = new Float64Array(1 << 12);
let rQual = new Uint8Array(1 << 12);
let rOrd = new Int32Array(1 << 12);
let rTie = new Int32Array(1 << 12);
let rHub = new Int32Array(1 << 12);
let rNext = new Int32Array(1 << 12);
let head = new Int32Array(0);
let touched = new Int32Array(0);
let candScore = new Float64Array(0);
let candHead = new Int32Array(0);
function grow(n: number): void {
  if (n < rSid.length) return;
  const cap = Math.max(n + 1, rSid.length * 2);
  const g = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
    const b = make(cap);
    b.set(a as never);
    return b;
  };
  rSid = g(rSid, (k) => new Int32Array(k));
  rW = g(rW, (k) => new Float64Array(k));
  rQual = g(rQual, (k) => new Uint8Array(k));
  rOrd = g(rOrd, (k) => new Int32Array(k));
  rTie = g(rTie, (k) => new Int32Array(k));
  rHub = g(rHub, (k) => new Int32Array(k));
  rNext = g(rNext, (k) => new Int32Array(k));
}

/**
 * Adds the reasons one role of one hub gives its members (the walk's add(), as numbers): the
 * witness sentence (the first the firm's own tie states too, else the tie's first), its list
 * factor, the weight W · specificity · (their confidence · mine) · list factor · factor.
 */
function accumulate(agg: HubAgg, r: Role, hubNo: number, self: number, acc: { nr: number; nt: number }): void {
  const { firm, keyStart, keys, conf: confs, lf0, coList } = agg;
  const m = firm.length;
  const mineSids = r.mineSids;
  const base = r.w * r.spec;
  const mineConf = r.mineConf;
  const factor = r.factor;
  const useLf = r.lf;
  const qual = r.qual ? 1 : 0;
  const ord = r.phase * 4 + r.role;
  const checkMine = mineSids.size > 0;
  const sids = rSid;
  const ws = rW;
  const quals = rQual;
  const ords = rOrd;
  const tiesOf = rTie;
  const hubsOf = rHub;
  const next = rNext;
  const heads = head;
  const seen = touched;
  let nr = acc.nr;
  let nt = acc.nt;
  for (let t = 0; t < m; t++) {
    const c = firm[t]!;
    if (c === self) continue;
    const k0 = keyStart[t]!;
    let sid = keys[k0]!;
    let lfv = useLf ? lf0[t]! : 1;
    if (checkMine) {
      const k1 = keyStart[t + 1]!;
      for (let k = k0; k < k1; k++) {
        if (mineSids.has(keys[k]!)) {
          if (k !== k0) {
            sid = keys[k]!;
            if (useLf) {
              const n = coList.get(sid) ?? 1;
              lfv = n > 2 ? 1 / Math.sqrt(n - 1) : 1;
            }
          }
          break;
        }
      }
    }
    const w = base * (confs[t]! * mineConf) * lfv * factor;
    if (w <= 0) continue;
    sids[nr] = sid;
    ws[nr] = w;
    quals[nr] = qual;
    ords[nr] = ord;
    tiesOf[nr] = t;
    hubsOf[nr] = hubNo;
    const hd = heads[c]!;
    if (hd === -1) seen[nt++] = c;
    next[nr] = hd;
    heads[c] = nr++;
  }
  acc.nr = nr;
  acc.nt = nt;
}

let winBuf = new Int32Array(64);
let wBuf = new Float64Array(64);
/**
 * Sentence id → its slot in `winBuf` for the firm being scored, −1 elsewhere (every entry is set
 * back to −1 after each firm): one sentence once per pair in constant time per reason, where a
 * search of the firm's slots made a firm with K reasons of K sentences cost K²/2 probes
 * (K = 12,000: 1.15 s for one request).
 */
let slotOf = new Int32Array(0);
/** Work counters of the scoring pass (read by tests: they count work, never time). */
export const scoringWork = { probes: 0 };

/**
 * Each touched firm's score from its reasons (one sentence once per pair: its strongest tie; on equal
 * weights of a qualifying and a non-qualifying kind, the walk's first), the walk's sum (strongest
 * first) rounded; firms without a segment, neighbouring segment, stage or lab reason dropped. The
 * qualifying firms are packed at the front of `touched` with their scores and reason chains; the
 * threshold is the `first`-th best score (−∞ with fewer firms).
 */
function scoreCandidates(nt: number, first: number, sentences: number, before: (i: number, j: number, c: number) => boolean): { nc: number; threshold: number } {
  if (candScore.length < nt) {
    candScore = new Float64Array(nt);
    candHead = new Int32Array(nt);
  }
  if (slotOf.length < sentences) slotOf = new Int32Array(Math.max(sentences, slotOf.length * 2)).fill(-1);
  let probes = 0;
  const heap = new Float64Array(Math.max(1, first));
  let hn = 0;
  let nc = 0;
  for (let x = 0; x < nt; x++) {
    const c = touched[x]!;
    let i = head[c]!;
    const chain = i;
    head[c] = -1;
    let score: number;
    if (rNext[i] === -1) {
      if (!rQual[i]) continue;
      score = round2(rW[i]!);
    } else {
      let nw = 0;
      for (; i !== -1; i = rNext[i]!) {
        probes++;
        const sid = rSid[i]!;
        const k = slotOf[sid]!;
        if (k === -1) {
          if (nw === winBuf.length) {
            const b = new Int32Array(nw * 2);
            b.set(winBuf);
            winBuf = b;
            wBuf = new Float64Array(nw * 2);
          }
          slotOf[sid] = nw;
          winBuf[nw++] = i;
          continue;
        }
        const cur = winBuf[k]!;
        if (rW[i]! > rW[cur]! || (rW[i] === rW[cur] && rQual[i] !== rQual[cur] && before(i, cur, c))) winBuf[k] = i;
      }
      // the slots of this firm's sentences back to −1 (a winner's sentence is its slot's; if `before`
      // throws, scoreIndexed empties them all)
      for (let k = 0; k < nw; k++) slotOf[rSid[winBuf[k]!]!] = -1;
      let qual = false;
      for (let k = 0; k < nw; k++) {
        wBuf[k] = rW[winBuf[k]!]!;
        if (rQual[winBuf[k]!]) qual = true;
      }
      if (!qual) continue;
      // strongest first, as the walk sums them
      const ws = wBuf.subarray(0, nw).sort();
      let sum = 0;
      for (let k = nw - 1; k >= 0; k--) sum += ws[k]!;
      score = round2(sum);
    }
    touched[nc] = c; // the qualifying firms, packed in front (x ≥ nc: nothing is overwritten unread)
    candHead[nc] = chain;
    candScore[nc++] = score;
    if (hn < first) {
      let k = hn++;
      heap[k] = score;
      while (k > 0) {
        const p = (k - 1) >> 1;
        if (heap[p]! <= heap[k]!) break;
        const tmp = heap[p]!;
        heap[p] = heap[k]!;
        heap[k] = tmp;
        k = p;
      }
    } else if (score > heap[0]!) {
      heap[0] = score;
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        const r = l + 1;
        let m = k;
        if (l < hn && heap[l]! < heap[m]!) m = l;
        if (r < hn && heap[r]! < heap[m]!) m = r;
        if (m === k) break;
        const tmp = heap[m]!;
        heap[m] = heap[k]!;
        heap[k] = tmp;
        k = m;
      }
    }
  }
  scoringWork.probes += probes;
  return { nc, threshold: hn < first ? -Infinity : heap[0]! };
}

/**
 * The firms to list, scored on the pre-aggregated memberships: every member of every context, each
 * weighted as the walk's `add` weighs it (same expression, same hub sizes and co-listings: those of
 * the full expansion), one sentence once per pair (its strongest tie; on equal weights the walk's
 * first), firms with no segment, neighbouring segment, stage or lab reason left out. Null when the
 * contexts share a hub across kinds (the walk answers that).
 */
async function scoreIndexed(store: GraphStore, idx: RelatedIndex, ctx: Contexts, first: number): Promise<Indexed | null> {
  const group = new Map<string, number>();
  const claim = (h: string, g: number) => {
    const had = group.get(h);
    if (had !== undefined && had !== g) return false;
    group.set(h, g);
    return true;
  };
  for (const h of ctx.hubs) if (!claim(h, 0)) return null;
  for (const h of ctx.stageTargets.keys()) if (!claim(h, 0)) return null;
  for (const h of ctx.ownPark.keys()) if (!claim(h, 1)) return null;
  for (const h of ctx.ownMeasure.keys()) if (!claim(h, 2)) return null;
  for (const h of ctx.ownLab.keys()) if (!claim(h, 3)) return null;
  const sizeOf = (h: string): number | undefined => {
    const g = group.get(h);
    return g === undefined || g === 3 ? undefined : idx.hubs[g]!.get(h)?.n;
  };
  const hubNodes = await nodesById(store, [...new Set(ctx.hubs)]);
  const isSystem = (h: string) => hubNodes.get(h)?.properties.level === 'system';
  const mineSids = new Map<GraphEdge, Set<number>>();
  const sidsOf = (e: GraphEdge) => {
    let got = mineSids.get(e);
    if (!got) mineSids.set(e, (got = new Set(e.evidence.map((ev) => idx.sid(spanKey(ev))))));
    return got;
  };
  const specOf = (h: string) => specificity(Math.max(1, (sizeOf(h) ?? 1) - 1));
  const roles = new Map<string, Role[]>();
  const put = (h: string, r: Role) => (roles.get(h) ?? roles.set(h, []).get(h)!).push(r);
  const role = (kind: ReasonKind, hub: string, mine: GraphEdge, factor: number, phase: number, roleNo: number, lf: boolean): Role => ({
    w: RELATED_WEIGHTS[kind],
    spec: hub === '' ? specificity(1) : specOf(hub),
    factor,
    mineConf: edgeConfidence(mine.properties),
    mineSids: sidsOf(mine),
    lf,
    qual: QUALIFYING.has(kind),
    phase,
    role: roleNo,
  });
  for (const h of new Set(ctx.hubs)) {
    if (isSystem(h)) continue;
    const own = ctx.ownTie.get(h);
    if (own) put(h, role('sameSegment', h, own, 1, 0, 0, true));
    const adj = ctx.adjacent.get(h);
    if (adj) put(h, role('chainAdjacent', h, ctx.ownTie.get(adj.from)!, 1, 0, 1, true));
    const rel = ctx.related.get(h);
    // the chain, not the segment: no specificity, no list size (the walk's hub '')
    if (rel) put(h, role('sameChain', '', ctx.ownTie.get(rel.from)!, 0.5, 0, 2, false));
  }
  for (const [p, mine] of ctx.ownPark) put(p, role('samePark', p, mine, 1, 1, 0, true));
  for (const [m, mine] of ctx.ownMeasure) put(m, role('coMention', m, mine, 1, 2, 0, true));
  for (const [l, mine] of ctx.ownLab) put(l, role('sharedLab', l, mine, 1, 3, 0, false));
  for (const [h, st] of ctx.stageTargets) put(h, role(st.dir === '同段' ? 'sameStage' : 'chainAdjacent', h, ctx.ownTie.get(st.from)!, 0.8, 4, 0, true));

  // one pass over the members of every context
  const self = idx.firmIdx.get(ctx.id) ?? -1;
  if (head.length < idx.firmIds.length) {
    head = new Int32Array(idx.firmIds.length).fill(-1);
    touched = new Int32Array(idx.firmIds.length);
  }
  const used: { h: string; g: number; agg: HubAgg }[] = [];
  const acc = { nr: 0, nt: 0 };
  try {
    for (const [h, rs] of roles) {
      const g = group.get(h)!;
      const agg = idx.hubs[g]!.get(h);
      if (!agg) continue;
      grow(acc.nr + agg.firm.length * rs.length);
      for (const r of rs) accumulate(agg, r, used.length, self, acc);
      used.push({ h, g, agg });
    }
  } catch (err) {
    // the shared chain heads must be all −1 for the next request
    head.fill(-1);
    throw err;
  }
  const nt = acc.nt;
  // the walk's order of two reasons (phase, then the edge's id, then the role within the edge)
  const tieId = (i: number, c: number) => {
    const u = used[rHub[i]!]!;
    const type = TYPE_NAMES[u.agg.type[rTie[i]!]!]!;
    return u.g === 2 ? edgeId(type, u.h, idx.firmIds[c]!) : edgeId(type, idx.firmIds[c]!, u.h);
  };
  const before = (i: number, j: number, c: number) => {
    const pi = rOrd[i]! >> 2;
    const pj = rOrd[j]! >> 2;
    if (pi !== pj) return pi < pj;
    const a = tieId(i, c);
    const b = tieId(j, c);
    if (a !== b) return a < b;
    return rOrd[i]! < rOrd[j]!;
  };
  // scores; the `first` best kept in a min-heap as they come (the threshold: its root)
  let scoredAll: { nc: number; threshold: number };
  try {
    scoredAll = scoreCandidates(nt, first, idx.sids.size, before);
  } catch (err) {
    head.fill(-1);
    slotOf.fill(-1);
    throw err;
  }
  const { nc, threshold } = scoredAll;
  // the first `first` by score, then byName (the index's name ranks): only the firms at or above the first-th score are ordered
  const pool: number[] = [];
  for (let x = 0; x < nc; x++) if (candScore[x]! >= threshold) pool.push(x);
  const rank = idx.nameRank;
  pool.sort((a, b) => candScore[b]! - candScore[a]! || rank[touched[a]!]! - rank[touched[b]!]!);
  const listed = pool.slice(0, first);
  const keep = new Set(listed.map((x) => idx.firmIds[touched[x]!]!));

  // the listed firms' ties to the contexts (their reasons' ties, by id: the store's edge order)
  const ties: [GraphEdge[], GraphEdge[], GraphEdge[], GraphEdge[]] = [[], [], [], []];
  const stageTies: GraphEdge[] = [];
  if (keep.size > 0 && idx.derivedIds) {
    const lists: Set<string>[] = [new Set(), new Set(), new Set(), new Set(), new Set()];
    for (const x of listed) {
      const c = touched[x]!;
      for (let i = candHead[x]!; i !== -1; i = rNext[i]!) lists[rOrd[i]! >> 2]!.add(tieId(i, c));
    }
    const ids = [...new Set(lists.flatMap((l) => [...l]))];
    const got = new Map<string, GraphEdge>();
    for (const e of await store.getEdges(ids)) if (e) got.set(e.id, e);
    const fill = (into: GraphEdge[], l: Set<string>) => {
      for (const k of [...l].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
        const e = got.get(k);
        if (e) into.push(e);
      }
    };
    for (let g = 0; g < 4; g++) fill(ties[g]!, lists[g]!);
    fill(stageTies, lists[4]!);
  } else if (keep.size > 0) {
    const hubSet = new Set(ctx.hubs);
    for (const e of await store.edgesOf({ ids: [...keep], direction: 'both', types: INDEX_TYPES })) {
      if (idx.min > 0 && edgeConfidence(e.properties) < idx.min) continue;
      if (e.type === 'IN_INDUSTRY' || e.type === 'INNOVATES_FOR') {
        if (!keep.has(e.source)) continue;
        if (hubSet.has(e.target)) ties[0].push(e);
        if (ctx.stageTargets.has(e.target)) stageTies.push(e);
      } else if (e.type === 'LOCATED_IN') {
        if (keep.has(e.source) && ctx.ownPark.has(e.target)) ties[1].push(e);
      } else if (e.type === 'MENTIONS') {
        if (keep.has(e.target) && ctx.ownMeasure.has(e.source)) ties[2].push(e);
      } else if (e.type === 'LEADS') {
        if (keep.has(e.source) && ctx.ownLab.has(e.target)) ties[3].push(e);
      }
    }
  }
  return {
    keep,
    ties,
    stageTies,
    nodes: hubNodes,
    members: sizeOf,
    coList: (h, key) => {
      const g = group.get(h);
      if (g === undefined || g === 3) return undefined;
      const sid = idx.sid(key);
      return sid < 0 ? undefined : idx.hubs[g]!.get(h)?.coList.get(sid);
    },
  };
}
