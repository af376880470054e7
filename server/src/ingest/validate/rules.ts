// The validate stage: checks a document's batch after extraction and resolution, drops what breaks
// the data model's rules and reports every drop (`kg ingest --report`, GraphQL upload answers):
//   - label pairs: each relation type joins only the labels ARCHITECTURE.md allows (HOSTS Park →
//     Industry, LEADS Enterprise → Lab …); no self-loops; both ends present; evidence on every edge;
//   - basis and confidence on every inferred edge (a confidence in [0, 1], a known basis);
//   - PART_OF is acyclic (per label): a cycle loses its weakest edge;
//   - no top-level industry (信创, 生物医药: a system or a top-level industry of the lexicon) sits
//     under another industry;
//   - segments with several parents are reported, not dropped (人工智能 under 信创 and under
//     新经济服务业 may both be what the texts say);
//   - nodes that lose their last edge by a drop go with it.
import { INFERRED_TYPES, isBasis } from '../../basis.ts';
import type { GraphBatch, GraphEdge, GraphNode, Label, RelType } from '../../model.ts';

/** Which labels each relation type joins: [source labels, target labels]. */
export const LABEL_PAIRS: Readonly<Record<RelType, readonly [readonly Label[], readonly Label[]]>> = {
  CONTAINS: [['Document'], ['Measure']],
  RESPONSIBLE_FOR: [['Department'], ['Measure']],
  SUPPORTS: [['Measure'], ['Industry']],
  MENTIONS: [['Measure'], ['Enterprise', 'Lab', 'Park']],
  HOSTS: [['Park'], ['Industry']],
  INNOVATES_FOR: [['Lab', 'Enterprise'], ['Industry']],
  IN_INDUSTRY: [['Enterprise'], ['Industry']],
  LOCATED_IN: [['Enterprise', 'Lab', 'Park'], ['Park']],
  PART_OF: [['Industry', 'Park'], ['Industry', 'Park']],
  UPSTREAM_OF: [['Industry'], ['Industry']],
  LEADS: [['Enterprise'], ['Lab']],
};

export type ViolationRule = 'label-pair' | 'self-loop' | 'dangling' | 'no-evidence' | 'basis' | 'part-of-cycle' | 'top-level-under-industry';

export interface Violation {
  rule: ViolationRule;
  edgeId: string;
  type: RelType;
  source: string;
  target: string;
  /** Chinese first, then English. */
  message: string;
}

export interface MultiParent {
  segment: string;
  parents: string[];
}

export interface ValidationResult {
  batch: GraphBatch;
  /** Edges dropped, each with the rule it broke. */
  dropped: Violation[];
  /** Nodes removed because a drop left them without any edge. */
  orphans: string[];
  /** Industries (or parks) with several PART_OF parents: reported, kept. */
  multiParent: MultiParent[];
}

export interface ValidateOptions {
  /**
   * Whether an industry is top level (a system, or an industry the lexicon puts at the top):
   * such a node is never PART_OF an industry. Default: level "system", or properties.topLevel.
   */
  isTopLevel?: (n: GraphNode) => boolean;
}

const defaultTopLevel = (n: GraphNode) => n.properties.level === 'system' || n.properties.topLevel === true;
const PARENT_OK_FOR_TOP = new Set(['system']);

function confidence(e: GraphEdge): number {
  const c = e.properties.confidence;
  return typeof c === 'number' ? c : 1;
}

