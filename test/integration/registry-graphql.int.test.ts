// Registry facts through GraphQL over HTTP: 补链招商 (chainGapCandidates), the imported sources, the
// doubtful matches kept for review, and relatedEnterprises drawing on registry facts.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, gql, ROOT, runCli, SEEDS, startServer, tempDir, type RunningServer } from './helpers.ts';

let data: { dir: string; cleanup: () => Promise<void> };
let server: RunningServer;

beforeAll(async () => {
  data = await tempDir('kg-gql-registry-');
  expect((await runCli(['ingest', SEEDS, '--data', data.dir])).code).toBe(0);
  const r = await runCli(['import-enterprises', path.join(ROOT, 'test/fixtures/registry/enterprises.csv'), '--data', data.dir, '--source', '天津名录']);
  expect(r.code, r.stderr).toBe(1); // the fixture's dirty rows are rejected, the rest loads
  server = await startServer(data.dir);
}, 180_000);

afterAll(async () => {
  if (server) await server.stop();
  await data?.cleanup();
});

interface Cand {
  enterprise: { id: string; name: string; parks: { id: string }[] };
  score: number;
  confidence: number;
  reasons: string[];
  via: { type: string; properties: Record<string, unknown>; evidence: { documentId: string; text: string; section: string | null; document: { id: string } | null }[] }[];
}
interface Seg {
  segment: { id: string; name: string };
  gap: boolean;
  local: { id: string; parks: { id: string }[] }[];
  candidates: Cand[];
  candidateCount: number;
}

// Nested list sizes kept small, as a client would: the cost model multiplies them down the query.
const GAPS = `query($chain: ID!, $park: ID, $first: Int) {
  chainGapCandidates(chainId: $chain, parkId: $park, first: $first) {
    chain { name } park { name } scope { id }
    segments { segment { id name } gap candidateCount local(first: 20) { id parks(first: 20) { id } }
      candidates(first: 10) { score confidence reasons enterprise { id name parks(first: 20) { id } }
        via(first: 3) { type properties evidence(first: 3) { documentId text section document { id } } } } }
    gaps { segment { id } }
  }
}`;

