// Names seen earlier in a document, found again when written bare: 华芯微电子股份有限公司 first,
// then 支持华芯微电子重点发展… (no suffix, not in the lexicon).
import type { Enumeration, Mention } from './enumerations.ts';

// (name: the entity a defined short form stands for; shortForm: a short form under 4 characters, used
// only where the text goes on with a verb or particle: 汽开区重点发展…, not 一汽|红旗)
export type DocNames = Map<string, { label: Mention['label']; kind?: string; name?: string; shortForm?: boolean }>;

/** What may follow a short form of 2–3 characters for it to be that name. */
const AFTER_SHORT = /^(?:$|[^\u3400-\u9fff]|重点|聚焦|主要|着力|围绕|依托|作为|负责|牵头|配合|发展|布局|承接|集聚|形成|打造|建设|建成|已|将|为|是|的|在|等|和|与|及|要|以|对|向|内)/;

/** Remember an organisation's name and its short form (华芯微电子股份有限公司 → 华芯微电子; 锡创半导体制造 → 锡创半导体). */
export function rememberName(names: DocNames, name: string, m: Mention): void {
  const cjk = (s: string) => s.replace(/[^\u3400-\u9fff]/g, '').length;
  if (m.confidence !== 'high') return;
  const v = m.kind ? { label: m.label, kind: m.kind } : { label: m.label };
  if (cjk(name) >= 4) names.set(name, v);
  if (m.label === 'Enterprise') {
    const short = name.replace(/(制造|科技|技术|实业|控股|股份|集团|发展)+$/, '');
    if (short !== name && cjk(short) >= 4) names.set(short, v);
  }
}

