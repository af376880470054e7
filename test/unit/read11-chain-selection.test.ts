// industryChain builds only what the query reads (graphql/resolvers.ts chainSelection →
// analysis/chain.ts `select`): a query that reads part of a chain gets exactly that part of the
// answer a query reading everything gets. Every industry of the seeds, both thresholds, through
// the GraphQL handler (fragments, aliases and `gaps` included). It fails when a list someone reads
// is left out (e.g. `gap` computed without the parks, or `stages` left empty).
import { describe, expect, it } from 'vitest';
import { createGraphQLHandler } from '../../server/src/graphql/handler.ts';
import { ChainIndex } from '../../server/src/chain-templates.ts';
import { loadLexicon } from '../../server/src/ingest/lexicon/index.ts';
import { seedStore } from '../tools/related-judgments.ts';

const SEGMENT_ALL = 'industry{id name} position upstream(first:10){id} downstream(first:10){id} enterprises(first:20){id name} labs(first:10){id} parks(first:10){id} measures(first:10){id} gap stage templateSegment';
const STAGES_ALL = 'stages(first:20){order position name segments(first:60){name industries(first:10){id} parts(first:10){name industries(first:10){id}} enterprises(first:20){id} labs(first:10){id} parks(first:10){id} measures(first:10){id} gap}}';
const FULL = `industry{id} parent{id} template minConfidence segments(first:60){${SEGMENT_ALL}} gaps(first:60){id} unplaced(first:60){id} ${STAGES_ALL}`;

/** Partial selections, each with the keys it reads of the full answer (a shape: true = the whole value). */
type Shape = { [k: string]: true | Shape };
const PARTS: { sel: string; shape: Shape; fragments?: string }[] = [
  // the bench rotation's
  { sel: 'segments(first:60){industry{name} gap enterprises(first:20){name}}', shape: { segments: { industry: { name: true }, gap: true, enterprises: { name: true } } } },
  { sel: 'segments(first:60){industry{id} position}', shape: { segments: { industry: { id: true }, position: true } } },
  { sel: 'segments(first:60){industry{id} gap}', shape: { segments: { industry: { id: true }, gap: true } } },
  { sel: 'gaps(first:60){id}', shape: { gaps: true } },
  { sel: 'segments(first:60){industry{id} labs(first:10){id} measures(first:10){id}}', shape: { segments: { industry: { id: true }, labs: true, measures: true } } },
  { sel: 'segments(first:60){industry{id} upstream(first:10){id} downstream(first:10){id}}', shape: { segments: { industry: { id: true }, upstream: true, downstream: true } } },
  { sel: 'segments(first:60){industry{id} parks(first:10){id}}', shape: { segments: { industry: { id: true }, parks: true } } },
  { sel: STAGES_ALL, shape: { stages: true } },
  { sel: 'stages(first:20){name segments(first:60){name gap}} segments(first:60){industry{id} position}', shape: { stages: { name: true, segments: { name: true, gap: true } }, segments: { industry: { id: true }, position: true } } },
  // through a named fragment, an inline fragment and an alias
  { sel: 'segments(first:60){...S} unplaced(first:60){id}', fragments: 'fragment S on ChainSegment { industry{id} ... on ChainSegment { gap enterprises(first:20){id name} } }', shape: { segments: { industry: { id: true }, gap: true, enterprises: true }, unplaced: true } },
];

function project(v: unknown, shape: true | Shape): unknown {
  if (shape === true || v === null) return v;
  if (Array.isArray(v)) return v.map((x) => project(x, shape));
  const o = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(shape)) out[k] = project(o[k], s);
  return out;
}

describe('read11: industryChain builds only what the query reads', () => {
  it('every partial selection is the full answer restricted to it (every seed industry, both thresholds)', async () => {
    const { store, close } = await seedStore();
    try {
      const handler = await createGraphQLHandler({ store, log: () => undefined, chains: new ChainIndex(loadLexicon().chains), responseCache: null });
      const ask = async (query: string, variables: Record<string, unknown>) => {
        const r = await handler.execute({ method: 'POST', headers: { 'content-type': 'application/json' }, search: '', body: { query, variables } }, null);
        expect(r.status).toBe(200);
        const j = JSON.parse(r.body) as { data?: { c: unknown }; errors?: unknown };
        expect(j.errors).toBeUndefined();
        return j.data!.c;
      };
      const industries = (await store.listNodes({ label: 'Industry', first: 1000 })).nodes.map((n) => n.id);
      expect(industries.length).toBeGreaterThan(30);
      let compared = 0;
      let gapsSeen = 0;
      let listsSeen = 0;
      for (const min of [0.5, 0]) {
        for (const id of industries) {
          const vars = { id, min };
          const full = await ask(`query($id:ID!,$min:Float){c:industryChain(id:$id,minConfidence:$min){${FULL}}}`, vars);
          const f = full as { gaps: unknown[]; segments: { enterprises: unknown[]; labs: unknown[]; measures: unknown[] }[] };
          gapsSeen += f.gaps.length;
          listsSeen += f.segments.reduce((n, s) => n + s.enterprises.length + s.labs.length + s.measures.length, 0);
          for (const p of PARTS) {
            const got = await ask(`query($id:ID!,$min:Float){c:industryChain(id:$id,minConfidence:$min){${p.sel}}} ${p.fragments ?? ''}`, vars);
            expect(got, `${id} min ${min}: ${p.sel}`).toEqual(project(full, p.shape));
            compared++;
          }
        }
      }
      expect(compared).toBeGreaterThan(600);
      // the answers compared are not empty ones
      expect(gapsSeen).toBeGreaterThan(10);
      expect(listsSeen).toBeGreaterThan(100);
      await handler.stop();
    } finally {
      await close();
    }
  }, 300_000);
});