describe('chainGapCandidates', () => {
  it('信创 in 滨海高新区: gaps have ranked candidates from outside the park, with reasons and the registry rows as evidence', async () => {
    const r = await gql<{ chainGapCandidates: { chain: { name: string }; park: { name: string }; scope: { id: string }[]; segments: Seg[]; gaps: { segment: { id: string } }[] } }>(server.url, GAPS, {
      chain: 'industry:信创',
      park: 'park:滨海高新区',
      first: 5,
    });
    expect(r.errors).toBeUndefined();
    const g = r.data!.chainGapCandidates;
    expect(g.chain.name).toBe('信创');
    expect(g.park.name).toBe('滨海高新区');
    const scope = new Set(g.scope.map((p) => p.id));
    expect(scope.has('park:滨海高新区')).toBe(true);
    expect(g.gaps.map((x) => x.segment.id)).toEqual(g.segments.filter((s) => s.gap).map((s) => s.segment.id));
    const filled = g.segments.filter((s) => s.gap && s.candidates.length > 0);
    expect(filled.length).toBeGreaterThan(0);
    let registryCandidates = 0;
    for (const s of g.segments) {
      if (!s.gap) {
        expect(s.local.length).toBeGreaterThan(0);
        for (const l of s.local) expect(l.parks.some((p) => scope.has(p.id))).toBe(true);
        expect(s.candidates).toEqual([]);
        continue;
      }
      expect(s.local).toEqual([]);
      expect(s.candidates.length).toBeLessThanOrEqual(5);
      expect(s.candidateCount).toBeGreaterThanOrEqual(s.candidates.length);
      const scores = s.candidates.map((c) => c.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const c of s.candidates) {
        expect(c.enterprise.parks.some((p) => scope.has(p.id))).toBe(false);
        expect(c.reasons[0]).toMatch(new RegExp(`^环节「${s.segment.name}」`));
        expect(c.confidence).toBeGreaterThanOrEqual(0.5);
        expect(c.via.length).toBeGreaterThan(0);
        const reg = c.via.flatMap((e) => e.evidence).filter((ev) => ev.documentId === 'registry:天津名录');
        if (reg.length) {
          registryCandidates++;
          expect(reg[0]!.document).toBeNull(); // a registry is not a document
          expect(reg[0]!.section).toMatch(/^企业名录「天津名录」第 \d+ 行$/);
          expect(reg[0]!.text).toMatch(/^企业名称=/);
        }
      }
    }
    expect(registryCandidates).toBeGreaterThan(0);
  });

  it('without a park: every park the documents name counts as local', async () => {
    const r = await gql<{ chainGapCandidates: { park: null; scope: { id: string }[] } }>(server.url, GAPS, { chain: 'industry:信创', first: 1 });
    expect(r.errors).toBeUndefined();
    expect(r.data!.chainGapCandidates.park).toBeNull();
    expect(r.data!.chainGapCandidates.scope.length).toBeGreaterThan(10);
  });

  it('bad arguments are refused with codes', async () => {
    const notChain = await gql(server.url, GAPS, { chain: 'enterprise:飞腾', first: 5 });
    expect(notChain.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await gql(server.url, GAPS, { chain: 'industry:不存在的产业', first: 5 });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const notPark = await gql(server.url, GAPS, { chain: 'industry:信创', park: 'enterprise:飞腾', first: 5 });
    expect(notPark.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await gql(server.url, GAPS, { chain: 'industry:信创', first: 51 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('registries and review', () => {
  it('lists the imported source with its enterprises; a registry is not counted as a document', async () => {
    const r = await gql<{ registries: { source: string; sourceId: string; enterprises: number }[]; stats: { documents: number }; documents: { id: string }[] }>(
      server.url,
      '{ registries { source sourceId enterprises } stats { documents } documents { id } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.registries).toEqual([{ source: '天津名录', sourceId: 'registry:天津名录', enterprises: 221 }]);
    expect(r.data!.stats.documents).toBe(5);
    expect(r.data!.documents).toHaveLength(5);
  });

  it('lists doubtful matches, never merged: the registry enterprise is its own node, the candidate a document\'s', async () => {
    const r = await gql<{ registryReview: { source: string; score: number; line: number; enterprise: { id: string; properties: Record<string, unknown> }; candidate: { id: string; name: string } | null }[] }>(
      server.url,
      '{ registryReview(first: 100) { source score line enterprise { id properties } candidate { id name } } }',
    );
    expect(r.errors).toBeUndefined();
    const list = r.data!.registryReview;
    expect(list.length).toBeGreaterThan(0);
    for (const m of list) {
      expect(m.source).toBe('天津名录');
      expect(m.score).toBeGreaterThanOrEqual(0.5);
      expect(m.score).toBeLessThan(0.8);
      expect(m.candidate).not.toBeNull();
      expect(m.enterprise.id).not.toBe(m.candidate!.id);
      expect(m.enterprise.properties.legalName).toBeTruthy();
    }
    const scores = list.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('an editor decides a doubtful match through curation: merged or told apart, it leaves the list; undo brings it back', async () => {
    const token = await createToken(data.dir, 'editor', '招商编辑');
    const as = { authorization: `Bearer ${token}` };
    const LIST = '{ registryReview(first: 100) { enterprise { id name } candidate { id name aliases } } }';
    type M = { enterprise: { id: string; name: string }; candidate: { id: string; name: string; aliases: string[] } | null };
    const before = (await gql<{ registryReview: M[] }>(server.url, LIST)).data!.registryReview;
    expect(before.length).toBeGreaterThanOrEqual(2);
    const [a, b] = [before[0]!, before[1]!];

    // 是同一家: merge the registry's node into the document's; the legal name becomes an alias.
    const merged = await gql<{ mergeNodes: { change: { id: string } } }>(
      server.url,
      'mutation($f: ID!, $i: ID!) { mergeNodes(from: $f, into: $i, note: "名录存疑匹配：同一家") { change { id } } }',
      { f: a.enterprise.id, i: a.candidate!.id },
      as,
    );
    expect(merged.errors).toBeUndefined();
    // 不是同一家: the possible match is removed from the registry's node (an audited node edit).
    const apart = await gql<{ editNode: { change: { id: string } } }>(
      server.url,
      'mutation($id: ID!, $set: NodeEditInput!) { editNode(id: $id, set: $set, note: "名录存疑匹配：不是同一家") { change { id } } }',
      { id: b.enterprise.id, set: { properties: { possibleMatch: null, possibleMatchScore: null, notSameAs: b.candidate!.id } } },
      as,
    );
    expect(apart.errors).toBeUndefined();

    const after = (await gql<{ registryReview: M[] }>(server.url, LIST)).data!.registryReview;
    expect(after.map((m) => m.enterprise.id)).not.toContain(a.enterprise.id);
    expect(after.map((m) => m.enterprise.id)).not.toContain(b.enterprise.id);
    expect(after).toHaveLength(before.length - 2);
    const into = await gql<{ node: { name: string; aliases: string[] } }>(server.url, 'query($id: ID!) { node(id: $id) { name aliases } }', { id: a.candidate!.id });
    expect(into.data!.node.aliases).toContain(a.enterprise.name);

    // Undo both (each an audited change of its own): the pairs are doubtful again.
    for (const id of [merged.data!.mergeNodes.change.id, apart.data!.editNode.change.id]) {
      const u = await gql(server.url, 'mutation($id: ID!) { undoChange(id: $id) { change { id } } }', { id }, as);
      expect(u.errors).toBeUndefined();
    }
    const again = (await gql<{ registryReview: M[] }>(server.url, LIST)).data!.registryReview;
    expect(again.map((m) => m.enterprise.id).sort()).toEqual(before.map((m) => m.enterprise.id).sort());
  });
});

describe('relatedEnterprises with registry facts', () => {
  it("飞腾's related enterprises include firms only the registry places in its segments", async () => {
    const r = await gql<{ relatedEnterprises: { enterprise: { id: string; properties: Record<string, unknown> }; reasons: string[] }[] }>(
      server.url,
      '{ relatedEnterprises(id: "enterprise:飞腾", first: 200) { enterprise { id properties } reasons } }',
    );
    expect(r.errors).toBeUndefined();
    const fromRegistry = r.data!.relatedEnterprises.filter((x) => x.enterprise.properties.registry === '天津名录' && !x.enterprise.properties.registryMatch);
    expect(fromRegistry.length).toBeGreaterThan(0);
  });
});
