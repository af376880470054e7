// Incremental form of the merge rule (../merge.ts) for elements stated by many sources (#15).
// Re-merging every contribution of a hub edge or node on each commit that touches it made the
// store's work grow with the square of the corpus. These aggregates are updated by one
// contribution in O(that contribution) and give exactly what mergeNodes / mergeEdges give over
// all contributions in source-id order (test/store/merge-agg.property.test.ts checks it):
//   - properties: each key from the first contribution (source-id order) that has it; the key
//     order is that of mergeProps (by that contribution, then by the key's place in it);
//   - node aliases: a count per alias (the union is the aliases with a count);
//   - edge basis and confidence: combineBasis needs, when no judgment is curated, only the number
//     of sentence judgments, the number of strong ones and the best of each (order-free).
// What cannot be updated exactly in place (an edge contribution removed or replaced, a curated
// judgment, two sources judging the same document's sentence) makes the caller rebuild from all
// contributions, which it does lazily (see GraphCore.settleEdge).
import { DEFAULT_MIN_CONFIDENCE, STRONG_BASES, WEAK_BASES, isBasis, isWeakBasis, type Basis, type Judged } from '../../basis.ts';
import type { Evidence, GraphNode, Json } from '../../model.ts';

type Props = Record<string, Json>;

/**
 * Elements with at least this many contributions keep an aggregate; below, a full merge is cheaper
 * (a node aggregate is four Maps: kept only for hubs, as most nodes are stated by a few sources).
 * Tests lower them to reach the aggregates with few documents.
 */
export const AGG_MIN = { nodes: 32, edges: 8 };

/** combineBasis's tie rank: curated > stated > registry > planned > lexicon > encouraged > listed. */
const RANK = new Map<Basis, number>([...STRONG_BASES, ...WEAK_BASES].map((b, i, all) => [b, all.length - i]));
const WEAK_CAP = DEFAULT_MIN_CONFIDENCE - 0.01;
const round = (x: number) => Math.round(x * 1000) / 1000;
/** mergeProps skips keys `in` a plain object (inherited ones: toString, constructor, …). */
const PLAIN: Record<string, unknown> = {};

function better(a: Judged, b: Judged | null): boolean {
  return b === null || a.confidence > b.confidence || (a.confidence === b.confidence && RANK.get(a.basis)! > RANK.get(b.basis)!);
}

/**
 * combineBasis for judgments none of which is curated, from their counts and maxima (the best
 * by confidence, then by basis rank). Equal to combineBasis(parts) for any such parts.
 */
export function combineSummary(total: number, strong: number, bestStrong: Judged | null, bestAll: Judged | null): Judged | undefined {
  if (total === 0) return undefined;
  if (strong > 0) {
    const bonus = Math.min(0.1, 0.05 * (strong - 1));
    return { basis: bestStrong!.basis, confidence: round(Math.min(0.99, bestStrong!.confidence + bonus)) };
  }
  const bonus = 0.03 * (total - 1);
  return { basis: bestAll!.basis, confidence: round(Math.min(WEAK_CAP, bestAll!.confidence + bonus)) };
}

/** Source order and positions, as the core knows them (sources sorted by id). */
export interface Order {
  /** Source slot a sorts before source slot b. */
  before(a: number, b: number): boolean;
  /** Index of source slot s in the element's sorted list of sources. */
  pos(s: number): number;
}

/** The owner (first contribution in source order) of each property key. */
class PropOwners {
  private readonly owner = new Map<string, number>();

  /** Source s (with these properties) joins; true when an owner changed. */
  add(s: number, props: Props, order: Order): boolean {
    let changed = false;
    for (const k of Object.keys(props)) {
      if (k in PLAIN) continue;
      const cur = this.owner.get(k);
      if (cur === undefined || (cur !== s && order.before(s, cur))) {
        this.owner.set(k, s);
        changed = true;
      }
    }
    return changed;
  }

