// Chain-layout classes found by chains28 (blind29–blind36). Each test runs a short document written for it (names and
// places invented) through the real read, structure and extraction stages, and asserts what the class gives and what
// must not come.
import { describe, expect, it } from 'vitest';
import { named, runDoc } from '../fixtures/class-doc.ts';

describe('a level line that labels its level and lists what it includes in one sentence (上游：X，主要包括A、B和C / 上游（X环节）：主要包括…: blind29 r05/r06, blind30 r05, blind36 r05)', () => {
  it('the items are parts of a label naming one segment, else of the chain the map lays out; application fields are none', async () => {
    const x = await runDoc(
      '青禾县钛材产业链招商图谱\n\n一、产业链图谱\n' +
        '上游：海绵钛坯料，主要包括零级海绵钛、钛锭和钛板坯，目前主要从外省采购。\n' +
        '中游：熔炼与轧制，主要包括钛带卷、钛丝和钛管。\n' +
        '下游：应用领域，主要包括航空航天、化工和医疗。\n',
    );
    const part = named(x, 'PART_OF');
    for (const p of ['零级海绵钛', '钛锭', '钛板坯']) expect(part).toContain(`${p} -> 海绵钛坯料`);
    for (const p of ['钛带卷', '钛丝', '钛管']) expect(part).toContain(`${p} -> 钛材`);
    for (const bad of ['航空航天 -> 钛材', '化工 -> 钛材', '医疗 -> 钛材']) expect(part).not.toContain(bad);
  });
  it('a stage in brackets (上游（熔铸环节）：) or a label ending in 环节 files its items under the chain', async () => {
    const x = await runDoc(
      '白水市新型铜材产业链链长制实施方案\n\n一、产业链图谱\n' +
        '上游（熔铸环节）：主要包括无氧铜杆、再生铜和铜合金扁锭。\n' +
        '中游：压延环节，主要包括精密铜带、铜合金线材和铜管。\n',
    );
    const part = named(x, 'PART_OF');
    for (const p of ['无氧铜杆', '再生铜', '铜合金扁锭', '精密铜带', '铜合金线材', '铜管']) expect(part).toContain(`${p} -> 新型铜材`);
    expect(part).not.toContain('无氧铜杆 -> 熔铸');
  });
});

describe('a numbered level line followed by its parts sentence (（一）上游：X。主要包括A、B和C。: blind31 r05, blind32 r05)', () => {
  it('the items are the level\'s when it names one segment, the chain\'s when the level joins a bare stage', async () => {
    const x = await runDoc(
      '青禾市毛竹产业链链长制实施方案\n\n一、产业链图谱\n' +
        '（一）上游：种苗繁育与种植。主要包括毛竹种苗繁育、竹林抚育和毛竹种植。青禾竹业等企业已建成基地。\n\n' +
        '（二）中游：竹制品加工。主要包括竹地板、竹胶合板和竹家具。\n',
    );
    const part = named(x, 'PART_OF');
    for (const p of ['竹地板', '竹胶合板', '竹家具']) expect(part).toContain(`${p} -> 竹制品加工`);
    for (const p of ['毛竹种苗繁育', '竹林抚育', '毛竹种植']) expect(part).toContain(`${p} -> 毛竹`);
  });
});
