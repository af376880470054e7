// 补链招商: for a chain and a park (with its areas and parks) — or every park the documents name —
// the chain's segments with no local enterprise, and for each such gap the enterprises elsewhere that
// are in the segment (from documents and imported registries), ranked with their reasons.
//
// Segments are the leaves of the chain's PART_OF tree (a stage such as 基础硬件 is not a gap unit).
// An enterprise is in a segment through IN_INDUSTRY / INNOVATES_FOR at or above `minConfidence`, and
// local when LOCATED_IN (at or above `minConfidence`) the park or a park inside it.
// Score = 0.5 × segment confidence + 0.3 × size + 0.2 × tags, each in [0, 1]:
//   size = log10(registered capital in 万元 + 1) / 6 (10⁶ 万元 = 100 亿 → 1), or log10(employees + 1) / 4;
//   tags = 上市 0.4, 专精特新小巨人 0.4, 专精特新 0.3, 独角兽 0.3, 瞪羚企业 0.2, 高新技术企业 0.15, others 0.05, capped at 1.
// Written against the GraphStore port only, with batched edgesOf / getNodes calls.
// Linear in what it reads (edges grouped once, never a copy per push), and paced: every long loop
// checks the request deadline (GapOptions.check: TIMEOUT) and gives the event loop a turn every few
// milliseconds (Pace, park-world.ts), store reads in chunks with a turn between.
import type { GraphEdge, GraphNode, Json } from '../model.ts';
import type { GraphStore } from '../store/port.ts';
import { byName } from './common.ts';
import { edgesOf, Pace, sortPaced } from './park-world.ts';

/** Ids per node read: a turn of the event loop between reads. */
const IDS_PER_CALL = 2000;

export interface GapCandidate {
  enterprise: GraphNode;
  score: number;
  /** Why, in Chinese (English where cheap): segment match, size, tags, where it is. */
  reasons: string[];
  /** The edges behind the segment match (with their evidence). */
  via: GraphEdge[];
  /** Parks it is in (none of them local). */
  parks: GraphNode[];
  /** Strongest confidence of its tie to the segment. */
  confidence: number;
}

export interface ChainGapSegment {
  segment: GraphNode;
  /** The stage (the parent inside the chain), when the segment sits under one. */
  stage: GraphNode | null;
  local: GraphNode[];
  gap: boolean;
  /** Ranked candidates, `first` at most (gaps only). */
  candidates: GapCandidate[];
  /** All candidates before `first` was applied. */
  candidateCount: number;
}

export interface ChainGapResult {
  chain: GraphNode;
  park: GraphNode | null;
  /** The park and the parks inside it (or every park the documents name). */
  scope: GraphNode[];
  segments: ChainGapSegment[];
}

export const GAP_WEIGHTS = { segment: 0.5, size: 0.3, tags: 0.2 } as const;
const TAG_WEIGHTS: Record<string, number> = { 上市: 0.4, 专精特新小巨人: 0.4, 专精特新: 0.3, 独角兽: 0.3, 瞪羚企业: 0.2, 高新技术企业: 0.15 };

function confidence(e: GraphEdge): number {
  const c = e.properties.confidence;
  return typeof c === 'number' ? c : 1;
}

async function nodes(store: GraphStore, ids: Iterable<string>, pace?: Pace): Promise<Map<string, GraphNode>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, GraphNode>();
  for (let i = 0; i < unique.length; i += IDS_PER_CALL) {
    if (i > 0 && pace) await pace.pause();
    (await store.getNodes(unique.slice(i, i + IDS_PER_CALL))).forEach((n) => n && out.set(n.id, n));
  }
  return out;
}

/** Edges of `ids` at or above `min`, as one store call lists them, read in paced chunks (park-world.ts edgesOf). */
async function edges(store: GraphStore, ids: string[], direction: 'in' | 'out', types: GraphEdge['type'][], min: number, pace: Pace): Promise<GraphEdge[]> {
  return (await edgesOf(store, ids, direction, types, pace)).filter((e) => confidence(e) >= min);
}

/** Appends `x` to the list under `k` (in place: no copy per push). */
function push<T>(m: Map<string, T[]>, k: string, x: T): void {
  const list = m.get(k);
  if (list) list.push(x);
  else m.set(k, [x]);
}


