// A layout sentence listing n parks grows the park reader with the sentence, not with its square or cube (review17 M1:
// a small hostile file must never take the server down). Work is counted, never timed: every pattern run (RegExp exec,
// which test, replace and matchAll go through) while relations/parks.ts parkEdges reads a document, at n and 2n parks;
// the old reader asked each park of every name before it by a slice and two or three patterns over it (4× per doubling).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runDoc } from '../fixtures/class-doc.ts';

const depth = { in: 0 };
vi.mock('../../server/src/ingest/relations/parks.ts', async (load) => {
  const real = await load<typeof import('../../server/src/ingest/relations/parks.ts')>();
  return {
    ...real,
    parkEdges: (...a: Parameters<typeof real.parkEdges>) => {
      depth.in++;
      try {
        return real.parkEdges(...a);
      } finally {
        depth.in--;
      }
    },
  };
});

const exec = RegExp.prototype.exec;
afterEach(() => {
  RegExp.prototype.exec = exec;
});

/** A document through the real pipeline: the patterns parkEdges ran, and the document's edges. */
async function work(text: string) {
  let runs = 0;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    if (depth.in) runs++;
    return exec.call(this, s);
  };
  try {
    const x = await runDoc(text);
    return { runs, nodes: x.nodes, edges: x.edges.map((e) => `${e.type} ${e.source} -> ${e.target}`) };
  } finally {
    RegExp.prototype.exec = exec;
  }
}

const layout = (n: number) =>
  `某市产业园区发展规划\n\n一、空间布局\n生物医药、新能源、集成电路、人工智能产业分别布局在${Array.from({ length: n }, (_, i) => `第${i}产业园`).join('、')}等园区。\n`;

describe('one layout sentence placing industries in n parks (relations/parks.ts parkEdges)', () => {
  it('X、Y分别布局在第0产业园、第1产业园…等园区: the patterns run grow with the parks, not with their pairs', async () => {
    const [small, large] = [await work(layout(300)), await work(layout(600))];
    expect(small.runs).toBeGreaterThan(0);
    // (old code: 4× per doubling and more — each park asked SETTLED of every name before it)
    expect(large.runs / small.runs).toBeLessThanOrEqual(2.5);
    // every park is read, and the list of parks settles nothing in any of them
    expect(large.nodes.filter((x) => x.label === 'Park').length).toBe(600);
    expect(large.edges.filter((e) => e.startsWith('LOCATED_IN park:'))).toEqual([]);
  });

  it('A、B…等企业已落户P1、P2…: a list settled right before its park still settles every firm there, the work linear', async () => {
    const doc = (n: number) =>
      `某市产业发展规划\n\n一、发展基础\n${Array.from({ length: n }, (_, i) => `企业${String(i).padStart(4, '0')}公司`).join('、')}等企业已落户滨海高新区。${Array.from({ length: n }, (_, i) => `第${i}产业园`).join('、')}等园区加快建设。\n`;
    const [small, large] = [await work(doc(150)), await work(doc(300))];
    const located = (x: typeof small) => x.edges.filter((e) => /^LOCATED_IN enterprise:企业\d+ -> park:滨海高新区$/.test(e)).length;
    expect([located(small), located(large)]).toEqual([150, 300]);
    expect(large.runs / small.runs).toBeLessThanOrEqual(2.5);
  });
});