  /**
   * Source s leaves: each key it owned goes to the next contribution having it, searched in
   * `props(i)` for i from `from` on (the element's values in source order, s excluded).
   */
  remove(s: number, old: Props, from: number, count: number, srcOf: (i: number) => number, props: (i: number) => Props): boolean {
    let changed = false;
    for (const k of Object.keys(old)) {
      if (this.owner.get(k) !== s) continue;
      changed = true;
      this.owner.delete(k);
      for (let i = from; i < count; i++) {
        if (Object.prototype.hasOwnProperty.call(props(i), k)) {
          this.owner.set(k, srcOf(i));
          break;
        }
      }
    }
    return changed;
  }

  /** The merged properties: keys in mergeProps's order, values from their owners. */
  build(order: Order, props: (i: number) => Props): Props {
    const keys: { k: string; p: number; q: number }[] = [];
    const keyLists = new Map<number, string[]>();
    for (const [k, s] of this.owner) {
      const p = order.pos(s);
      let list = keyLists.get(p);
      if (!list) keyLists.set(p, (list = Object.keys(props(p))));
      keys.push({ k, p, q: list.indexOf(k) });
    }
    keys.sort((a, b) => a.p - b.p || a.q - b.q);
    const out: Props = {};
    for (const { k, p } of keys) out[k] = props(p)[k]!;
    return out;
  }
}

const spanKey = (ev: Evidence) => `${ev.documentId}\u0000${ev.start}\u0000${ev.end}`;

/** Merged properties (basis and confidence combined) of an edge stated by many sources. */
export class EdgeAgg {
  private readonly props = new PropOwners();
  /** Document of each judged sentence → the source that judged it (two judging one: rebuild). */
  private readonly docs = new Map<string, number>();
  private total = 0;
  private strong = 0;
  private bestStrong: Judged | null = null;
  private bestAll: Judged | null = null;

  /** Source s's contribution joins. False: not exactly updatable; drop the aggregate. */
  add(s: number, v: { properties: Props; evidence: readonly Evidence[] }, order: Order): boolean {
    this.props.add(s, v.properties, order);
    const b = v.properties.basis;
    const c = v.properties.confidence;
    if (!isBasis(b) || typeof c !== 'number') return true;
    // One judgment per sentence of this contribution: the most confident.
    const local = new Map<string, Judged>();
    for (const ev of v.evidence) {
      const j: Judged = isBasis(ev.basis) && typeof ev.confidence === 'number' ? { basis: ev.basis, confidence: ev.confidence } : { basis: b, confidence: c };
      if (j.basis === 'curated' || Number.isNaN(j.confidence)) return false;
      const owner = this.docs.get(ev.documentId);
      if (owner !== undefined && owner !== s) return false;
      const k = spanKey(ev);
      const cur = local.get(k);
      if (!cur || j.confidence > cur.confidence) local.set(k, j);
    }
    for (const ev of v.evidence) this.docs.set(ev.documentId, s);
    for (const j of local.values()) {
      this.total++;
      if (!isWeakBasis(j.basis)) {
        this.strong++;
        if (better(j, this.bestStrong)) this.bestStrong = j;
      }
      if (better(j, this.bestAll)) this.bestAll = j;
    }
    return true;
  }

  properties(order: Order, props: (i: number) => Props): Props {
    const out = this.props.build(order, props);
    const judged = combineSummary(this.total, this.strong, this.bestStrong, this.bestAll);
    if (judged) Object.assign(out, { basis: judged.basis, confidence: judged.confidence });
    return out;
  }

  /** An aggregate of contributions in source order, or null when one cannot be kept exactly. */
  static of(srcs: readonly number[], vals: readonly { properties: Props; evidence: readonly Evidence[] }[], order: Order): EdgeAgg | null {
    const a = new EdgeAgg();
    for (let i = 0; i < srcs.length; i++) if (!a.add(srcs[i]!, vals[i]!, order)) return null;
    return a;
  }
}

/** The merged evidence of contributions in source order: concatenated, duplicate spans dropped. */
export function mergeEvidence(vals: readonly { evidence: readonly Evidence[] }[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const v of vals)
    for (const ev of v.evidence) {
      const k = spanKey(ev);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(ev);
    }
  return out;
}

function nodeKey(v: GraphNode): string {
  return JSON.stringify([v.label, v.name, v.aliases, v.properties]);
}

