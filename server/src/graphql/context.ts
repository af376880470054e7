// Per-request context: DataLoaders batch every node/edge lookup of one request into a few
// store calls (no N+1).
import DataLoader from 'dataloader';
import type { GraphEdge, GraphNode, RelType } from '../model.ts';
import { CountingStore } from '../store/counting.ts';
import type { CurationService } from '../store/curation.ts';
import type { GraphStore } from '../store/port.ts';

/** Who is asking, as the HTTP host's sign-in says (null: nobody signed in). */
export interface ContextUser {
  name: string;
  role: 'viewer' | 'editor' | 'admin';
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface EdgeKey {
  id: string;
  types: RelType[] | null;
  direction: Direction;
}

export interface Context {
  store: GraphStore;
  nodes: DataLoader<string, GraphNode | null>;
  edgesOf: DataLoader<EdgeKey, GraphEdge[], string>;
  /** Number of store calls made for this request (reported in tests and benchmarks). */
  storeCalls(): number;
  user: ContextUser | null;
  /** The store's curation service (null when the store has none: mutations answer an error). */
  curation: CurationService | null;
}

export interface ContextOptions {
  user?: ContextUser | null;
  curation?: CurationService | null;
}

export function createContext(base: GraphStore, options: ContextOptions = {}): Context {
  const store = new CountingStore(base);
  const nodes = new DataLoader<string, GraphNode | null>(async (ids) => {
    return store.getNodes([...ids]);
  });
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
          for (const k of group) {
            byKey.set(
              keyOf(k),
              edges.filter((e) =>
                direction === 'out' ? e.source === k.id : direction === 'in' ? e.target === k.id : e.source === k.id || e.target === k.id,
              ),
            );
          }
        }),
      );
      return keys.map((k) => byKey.get(keyOf(k)) ?? []);
    },
    { cacheKeyFn: keyOf },
  );
  return { store, nodes, edgesOf, storeCalls: () => store.calls, user: options.user ?? null, curation: options.curation ?? null };
}

function keyOf(k: EdgeKey): string {
  return `${k.id}|${k.direction}|${(k.types ?? []).join(',')}`;
}
