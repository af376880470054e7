// 所属园区 and 注册地址 → parks (LOCATED_IN).
//   所属园区 that is a known park's name or alias          → that park, 0.9
//   所属园区 that contains known park names                → the most specific (the last, longest), 0.85
//   所属园区 naming a park nobody knows (…园区/片区/基地…)   → a new Park node from the registry, 0.85
//   no 所属园区: 注册地址 naming a park (4+ characters) or an address keyword (park-addresses.tsv) → 0.6
import { nameKey } from './names.ts';
import type { AddressRule } from './lexicon.ts';

export interface KnownPark {
  id: string;
  name: string;
  aliases: string[];
  kind?: string;
}

export interface ParkHit {
  /** Existing park id, or the id a new park node gets. */
  id: string;
  name: string;
  kind?: string;
  /** True when the registry introduces the park (no document or lexicon names it). */
  isNew: boolean;
  field: 'park' | 'address';
  /** The words that matched. */
  word: string;
  confidence: number;
}

export const PARK_CONFIDENCE = { exact: 0.9, contains: 0.85, new: 0.85, address: 0.6 } as const;

const PARK_SUFFIX: [RegExp, string][] = [
  [/(?:高新技术产业开发区|经济技术开发区|开发区|高新区|经开区|保税区|综保区|综合保税区|保税港区|自贸区|试验区|新区|功能区|工业区)$/, 'zone'],
  [/(?:片区)$/, 'area'],
  [/(?:产业园区|产业园|科技园|工业园区|工业园|软件园|园区|创新园|孵化园)$/, 'park'],
  [/(?:基地)$/, 'base'],
  [/(?:谷|集聚区|产业城|科技城|生态城)$/, 'cluster'],
];

/** The kind a park name suggests, or undefined when the name does not look like a park. */
export function parkKind(name: string): string | undefined {
  for (const [re, kind] of PARK_SUFFIX) if (re.test(name)) return kind;
  return undefined;
}

type Entry = { key: string; park: KnownPark };
type Index = Map<string, Entry[]>;

function index(entries: Entry[]): Index {
  const m: Index = new Map();
  for (const e of entries) {
    const list = m.get(e.key[0]!) ?? [];
    list.push(e);
    m.set(e.key[0]!, list);
  }
  return m;
}

const NONE = /^(无|暂无|其他|其它|不详|未知|—|-|\/|否)$/;

export class ParkMatcher {
  private readonly exact = new Map<string, KnownPark>();
  /** Names and aliases long enough to find inside a longer text, by first character. */
  private readonly inside: Index;
  private readonly address: Index;
  private readonly cache = new Map<string, ParkHit | undefined>();

  constructor(parks: KnownPark[], rules: AddressRule[]) {
    const byName = new Map<string, KnownPark>();
    for (const p of parks) if (!byName.has(p.name)) byName.set(p.name, p);
    const inside: Entry[] = [];
    for (const p of byName.values()) {
      for (const n of [p.name, ...p.aliases]) {
        const k = nameKey(n);
        if (!k) continue;
        if (!this.exact.has(k)) this.exact.set(k, p);
        if (k.length >= 4) inside.push({ key: k, park: p });
      }
    }
    this.inside = index(inside);
    const address = [...inside];
    for (const r of rules) {
      const p = byName.get(r.park);
      if (p) address.push({ key: nameKey(r.keyword), park: p });
    }
    this.address = index(address);
  }

  /** The park a row is in, from 所属园区 first, else from the address. */
  match(park: string | undefined, address: string | undefined): ParkHit | undefined {
    const key = `${park ?? ''}\u0000${address ?? ''}`;
    if (this.cache.has(key)) return this.cache.get(key);
    const hit = this.matchUncached(park, address);
    if (this.cache.size >= 50_000) this.cache.clear();
    this.cache.set(key, hit);
    return hit;
  }

  private matchUncached(park: string | undefined, address: string | undefined): ParkHit | undefined {
    if (park && !NONE.test(park.trim())) {
      const k = nameKey(park);
      const hit = this.exact.get(k);
      if (hit) return this.hit(hit, 'park', park, PARK_CONFIDENCE.exact);
      const found = this.find(k, this.inside);
      if (found) return this.hit(found.park, 'park', found.key, PARK_CONFIDENCE.contains);
      const kind = parkKind(k);
      if (kind) {
        const name = park.normalize('NFKC').replace(/\s+/g, '');
        return { id: `park:${name}`, name, kind, isNew: true, field: 'park', word: park, confidence: PARK_CONFIDENCE.new };
      }
    }
    if (address) {
      const found = this.find(nameKey(address), this.address);
      if (found) return this.hit(found.park, 'address', found.key, PARK_CONFIDENCE.address);
    }
    return undefined;
  }

  /** The most specific park named in `text`: the one whose match ends last, then the longest. */
  private find(text: string, idx: Index): Entry | undefined {
    let best: { e: Entry; end: number } | undefined;
    for (let i = 0; i < text.length; i++) {
      for (const e of idx.get(text[i]!) ?? []) {
        if (!text.startsWith(e.key, i)) continue;
        const end = i + e.key.length;
        if (!best || end > best.end || (end === best.end && e.key.length > best.e.key.length)) best = { e, end };
      }
    }
    return best?.e;
  }

  private hit(p: KnownPark, field: 'park' | 'address', word: string, confidence: number): ParkHit {
    const h: ParkHit = { id: p.id, name: p.name, isNew: false, field, word, confidence };
    if (p.kind) h.kind = p.kind;
    return h;
  }
}
