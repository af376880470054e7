// The 招商 shortlist: add/replace/remove, persistence that survives bad storage, and the CSV
// that Excel opens correctly (BOM, CRLF, quoting, no formula injection).
import { describe, expect, it } from 'vitest';
import { SHORTLIST_KEY, loadShortlist, saveShortlist, shortlistAdd, shortlistCsv, shortlistRemove, type ShortlistItem } from '../../client/src/shortlist.ts';
import { csvField, toCsv } from '../../client/src/export.ts';
import { reasonText } from '../../client/src/views/RelatedView.tsx';

const item = (id: string, extra: Partial<ShortlistItem> = {}): ShortlistItem => ({
  id: `enterprise:${id}`,
  name: id,
  from: 'enterprise:飞腾',
  fromName: '飞腾',
  score: 3,
  reasons: ['同属「信创」环节'],
  addedAt: '2026-01-05 10:00:00',
  ...extra,
});

class MemoryStorage {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
}

describe('shortlist', () => {
  it('adds at the end, replaces in place, removes by id', () => {
    let s = shortlistAdd([], item('a'));
    s = shortlistAdd(s, item('b'));
    s = shortlistAdd(s, item('a', { score: 9 }));
    expect(s.map((x) => [x.name, x.score])).toEqual([
      ['a', 9],
      ['b', 3],
    ]);
    expect(shortlistRemove(s, 'enterprise:a').map((x) => x.name)).toEqual(['b']);
  });

  it('persists through storage and ignores corrupt or foreign data', () => {
    const st = new MemoryStorage();
    saveShortlist([item('a'), item('b')], st);
    expect(loadShortlist(st).map((x) => x.id)).toEqual(['enterprise:a', 'enterprise:b']);
    st.setItem(SHORTLIST_KEY, '{not json');
    expect(loadShortlist(st)).toEqual([]);
    st.setItem(SHORTLIST_KEY, JSON.stringify({ a: 1 }));
    expect(loadShortlist(st)).toEqual([]);
    st.setItem(SHORTLIST_KEY, JSON.stringify([item('ok'), { id: 3 }, null]));
    expect(loadShortlist(st).map((x) => x.name)).toEqual(['ok']);
    expect(loadShortlist(undefined)).toEqual([]);
    // A storage that throws (quota, disabled) does not break saving.
    expect(() => saveShortlist([item('a')], { setItem: () => { throw new Error('quota'); } })).not.toThrow();
  });

  it('exports CSV with BOM, CRLF, a Chinese header and one row per item in order', () => {
    const csv = shortlistCsv([item('中科曙光', { score: 14.5, reasons: ['同属「信创」环节', '同在「海洋片区」'] }), item('麒麟软件')]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe('序号,企业,企业ID,相关度,理由,来源企业,加入时间');
    expect(lines[1]).toBe('1,中科曙光,enterprise:中科曙光,14.5,同属「信创」环节；同在「海洋片区」,飞腾,2026-01-05 10:00:00');
    expect(lines[2]!.startsWith('2,麒麟软件,')).toBe(true);
    expect(lines).toHaveLength(4);
  });

  it('quotes fields with commas, quotes or newlines and neutralises formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(null)).toBe('');
    expect(csvField(2.5)).toBe('2.5');
    expect(toCsv(['a'], [])).toBe('\uFEFFa\r\n');
  });
});

describe('reasonText', () => {
  it('shows the Chinese half of a bilingual reason, or the English one first', () => {
    expect(reasonText('同属「信创」环节 / same segment', 'zh')).toBe('同属「信创」环节');
    expect(reasonText('同在「海洋片区」/ same park', 'zh')).toBe('同在「海洋片区」');
    expect(reasonText('同在「海洋片区」/ same park', 'en')).toBe('same park (同在「海洋片区」)');
    expect(reasonText('只有中文', 'en')).toBe('只有中文');
  });
});
