// What a client reads about `truncated` (introspection over HTTP, as GraphiQL and codegen read it) names
// every cap that can set it, with the values the code uses (PARK_LIMITS, LIMITS), and the caps that only
// cut a list without setting it; the capped lists say their cap. A cap changed in the code without its
// description fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARK_LIMITS } from '../../server/src/analysis/park-world.ts';
import { LIMITS } from '../../server/src/graphql/limits.ts';
import { gql, startServer, tempDir, type RunningServer } from '../integration/helpers.ts';

let server: RunningServer;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const t = await tempDir('kg-fix22-desc-');
  cleanup = t.cleanup;
  server = await startServer(t.dir);
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await cleanup?.();
});

const n = (x: number) => x.toLocaleString('en-US');
async function fields(type: string): Promise<Map<string, string>> {
  const r = await gql<{ __type: { fields: { name: string; description: string }[] } }>(server.url, `{ __type(name: "${type}") { fields { name description } } }`);
  expect(r.errors).toBeUndefined();
  return new Map(r.data!.__type.fields.map((f) => [f.name, f.description]));
}
const collected = [`${n(PARK_LIMITS.parks)} parks`, `${n(PARK_LIMITS.members)} enterprises and labs`, `${n(PARK_LIMITS.facts)} facts`];

describe('truncated says which caps set it', () => {
  it('Subgraph: the node limit (default and maximum), and that edges(first:) does not set it', async () => {
    const d = (await fields('Subgraph')).get('truncated')!;
    expect(d).toContain(`at most ${n(LIMITS.neighborhoodLimit)}`);
    expect(d).toContain('最多 5,000');
    expect(d).toContain('does not set it');
  });

  it('ParkMatrix: parks, members, facts, placements, maxChains; not the facts kept per cell nor first', async () => {
    const f = await fields('ParkMatrix');
    const d = f.get('truncated')!;
    for (const c of [...collected, `${n(PARK_LIMITS.placements)} facts placed in cells`, `at most ${PARK_LIMITS.chains}`]) expect(d).toContain(c);
    expect(d).toContain(`Not set by the ${PARK_LIMITS.factsPerCell} strongest facts kept per cell`);
    expect(d).toMatch(/[\u4e00-\u9fff]/);
  });

  it('ChainParks and ParkComparison: their own caps', async () => {
    const c = (await fields('ChainParks')).get('truncated')!;
    for (const x of [...collected, `${n(PARK_LIMITS.placements)} facts placed in cells`]) expect(c).toContain(x);
    const p = (await fields('ParkComparison')).get('truncated')!;
    for (const x of [...collected, `more than ${PARK_LIMITS.segmentsPerSide} segments`, 'at most 20 facts per segment']) expect(p).toContain(x);
  });

  it('the capped lists say their cap', async () => {
    const cell = await fields('ParkCell');
    expect(cell.get('facts')).toContain(`at most ${PARK_LIMITS.factsPerCell} kept per cell`);
    expect(cell.get('factCount')).toContain(`beyond the ${PARK_LIMITS.factsPerCell} kept`);
    expect((await fields('Query')).get('parkFacts')).toContain(`the ${PARK_LIMITS.factsPerCell} strongest at most`);
  });
});
