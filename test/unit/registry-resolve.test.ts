// Resolution of registry legal names against document names, scored on the hand-labelled pairs of
// test/fixtures/registry/name-pairs.tsv (targets: precision ≥ 0.98, recall ≥ 0.9, sure matches only;
// doubtful pairs are not merged, they go to review). Also: the parts of a name, credit-code identity,
// and rows competing for one enterprise.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRegistryLexicon } from '../../server/src/registry/lexicon.ts';
import { Resolver, resolveAll, type KnownEnterprise, type RowIdentity } from '../../server/src/registry/resolve.ts';

const lex = loadRegistryLexicon();
const FIX = new URL('../fixtures/registry/', import.meta.url).pathname;

function tsv(file: string): string[][] {
  return readFileSync(FIX + file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .slice(1)
    .map((l) => l.split('\t'));
}

const universe: KnownEnterprise[] = tsv('doc-enterprises.tsv').map(([name, aliases, industries]) => ({
  id: `enterprise:${name}`,
  name: name!,
  aliases: (aliases ?? '').split('|').filter(Boolean),
  field: lex.taxonomy.field((industries ?? '').split('|').filter(Boolean)),
}));

function rowField(code: string): Set<string> {
  const c = lex.codes.parse(code);
  return lex.taxonomy.field(c ? lex.codes.industriesOf(c.code)?.industries ?? [] : []);
}

describe('name parts', () => {
  const a = lex.names;
  it('strips region, organisation form, brackets and trade words', () => {
    expect(a.analyse('天津中环半导体股份有限公司')).toMatchObject({ full: '天津中环半导体', region: '天津', core: '中环半导体', brand: '中环' });
    expect(a.analyse('合源生物科技（天津）有限公司')).toMatchObject({ full: '合源生物科技', region: '天津', core: '合源生物科技', brand: '合源' });
    expect(a.analyse('深圳市腾讯计算机系统有限公司')).toMatchObject({ region: '深圳', core: '腾讯计算机系统', brand: '腾讯' });
    expect(a.analyse('中国长城科技集团股份有限公司')).toMatchObject({ core: '长城科技', group: true });
    expect(a.analyse('华为技术有限公司天津分公司')).toMatchObject({ full: '华为技术', branch: true });
  });
  it('knows a shareholder qualifier before the trade name (中科寒武纪 → 寒武纪), never when it is the whole name', () => {
    expect(a.analyse('中科寒武纪科技股份有限公司').unqualified).toBe('寒武纪科技');
    expect(a.analyse('中科创达软件股份有限公司').unqualified).toBe('创达软件');
    expect(a.analyse('中科软件有限公司').unqualified).toBeUndefined();
  });

  it('keeps a region that is the whole trade name (天津北海通信: 北海 is a city, 通信 a trade word)', () => {
    expect(a.analyse('天津北海通信技术有限公司')).toMatchObject({ core: '北海通信技术', brand: '北海' });
  });
});

describe('resolution', () => {
  it('scores the hand-labelled pairs: precision ≥ 0.98, recall ≥ 0.9', () => {
    const pairs = tsv('name-pairs.tsv').map(([legal, code, expected, note]) => ({ name: legal!, field: rowField(code!), expected: expected!, note: note ?? '' }));
    expect(pairs.length).toBeGreaterThanOrEqual(100);
    expect(pairs.filter((p) => p.expected === '-').length).toBeGreaterThanOrEqual(25);
    const resolver = new Resolver(universe, lex.names);
    const matches = resolveAll(resolver, pairs);
    let tp = 0;
    let fp = 0;
    let doubtful = 0;
    const wrong: string[] = [];
    const missed: string[] = [];
    pairs.forEach((p, i) => {
      const m = matches[i]!;
      const got = m.cls === 'sure' ? m.best!.entity.name : '-';
      if (m.cls === 'doubtful') doubtful++;
      if (m.cls === 'sure') {
        if (got === p.expected) tp++;
        else {
          fp++;
          wrong.push(`${p.name} → ${got} (${m.best!.kind} ${m.best!.score}), expected ${p.expected}`);
        }
      } else if (p.expected !== '-') missed.push(`${p.name} → ${m.cls} ${m.best?.entity.name ?? ''} ${m.best?.score ?? ''}`);
    });
    const positives = pairs.filter((p) => p.expected !== '-').length;
    const precision = tp / (tp + fp);
    const recall = tp / positives;
    console.log(`resolution on ${pairs.length} pairs (${positives} positive): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, doubtful ${doubtful}`);
    if (wrong.length) console.log('wrong merges:\n  ' + wrong.join('\n  '));
    console.log('not merged (doubtful or none):\n  ' + missed.join('\n  '));
    expect(wrong).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('the credit code is the identity: equal codes match whatever the names, different codes never do', () => {
    const known: KnownEnterprise[] = [
      { id: 'enterprise:飞腾', name: '飞腾', aliases: [], creditCode: '91120116MA05L7D65T' },
      { id: 'enterprise:麒麟软件', name: '麒麟软件', aliases: [] },
    ];
    const r = new Resolver(known, lex.names);
    expect(r.classify({ name: '天津某某新名称有限公司', creditCode: '91120116MA05L7D65T' })).toMatchObject({ cls: 'sure', best: { kind: 'credit-code', entity: { id: 'enterprise:飞腾' } } });
    expect(r.classify({ name: '飞腾信息技术有限公司', creditCode: '911201160830221344' }).cls).toBe('none');
    expect(r.classify({ name: '麒麟软件有限公司', creditCode: '911201160830221344' })).toMatchObject({ cls: 'sure', best: { entity: { id: 'enterprise:麒麟软件' } } });
  });

  it("another registry's enterprise is matched by credit code only, and only when no document's enterprise is sure", () => {
    const docs: KnownEnterprise[] = [{ id: 'enterprise:飞腾', name: '飞腾', aliases: [], field: lex.taxonomy.field(['芯片']) }];
    const other: KnownEnterprise[] = [
      { id: 'enterprise:飞腾信息技术有限公司', name: '', aliases: [], creditCode: '91120116MA05L7D65T' },
      { id: 'enterprise:北京东方通科技股份有限公司', name: '', aliases: [], creditCode: '911201160830221344' },
    ];
    const r = new Resolver(docs, lex.names, other);
    expect(r.classify({ name: '飞腾信息技术有限公司', creditCode: '91120116MA05L7D65T', field: rowField('I6520') }).best?.entity.id).toBe('enterprise:飞腾');
    expect(r.classify({ name: '东方通（改名后）有限公司', creditCode: '911201160830221344' })).toMatchObject({ cls: 'sure', best: { kind: 'credit-code', entity: { id: 'enterprise:北京东方通科技股份有限公司' } } });
    expect(r.classify({ name: '北京东方通科技股份有限公司' }).cls).toBe('none');
  });

  it('a two-character trade name needs the same field to be sure', () => {
    const r = new Resolver([{ id: 'enterprise:飞腾', name: '飞腾', aliases: [], field: lex.taxonomy.field(['芯片']) }], lex.names);
    const row = (name: string, code?: string): RowIdentity => (code ? { name, field: rowField(code) } : { name });
    expect(r.classify(row('飞腾信息技术有限公司', 'I6520')).cls).toBe('sure');
    expect(r.classify(row('飞腾信息技术有限公司')).cls).toBe('doubtful'); // field unknown
    expect(r.classify(row('天津飞腾电子科技有限公司', 'C3831')).cls).toBe('doubtful'); // other field
  });

  it('rows competing for one enterprise: the closest wins, equals are both doubtful', () => {
    const r = new Resolver([{ id: 'enterprise:天士力', name: '天士力', aliases: [], field: lex.taxonomy.field(['生物医药']) }], lex.names);
    const rows = [
      { name: '天士力医药集团股份有限公司', field: rowField('C2740') },
      { name: '天士力生物医药股份有限公司', field: rowField('C2761') },
    ];
    const [a, b] = resolveAll(r, rows);
    expect(a!.cls).toBe('sure');
    expect(b!.cls).toBe('doubtful');
    expect(b!.demoted).toMatch(/天士力医药集团股份有限公司/);
    const [c, d] = resolveAll(r, [rows[0]!, { ...rows[0]!, name: '天士力医药集团股份有限公司' }]);
    expect([c!.cls, d!.cls]).toEqual(['doubtful', 'doubtful']);
  });
});
