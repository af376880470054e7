// The lexicon module: every editable file read once, validated with the file and line of a bad value
// (KgError LEXICON_INVALID), handed to the pipeline in one IngestContext.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeError, KgError } from '../../server/src/errors.ts';
import { createIngestContext } from '../../server/src/ingest/context.ts';
import { DEFAULT_LEXICON_DIR, LEXICON_FILES, loadLexicon, parseLexicon, type LexiconFile } from '../../server/src/ingest/lexicon/index.ts';
import { runPipeline } from '../../server/src/ingest/index.ts';

function invalid(files: Partial<Record<LexiconFile, string>>): KgError {
  try {
    parseLexicon(files, '/lex');
  } catch (e) {
    expect(e).toBeInstanceOf(KgError);
    return e as KgError;
  }
  throw new Error('expected LEXICON_INVALID');
}

describe('lexicon files are validated with the line of the bad value', () => {
  it.each([
    ['industries.tsv', '# c\nname\taliases\tparent\tlevel\torder\n信创\t\t\tindustry\t\n芯片\t\t信创\tsegmnt\t\n', 4, /unknown level "segmnt"/],
    ['industries.tsv', 'name\taliases\tparent\tlevel\torder\n芯片\t\t信创\tsegment\t\n', 2, /parent "信创" names no row/],
    ['industries.tsv', 'name\taliases\tparent\tlevel\torder\n芯片\t\t\tsegment\tfirst\n', 2, /order "first" is not a positive integer/],
    ['industries.tsv', 'name\tlevel\n芯片\tsegment\n\n芯片\tchain\n', 4, /repeats line 2/],
    ['industries.tsv', 'aliases\tlevel\n芯片\tsegment\n', 1, /lacks the column "name"/],
    ['organizations.tsv', 'name\tlabel\tkind\taliases\n飞腾\tEnterprise\t\t\n海河实验室\tLab\tzone\t\n', 3, /kind "zone" is not one of Lab's/],
    ['organizations.tsv', 'name\tlabel\tkind\taliases\n飞腾\tCompany\t\t\n', 2, /unknown label "Company"/],
    ['departments.tsv', 'jurisdiction\tcanonical\taliases\n*\t社会发展局\t社发局\n\t工业和信息化局\t工信局\n', 3, /jurisdiction column is empty/],
    ['jurisdictions.tsv', 'city\tcanonical\taliases\n天津市\t\t高新区\n', 2, /canonical column is empty/],
    ['functional-stems.txt', '# stems\n科技\n工业 和信息化\n', 3, /one stem per line/],
    ['not-industries.txt', '*登记|申*领\tnote\n', 1, /only at the start or the end/],
    ['gbt4754.tsv', 'code\tlevel\tname\tindustries\tconfidence\nC39\t2\t电子设备\t\t\nC3973\t4\t集成电路制造\t芯片\t1.5\n', 3, /confidence "1.5" is not in/],
    ['gbt4754.tsv', 'code\tlevel\tname\tindustries\tconfidence\n3973\t4\t集成电路制造\t\t\n', 2, /must be a section letter/],
    ['gbt4754.tsv', 'code\tlevel\tname\tindustries\tconfidence\nC39\t2\t电子\t\t\nC39\t2\t电子\t\t\n', 3, /repeats line 2/],
    ['regions.txt', '天津\n北 京\n', 2, /one word per line/],
    ['products.tsv', 'keywords\tsegment\nCPU|处理器\t\n', 2, /needs keywords and a segment/],
  ] as const)('%s: a bad line is LEXICON_INVALID naming the file and the line', (file, text, line, reason) => {
    const e = invalid({ [file]: text });
    expect(e.code).toBe('LEXICON_INVALID');
    expect(e.message).toContain(`/lex/${file}:${line}`);
    expect(e.message).toMatch(reason);
    expect(e.details).toMatchObject({ file: `/lex/${file}`, line });
    // a boundary reports it as is (an upload or the CLI says what is wrong, not "internal error")
    expect(describeError(e)).toMatchObject({ code: 'LEXICON_INVALID', known: true, exit: 1 });
  });

  it('the seeds lexicon is valid and complete: every file is read', () => {
    const lex = loadLexicon(DEFAULT_LEXICON_DIR);
    expect(lex.industries.length).toBeGreaterThan(50);
    expect(lex.organizations.length).toBeGreaterThan(50);
    expect(lex.departments.length).toBeGreaterThan(5);
    expect(lex.jurisdictions.length).toBeGreaterThan(10);
    expect(lex.stems.length).toBeGreaterThan(50);
    expect(lex.notIndustries.suffixes).toContain('登记');
    expect(lex.chains.map((c) => c.name)).toContain('信创');
    // enterprise registries
    expect(lex.industryCodes).toHaveLength(1772);
    expect(lex.regions).toContain('天津');
    expect(lex.tradeWords).toContain('信息技术');
    expect(lex.namePrefixes).toContain('中科');
    expect(lex.products.length).toBeGreaterThan(100);
    expect(lex.parkAddresses.length).toBeGreaterThan(10);
    expect(LEXICON_FILES).toHaveLength(14);
  });

  it('the registry files must name industries of the taxonomy and parks of organizations.tsv', () => {
    const industries = 'name\taliases\tparent\tlevel\torder\n芯片\t核心芯片\t\tsegment\t\n';
    const parks = 'name\tlabel\tkind\taliases\n华苑片区\tPark\tarea\t\n';
    expect(parseLexicon({ 'industries.tsv': industries, 'products.tsv': 'keywords\tsegment\nCPU\t核心芯片\n' }).products).toHaveLength(1);
    expect(invalid({ 'industries.tsv': industries, 'products.tsv': 'keywords\tsegment\nCPU\t处理器\n' }).message).toMatch(/products\.tsv:2: .*segment "处理器" names no industry/);
    expect(invalid({ 'organizations.tsv': parks, 'park-addresses.tsv': 'keywords\tpark\n海泰\t华苑\n' }).message).toMatch(/park-addresses\.tsv:2: .*park "华苑" names no Park/);
    expect(invalid({ 'industries.tsv': industries, 'gbt4754.tsv': 'code\tlevel\tname\tindustries\tconfidence\nC3973\t4\t集成电路制造\t集成电路\t0.8\n' }).message).toMatch(/C3973 maps to "集成电路"/);
  });

  it('a directory with a bad file fails when the context is made, before any document is read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-lex-bad-'));
    writeFileSync(join(dir, 'organizations.tsv'), 'name\tlabel\tkind\taliases\n飞腾\tenterprise\t\t\n');
    expect(() => createIngestContext({ lexiconDir: dir })).toThrow(/organizations\.tsv:2: .*unknown label "enterprise"/);
  });

  it('missing files are empty lists: the conventions alone still extract', async () => {
    const ctx = createIngestContext({ lexicon: parseLexicon({}) });
    const text = '一、重点任务\n1.支持企业发展。依托星河动力科技有限公司、蓝箭航天等企业，重点发展商业航天产业。（责任单位：区科技局）\n';
    const { batch } = await runPipeline({ file: 'x.txt', bytes: new TextEncoder().encode(text) }, ctx);
    expect(batch.nodes.filter((n) => n.label === 'Enterprise').map((n) => n.name)).toContain('星河动力科技');
  });

  it('one lexicon handed to the whole pipeline: a department abbreviation from the caller\'s lexicon', async () => {
    const text = '一、重点任务\n1.支持企业发展。（责任单位：科信局）\n2.加强人才引进。（责任单位：人社局）\n';
    const bytes = new TextEncoder().encode(text);
    const seeds = await runPipeline({ file: 'x.txt', bytes }, createIngestContext());
    const own = await runPipeline(
      { file: 'x.txt', bytes },
      createIngestContext({ lexicon: { ...loadLexicon(), departments: [{ jurisdiction: '*', canonical: '科学技术和信息化局', aliases: ['科信局'] }] } }),
    );
    const depts = (b: typeof seeds.batch) => b.nodes.filter((n) => n.label === 'Department').map((n) => n.name).sort();
    expect(depts(seeds.batch)).toEqual(['人力资源和社会保障局', '科信局']);
    expect(depts(own.batch)).toEqual(['人社局', '科学技术和信息化局']);
  });
});
