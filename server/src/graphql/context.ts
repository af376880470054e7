// Per-request context: DataLoaders batch every node/edge lookup of one request into a few
// store calls (no N+1).
import DataLoader from 'dataloader';
import type { HubCountsAt } from '../analysis/index.ts';
import type { Principal } from '../auth/roles.ts';
import type { ChainIndex } from '../chain-templates.ts';
import type { GraphEdge, GraphNode, RelType } from '../model.ts';
import { CountingStore } from '../store/counting.ts';
import type { CurationService } from '../store/curation.ts';
import type { GraphStore } from '../store/port.ts';
import { ExecutionGuard, guardStore } from './guard.ts';
import { GRAPHQL_LIMITS } from './limits.ts';
import type { DepartmentRoleParent } from './resolvers.ts';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface EdgeKey {
  id: string;
  types: RelType[] | null;
  direction: Direction;
}

export interface Context {
  store: GraphStore;
  nodes: DataLoader<string, GraphNode | null>;
  /**
   * The node `id` when this request already holds it (loaded or primed into `nodes`), without a
   * promise: a field that returns it synchronously spares graphql-js a promise per object
   * (edges' source and target in a neighbourhood: every node is primed).
   */
  known(id: string): GraphNode | undefined;
  /** Primes `nodes` with what a store call returned (the first value of an id wins, as in DataLoader). */
  prime(nodes: readonly GraphNode[]): void;
  /** Forgets every node and edge this request loaded (after a write: later fields read afresh). */
  forget(): void;
  edgesOf: DataLoader<EdgeKey, GraphEdge[], string>;
  /** The edges of `key` when this request already loaded them (edgesOf), without a promise. */
  knownEdges(key: EdgeKey): GraphEdge[] | undefined;
  /**
   * A measure's departments with their roles, in their order (resolvers.ts: the `measures` of a
   * document that selects them work them out for every listed measure at once); emptied by forget().
   */
  measureRoles: Map<GraphNode, DepartmentRoleParent[]>;
  /** Number of store calls made for this request (reported in tests and benchmarks). */
  storeCalls(): number;
  /** Who sent the request (null: anonymous). Mutations require a role with requireRole(ctx.user, …). */
  user: Principal | null;
  /** Deadline and response-size budget of this request; `guard.signal` aborts at the deadline. */
  guard: ExecutionGuard;
  /** Chain templates of the lexicon (chains.tsv), loaded by the composition root; absent: chains drawn without templates. */
  chains?: ChainIndex;
  /** The store's curation service (null when the store has none: mutations answer an error). */
  curation: CurationService | null;
  /** Hub member counts shared by this server's requests at the data generation this request started at. */
  hubCounts?: HubCountsAt;
}

export interface ContextOptions {
  user?: Principal | null;
  guard?: ExecutionGuard;
  chains?: ChainIndex;
  curation?: CurationService | null;
  hubCounts?: HubCountsAt;
}

export function createContext(base: GraphStore, options: ContextOptions = {}): Context {
  const counting = new CountingStore(base);
  const guard = options.guard ?? new ExecutionGuard(GRAPHQL_LIMITS.deadlineMs, GRAPHQL_LIMITS.maxResponseBytes);
  const store = guardStore(counting, guard);
  const seen = new Map<string, GraphNode>();
  const nodes = new NodeLoader(seen, async (ids) => {
    const got = await store.getNodes([...ids]);
    for (const n of got) if (n && !seen.has(n.id)) seen.set(n.id, n);
    return got;
  });
  // Held nodes are answered from `seen` by the loader (NodeLoader.load): priming them into the
  // DataLoader (a key lookup and a resolved promise per node: 200 per neighbourhood) is not needed.
  const prime = (list: readonly GraphNode[]) => {
    for (const n of list) if (!seen.has(n.id)) seen.set(n.id, n);
  };
  const edgesSeen = new Map<string, GraphEdge[]>();
  const measureRoles = new Map<GraphNode, DepartmentRoleParent[]>();
  const forget = () => {
    seen.clear();
    measureRoles.clear();
    edgesSeen.clear();
    nodes.clearAll();
    edgesOf.clearAll();
  };
  const edgesOf = new DataLoader<EdgeKey, GraphEdge[], string>(
    async (keys) => {
      // One store call per distinct (types, direction) combination in this tick.
      const groups = new Map<string, EdgeKey[]>();
      for (const k of keys) {
        const g = `${k.direction}|${(k.types ?? []).join(',')}`;
        const list = groups.get(g) ?? [];
        list.push(k);
        groups.set(g, list);
      }
      const byKey = new Map<string, GraphEdge[]>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const sample = group[0]!;
          const direction = sample.direction === 'OUT' ? 'out' : sample.direction === 'IN' ? 'in' : 'both';
          const edges = await store.edgesOf({ ids: group.map((k) => k.id), direction, ...(sample.types ? { types: sample.types } : {}) });
          // Each edge goes to the keys of its ends in one pass, in the store's order (a filter of
          // all edges per key was quadratic: 300 measures' departments in `documents`).
          const byId = new Map<string, GraphEdge[]>();
          for (const k of group) byId.set(k.id, []);
          for (const e of edges) {
            if (direction !== 'in') byId.get(e.source)?.push(e);
            if (direction !== 'out' && !(direction === 'both' && e.source === e.target)) byId.get(e.target)?.push(e);
          }
          for (const k of group) byKey.set(keyOf(k), byId.get(k.id)!);
        }),
      );
      for (const [k, v] of byKey) edgesSeen.set(k, v);
      return keys.map((k) => byKey.get(keyOf(k)) ?? []);
    },
    { cacheKeyFn: keyOf },
  );
  return { store, nodes, known: (id) => seen.get(id), prime, forget, edgesOf, knownEdges: (k) => edgesSeen.get(keyOf(k)), measureRoles, storeCalls: () => counting.calls, user: options.user ?? null, guard, curation: options.curation ?? null, ...(options.chains ? { chains: options.chains } : {}), ...(options.hubCounts ? { hubCounts: options.hubCounts } : {}) };
}

/**
 * The request's node loader: a node the request already holds (loaded, or primed by a resolver
 * that got it from the store) is answered from `held` at once, as a primed DataLoader answers it (an
 * already resolved promise); any other id is batched and cached by DataLoader as before.
 */
class NodeLoader extends DataLoader<string, GraphNode | null> {
  constructor(
    private readonly held: ReadonlyMap<string, GraphNode>,
    batch: DataLoader.BatchLoadFn<string, GraphNode | null>,
  ) {
    super(batch);
  }

  override load(key: string): Promise<GraphNode | null> {
    const n = this.held.get(key);
    return n ? Promise.resolve(n) : super.load(key);
  }
}

function keyOf(k: EdgeKey): string {
  return `${k.id}|${k.direction}|${(k.types ?? []).join(',')}`;
}
