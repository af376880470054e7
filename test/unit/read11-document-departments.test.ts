// A measure's departments (DepartmentRole) through the two ways the resolvers answer them: worked out
// for every measure at once by a document's `measures` (resolvers.ts: ctx.measureRoles), and per
// measure (`node(id)`, the loaders). Both give the documented order — lead, support, responsible,
// city, any other role, then the offset of the first sentence, then the store's edge order — over
// every measure of the seeds, read independently here from the store's edges. An alias that selects
// the field twice gets the same list twice.
import { describe, expect, it } from 'vitest';
import { createGraphQLHandler } from '../../server/src/graphql/handler.ts';
import { edgeId } from '../../server/src/model.ts';
import { seedStore } from '../tools/related-judgments.ts';

const RANK: Record<string, number> = { lead: 0, support: 1, responsible: 2, city: 3 };

describe('read11: departments of measures, in order, both ways', () => {
  it('documents → measures → departments and node(id) → departments give the documented order', async () => {
    const { store, close } = await seedStore();
    try {
      const handler = await createGraphQLHandler({ store, log: () => undefined, responseCache: null });
      const ask = async (query: string) => {
        const r = await handler.execute({ method: 'POST', headers: { 'content-type': 'application/json' }, search: '', body: { query } }, null);
        const j = JSON.parse(r.body) as { data: Record<string, unknown>; errors?: unknown };
        expect(j.errors).toBeUndefined();
        return j.data;
      };
      const docs = (await ask('{documents{id measures(first:100){id departments(first:10){role department{id}} again:departments(first:10){role department{id}}}}}')).documents as {
        measures: { id: string; departments: { role: string; department: { id: string } }[]; again: unknown }[];
      }[];
      let measures = 0;
      let withSeveral = 0;
      for (const d of docs) {
        for (const m of d.measures) {
          // independently: the measure's RESPONSIBLE_FOR in-edges, in the store's order, sorted stably by role rank then offset
          const edges = await store.edgesOf({ ids: [m.id], direction: 'in', types: ['RESPONSIBLE_FOR'] });
          const want = edges
            .map((e, i) => ({ e, i, role: typeof e.properties.role === 'string' ? e.properties.role : 'responsible' }))
            .sort((a, b) => (RANK[a.role] ?? 9) - (RANK[b.role] ?? 9) || (a.e.evidence[0]?.start ?? 0) - (b.e.evidence[0]?.start ?? 0) || a.i - b.i)
            .slice(0, 10)
            .map((x) => ({ role: x.role, department: { id: x.e.source } }));
          expect(m.departments, m.id).toEqual(want);
          expect(m.again, m.id).toEqual(want);
          const one = (await ask(`{node(id:${JSON.stringify(m.id)}){... on Measure{departments(first:10){role department{id}}}}}`)).node as { departments: unknown };
          expect(one.departments, m.id).toEqual(want);
          for (const x of want) expect(edgeId('RESPONSIBLE_FOR', x.department.id, m.id)).toBeTruthy();
          measures++;
          if (want.length > 1) withSeveral++;
        }
      }
      expect(measures).toBeGreaterThan(100);
      expect(withSeveral).toBeGreaterThan(20);
      await handler.stop();
    } finally {
      await close();
    }
  }, 300_000);
});
