// 招商 shortlist: enterprises chosen from the related-enterprises view, persisted in localStorage.
import { toCsv } from './export.ts';

export interface ShortlistItem {
  id: string;
  name: string;
  /** The enterprise the item was found from. */
  from: string;
  fromName: string;
  score: number;
  reasons: string[];
  addedAt: string;
}

export const SHORTLIST_KEY = 'kg.shortlist.v1';

export function loadShortlist(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): ShortlistItem[] {
  try {
    const raw = storage?.getItem(SHORTLIST_KEY);
    if (!raw) return [];
    const v = JSON.parse(raw) as unknown;
    return Array.isArray(v) ? (v as ShortlistItem[]).filter((x) => x && typeof x.id === 'string' && typeof x.name === 'string') : [];
  } catch {
    return [];
  }
}

export function saveShortlist(items: readonly ShortlistItem[], storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(SHORTLIST_KEY, JSON.stringify(items));
  } catch {
    /* quota or disabled storage: the list still works for this page */
  }
}

/** Adds (or replaces, keeping its place) an item by id. */
export function shortlistAdd(items: readonly ShortlistItem[], item: ShortlistItem): ShortlistItem[] {
  const i = items.findIndex((x) => x.id === item.id);
  if (i < 0) return [...items, item];
  const next = [...items];
  next[i] = item;
  return next;
}

export function shortlistRemove(items: readonly ShortlistItem[], id: string): ShortlistItem[] {
  return items.filter((x) => x.id !== id);
}

export function shortlistCsv(items: readonly ShortlistItem[]): string {
  return toCsv(
    ['序号', '企业', '企业ID', '相关度', '理由', '来源企业', '加入时间'],
    items.map((x, i) => [i + 1, x.name, x.id, x.score, x.reasons.join('；'), x.fromName, x.addedAt]),
  );
}
