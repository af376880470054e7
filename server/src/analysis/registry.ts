// Imported enterprise registries as the API shows them: the sources in the store, and the doubtful
// matches an import kept apart (a registry enterprise that may be a document's enterprise, listed
// for review instead of merged). Over the GraphStore port only.
import type { GraphNode } from '../model.ts';
import type { GraphStore } from '../store/port.ts';

const PREFIX = 'registry:';

export interface RegistrySource {
  source: string;
  sourceId: string;
  sourceHash: string;
  enterprises: number;
}

export interface RegistryMatch {
  source: string;
  enterprise: GraphNode;
  candidate: GraphNode | null;
  score: number;
  line: number | null;
}

export async function registrySources(store: GraphStore): Promise<RegistrySource[]> {
  const out: RegistrySource[] = [];
  for (const r of await store.listDocumentRecords()) {
    if (!r.documentId.startsWith(PREFIX)) continue;
    const page = await store.listNodes({ label: 'Enterprise', documentId: r.documentId, first: 0 });
    out.push({ source: r.documentId.slice(PREFIX.length), sourceId: r.documentId, sourceHash: r.sourceHash, enterprises: page.totalCount });
  }
  return out;
}

/** Doubtful matches of one source (or all), highest score first, `first` at most. */
export async function registryReview(store: GraphStore, source: string | null, first: number): Promise<RegistryMatch[]> {
  const sources = (await registrySources(store)).filter((s) => source === null || s.source === source);
  const found: { source: string; node: GraphNode }[] = [];
  for (const s of sources) {
    let after: string | undefined;
    for (;;) {
      const page = await store.listNodes({ label: 'Enterprise', documentId: s.sourceId, first: 1000, ...(after ? { after } : {}) });
      for (const n of page.nodes) if (typeof n.properties.possibleMatch === 'string' && n.properties.registry === s.source) found.push({ source: s.source, node: n });
      if (!page.hasNextPage || page.nodes.length === 0) break;
      after = page.nodes[page.nodes.length - 1]!.id;
    }
  }
  const score = (n: GraphNode) => (typeof n.properties.possibleMatchScore === 'number' ? n.properties.possibleMatchScore : 0);
  found.sort((a, b) => score(b.node) - score(a.node) || (a.node.id < b.node.id ? -1 : 1));
  const top = found.slice(0, first);
  const candidates = top.length ? await store.getNodes(top.map((f) => f.node.properties.possibleMatch as string)) : [];
  return top.map((f, i) => ({
    source: f.source,
    enterprise: f.node,
    candidate: candidates[i] ?? null,
    score: score(f.node),
    line: typeof f.node.properties.registryLine === 'number' ? f.node.properties.registryLine : null,
  }));
}
