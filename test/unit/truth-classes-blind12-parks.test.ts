// Park relation classes (PART_OF between parks, HOSTS, LOCATED_IN) found on the blind12 set and checked on blind11
// (branch parks14): short documents of the genre written for these tests (places and firms invented). Each asserts
// what the class gives and what it must not give.
import { describe, expect, it } from 'vitest';
import { all, runDoc, strong } from '../fixtures/class-doc.ts';

describe('blind12 r06, blind11 r06: Z由P1、P2、P3和P4组成 with no count word after the list', () => {
  it('高新区按照“一区四园”布局，由…组成: the bare 高新区 is the title zone written out, each park part of it (structure)', async () => {
    const x = await runDoc(
      '白鹭高新技术产业开发区产业发展规划\n\n第三章　空间布局\n\n高新区按照“一区四园”布局，由青岚电子产业园、云杉装备产业园、赤松新材料产业园和白鹭综合保税区组成。\n',
    );
    const parts = strong(x, 'PART_OF').filter((e) => e.startsWith('park:'));
    for (const p of ['青岚电子产业园', '云杉装备产业园', '赤松新材料产业园', '白鹭综合保税区']) expect(parts).toContain(`park:${p} -> park:白鹭高新技术产业开发区`);
  });
  it('“一区四园”由…组成: the layout label stands for the title zone', async () => {
    const x = await runDoc(
      '白鹭经济技术开发区产业发展规划（2026—2030年）\n\n第四章 空间布局\n\n构建“一区四园”产业空间格局。“一区四园”由青岚光伏产业园、云杉汽车产业园、赤松光学产业园和白鹭综合保税区组成,各园区主导产业见下表。\n',
    );
    const parts = strong(x, 'PART_OF').filter((e) => e.startsWith('park:'));
    for (const p of ['青岚光伏产业园', '云杉汽车产业园', '赤松光学产业园', '白鹭综合保税区']) expect(parts).toContain(`park:${p} -> park:白鹭经济技术开发区`);
  });
  it('a list with names not read as parks and no count word, or a layout of several zones (“一核两区”), gives no part', async () => {
    const x = await runDoc(
      '白鹭经济技术开发区产业发展规划\n\n第四章 空间布局\n\n“一核两区”由青岚光伏产业园和云杉汽车产业园组成。开发区产业联盟由青岚科技、云杉电子和赤松光学组成。\n',
    );
    expect(all(x, 'PART_OF').filter((e) => /-> park:白鹭经济技术开发区/.test(e))).toEqual([]);
  });
});
