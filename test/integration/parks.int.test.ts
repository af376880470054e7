// The 园区 fields over HTTP against a running server on the ingested seeds: the planner's matrix
// (海洋片区, 华苑片区, 渤龙湖片区 × 信创, 新经济服务业, 生物医药, 高端装备), a cell's facts with their
// sentences, the 信创 drill-down, two parks compared; bad arguments answered with codes; the
// number of store round trips bounded whatever the data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, SEEDS, startServer, tempDir, type RunningServer } from './helpers.ts';

let data: { dir: string; cleanup: () => Promise<void> };
let server: RunningServer;

beforeAll(async () => {
  data = await tempDir('kg-parks-');
  const r = await runCli(['ingest', SEEDS, '--data', data.dir]);
  expect(r.code).toBe(0);
  server = await startServer(data.dir);
}, 180_000);

afterAll(async () => {
  if (server) await server.stop();
  await data?.cleanup();
});

interface Res<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
  calls: number;
}

async function q<T>(query: string, variables: Record<string, unknown> = {}): Promise<Res<T>> {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { ...((await res.json()) as Res<T>), calls: Number(res.headers.get('x-store-calls')) };
}

interface Fact {
  kind: string;
  basis: string;
  confidence: number;
  weak: boolean;
  node: { name: string };
  segment: { name: string };
  via: { type: string; evidence: { text: string; document: { name: string } | null }[] }[];
}

