// Chain templates (seeds/lexicon/chains.tsv): the parser and its line-numbered errors, and the
// templates the issue asks for (信创 as the "311" system in stage order, the cell chain's links…).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKgError } from '../../server/src/errors.ts';
import { ChainIndex, parseChains, type ChainTemplate } from '../../server/src/ingest/lexicon/chains.ts';

const FILE = join(import.meta.dirname, '..', '..', 'seeds', 'lexicon', 'chains.tsv');
const HEAD = 'chain\tposition\torder\tstage\tsegment\tparent\taliases\n';

function fails(body: string, line: number, reason: RegExp): void {
  let err: unknown;
  try {
    parseChains(HEAD + body, 'x/chains.tsv');
  } catch (e) {
    err = e;
  }
  expect(isKgError(err), `expected a KgError for:\n${body}`).toBe(true);
  if (!isKgError(err)) return;
  expect(err.code).toBe('LEXICON_INVALID');
  expect(err.message).toContain(`x/chains.tsv:${line}`);
  expect(err.message).toMatch(reason);
  expect(err.details.line).toBe(line);
}

describe('chains.tsv parser', () => {
  it('reads chains, stages in order, segments with parents and cross-cutting segments', () => {
    const cs = parseChains(
      HEAD +
        '# comment\n' +
        'A\t\t\t\t\t\tA产业|甲\n' +
        'A\t下游\t3\t应用\t\t\t\n' +
        'A\t上游\t1\t材料\tX\t\tx甲|x乙\n' +
        'A\t上游\t1\t材料\tX1\tX\t\n' +
        'A\t中游\t2\t制造\tY\t\t\n' +
        'A\t横向\t\t\tZ\t\tz\n' +
        'B\t\t\t\t\tA\t\n',
    );
    const a = cs.find((c) => c.name === 'A')!;
    expect(a.aliases).toEqual(['A产业', '甲']);
    expect(a.stages.map((s) => [s.order, s.position, s.name])).toEqual([
      [1, '上游', '材料'],
      [2, '中游', '制造'],
      [3, '下游', '应用'],
    ]);
    expect(a.stages[0]!.segments.map((s) => [s.name, s.parent])).toEqual([
      ['X', undefined],
      ['X1', 'X'],
    ]);
    expect(a.cross.map((s) => s.name)).toEqual(['Z']);
    expect(cs.find((c) => c.name === 'B')!.parent).toBe('A');
    expect(parseChains('')).toEqual([]);
  });

  it('refuses bad lines with the file and the line', () => {
    fails('A\t左游\t1\tS\tX\t\t\n', 2, /position/);
    fails('A\t上游\tone\tS\tX\t\t\n', 2, /positive integer/);
    fails('A\t上游\t0\tS\tX\t\t\n', 2, /positive integer/);
    fails('A\t上游\t1\t\tX\t\t\n', 2, /stage column/);
    fails('A\t横向\t2\t\tX\t\t\n', 2, /no order/);
    fails('A\t横向\t\t\t\t\t\n', 2, /needs a segment/);
    fails('\t上游\t1\tS\tX\t\t\n', 2, /empty chain/);
    fails('A\t上游\t1\tS\tX\t\t\nA\t上游\t1\tT\tY\t\t\n', 3, /order 1 is stage "S"/);
    fails('A\t下游\t1\tS\tX\t\t\nA\t上游\t2\tT\tY\t\t\n', 3, /position and order disagree/);
    fails('A\t上游\t1\tS\tX\t\tx\nA\t上游\t1\tS\tY\t\tx\n', 3, /already names something on line 2/);
    fails('A\t上游\t1\tS\tX\t\t\nA\t上游\t1\tS\tX\t\t\n', 3, /already names/);
    fails('A\t上游\t1\tS\tX\tW\t\n', 2, /parent "W" is no segment/);
    fails('A\t上游\t1\tS\tX\t\t\nA\t中游\t2\tT\tY\tX\t\n', 3, /another stage/);
    fails('A\t上游\t1\tS\tX\tY\t\nA\t上游\t1\tS\tY\tX\t\n', 2, /cycle/);
    fails('A\t\t\t\t\tG\t\n', 2, /group "G" is not declared/);
    fails('A\t\t\t\t\tB\t\nB\t\t\t\t\tA\t\n', 2, /cycle/);
    fails('A\t\t\t\t\t\t\nA\t\t\t\t\t\t\n', 3, /declared twice/);
    fails('A\t上游\t1\tS\t\t\ts\nA\t上游\t1\tS\t\t\tt\n', 3, /declared twice/);
    fails('A\t上游\t1\tS\tX\t\t\textra\n', 2, /more cells/);
    let err: unknown;
    try {
      parseChains('chain\tposition\torder\tstage\tsegment\n', 'y.tsv');
    } catch (e) {
      err = e;
    }
    expect(isKgError(err) && err.message).toMatch(/y\.tsv:1.*"parent"/);
  });
});

