// `kg copy --to neo4j` without a Neo4j server: the embedded store's dump holds every source's
// statements (regrouped into batches they rebuild the same graph), the bulk rows carry the merged
// values and one contribution per source, and the command refuses bad usage and an unreachable
// server with clear messages.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../server/src/model.ts';
import { EmbeddedStore } from '../../server/src/store/embedded/index.ts';
import { bulkEdgeRows, bulkNodeRows } from '../../server/src/store/neo4j/write.ts';
import { runCli } from '../integration/helpers.ts';
import { batch, edge, ev, fixture, node } from './contract.ts';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const d = await mkdtemp(path.join(os.tmpdir(), 'kg-copy-'));
  dirs.push(d);
  return d;
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function sampleStore(): Promise<EmbeddedStore> {
  const s = await EmbeddedStore.open({ dir: await tempDir() });
  const { a, b } = fixture();
  await s.replaceDocument(a);
  await s.replaceDocument(b);
  // An edge to a node nobody states (hidden, kept for when a document states it).
  await s.replaceDocument(batch('doc:c', [node('lab:x', 'Lab', '某实验室')], [edge('LOCATED_IN', 'lab:x', 'park:未列出', [ev('doc:c', '某实验室位于某园。')])]));
  return s;
}

describe('the embedded store as contributions (kg copy)', () => {
  it('regrouped by source, the dump rebuilds the same graph', async () => {
    const s = await sampleStore();
    const dump = s.dump();
    expect(dump.sources.map((x) => x.documentId)).toEqual(['doc:a', 'doc:b', 'doc:c']);
    expect([...dump.ghostIds()]).toEqual(['park:未列出']);
    const bySource = new Map<string, GraphBatch>(dump.sources.map((r) => [r.documentId, { documentId: r.documentId, sourceHash: r.sourceHash, nodes: [], edges: [] }]));
    const nodes = [...dump.nodes()];
    const edges = [...dump.edges()];
    for (const n of nodes) for (const c of n.contribs) bySource.get(c.source)!.nodes.push(c.value);
    for (const e of edges) for (const c of e.contribs) bySource.get(c.source)!.edges.push(c.value);
    // 信创 and 飞腾 are stated by two documents each; the hidden edge is in the dump.
    expect(nodes.find((n) => n.value.id === 'industry:信创')!.contribs.map((c) => c.source)).toEqual(['doc:a', 'doc:b']);
    expect(edges.some((e) => e.value.target === 'park:未列出')).toBe(true);
    const copy = await EmbeddedStore.open({ dir: await tempDir() });
    for (const b of bySource.values()) await copy.replaceDocument(b);
    expect(await copy.exportGraph()).toEqual(await s.exportGraph());
    expect(await copy.stats()).toEqual(await s.stats());
    expect(await copy.listDocumentRecords()).toEqual(await s.listDocumentRecords());
    // The same through the per-document path (kg copy --merge).
    const viaBatches = await EmbeddedStore.open({ dir: await tempDir() });
    for (const b of s.sourceBatches()) await viaBatches.replaceDocument(b);
    expect(await viaBatches.exportGraph()).toEqual(await s.exportGraph());
    await Promise.all([s.close(), copy.close(), viaBatches.close()]);
  });

  it('bulk rows: the merged element once, one contribution per source keyed by source and id', async () => {
    const s = await sampleStore();
    const dump = s.dump();
    const nodes = [...dump.nodes()].filter((n) => n.value.id === 'enterprise:飞腾');
    const { nodes: byLabel, contribs } = bulkNodeRows(nodes);
    const [row] = byLabel.get('Enterprise')!;
    expect(row!.id).toBe('enterprise:飞腾');
    expect(JSON.parse(row!.props._value as string)).toMatchObject({ name: '飞腾', aliases: ['飞腾', '飞腾信息技术有限公司'] });
    expect(contribs.map((c) => [c.key, c.source, JSON.parse(c.value).name])).toEqual([
      ['doc:a\u0000enterprise:飞腾', 'doc:a', '飞腾'],
      ['doc:b\u0000enterprise:飞腾', 'doc:b', '飞腾信息'],
    ]);
    const e = [...dump.edges()].filter((x) => x.value.type === 'IN_INDUSTRY' && x.value.source === 'enterprise:飞腾');
    const er = bulkEdgeRows(e);
    expect(er.edges.get('IN_INDUSTRY')![0]).toMatchObject({ source: 'enterprise:飞腾', target: 'industry:信创' });
    expect(JSON.parse(er.edges.get('IN_INDUSTRY')![0]!.props._value as string).evidence.map((x: { documentId: string }) => x.documentId)).toEqual(['doc:a', 'doc:b']);
    expect(er.contribs.map((c) => c.source)).toEqual(['doc:a', 'doc:b']);
    await s.close();
  });
});

describe('kg copy on the command line', () => {
  it('needs --to neo4j and NEO4J_URI (exit 2), and names the server it cannot reach (exit 1)', async () => {
    const dir = await tempDir();
    const noTarget = await runCli(['copy', '--data', dir]);
    expect(noTarget.code).toBe(2);
    expect(noTarget.stderr).toContain('--to neo4j');
    const noUri = await runCli(['copy', '--to', 'neo4j', '--data', dir]);
    expect(noUri.code).toBe(2);
    expect(noUri.stderr).toContain('NEO4J_URI');
    const down = await runCli(['copy', '--to', 'neo4j', '--data', dir], { NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'sekret-pw' });
    expect(down.code).toBe(1);
    expect(down.stderr).toContain('STORE_UNAVAILABLE');
    expect(down.stderr).toContain('bolt://127.0.0.1:9');
    expect(down.stderr).not.toContain('sekret-pw');
  }, 120_000);
});