describe('园区 fields on the seeds', () => {
  it('parkMatrix: the 片区 of 滨海高新区 against its chains, rows in containment order', async () => {
    const r = await q<{
      parkMatrix: {
        rows: { park: { id: string; name: string }; parent: { name: string } | null; depth: number; zone: { name: string } }[];
        chains: { industry: { id: string; name: string }; parkCount: number }[];
        cells: { park: { name: string }; industry: { name: string }; factCount: number; facts: { kind: string; basis: string; weak: boolean }[] }[];
        truncated: boolean;
      };
    }>(`{ parkMatrix {
      rows { park { id name } parent { name } depth zone { name } }
      chains { industry { id name } parkCount }
      cells { park { name } industry { name } factCount facts { kind basis weak } }
      truncated } }`);
    expect(r.errors).toBeUndefined();
    const m = r.data!.parkMatrix;
    const rowNames = m.rows.map((x) => x.park.name);
    expect(rowNames).toEqual(expect.arrayContaining(['海洋片区', '华苑片区', '渤龙湖片区']));
    expect(new Set(rowNames).size).toBe(rowNames.length);
    const chainNames = m.chains.map((c) => c.industry.name);
    expect(chainNames).toEqual(expect.arrayContaining(['信创', '新经济服务业', '生物医药', '高端装备']));
    // Containment: every row with a parent comes after it, one level deeper.
    for (const [i, row] of m.rows.entries()) {
      if (!row.parent) {
        expect(row.depth).toBe(0);
        continue;
      }
      const p = m.rows.findIndex((x) => x.park.name === row.parent!.name);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThan(i);
      expect(row.depth).toBe(m.rows[p]!.depth + 1);
    }
    const cell = (p: string, c: string) => m.cells.find((x) => x.park.name === p && x.industry.name === c);
    expect(cell('海洋片区', '信创')?.factCount).toBeGreaterThan(0);
    expect(cell('华苑片区', '新经济服务业')?.factCount).toBeGreaterThan(0);
    expect(cell('渤龙湖片区', '生物医药')?.factCount).toBeGreaterThan(0);
    for (const c of m.cells) for (const f of c.facts) expect(['segment', 'enterprise', 'lab']).toContain(f.kind);
    // One round trip per hop, whatever the number of parks: list, edges, members, their industries, the tree above, nodes.
    expect(r.calls).toBeLessThanOrEqual(12);
  });

  it('parkFacts: 海洋片区 × 信创 opens its facts with the sentences behind them', async () => {
    const r = await q<{ parkFacts: Fact[] }>(
      `query($p: ID!, $i: ID!) { parkFacts(park: $p, industry: $i) { kind basis confidence weak node { name } segment { name } via { type evidence { text document { name } } } } }`,
      { p: 'park:海洋片区', i: 'industry:信创' },
    );
    expect(r.errors).toBeUndefined();
    const facts = r.data!.parkFacts;
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) {
      expect(f.via.length).toBeGreaterThan(0);
      for (const e of f.via) {
        expect(e.evidence.length).toBeGreaterThan(0);
        expect(e.evidence[0]!.text.length).toBeGreaterThan(4);
      }
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
    expect(facts.some((f) => f.kind === 'enterprise' && f.node.name === '飞腾')).toBe(true);
  });

  it('chainParks: 信创 segments against the parks, missing stages marked', async () => {
    const r = await q<{ chainParks: { chain: { name: string }; segments: { industry: { name: string }; position: number; missing: boolean; parkCount: number }[]; rows: { park: { name: string } }[]; cells: { park: { name: string }; industry: { name: string }; factCount: number }[] } }>(
      `{ chainParks(chain: "industry:信创") { chain { name } segments { industry { name } position missing parkCount } rows { park { name } } cells { park { name } industry { name } factCount } } }`,
    );
    expect(r.errors).toBeUndefined();
    const d = r.data!.chainParks;
    expect(d.chain.name).toBe('信创');
    expect(d.segments.length).toBeGreaterThanOrEqual(5);
    const positions = d.segments.map((s) => s.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(d.segments.some((s) => s.missing)).toBe(true);
    expect(d.segments.some((s) => !s.missing && s.parkCount > 0)).toBe(true);
    for (const s of d.segments) if (s.missing) expect(s.parkCount).toBe(0);
    expect(d.rows.map((x) => x.park.name)).toContain('海洋片区');
    const rowSet = new Set(d.rows.map((x) => x.park.name));
    for (const c of d.cells) expect(rowSet.has(c.park.name)).toBe(true);
  });

  it('compareParks: 华苑片区 and 渤龙湖片区 share some segments and differ in others, with evidence', async () => {
    const r = await q<{ compareParks: { a: { name: string }; b: { name: string }; shared: { segment: { name: string }; chains: { name: string }[]; factsA: Fact[]; factsB: Fact[] }[]; onlyA: { segment: { name: string }; factsA: Fact[]; factsB: Fact[] }[]; onlyB: { segment: { name: string }; factsA: Fact[]; factsB: Fact[] }[] } }>(
      `query($a: ID!, $b: ID!) { compareParks(a: $a, b: $b) {
        a { name } b { name }
        shared { segment { name } chains { name } factsA { kind node { name } via { evidence { text } } } factsB { kind node { name } via { evidence { text } } } }
        onlyA { segment { name } factsA { kind } factsB { kind } }
        onlyB { segment { name } factsA { kind } factsB { kind } } } }`,
      { a: 'park:华苑片区', b: 'park:渤龙湖片区' },
    );
    expect(r.errors).toBeUndefined();
    const c = r.data!.compareParks;
    expect([c.a.name, c.b.name]).toEqual(['华苑片区', '渤龙湖片区']);
    expect(c.shared.length).toBeGreaterThan(0);
    expect(c.onlyA.length).toBeGreaterThan(0);
    expect(c.onlyB.length).toBeGreaterThan(0);
    for (const s of c.shared) {
      expect(s.factsA.length).toBeGreaterThan(0);
      expect(s.factsB.length).toBeGreaterThan(0);
      expect(s.factsA[0]!.via[0]!.evidence[0]!.text.length).toBeGreaterThan(4);
    }
    for (const s of c.onlyA) expect([s.factsA.length > 0, s.factsB.length]).toEqual([true, 0]);
    for (const s of c.onlyB) expect([s.factsA.length, s.factsB.length > 0]).toEqual([0, true]);
    const names = (xs: { segment: { name: string } }[]) => new Set(xs.map((x) => x.segment.name));
    const [s, a, b] = [names(c.shared), names(c.onlyA), names(c.onlyB)];
    for (const x of s) expect(a.has(x) || b.has(x)).toBe(false);
  });

  it('answers bad arguments with BAD_USER_INPUT and unknown ids with NOT_FOUND', async () => {
    const code = async (query: string) => (await q(query)).errors?.[0]?.extensions?.code;
    expect(await code('{ parkMatrix(minConfidence: 1.5) { truncated } }')).toBe('BAD_USER_INPUT');
    expect(await code('{ parkMatrix(maxChains: 0) { truncated } }')).toBe('BAD_USER_INPUT');
    expect(await code('{ parkMatrix { cells(first: 1000000) { factCount } } }')).toBe('BAD_USER_INPUT');
    expect(await code('{ parkMatrix { cells(first: 10) { facts(first: 501) { kind } } } }')).toBe('BAD_USER_INPUT');
    expect(await code('{ parkMatrix(chains: ["park:海洋片区"]) { truncated } }')).toBe('BAD_USER_INPUT');
    expect(await code('{ parkFacts(park: "industry:信创", industry: "industry:信创") { kind } }')).toBe('BAD_USER_INPUT');
    expect(await code('{ parkFacts(park: "park:没有", industry: "industry:信创") { kind } }')).toBe('NOT_FOUND');
    expect(await code('{ chainParks(chain: "industry:没有") { truncated } }')).toBe('NOT_FOUND');
    expect(await code('{ compareParks(a: "park:海洋片区", b: "park:海洋片区") { truncated } }')).toBe('BAD_USER_INPUT');
  });
});
