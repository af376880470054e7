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

/** Edges one store call of a request's edge loader reads at most (unless one node has more). */
export const EDGES_PER_READ = 2000;
/** Nodes one store call of a request's node loader reads at most. */
export const NODES_PER_READ = 2000;

/** A turn of the event loop, the request's deadline checked on both sides (TIMEOUT). */
async function turn(guard: ExecutionGuard): Promise<void> {
  guard.check();
  await new Promise<void>((r) => setImmediate(r));
  guard.check();
}

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
    // Many nodes (a nested list's ends) are read NODES_PER_READ a call, with a turn of the event loop between (fix33).
    let got: (GraphNode | null)[];
    if (ids.length <= NODES_PER_READ) got = await store.getNodes([...ids]);
    else {
      got = [];
      for (let i = 0; i < ids.length; i += NODES_PER_READ) {
        if (i > 0) await turn(guard);
        got.push(...(await store.getNodes(ids.slice(i, i + NODES_PER_READ))));
      }
    }
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
          const types = sample.types ? { types: sample.types } : {};
          const byId = new Map<string, GraphEdge[]>();
          for (const k of group) byId.set(k.id, []);
          // Each edge goes to the keys of its ends in one pass, in the store's order (a filter of
          // all edges per key was quadratic: 300 measures' departments in `documents`). Within one
          // call only the keys of that call take its edges (an edge between two calls' keys comes twice).
          const take = (edges: GraphEdge[], mine: ReadonlyMap<string, GraphEdge[]>) => {
            for (const e of edges) {
              if (direction !== 'in') mine.get(e.source)?.push(e);
              if (direction !== 'out' && !(direction === 'both' && e.source === e.target)) mine.get(e.target)?.push(e);
            }
          };
          const ids = [...byId.keys()];
          // fix33: the nested lists of a list of nodes (`search(first: 200) { edges(first: 1000) }`,
          // `Industry.enterprises` of 200 hubs) read every edge of every node in one call: ~60,000 edges
          // at 10⁵ nodes in one block. Several nodes' edges are counted first (countEdges materialises
          // nothing) and read in calls of about EDGES_PER_READ, with a turn of the event loop and the
          // deadline checked between (TIMEOUT); one node's edges always come in one call.
          // Each read is reserved in the request's pace (guard.pace): other batches' reads of the same
          // turn count against it, so a turn reads about EDGES_PER_READ edges at most in all.
          const counts = ids.length > 1 ? await store.countEdges({ ids, direction, ...types }) : [0];
          const total = counts.reduce((a, b) => a + b, 0);
          if (total <= EDGES_PER_READ) {
            if (ids.length > 1) await guard.pace(total);
            take(await store.edgesOf({ ids, direction, ...types }), byId);
          } else {
            for (let i = 0; i < ids.length; ) {
              let j = i;
              let n = 0;
              while (j < ids.length && (j === i || n + counts[j]! <= EDGES_PER_READ)) n += counts[j++]!;
              await guard.pace(n);
              const part = ids.slice(i, j);
              take(await store.edgesOf({ ids: part, direction, ...types }), new Map(part.map((id) => [id, byId.get(id)!])));
              i = j;
            }
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