describe('seeds/lexicon/chains.tsv', () => {
  const chains = parseChains(readFileSync(FILE, 'utf8'), FILE);
  const byName = (n: string): ChainTemplate => {
    const c = chains.find((x) => x.name === n);
    if (!c) throw new Error(`no chain ${n}`);
    return c;
  };

  it('has every chain the seeds and other cities name', () => {
    for (const n of ['信创', '生物医药', '细胞与基因治疗', '新能源', '光伏', '风电', '储能与动力电池', '氢能', '高端装备', '航空航天', '新材料', '脑机交互', '集成电路', '新型显示', '新能源汽车', '人工智能', '量子信息', '生物制造', '低空经济']) {
      byName(n);
    }
    expect(new ChainIndex(chains).family('新能源').map((c) => c.name)).toEqual(['新能源', '光伏', '风电', '储能与动力电池', '氢能']);
  });

  it('信创 is the "311" system: 基础硬件 → 软件系统 → 信创+服务, 信息安全 and 军民融合 across', () => {
    const c = byName('信创');
    expect(c.stages.map((s) => `${s.position}:${s.name}`)).toEqual(['上游:基础硬件', '中游:软件系统', '下游:信创+服务']);
    const segs = (i: number) => c.stages[i]!.segments.filter((s) => !s.parent).map((s) => s.name);
    expect(segs(0)).toEqual(['核心芯片', '整机终端', '存储与通信设备']);
    expect(c.stages[0]!.segments.filter((s) => s.parent === '核心芯片').map((s) => s.name)).toEqual(['芯片设计', '芯片制造', '芯片封测', '芯片材料']);
    expect(c.stages[1]!.segments.map((s) => s.name)).toEqual(expect.arrayContaining(['操作系统', '数据库', '中间件', '应用软件']));
    expect(segs(2)).toEqual(['适配测试', '系统集成', '信创+行业方案']);
    expect(c.cross.map((s) => s.name)).toEqual(['信息安全', '军民融合']);
    // 整机终端 stays one segment: 整机 and 终端 are its aliases
    const ix = new ChainIndex(chains);
    expect(ix.find('整机', '信创').map((m) => m.segment?.name)).toEqual(['整机终端']);
    expect(ix.find('终端', '信创').map((m) => m.segment?.name)).toEqual(['整机终端']);
  });

  it('细胞与基因治疗: 提取制备 → 存储 → 质控检验 → 研发生产 → 应用转化, 冷链物流 across', () => {
    const c = byName('细胞与基因治疗');
    expect(c.stages.map((s) => s.name)).toEqual(['提取制备', '存储', '质控检验', '研发生产', '应用转化']);
    expect(c.cross.map((s) => s.name)).toEqual(['冷链物流']);
    expect(c.parent).toBe('生物医药');
  });

  it('every chain with stages runs 上游 before 下游, and names resolve within a chain', () => {
    const ix = new ChainIndex(chains);
    for (const c of chains) {
      const ranks = c.stages.map((s) => ['上游', '中游', '下游'].indexOf(s.position));
      expect([...ranks].sort((a, b) => a - b), c.name).toEqual(ranks);
    }
    expect(ix.find('封测', '集成电路').map((m) => m.stage?.name)).toEqual(['封装测试']);
    expect(ix.find('光刻胶').map((m) => m.chain.name).sort()).toEqual(['新型显示', '新材料', '集成电路']);
    expect(ix.find('动力电池', '新能源汽车').map((m) => m.segment?.name)).toEqual(['动力电池']);
  });
});
