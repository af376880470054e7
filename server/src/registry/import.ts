// Import an enterprise registry into a store: gather what the store knows (the documents'
// enterprises with their fields, other registries' credit codes, the parks), build the batch
// (build.ts: in this process, or in the ingest worker for uploads), and write it under
// `registry:<source>` — re-importing a source replaces it, removing it takes all of it out.
// Nothing is written when no row is good.
import type { GraphNode } from '../model.ts';
import type { GraphStore } from '../store/port.ts';
import { isRegistrySource, registrySourceId } from './batch.ts';
import { buildRegistryImport, sourceNameFor, type ImportOptions, type ImportResult, type RegistryContext, type RegistryInput } from './build.ts';
import { loadRegistryLexicon, type RegistryLexicon } from './lexicon.ts';
import type { KnownPark } from './parks.ts';
import type { KnownEnterprise } from './resolve.ts';

export { defaultSourceName, type ImportOptions, type ImportResult, type RegistryContext, type RegistryInput } from './build.ts';

async function allNodes(store: GraphStore, label: 'Enterprise' | 'Park', documentId?: string): Promise<GraphNode[]> {
  const out: GraphNode[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listNodes({ label, first: 1000, ...(documentId ? { documentId } : {}), ...(after ? { after } : {}) });
    out.push(...page.nodes);
    if (!page.hasNextPage || page.nodes.length === 0) return out;
    after = page.nodes[page.nodes.length - 1]!.id;
  }
}

function num(x: unknown): number | undefined {
  return typeof x === 'number' ? x : undefined;
}

/**
 * The enterprises resolution may merge with: those the documents name (with their field from the
 * documents' IN_INDUSTRY / INNOVATES_FOR edges), and, by credit code only, other registries' ones.
 */
export async function knownEnterprises(store: GraphStore, source: string, lex: RegistryLexicon, minConfidence = 0.5): Promise<{ documents: KnownEnterprise[]; byCode: KnownEnterprise[] }> {
  const records = await store.listDocumentRecords();
  const docIds = records.map((r) => r.documentId).filter((d) => !isRegistrySource(d));
  const otherRegistries = records.map((r) => r.documentId).filter((d) => isRegistrySource(d) && d !== registrySourceId(source));
  const docNodes = new Map<string, GraphNode>();
  for (const d of docIds) for (const n of await allNodes(store, 'Enterprise', d)) docNodes.set(n.id, n);
  const ids = [...docNodes.keys()];
  const edges = ids.length ? await store.edgesOf({ ids, direction: 'out', types: ['IN_INDUSTRY', 'INNOVATES_FOR'] }) : [];
  const industryIds = new Set<string>();
  const byEnterprise = new Map<string, string[]>();
  for (const e of edges) {
    if (!e.evidence.some((ev) => !isRegistrySource(ev.documentId))) continue; // the documents' view only
    const c = num(e.properties.confidence);
    if (c !== undefined && c < minConfidence) continue;
    industryIds.add(e.target);
    const list = byEnterprise.get(e.source) ?? [];
    list.push(e.target);
    byEnterprise.set(e.source, list);
  }
  const industryNodes = await store.getNodes([...industryIds]);
  const industryName = new Map(industryNodes.filter((n): n is GraphNode => !!n).map((n) => [n.id, n.name]));
  // The lexicon's aliases (short names, legal names) of the enterprises the documents name.
  const lexAliases = new Map(lex.enterprises.map((o) => [`enterprise:${o.name}`, o.aliases]));
  const documents: KnownEnterprise[] = [...docNodes.values()].map((n) => {
    // The legal name this very source added as an alias last time is not the documents' word.
    const ours = n.properties.registry === source ? n.properties.legalName : undefined;
    const aliases = n.aliases.filter((a) => a !== ours);
    const k: KnownEnterprise = { id: n.id, name: n.name, aliases: [...new Set([...aliases, ...(lexAliases.get(n.id) ?? [])])] };
    const inds = (byEnterprise.get(n.id) ?? []).map((i) => industryName.get(i)).filter((x): x is string => !!x);
    if (inds.length) k.field = lex.taxonomy.field(inds);
    // A credit code this very source put there last time is not evidence for this import.
    if (typeof n.properties.creditCode === 'string' && n.properties.registry !== source) k.creditCode = n.properties.creditCode;
    return k;
  });
  // Other registries' enterprises, by credit code: one pass over every enterprise (keyset pages by
  // id), not one filtered walk per registry (which costs the whole graph per page).
  const byCode: KnownEnterprise[] = [];
  if (otherRegistries.length > 0) {
    for (const n of await allNodes(store, 'Enterprise')) {
      const code = n.properties.creditCode;
      const from = n.properties.registry;
      if (typeof code === 'string' && typeof from === 'string' && from !== source && !docNodes.has(n.id)) byCode.push({ id: n.id, name: n.name, aliases: [], creditCode: code });
    }
  }
  return { documents, byCode };
}

export async function knownParks(store: GraphStore, lex: RegistryLexicon): Promise<KnownPark[]> {
  const out = new Map<string, KnownPark>();
  for (const n of await allNodes(store, 'Park')) {
    const p: KnownPark = { id: n.id, name: n.name, aliases: n.aliases };
    if (typeof n.properties.kind === 'string') p.kind = n.properties.kind;
    out.set(n.id, p);
  }
  for (const o of lex.parks) {
    const id = `park:${o.name}`;
    const old = out.get(id);
    if (old) old.aliases = [...new Set([...old.aliases, ...o.aliases])];
    else out.set(id, { id, name: o.name, aliases: o.aliases, ...(o.kind ? { kind: o.kind } : {}) });
  }
  return [...out.values()];
}

/** What resolution and park mapping need from the store, for one source. */
export async function registryContext(store: GraphStore, source: string, options: Pick<ImportOptions, 'lexiconDir' | 'minConfidence'> = {}): Promise<RegistryContext> {
  const lex = loadRegistryLexicon(options.lexiconDir);
  const known = await knownEnterprises(store, source, lex, options.minConfidence);
  return { documents: known.documents, byCode: known.byCode, parks: await knownParks(store, lex) };
}

/** Imports in this process (the CLI, the bench): context, build, write. */
export async function importRegistry(store: GraphStore, input: RegistryInput, options: ImportOptions = {}): Promise<ImportResult> {
  const t0 = performance.now();
  const source = sourceNameFor(input, options.source);
  const context = await registryContext(store, source, options);
  const known = Math.round(performance.now() - t0);
  const { batch, result } = await buildRegistryImport(input, context, { ...options, source });
  const t = performance.now();
  await store.replaceDocument(batch);
  result.timings = { known, ...result.timings, write: Math.round(performance.now() - t), total: Math.round(performance.now() - t0) };
  return result;
}

/** Takes a registry source out of the store. False when there is no such source. */
export async function removeRegistry(store: GraphStore, source: string): Promise<boolean> {
  return store.removeDocument(registrySourceId(source));
}

/** Registry sources in the store. */
export async function listRegistries(store: GraphStore): Promise<{ source: string; sourceId: string; sourceHash: string }[]> {
  return (await store.listDocumentRecords())
    .filter((r) => isRegistrySource(r.documentId))
    .map((r) => ({ source: r.documentId.slice('registry:'.length), sourceId: r.documentId, sourceHash: r.sourceHash }));
}
