// Node classes of issue 12, second pass (branch nodes18), read from blind15 and blind16 and counted across the
// development sets; short texts of the genre written for these tests (names invented, not in the lexicon). Each
// asserts what the class forbids as well as what it gives.
import { describe, expect, it } from 'vitest';
import { runDoc, names, strong } from '../fixtures/class-doc.ts';

describe('the document’s own zone written in full in a 是-clause (blind16 r06; blind9 r04 writes 开发区是国家级经济技术开发区)', () => {
  it('P是国家级高新技术产业开发区 leaves P, one node with the title’s zone', async () => {
    const x = await runDoc('青峰高新技术产业开发区产业发展规划\n一、发展基础\n青峰高新区是国家级高新技术产业开发区，已形成化工新材料和医药中间体两大主导产业。');
    expect(names(x, 'Park')).toEqual(['青峰高新技术产业开发区']);
    expect(x.nodes.filter((n) => /是/.test(n.name))).toEqual([]);
  });
  it('a bare 高新区 counts the document’s 高新技术产业开发区 as one: beside a second 高新区 it names neither', async () => {
    const x = await runDoc(
      '青峰高新技术产业开发区发展规划\n\n一、基础\n青峰高新区是国家级高新技术产业开发区。\n二、布局\n白塔高新区重点发展软件服务，澄帆科技、岚岳信息均位于高新区。\n',
    );
    expect(strong(x, 'LOCATED_IN').filter((e) => /澄帆科技|岚岳信息/.test(e))).toEqual([]);
    // (with one 高新区 only, the bare word is that zone)
    const y = await runDoc('某市产业规划\n\n一、布局\n白塔高新区重点发展软件服务，澄帆科技、岚岳信息均位于高新区。\n');
    expect(strong(y, 'LOCATED_IN')).toContain('enterprise:澄帆科技 -> park:白塔高新区');
  });
});