export function validateBatch(batch: GraphBatch, opts: ValidateOptions = {}): ValidationResult {
  const isTopLevel = opts.isTopLevel ?? defaultTopLevel;
  const nodes = new Map(batch.nodes.map((n) => [n.id, n]));
  const dropped: Violation[] = [];
  const name = (id: string) => nodes.get(id)?.name ?? id;
  const drop = (e: GraphEdge, rule: ViolationRule, message: string) =>
    dropped.push({ rule, edgeId: e.id, type: e.type, source: e.source, target: e.target, message: `${e.type} ${name(e.source)} → ${name(e.target)}: ${message}` });
  const inferred = new Set<string>(INFERRED_TYPES);

  let kept: GraphEdge[] = [];
  for (const e of batch.edges) {
    const s = nodes.get(e.source);
    const t = nodes.get(e.target);
    if (!s || !t) {
      drop(e, 'dangling', '一端不在本文件的节点中 / an end is not a node of this document');
      continue;
    }
    if (e.source === e.target) {
      drop(e, 'self-loop', '关系指向自身 / the edge joins a node to itself');
      continue;
    }
    const [from, to] = LABEL_PAIRS[e.type];
    if (!from.includes(s.label) || !to.includes(t.label) || (e.type === 'PART_OF' && s.label !== t.label)) {
      drop(e, 'label-pair', `${e.type} 不能连接 ${s.label} → ${t.label} / ${e.type} cannot join ${s.label} to ${t.label}`);
      continue;
    }
    if (!e.evidence.length) {
      drop(e, 'no-evidence', '没有出处句子 / no evidence sentence');
      continue;
    }
    if (inferred.has(e.type)) {
      const c = e.properties.confidence;
      if (!isBasis(e.properties.basis) || typeof c !== 'number' || !(c >= 0 && c <= 1)) {
        drop(e, 'basis', '缺少依据或置信度 / basis or confidence missing or out of range');
        continue;
      }
    }
    if (e.type === 'PART_OF' && s.label === 'Industry' && isTopLevel(s) && !PARENT_OK_FOR_TOP.has(String(t.properties.level ?? ''))) {
      drop(e, 'top-level-under-industry', `「${s.name}」是顶层产业，不隶属于「${t.name}」/ a top-level industry is no part of another`);
      continue;
    }
    kept.push(e);
  }

  // PART_OF cycles: drop the weakest edge of each cycle until none is left
  for (;;) {
    const cycle = findPartOfCycle(kept);
    if (!cycle) break;
    const weakest = [...cycle].sort((a, b) => confidence(a) - confidence(b) || (a.id < b.id ? 1 : -1))[0]!;
    drop(weakest, 'part-of-cycle', `隶属关系成环（${cycle.map((e) => name(e.source)).join(' → ')}），去掉最弱的一条 / PART_OF cycle, the weakest edge dropped`);
    kept = kept.filter((e) => e !== weakest);
  }

  // nodes that a drop left without edges (a document's own node and its measures always stay)
  const touched = new Set(dropped.flatMap((v) => [v.source, v.target]));
  const linked = new Set(kept.flatMap((e) => [e.source, e.target]));
  const orphans = [...touched].filter((id) => {
    const n = nodes.get(id);
    return n && !linked.has(id) && ['Industry', 'Enterprise', 'Lab', 'Park'].includes(n.label);
  });
  const orphanSet = new Set(orphans);

  const parents = new Map<string, Set<string>>();
  for (const e of kept) if (e.type === 'PART_OF') (parents.get(e.source) ?? parents.set(e.source, new Set()).get(e.source)!).add(e.target);
  const multiParent = [...parents]
    .filter(([, ps]) => ps.size > 1)
    .map(([segment, ps]) => ({ segment, parents: [...ps].sort() }))
    .sort((a, b) => (a.segment < b.segment ? -1 : 1));

  return {
    batch: { ...batch, nodes: batch.nodes.filter((n) => !orphanSet.has(n.id)), edges: kept },
    dropped,
    orphans: orphans.sort(),
    multiParent,
  };
}

/** One PART_OF cycle (its edges in order), or undefined. */
function findPartOfCycle(edges: GraphEdge[]): GraphEdge[] | undefined {
  const out = new Map<string, GraphEdge[]>();
  for (const e of edges) if (e.type === 'PART_OF') (out.get(e.source) ?? out.set(e.source, []).get(e.source)!).push(e);
  const state = new Map<string, 1 | 2>(); // 1 on the stack, 2 done
  const stack: GraphEdge[] = [];
  const visit = (v: string): GraphEdge[] | undefined => {
    state.set(v, 1);
    for (const e of out.get(v) ?? []) {
      const w = e.target;
      if (state.get(w) === 1) {
        const from = stack.findIndex((x) => x.source === w);
        return [...stack.slice(from === -1 ? stack.length : from), e];
      }
      if (!state.has(w)) {
        stack.push(e);
        const c = visit(w);
        if (c) return c;
        stack.pop();
      }
    }
    state.set(v, 2);
    return undefined;
  };
  for (const v of [...out.keys()].sort()) {
    if (state.has(v)) continue;
    const c = visit(v);
    if (c) return c;
  }
  return undefined;
}
