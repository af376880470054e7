import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../client/src/api.ts';
import { LABELS } from '../../client/src/api.ts';
import {
  LABEL_STYLE,
  edgeLabel,
  groupSuggestions,
  hitContext,
  nodeDisplayName,
  relGroupTitle,
  truncate,
} from '../../client/src/labels.ts';
import { highlightSegments } from '../../client/src/text.ts';

const hit = (id: string, label: SearchHit['label'], name: string, extra: Partial<SearchHit> = {}): SearchHit => ({
  id,
  label,
  name,
  aliases: [],
  ...extra,
});

describe('groupSuggestions', () => {
  it('groups by label in order of the best-ranked hit and keeps rank inside groups', () => {
    const groups = groupSuggestions([
      hit('dept:滨海高新区:科技局', 'Department', '科技局'),
      hit('measure:000:15', 'Measure', '支持科技企业'),
      hit('dept:津南区:区科技局', 'Department', '区科技局'),
      hit('industry:信创', 'Industry', '信创'),
    ]);
    expect(groups.map((g) => g.title)).toEqual(['部门', '举措', '产业']);
    expect(groups[0]!.hits.map((h) => h.id)).toEqual(['dept:滨海高新区:科技局', 'dept:津南区:区科技局']);
  });

  it('uses Chinese names for every label and drops unknown labels', () => {
    const all = LABELS.map((l, i) => hit(`x:${i}`, l, l));
    expect(groupSuggestions(all).map((g) => g.title)).toEqual(['文件', '举措', '部门', '产业', '企业', '机构', '园区']);
    expect(groupSuggestions([hit('q', 'Bogus' as SearchHit['label'], 'q')])).toEqual([]);
  });

  it('returns no groups for no hits', () => {
    expect(groupSuggestions([])).toEqual([]);
  });
});

describe('label styles', () => {
  it('gives each label a distinct colour and a distinct shape', () => {
    const styles = LABELS.map((l) => LABEL_STYLE[l]);
    expect(new Set(styles.map((s) => s.color)).size).toBe(LABELS.length);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(LABELS.length);
  });
});

describe('edge and node display', () => {
  it('labels responsibility edges by role, others by type', () => {
    expect(edgeLabel({ type: 'RESPONSIBLE_FOR', role: 'lead' })).toBe('牵头');
    expect(edgeLabel({ type: 'RESPONSIBLE_FOR', role: 'support' })).toBe('配合');
    expect(edgeLabel({ type: 'RESPONSIBLE_FOR', role: 'responsible' })).toBe('负责');
    expect(edgeLabel({ type: 'RESPONSIBLE_FOR', role: null })).toBe('负责');
    expect(edgeLabel({ type: 'HOSTS', role: null })).toBe('承载');
  });

  it('titles edge groups from the node’s side', () => {
    expect(relGroupTitle('RESPONSIBLE_FOR', 'out')).toBe('负责举措');
    expect(relGroupTitle('RESPONSIBLE_FOR', 'in')).toBe('责任部门');
    expect(relGroupTitle('NEW_TYPE', 'in')).toContain('NEW_TYPE');
  });

  it('truncates by code point', () => {
    expect(truncate('一二三四五', 5)).toBe('一二三四五');
    expect(truncate('一二三四五六', 5)).toBe('一二三四…');
    expect(truncate('𠮷𠮷𠮷', 2)).toBe('𠮷…');
    expect(nodeDisplayName({ label: 'Measure', name: '支持企业开展关键核心技术攻关并给予资金支持' })).toHaveLength(14);
  });

  it('describes suggestions with jurisdiction / document / aliases', () => {
    // The jurisdiction comes from the node (never parsed out of its id).
    expect(hitContext(hit('dept:滨海高新区:科技局', 'Department', '科技局'))).toBe('');
    expect(hitContext(hit('dept:x:科技局', 'Department', '科技局', { jurisdiction: '津南区' }))).toBe('津南区');
    expect(hitContext(hit('m', 'Measure', 't', { number: '15', document: { id: 'doc:1', name: '若干措施' } }))).toBe('第 15 条 · 若干措施');
    expect(hitContext(hit('enterprise:飞腾', 'Enterprise', '飞腾', { aliases: ['飞腾', '飞腾信息'] }))).toBe('别名：飞腾信息');
  });
});

describe('highlightSegments', () => {
  it('marks every occurrence, longest term first', () => {
    const segs = highlightSegments('责任部门：科技局、市科技局', ['科技局', '市科技局']);
    expect(segs.filter((s) => s.hit).map((s) => s.text)).toEqual(['科技局', '市科技局']);
    expect(segs.map((s) => s.text).join('')).toBe('责任部门：科技局、市科技局');
  });

  it('escapes regex characters and ignores empty terms', () => {
    expect(highlightSegments('a(b)c', ['(b)', ''])).toEqual([
      { text: 'a', hit: false },
      { text: '(b)', hit: true },
      { text: 'c', hit: false },
    ]);
    expect(highlightSegments('abc', [])).toEqual([{ text: 'abc', hit: false }]);
    expect(highlightSegments('', ['x'])).toEqual([]);
  });
});
