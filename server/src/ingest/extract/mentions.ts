// Mentions of industries and organisations in one sentence: lexicon matches, suffix-typed
// names, and enumeration items typed by their category word or by their neighbours.
import type { OrgEntry } from '../lexicon.ts';
import {
  categoryOf,
  clauses,
  enumerations,
  plausibleBareName,
  splitJoined,
  suffixNames,
  type Enumeration,
  type Mention,
} from './enumerations.ts';
import type { LexiconIndex } from './lexicon-match.ts';
import { isGenericName, typeBySuffix } from './typing.ts';

export interface SentenceMentions {
  mentions: Mention[];
  lists: Enumeration[];
  /** Items typed by context only (no suffix, no lexicon), for the low-confidence report. */
  low: Mention[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const within = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start >= b.start && a.end <= b.end;

const WEAK_SUPPORT = /(依托|借助|借重|立足|以|在|建设|打造|推进|支持|发挥|整合|加快|包括)$/;
const ORG_SUBJECT_AFTER = /^(建成|牵头|做大|发挥|开展|申报|参与|率先|设立|组建)/;
const INDUSTRY_LIST_AFTER = /^(细分|核心|新兴|重点|前沿|未来)?(领域|产业|赛道|方向|产业方向|产业领域|环节)|^[两三四五六七八九十]大(领域|产业|核心|细分)/;
const INDUSTRY_LIST_BEFORE = /(重点发展|重点支持|聚焦|布局|大力发展|积极发展|发展|支持|培育|前瞻布局|围绕)$/;

export function findMentions(text: string, offset: number, index: LexiconIndex): SentenceMentions {
  const out: Mention[] = [];
  // 1. lexicon
  for (const m of index.scan(text, offset)) {
    if (m.ref.type === 'org') {
      const e = m.ref.entry as OrgEntry;
      const men: Mention = { start: m.start, end: m.end, surface: m.surface, label: e.label, lex: m, confidence: 'high' };
      if (e.kind) men.kind = e.kind;
      out.push(men);
    } else out.push({ start: m.start, end: m.end, surface: m.surface, label: 'Industry', lex: m, confidence: 'high' });
  }
  const orgs = () => out.filter((m) => m.label !== 'Industry');
  // 经开区西区: a direction area of a known zone
  for (const z of [...out]) {
    if (z.label !== 'Park' || z.kind !== 'zone') continue;
    const d = /^[东西南北中]区/.exec(text.slice(z.end - offset));
    if (d) out.push({ start: z.start, end: z.end + 2, surface: z.surface + d[0], label: 'Park', kind: 'area', confidence: 'high' });
  }
  // 2. suffix-typed names in every clause
  const cls = clauses(text, offset);
  const weak: Mention[] = [];
  for (const cl of cls) {
    for (let cand of suffixNames(text, cl, offset, index)) {
      // an owner prefix that is a known organisation: 中科曙光国家先进计算产业创新中心
      const prefix = orgs().find((o) => o.start === cand.start && o.end < cand.end && o.lex && (o.label === 'Enterprise' || o.kind === 'zone'));
      if (prefix) {
        const rest = text.slice(prefix.end - offset, cand.end - offset);
        const sub = suffixNames(rest, { start: prefix.end, end: cand.end }, prefix.end, index);
        const same = sub.find((x) => x.end === cand.end);
        if (!same) continue;
        cand = same;
      }
      const clash = orgs().filter((o) => overlaps(o, cand));
      if (clash.some((o) => within(cand, o))) continue; // inside a known name
      if (clash.some((o) => o.lex && !within(o, cand))) continue; // crosses a known name
      if (clash.some((o) => o.lex && o.end === cand.end)) continue; // a known name with words before it
      // weak suffixes (中心, 平台, 基地, 示范区, 集聚区) need a trigger right before the name
      const pre = text.slice(Math.max(0, cand.start - offset - 4), cand.start - offset);
      const subject = (cand.start === cl.start || /[,，。;；:：\n]$/.test(pre)) && /^(获批|入选|被认定|成功获批)/.test(text.slice(cand.end - offset));
      if (cand.confidence === 'low' && !WEAK_SUPPORT.test(pre) && !subject) {
        weak.push(cand);
        continue;
      }
      // the candidate swallows known names only when it is longer and typed (…海河实验室 containing 信创)
      for (const o of clash) out.splice(out.indexOf(o), 1);
      out.push(cand);
    }
  }
  // industry matches inside organisation names are not industry mentions
  for (const m of [...out]) {
    if (m.label === 'Industry' && orgs().some((o) => within(m, o))) out.splice(out.indexOf(m), 1);
  }
  // 3. enumerations
  const lists: Enumeration[] = [];
  const low: Mention[] = [];
  for (const cl of cls) {
    for (const en of enumerations(cl, lists.length)) {
      const spans = en.items.flatMap((it) => splitJoined(text, trim(text, it, offset), offset, index));
      en.items = spans;
      const cat = categoryOf(en.after);
      const known = spans.map((sp) => out.filter((m) => within(m, sp) || within(sp, m)));
      const knownOrgs = known.flat().filter((m) => m.label !== 'Industry');
      const entCount = knownOrgs.filter((m) => m.label === 'Enterprise').length;
      const indCount = known.filter((ms, i) => ms.some((m) => m.label === 'Industry' && m.start <= spans[i]!.start && m.end >= spans[i]!.end)).length;
      const representative = /^为代表/.test(en.after);
      spans.forEach((sp, i) => {
        const ms = known[i]!;
        for (const m of ms) m.list = en.index;
        const surface = text.slice(sp.start - offset, sp.end - offset);
        const orgCat = (cat && cat.label !== 'Park' && cat.kind !== 'platform') || (!cat && /(依托|借重|借助)$/.test(en.before) && /^([,，]|$)/.test(en.after));
        if (ms.length && orgCat && ms.every((m) => m.label === 'Industry' && !(m.start === sp.start && m.end === sp.end)) && plausibleBareName(surface)) {
          // 智清新材料 in "…等有潜力的企业": the industry word is part of a company name
          for (const m of ms) out.splice(out.indexOf(m), 1);
        } else if (ms.length) return;
        if (typeBySuffix(surface)) return; // generic suffix names were rejected on purpose
        // typed by the category word
        if (cat && cat.label !== 'Park' && cat.kind !== 'platform' && plausibleBareName(surface) && !isGenericName(surface, '', (x) => index.isIndustryTerm(x))) {
          const m: Mention = { ...sp, surface, label: cat.label, list: en.index, confidence: 'high' };
          if (cat.kind) m.kind = cat.kind;
          out.push(m);
          return;
        }
        // typed by neighbours: 依托A、B等 where A is a known enterprise; 以A、B为代表的…
        const orgList = entCount > 0 && (entCount >= indCount || representative);
        // 支持A、B建成…平台: unknown names as the subject of an organisation's verb
        const subjectList = entCount === 0 && indCount === 0 && spans.length >= 2 && /(支持|鼓励)$/.test(en.before) && ORG_SUBJECT_AFTER.test(text.slice(en.end - offset));
        if (!cat && (orgList || subjectList) && plausibleBareName(surface) && surface.length <= 8) {
          const m: Mention = { ...sp, surface, label: 'Enterprise', list: en.index, confidence: 'low' };
          out.push(m);
          low.push(m);
          return;
        }
        // 依托X、Y等，重点发展Z (the genre's way of naming the companies behind a segment)
        if (!cat && indCount === 0 && /(依托|借重|借助)$/.test(en.before) && /^([,，]|$)/.test(en.after) && plausibleBareName(surface) && surface.length <= 8 && !isGenericName(surface, '', (x) => index.isIndustryTerm(x))) {
          const m: Mention = { ...sp, surface, label: 'Enterprise', list: en.index, confidence: 'low' };
          out.push(m);
          low.push(m);
          return;
        }
        // bare names in a list of carriers next to a typed park: 依托智慧山、普天创新园…等载体
        if (cat?.label === 'Park' && /^(专业)?载体/.test(en.after) && plausibleBareName(surface) && !isGenericName(surface, '', (x) => index.isIndustryTerm(x)) && surface.length <= 6 && knownOrgs.some((m) => m.label === 'Park')) {
          out.push({ ...sp, surface, label: 'Park', kind: 'park', list: en.index, confidence: 'low' });
          return;
        }
        // industry lists: 重点支持A、B等细分领域 / 重点发展A、B、C三大领域
        const indList = INDUSTRY_LIST_AFTER.test(en.after) || (indCount > 0 && INDUSTRY_LIST_BEFORE.test(en.before));
        if (indList && knownOrgs.length === 0 && plausibleIndustry(surface)) {
          const m: Mention = { ...sp, surface, label: 'Industry', list: en.index, confidence: 'low' };
          out.push(m);
        }
      });
      // a list of departments (科技局、经发局、国资公司 …) names no organisations of ours
      const deptItems = spans.filter((sp) => /(局|委|办|办公室|管委会|政府|派出所|小组)$|[^学]部$/.test(text.slice(sp.start - offset, sp.end - offset))).length;
      if (deptItems > 0 && deptItems >= spans.length / 3) {
        for (const m of [...out]) if (m.label !== 'Industry' && !m.lex && spans.some((sp) => within(m, sp))) out.splice(out.indexOf(m), 1);
      }
      lists.push(en);
    }
  }
  for (const w of weak) {
    const en = lists.find((l) => l.items.some((it) => within(w, it) || within(it, w)));
    if (!en) continue;
    const strong = out.some((m) => m.label !== 'Industry' && m.confidence === 'high' && en.items.some((it) => within(m, it)));
    if (strong && !out.some((m) => overlaps(m, w))) out.push({ ...w, list: en.index });
  }
  for (const cl of cls) {
    const m = /^(依托|借重)([^、,，等\s]{2,8})$/.exec(cl.text);
    if (!m) continue;
    const start = cl.start + m[1]!.length;
    const sp = { start, end: cl.end };
    if (out.some((x) => overlaps(x, sp)) || !plausibleBareName(m[2]!) || index.lookup(m[2]!) || isGenericName(m[2]!, '', (x) => index.isIndustryTerm(x))) continue;
    const men: Mention = { ...sp, surface: m[2]!, label: 'Enterprise', confidence: 'low' };
    out.push(men);
    low.push(men);
  }
  // 4. bracketed aliases: 中国医学科学院血液学研究所（血液病医院）, 细胞谷起步区(渤龙产业园)
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.label === 'Industry' || b.label !== a.label) continue;
    const between = text.slice(a.end - offset, b.start - offset);
    const closing = text[b.end - offset];
    if (/^[(（]$/.test(between) && /[)）]/.test(closing ?? '')) {
      a.alias = b.surface;
      if (b.list !== undefined && a.list === undefined) a.list = b.list;
      out.splice(i + 1, 1);
    }
  }
  return { mentions: out, lists, low };
}

function trim(text: string, sp: { start: number; end: number }, offset: number) {
  let { start, end } = sp;
  const t = text.slice(start - offset, end - offset);
  const open = (t.match(/[(（]/g) ?? []).length;
  const close = (t.match(/[)）]/g) ?? []).length;
  if (close > open && /[)）]$/.test(t)) end--;
  if (open > close) start += Math.max(t.lastIndexOf('('), t.lastIndexOf('（')) + 1;
  while (start < end && /[\s“”"‘’《》]/.test(text[start - offset]!)) start++;
  while (end > start && /[\s“”"‘’《》]/.test(text[end - 1 - offset]!)) end--;
  return { start, end };
}

function plausibleIndustry(s: string): boolean {
  if (s.length < 2 || s.length > 12) return false;
  return !/(加强|推动|推进|提升|建设|实施|打造|支持|开展|实现|形成|引进|培育|完善|强化|深化|促进|构建|鼓励|加快|发挥|突破|攻关|研发投入|企业|机构|政策|[，,。;:])/.test(s);
}