/** Equal statements whose properties are in the same key order with identical values (no JSON). */
function sameStatement(a: GraphNode, b: GraphNode): boolean {
  if (a === b) return true;
  if (a.label !== b.label || a.name !== b.name || a.aliases.length !== b.aliases.length) return false;
  for (let i = 0; i < a.aliases.length; i++) if (a.aliases[i] !== b.aliases[i]) return false;
  const pa = a.properties;
  const pb = b.properties;
  if (pa === pb) return true;
  const ka = Object.keys(pa);
  const kb = Object.keys(pb);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i] || pa[ka[i]!] !== pb[ka[i]!]) return false;
  return true;
}

interface ValueEntry {
  v: GraphNode;
  key: string;
  n: number;
}

/** Merged value of a node stated by many sources; equal statements share one object. */
export class NodeAgg {
  private readonly props = new PropOwners();
  private readonly aliases = new Map<string, number>();
  /** Distinct statements (by value, properties in their key order) and how many sources state each. */
  private readonly byKey = new Map<string, ValueEntry>();
  private readonly byObj = new Map<GraphNode, ValueEntry>();
  private pendingKey: { v: GraphNode; key: string } | null = null;

  /**
   * The shared object equal to v (v itself when new). `near` are statements likely equal (the
   * neighbours in source order): checked first, without building v's key. Call add next.
   */
  intern(v: GraphNode, near: readonly (GraphNode | undefined)[] = []): GraphNode {
    for (const h of near) if (h !== undefined && sameStatement(h, v)) return h;
    const key = nodeKey(v);
    const e = this.byKey.get(key);
    if (e) return e.v;
    this.pendingKey = { v, key };
    return v;
  }

  /** Sources stating distinct values (1: the merged value is that one). */
  get distinct(): number {
    return this.byKey.size;
  }

  /** Source s states v (interned). True when the merged value may change beyond its first statement. */
  add(s: number, v: GraphNode, order: Order): boolean {
    const e = this.byObj.get(v);
    if (e) e.n++;
    else {
      const key = this.pendingKey?.v === v ? this.pendingKey.key : nodeKey(v);
      const hit = this.byKey.get(key);
      if (hit) {
        // An equal value under another object (built before interning): counted with it.
        hit.n++;
        this.byObj.set(v, hit);
      } else {
        const entry = { v, key, n: 1 };
        this.byKey.set(key, entry);
        this.byObj.set(v, entry);
      }
    }
    this.pendingKey = null;
    let changed = this.props.add(s, v.properties, order);
    for (const a of v.aliases) {
      const n = this.aliases.get(a) ?? 0;
      this.aliases.set(a, n + 1);
      if (n === 0) changed = true;
    }
    return changed;
  }

  /** Source s no longer states old; vals(i) for i ≥ from are the later statements (s excluded). */
  remove(s: number, old: GraphNode, from: number, count: number, srcOf: (i: number) => number, val: (i: number) => GraphNode): boolean {
    const e = this.byObj.get(old);
    if (e && --e.n === 0) {
      this.byKey.delete(e.key);
      for (const [o, x] of this.byObj) if (x === e) this.byObj.delete(o);
    }
    let changed = this.props.remove(s, old.properties, from, count, srcOf, (i) => val(i).properties);
    for (const a of old.aliases) {
      const n = this.aliases.get(a)!;
      if (n === 1) {
        this.aliases.delete(a);
        changed = true;
      } else this.aliases.set(a, n - 1);
    }
    return changed;
  }

  /** The merged node: name and label of the first statement, all aliases, properties by owner. */
  merged(first: GraphNode, order: Order, val: (i: number) => GraphNode, noAliases: string[]): GraphNode {
    const aliases = this.aliases.size === 0 ? noAliases : [...this.aliases.keys()].sort();
    return { id: first.id, label: first.label, name: first.name, aliases, properties: this.props.build(order, (i) => val(i).properties) };
  }

  static of(srcs: readonly number[], vals: GraphNode[], order: Order): NodeAgg {
    const a = new NodeAgg();
    for (let i = 0; i < srcs.length; i++) {
      vals[i] = a.intern(vals[i]!);
      a.add(srcs[i]!, vals[i]!, order);
    }
    return a;
  }
}
