// A layout sentence placing industries in n parks (bench/hostile.ts parklist) grows the resolve and mention stages with
// the document, not with its square (a small hostile file must never take the server down). Work is counted, never
// timed, at n and 2n parks: the names each stage compares a name with may double, about, not quadruple.
import { describe, expect, it, vi } from 'vitest';
import { nameMergeWork } from '../../server/src/ingest/resolve/merge.ts';
import { mentionIndexWork } from '../../server/src/ingest/entities/mentions.ts';
import { parkCoverWork } from '../../server/src/ingest/relations/organisations.ts';
import { parkMentionWork } from '../../server/src/ingest/relations/park-mentions.ts';
import { runDoc } from '../fixtures/class-doc.ts';

// the mentions handed to orgsOf (the old suffixMentions filtered every mention of the sentence for each name it read)
const given = { steps: 0 };
vi.mock('../../server/src/ingest/entities/scan.ts', async (load) => {
  const real = await load<typeof import('../../server/src/ingest/entities/scan.ts')>();
  return {
    ...real,
    orgsOf: (out: Parameters<typeof real.orgsOf>[0]) => {
      given.steps += out.length;
      return real.orgsOf(out);
    },
  };
});
/** What suffixMentions looks at: mentions filtered for organisations, and mentions and places its index visits. */
const suffixWork = {
  get steps() {
    return given.steps + mentionIndexWork.steps;
  },
  set steps(n: number) {
    given.steps = n;
    mentionIndexWork.steps = n;
  },
};

const layout = (n: number) =>
  `某市产业园区发展规划\n\n一、空间布局\n生物医药、新能源、集成电路、人工智能产业分别布局在${Array.from({ length: n }, (_, i) => `第${i}产业园`).join('、')}等园区。\n`;

async function run(text: string, counter: { steps: number }) {
  counter.steps = 0;
  const x = await runDoc(text);
  return { steps: counter.steps, nodes: x.nodes, edges: x.edges.map((e) => `${e.type} ${e.source} -> ${e.target}`) };
}

describe('names written in full and short (resolve/merge.ts nameMerges)', () => {
  it('第0产业园、第1产业园…: each name is compared with the names it could be short for, not with every name', async () => {
    const [small, large] = [await run(layout(300), nameMergeWork), await run(layout(600), nameMergeWork)];
    expect(small.steps).toBeGreaterThan(0);
    // (old code: every park's name compared with every other name of the document — 4× per doubling)
    expect(large.steps / small.steps).toBeLessThanOrEqual(2.5);
    expect(large.nodes.filter((x) => x.label === 'Park').length).toBe(600);
  });

  it('a short name still merges into its one full name, firm and park alike', async () => {
    const doc =
      '某市产业发展规划\n\n一、发展基础\n支持长飞光纤光缆股份有限公司建设研发中心。长飞光纤光缆在武汉东湖高新区建设基地。东湖高新区重点发展光通信。\n';
    const x = await runDoc(doc);
    const n = (label: string) => x.nodes.filter((m) => m.label === label).map((m) => m.name).sort();
    expect(n('Park').filter((p) => p.includes('东湖'))).toEqual(['武汉东湖高新区']);
    expect(n('Enterprise').filter((p) => p.includes('长飞'))).toHaveLength(1);
  });
});

describe('suffix-typed names of one sentence (entities/mentions.ts suffixMentions)', () => {
  it('第0产业园、第1产业园…: each name asks only the mentions near it whether it crosses or extends one', async () => {
    const [small, large] = [await run(layout(300), suffixWork), await run(layout(600), suffixWork)];
    expect(small.steps).toBeGreaterThan(0);
    // (old code: every mention of the sentence filtered for organisations two or three times per name — 4× per doubling)
    expect(large.steps / small.steps).toBeLessThanOrEqual(2.5);
    expect(large.nodes.filter((x) => x.label === 'Park').map((x) => x.name)).toContain('第599产业园');
  });

  it('a name still splits off its zone and its settled subject, swallows a known owner, joins a typed neighbour', async () => {
    // (the same names as at 5e8b3f8, before the index)
    const orgs = async (t: string) => (await runDoc(`某市产业发展规划\n\n一、空间布局\n${t}\n`)).nodes.filter((m) => m.label !== 'Industry').map((m) => `${m.label}:${m.name}`).sort();
    expect(await orgs('建设成都高新区新川创新科技园和岚湖实验室位于岚城高新区。支持中科曙光国家先进计算产业创新中心建设。')).toEqual([
      'Enterprise:中科曙光',
      'Lab:国家先进计算产业创新中心',
      'Park:岚城高新区',
      'Park:成都高新区',
      'Park:新川创新科技园',
    ]);
    expect(await orgs('岚湖实验室位于岚城高新区。建设宝安低空经济产业园和西乡无人机测试基地。科学园和互联网产业园加快建设。')).toEqual([
      'Lab:岚湖实验室',
      'Park:互联网产业园',
      'Park:宝安低空经济产业园',
      'Park:岚城高新区',
      'Park:科学园',
      'Park:西乡无人机测试基地',
    ]);
  });
});

describe("a park's name inside a longer park's name (relations/organisations.ts organisationEdges)", () => {
  it('第0产业园、第1产业园…: each park asks the sorted parks whether a longer one covers it, not every organisation', async () => {
    const [small, large] = [await run(layout(300), parkCoverWork), await run(layout(600), parkCoverWork)];
    expect(small.steps).toBeGreaterThan(0);
    // (old code: every organisation of the sentence looked at for each park — 4× per doubling)
    expect(large.steps / small.steps).toBeLessThanOrEqual(2.5);
  });

  it("邹平经济技术开发区铝深加工产业园重点发展X: the focus is the park's, not the zone's read inside its name", async () => {
    const x = await runDoc('某市产业发展规划\n\n一、空间布局\n邹平经济技术开发区铝深加工产业园重点发展铝合金材料。\n');
    const hosts = x.edges.filter((e) => e.type === 'HOSTS').map((e) => `${e.source} -> ${e.target}`);
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.every((h) => h.startsWith('park:邹平经济技术开发区铝深加工产业园 '))).toBe(true);
  });
});

describe('parks the mention reader missed, written again (relations/park-mentions.ts withParkMentions)', () => {
  it('第0产业园、第1产业园…: each park found in one walk of the sentence and asked of the characters it covers whether it is taken', async () => {
    const [small, large] = [await run(layout(300), parkMentionWork), await run(layout(600), parkMentionWork)];
    expect(small.steps).toBeGreaterThan(0);
    // (old code: every mention of the sentence asked for each park the document names, and the whole sentence searched
    // for each park's name — 4× per doubling each, counted as mentions asked and characters searched)
    expect(large.steps / small.steps).toBeLessThanOrEqual(2.5);
  });

  it('a park named in a heading and written again in a sentence is still read there, once', async () => {
    const x = await runDoc('某市产业园区发展规划\n\n（一）岚城高新区\n当前，岚城高新区已集聚岚湖科技股份有限公司等企业，重点发展集成电路。\n');
    const strongHosts = x.edges.filter((e) => e.type === 'HOSTS' && e.source === 'park:岚城高新区').map((e) => e.target);
    expect(strongHosts).toContain('industry:集成电路');
  });
});