/** Mentions of names remembered from earlier sentences that no rule found here: 支持华芯微电子重点发展… */
export function addDocNames(names: DocNames, mentions: Mention[], lists: Enumeration[], text: string, offset: number): void {
  if (!names.size) return;
  addNames(names, mentions, lists, text, offset);
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The remembered names as a trie, each with its place in the order remembered: the text is read once, each
 * position walking only as deep as a name goes on there, instead of every name looked for in every sentence.
 */
interface NameIndex {
  root: NameNode;
  /** How many of the names are in the trie (names only grow: nothing deletes one). */
  count: number;
  /** The longest name's length. */
  longest: number;
  /** The names' keys, read on from where the last call stopped (a Map's iterator goes on to keys added later). */
  keys: Iterator<string>;
}

interface NameNode {
  next: Map<number, NameNode>;
  /** The name that ends here and its place in the order remembered. */
  name?: string;
  ordinal?: number;
}

const indexes = new WeakMap<DocNames, NameIndex>();

/** Names the trie walk reached (a name read at a position of a text): work counted by the linearity tests. */
export const docNameWork = { steps: 0 };

function nameIndex(names: DocNames): NameIndex {
  let ix = indexes.get(names);
  if (!ix || ix.count > names.size) indexes.set(names, (ix = { root: { next: new Map() }, count: 0, longest: 0, keys: names.keys() }));
  while (ix.count < names.size) {
    const k = ix.keys.next();
    if (k.done) {
      // (a name deleted and another added since: read them all again)
      indexes.delete(names);
      return nameIndex(names);
    }
    let node = ix.root;
    for (let i = 0; i < k.value.length; i++) {
      const c = k.value.charCodeAt(i);
      let n = node.next.get(c);
      if (!n) node.next.set(c, (n = { next: new Map() }));
      node = n;
    }
    node.name = k.value;
    node.ordinal = ix.count++;
    ix.longest = Math.max(ix.longest, k.value.length);
  }
  return ix;
}

function addNames(names: DocNames, mentions: Mention[], lists: Enumeration[], text: string, offset: number): void {
  const { root, longest } = nameIndex(names);
  if (text.includes(LOST)) lostCharacterNames(names, root, longest, mentions, lists, text, offset);
  // every place a remembered name is written, then the names longest first (ties in the order they were
  // remembered), each read left to right, one place not overlapping the one before
  const at = new Map<string, { ordinal: number; starts: number[] }>();
  for (let i = 0; i < text.length; i++) {
    let node: NameNode | undefined = root;
    for (let j = i; j < text.length && (node = node.next.get(text.charCodeAt(j))); j++) {
      docNameWork.steps++;
      if (node.name === undefined) continue;
      const hit = at.get(node.name);
      if (hit) hit.starts.push(i);
      else at.set(node.name, { ordinal: node.ordinal!, starts: [i] });
    }
  }
  if (!at.size) return;
  const order = [...at].sort(([a, x], [b, y]) => b.length - a.length || x.ordinal - y.ordinal);
  // (the non-industry mentions over each character of the text, and the industry ones: whether a place overlaps one
  // is read from these, not by a walk through every mention)
  const orgs = new Uint32Array(text.length);
  const inds = new Uint32Array(text.length);
  const cover = (m: Mention, d: number) => {
    const c = m.label === 'Industry' ? inds : orgs;
    for (let k = Math.max(m.start - offset, 0); k < Math.min(m.end - offset, text.length); k++) c[k]! += d;
  };
  for (const m of mentions) cover(m, 1);
  const any = (c: Uint32Array, from: number, to: number) => {
    for (let k = from; k < to; k++) if (c[k]) return true;
    return false;
  };
  for (const [name, { starts }] of order) {
    const v = names.get(name)!;
    let from = 0;
    for (const i of starts) {
      if (i < from) continue;
      from = i + name.length;
      const sp = { start: offset + i, end: offset + i + name.length };
      if (any(orgs, i, i + name.length)) continue;
      // a longer word goes on (华芯微电子材料…): only at a boundary or before a verb
      if (/[\u3400-\u9fff]/.test(text[i - 1] ?? '') && !/[以由在和与及的对向、支持依托推动鼓励引导联合]/.test(text[i - 1]!)) continue;
      if (v.shortForm && !AFTER_SHORT.test(text.slice(i + name.length, i + name.length + 2))) continue;
      if (any(inds, i, i + name.length)) {
        for (const m of mentions.filter((m) => m.label === 'Industry' && m.start < sp.end && sp.start < m.end)) {
          mentions.splice(mentions.indexOf(m), 1);
          cover(m, -1);
        }
      }
      const list = lists.find((l) => l.items.some((it) => it.start <= sp.start && it.end >= sp.end));
      const men: Mention = { ...sp, surface: name, label: v.label, confidence: 'high' };
      if (v.kind) men.kind = v.kind;
      if (v.name) men.name = v.name;
      if (list) men.list = list.index;
      mentions.push(men);
      cover(men, 1);
    }
  }
}

/** The mark a conversion leaves for a character it could not read (国家糖工程技术研究□心). */
const LOST = '\u25a1';

/**
 * A name the document wrote whole before, written again with one character lost (研究□心 after 研究中心): that
 * name, five characters at least, its lost character anywhere but the first.
 */
function lostCharacterNames(names: DocNames, root: NameNode, longest: number, mentions: Mention[], lists: Enumeration[], text: string, offset: number): void {
  for (let p = text.indexOf(LOST); p >= 0; p = text.indexOf(LOST, p + 1)) {
    // the names the text spells at p with any character for the lost one (the first place such a name starts, its lost
    // character the nearest to its start), from the trie: the characters before p, any one at p, those after it
    const spelt = new Map<string, { ordinal: number; hit: number }>();
    for (let k = 1; k <= p && k < longest; k++) {
      let node: NameNode | undefined = root;
      for (let j = p - k; j < p && node; j++) node = node.next.get(text.charCodeAt(j));
      if (!node) continue;
      for (let n of node.next.values()) {
        docNameWork.steps++;
        for (let j = p + 1; ; j++) {
          if (n.name !== undefined && n.name.length >= 5 && !spelt.has(n.name)) spelt.set(n.name, { ordinal: n.ordinal!, hit: p - k });
          const next: NameNode | undefined = j < text.length ? n.next.get(text.charCodeAt(j)) : undefined;
          if (!next) break;
          docNameWork.steps++;
          n = next;
        }
      }
    }
    // (longest first, ties in the order remembered: the first that no other mention overlaps)
    for (const [name, { hit }] of [...spelt].sort(([a, x], [b, y]) => b.length - a.length || x.ordinal - y.ordinal)) {
      const sp = { start: offset + hit, end: offset + hit + name.length };
      if (mentions.some((m) => m.label !== 'Industry' && m.start < sp.end && sp.start < m.end)) continue;
      for (const m of mentions.filter((m) => m.label === 'Industry' && m.start < sp.end && sp.start < m.end)) mentions.splice(mentions.indexOf(m), 1);
      const v = names.get(name)!;
      const men: Mention = { ...sp, surface: text.slice(hit, hit + name.length), name: v.name ?? name, label: v.label, confidence: 'high' };
      if (v.kind) men.kind = v.kind;
      const list = lists.find((l) => l.items.some((it) => it.start <= sp.start && it.end >= sp.end));
      if (list) men.list = list.index;
      mentions.push(men);
      break;
    }
  }
}