function num(v: Json | undefined): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function tagsOf(n: GraphNode): string[] {
  const t = n.properties.tags;
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

function money(wan: number, currency: string): string {
  const unit = currency === 'CNY' || !currency ? '' : ` ${currency}`;
  return wan >= 10_000 ? `${(wan / 10_000).toFixed(wan >= 100_000 ? 0 : 1)} 亿元${unit}` : `${Math.round(wan)} 万元${unit}`;
}

/** Every park the documents (not registries) name. */
async function documentParks(store: GraphStore, pace: Pace): Promise<GraphNode[]> {
  const docs = (await store.listDocumentRecords()).map((r) => r.documentId).filter((d) => !d.startsWith('registry:'));
  const out = new Map<string, GraphNode>();
  for (const d of docs) {
    let after: string | undefined;
    for (;;) {
      // one page per document and call (each call reads the document's nodes): a turn every few ms
      if (pace.due(128)) await pace.pause();
      const page = await store.listNodes({ label: 'Park', documentId: d, first: 1000, ...(after ? { after } : {}) });
      for (const n of page.nodes) out.set(n.id, n);
      if (!page.hasNextPage || page.nodes.length === 0) break;
      after = page.nodes[page.nodes.length - 1]!.id;
    }
  }
  return [...out.values()];
}

export interface GapOptions {
  /** Candidates per gap (1–50). */
  first?: number;
  minConfidence?: number;
  /** Throws when the request must stop (its deadline passed: TIMEOUT); called at each turn of the event loop. */
  check?: () => void;
}

export async function chainGapCandidates(store: GraphStore, chainId: string, parkId: string | null, options: GapOptions = {}): Promise<ChainGapResult | null> {
  const first = options.first ?? 10;
  const min = options.minConfidence ?? 0.5;
  const pace = new Pace(options.check);
  const head = await nodes(store, parkId ? [chainId, parkId] : [chainId]);
  const chain = head.get(chainId);
  if (!chain || chain.label !== 'Industry') return null;
  const park = parkId ? head.get(parkId) ?? null : null;
  if (parkId && (!park || park.label !== 'Park')) return null;

  // the chain's PART_OF tree (3 levels), leaves are the segments
  const parentOf = new Map<string, string>();
  const children = new Map<string, string[]>();
  let frontier = [chainId];
  for (let level = 0; level < 3 && frontier.length; level++) {
    const es = await edges(store, frontier, 'in', ['PART_OF'], min, pace);
    frontier = [];
    for (const e of es) {
      if (e.source === chainId || parentOf.has(e.source)) continue;
      parentOf.set(e.source, e.target);
      push(children, e.target, e.source);
      frontier.push(e.source);
    }
  }
  const leaves = parentOf.size ? [...parentOf.keys()].filter((id) => !children.has(id)) : [chainId];

  // the scope: the park and the parks inside it, or every park the documents name
  let scope: GraphNode[];
  if (park) {
    const inside = new Map([[park.id, park]]);
    let f = [park.id];
    for (let level = 0; level < 3 && f.length; level++) {
      const es = await edges(store, f, 'in', ['PART_OF', 'LOCATED_IN'], min, pace);
      const next = es.map((e) => e.source).filter((id) => !inside.has(id));
      const got = await nodes(store, next, pace);
      f = [];
      for (const n of got.values()) {
        if (n.label !== 'Park' || inside.has(n.id)) continue;
        inside.set(n.id, n);
        f.push(n.id);
      }
    }
    scope = [...inside.values()];
  } else scope = await documentParks(store, pace);
  const scopeIds = new Set(scope.map((p) => p.id));

  // enterprises per segment, and where they are
  const member = await edges(store, leaves, 'in', ['IN_INDUSTRY', 'INNOVATES_FOR'], min, pace);
  const enterpriseIds = [...new Set(member.map((e) => e.source))];
  const located = await edges(store, enterpriseIds, 'out', ['LOCATED_IN'], min, pace);
  const parksOf = new Map<string, string[]>();
  for (const e of located) push(parksOf, e.source, e.target);
  const names = await nodes(store, [...leaves, ...parentOf.values(), ...enterpriseIds, ...located.map((e) => e.target)], pace);
  // each segment's member edges, in the store's order (one pass, not a filter per segment)
  const memberOf = new Map<string, GraphEdge[]>();
  for (const e of member) push(memberOf, e.target, e);

  const segments: ChainGapSegment[] = [];
  for (const leaf of leaves) {
    const segment = names.get(leaf);
    if (!segment) continue;
    const byEnterprise = new Map<string, GraphEdge[]>();
    for (const e of memberOf.get(leaf) ?? []) {
      if (pace.due()) await pace.pause();
      const n = names.get(e.source);
      if (!n || n.label !== 'Enterprise') continue;
      push(byEnterprise, e.source, e);
    }
    const local: GraphNode[] = [];
    const outside: GapCandidate[] = [];
    let candidateCount = 0;
    for (const [id, via] of byEnterprise) {
      if (pace.due(4)) await pace.pause();
      const n = names.get(id)!;
      const parks = (parksOf.get(id) ?? []).map((p) => names.get(p)).filter((p): p is GraphNode => !!p && p.label === 'Park');
      if (parks.some((p) => scopeIds.has(p.id))) {
        local.push(n);
        continue;
      }
      if (local.length) continue; // not a gap: it lists no candidates
      outside.push(candidate(n, segment, via, parks));
      candidateCount++;
      // kept while collecting: the best `first` (a total order), trimmed each time the list doubles
      if (outside.length >= 2 * first) outside.splice(0, outside.length, ...(await sortPaced(outside, byScore, pace)).slice(0, first));
    }
    const gap = local.length === 0;
    const sortedLocal = await sortPaced(local, byName, pace);
    // only a gap lists its candidates: the first `first` in score order
    const ranked = gap ? await sortPaced(outside, byScore, pace) : [];
    const stageId = parentOf.get(leaf);
    segments.push({
      segment,
      stage: stageId && stageId !== chainId ? names.get(stageId) ?? null : null,
      local: sortedLocal,
      gap,
      candidates: ranked.slice(0, first),
      candidateCount: gap ? candidateCount : 0,
    });
  }
  const ordered = await sortPaced(segments, (a, b) => orderOf(a) - orderOf(b) || byName(a.segment, b.segment), pace);
  return { chain, park, scope: await sortPaced(scope, byName, pace), segments: ordered };
}

/** Best score first, then by name (byName ends on the id: a total order). */
const byScore = (a: GapCandidate, b: GapCandidate): number => b.score - a.score || byName(a.enterprise, b.enterprise);

function orderOf(s: ChainGapSegment): number {
  const o = s.stage?.properties.order ?? s.segment.properties.order;
  return typeof o === 'number' ? o : Number.MAX_SAFE_INTEGER;
}

function candidate(n: GraphNode, segment: GraphNode, via: GraphEdge[], parks: GraphNode[]): GapCandidate {
  const reasons: string[] = [];
  const conf = Math.max(...via.map(confidence));
  const strongest = via.reduce((a, b) => (confidence(b) > confidence(a) ? b : a));
  const section = strongest.evidence[0]?.section?.split(' > ').pop();
  const how = typeof strongest.properties.via === 'string' ? strongest.properties.via : section ? `文件「${section.length > 24 ? section.slice(0, 24) + '…' : section}」` : '文件提及';
  reasons.push(`环节「${segment.name}」：${how}（置信度 ${conf.toFixed(2)}）/ segment match`);
  const capital = num(n.properties.registeredCapital);
  const employees = num(n.properties.employees);
  let size = 0;
  if (capital !== undefined) {
    size = Math.min(1, Math.log10(capital + 1) / 6);
    reasons.push(`注册资本 ${money(capital, String(n.properties.capitalCurrency ?? 'CNY'))} / registered capital`);
  } else if (employees !== undefined) {
    size = Math.min(1, Math.log10(employees + 1) / 4);
  }
  if (employees !== undefined) reasons.push(`从业人员 ${employees} 人 / employees`);
  const tags = tagsOf(n);
  const tagScore = Math.min(1, tags.reduce((a, t) => a + (TAG_WEIGHTS[t] ?? 0.05), 0));
  if (tags.length) reasons.push(`${tags.join('、')} / tags`);
  const where = parks.length ? parks.map((p) => p.name).join('、') : typeof n.properties.registeredAddress === 'string' ? n.properties.registeredAddress : '';
  if (where) reasons.push(`位于 ${where} / located outside the park`);
  const score = Math.round((GAP_WEIGHTS.segment * conf + GAP_WEIGHTS.size * size + GAP_WEIGHTS.tags * tagScore) * 1000) / 1000;
  return { enterprise: n, score, reasons, via, parks, confidence: conf };
}
