// Parks a sentence names that its mentions do not carry, for the park readers (parks.ts, layout.ts):
//   - a park the document names elsewhere, written here where the mention reader did not read it
//     (当前，P已集聚A、B… / 其中P重点发展X with P read only in the list before);
//   - the bare 园区 (园区内, 该园区, 本园区) of a sentence about one park: the park its first clause opens
//     with (P位于Z，…，园区内已集聚A、B), else the park a section's heading is, whole ((二)P / 园区重点发展X).
// The park sections of the genre (一区多园 定位, 园区功能定位) write a park's name once, in the heading, and
// 园区 after it. Each added mention stands for the park's entity, in the sentence's own scope only.
import type { Mention } from '../entities/enumerations.ts';
import { stripNumbering } from '../entities/context.ts';
import type { SentenceEntities } from '../entities/index.ts';
import type { Entity } from '../entities/table.ts';
import { isGenericName, typeBySuffix } from '../entities/typing.ts';
import type { OrgEntry } from '../lexicon/index.ts';
import { phraseMentions, type SentenceScope } from './scope.ts';

export type HeadingPark = { surface: string; kind: string; entry?: OrgEntry; whole?: boolean } | undefined;

/**
 * A heading or a line that is, whole, a park by its name's ending (（三）灌云临港产业区, （二）某某化工园): not a
 * goal or a designation (打造世界级石化产业基地, 国家级示范区), nor a generic phrase (重点园区).
 */
export function parkByEnding(t: string): boolean {
  return (
    /^[\u4e00-\u9fff]{2,16}(?:产业基地|产业园区|产业园|产业区|经济开发区|经济技术开发区|开发区|高新区|工业园区|工业园|化工园区|化工园|科技园|园区|片区)$/.test(t) &&
    !/^(?:打造|建设|推动|建成|培育|发展|做强|做优|争创|创建|加快|提升|优化|完善|规划)/.test(t) &&
    // (no verb or title word inside: 高水平打造X科技园, 关于促进X园区)
    !/(打造|建设|建成|推动|促进|关于|培育|发展|加快|提升|支持|做强|争创|创建)/.test(t) &&
    !/^在[^，,。；;]{2,10}?(?:规划建设|建设|打造|布局|新建)/.test(t) &&
    !/(示范|国家级|世界级|省级|一流|集聚区)/.test(t) &&
    !/^(?:重点|主要|核心|特色|重要|相关|其他|各类?|承载|园区)(?:产业园区|产业园|工业园区|园区|片区|产业基地|化工园区?)$/.test(t)
  );
}

/** The area/zone a section is about: （二）推动华苑片区建成新经济发展活力区; whole: the heading is one park. */
export function headingPark(path: string[], scope: SentenceScope): HeadingPark {
  // （二）纺织新材料产业园: the nearest heading is, whole, one park (by its name, or one the document has named)
  const last = stripNumbering(path[path.length - 1] ?? '').replace(/[。.:：]\s*$/, '').trim();
  if (last) {
    const known = last.length >= 3 ? scope.table.find('Park', last) : undefined;
    if (known && known.name === last) return { surface: last, kind: String(known.properties.kind ?? 'park'), whole: true };
    const mentions = phraseMentions(scope, last);
    const p = mentions.find((m) => m.label === 'Park' && m.start === 0 && m.end === last.length && !m.foreign);
    if (p) {
      const hp: { surface: string; kind: string; entry?: OrgEntry; whole: boolean } = { surface: p.surface, kind: p.kind ?? 'park', whole: true };
      if (p.lex?.ref.type === 'org') hp.entry = p.lex.ref.entry;
      return hp;
    }
    // (a heading that is a park by its ending only: （二）某某化工园, when no name of another kind is read in it)
    if (parkByEnding(last) && !mentions.some((m) => m.label !== 'Park' && m.label !== 'Industry')) return { surface: last, kind: 'park', whole: true };
  }
  for (let d = path.length - 1; d >= 0; d--) {
    const mentions = phraseMentions(scope, path[d] ?? '');
    const p = mentions.find((m) => m.label === 'Park' && (m.kind === 'area' || (m.lex?.ref.type === 'org' && m.lex.ref.entry.kind === 'area')));
    if (p) {
      const hp: { surface: string; kind: string; entry?: OrgEntry } = { surface: p.surface, kind: p.kind ?? 'area' };
      if (p.lex?.ref.type === 'org') hp.entry = p.lex.ref.entry;
      return hp;
    }
  }
  return undefined;
}

/** A park's name opening a sentence before 位于 (南昌航空城位于…, 羊绒小镇位于开发区东部). */
// (or before a verb saying what it has now: 文山三七产业园区已集聚A、B等企业 — a name that ends like a park and gathers firms
// is a park, whether or not the mention reader read it)
// (位于Z的P已集聚…: the place before 的 only says where P is, no part of the name)
const OPENING_PARK = /^\s*(?:位于[^，,。；;的]{1,10}的)?([\u4e00-\u9fff]{2,14}?(?:产业园|工业园|科技园|园区|产业基地|基地|小镇|航空城|科技城|新城|产业区|集聚区|片区|港|谷))(?=位于|地处|坐落于|(?:目前|现)?(?:已|已经)(?:集聚|聚集|汇聚|入驻)了?|(?:集聚|聚集|汇聚)了)/;

/** The park name opening a sentence before 位于 or 已集聚 (not 该园区, 主要基地 or a generic name): the match, name in [1]. */
export function openingParkName(text: string): RegExpExecArray | undefined {
  const m = OPENING_PARK.exec(text);
  // (位于Z的P已集聚…: a place and 的 before the name are no part of it)
  if (!m || /^(?:该|本|其|此|这|各|全|我|新|主要|生产|研发|重点|产业|示范|位于|地处|坐落于)/.test(m[1]!) || /的/.test(m[1]!) || isGenericName(m[1]!, '', () => false)) return undefined;
  return m;
}

/**
 * A bare 园区 standing for one park: after a clause mark or a verb of place, not a compound (化工园区, 各园区, 园区企业);
 * and 区内 after a verb of place (捷泰科技已落户区内, 已在区内建成…), the zone the sentence is about; 园内 opening a clause
 * of what is there now (高峰园。重点发展X。园内已集聚A、B等企业), the park of the paragraph.
 */
const BARE_PARK = /(?<=^|[，,。；;：:\s]|在|于|落户|入驻|进驻|该|本)(?:该|本)?园区(?:内)?(?!企业|管委会|管理|之间|产值|用地|基础设施|[一二两三四五六七八九十\d])|(?<=在|于|落户|入驻|进驻)区内|(?<=^\s*|[，,。；;]\s*)园内(?=已|目前已|现已|集聚了|聚集了|汇聚了|拥有|建有)/g;
/** 在开发区 in a sentence about one zone whose name ends so (凤阳经济开发区：…，A已在开发区集中布局…): that zone. */
const BARE_ZONE_AT = /(?<=在|于|落户|入驻|进驻)(开发区|经开区|高新区|示范区)(?=内|[\u4e00-\u9fff])/g;
/** Words of a clause that compares with or links to a place: what it names is elsewhere. */
const ELSEWHERE_WORD = /(对标|借鉴|学习|链接|相比|类似|对接)/;
/**
 * Does the clause `head` ends with compare or link (学习借鉴苏州工业园区…)? The clause is cut at its last mark first, so the
 * test is linear (an unanchored pattern ending in [^，]*$ retried from every word took quadratic time on long clauses).
 */
function elsewhere(head: string): boolean {
  const from = Math.max(head.lastIndexOf('，'), head.lastIndexOf(','), head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf(';')) + 1;
  return ELSEWHERE_WORD.test(head.slice(from));
}

/** Three-character names that are a kind of place, not one place: 开发区, 产业园 (a document's bare word for its own zone). */
const SHORT_GENERIC = /^(?:开发区|经开区|高新区|示范区|产业园|工业园|科技园|产业区|集聚区|试验区|自贸区|保税区|综保区|片区|园区|新区)$/;
/** A bare zone word closing a clause after a verb of settling: 均位于高新区。 */
const BARE_ZONE_END = /(?<=位于|落户|入驻|进驻|设在)(开发区|经开区|高新区)(?=内?(?:[，,。；;]|$))/g;
/** A park's governing body after its name: 管委会, 管理委员会, 党工委. */
const BODY_AFTER = /^(?:管委会|管理委员会|管理局|党工委|工委|管委)/;
/** Before a short name standing alone: the sentence's or a clause's opening, a list joiner or a word of place. */
const STANDS_ALONE = /(?:^|[，,；;。：:、和与及在于]|其中|入驻|落户|位于)$/;

/** A zone's seat by its bare zone word (高新区本部), a part the document names (parks.ts: 由高新区本部、P1和P2组成). */
const SEAT = /^(?:开发区|经开区|高新区|新区|园区)本部$/;

/** A zone's quarter by its direction alone (东区, 北区). */
export const QUARTER_NAME = /^[东西南北中]区$/;

const cache = new WeakMap<SentenceEntities, { orgs: Mention[]; entityOf: Map<Mention, Entity> }>();
const sectionParks = new WeakMap<object, Map<string, Entity | undefined>>();

/** The park a section's heading is, whole (created as a park when named by its ending only). */
function sectionPark(scope: SentenceScope): Entity | undefined {
  const path = scope.se.sentence.sectionPath;
  let memo = sectionParks.get(scope.doc);
  if (!memo) sectionParks.set(scope.doc, (memo = new Map()));
  const key = path.join('\u0001');
  if (!memo.has(key)) {
    const hp = headingPark(path, scope);
    memo.set(key, hp?.whole ? scope.table.org(hp.surface, 'Park', hp.kind, hp.entry) : undefined);
  }
  return memo.get(key);
}

/**
 * The park that opens an earlier sentence of this sentence's paragraph (no line break between them), the nearest first,
 * looking back a few sentences: the subject a bare zone word opening a later sentence goes on with (东营港经济开发区是…核心
 * 承载区，重点发展X。园区已集聚A、B… / P重点发展X。开发区已落户L…). With `word`, only a park whose name ends so (开发区 →
 * …经济技术开发区); 园区 stands for any park.
 */
export function paragraphPark(scope: SentenceScope, word = '园区', sole = false): Entity | undefined {
  const { doc, se, table } = scope;
  const all = doc.sentences;
  let i = all.indexOf(se.sentence);
  if (i < 0) i = all.findIndex((x) => x.start === se.sentence.start);
  const text = doc.source.text;
  for (let k = i - 1, seen = 0; k >= 0 && seen < 6; k--, seen++) {
    const prev = all[k]!;
    if (text.slice(prev.end, all[k + 1]!.start).includes('\n') || text.slice(prev.start, prev.end).includes('\n')) return undefined;
    // (a numbered item's label, 2. P。重点发展X，A已在园区建成…: the number is no part of the name)
    const open = text.slice(prev.start, prev.end).replace(LINE_NUMBER, '').replace(/^\s*(?:其中|目前|当前)?[，,]?\s*/, '');
    for (let n = Math.min(20, open.length); n >= 3; n--) {
      const e = table.find('Park', open.slice(0, n));
      if (!e || e.label !== 'Park' || SHORT_GENERIC.test(e.name)) continue;
      // (sole: a park opening its sentence with others, P和Q协同发展, is no one subject a later bare word goes on with)
      if (sole && /^[和与及、]/.test(open.slice(n))) return undefined;
      if (word === '园区' || (e.name.length > word.length && ofKind(e.name, word))) return e;
      break;
    }
  }
  return undefined;
}

/** A line's item number: 1. / 2． / 3、 / （四） / (5). */
const LINE_NUMBER = /^\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.．、]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])\s*/;

const sentenceIndex = new WeakMap<object, Map<number, number>>();

/**
 * The park a numbered item's first sentence is, whole (1. 兰州新区精细化工园区。重点发展X，已集聚A、B等企业): the label of
 * its line, the subject of the next sentence of the line when that sentence opens with none of its own. Only the sentence
 * right before this one, on the same line, and only a park the document has read.
 */
export function labelPark(scope: SentenceScope): Entity | undefined {
  const { doc, se, table } = scope;
  const all = doc.sentences;
  // (the sentence's index by its start, built once per document: a scan per sentence would make a long document quadratic)
  let at = sentenceIndex.get(doc);
  if (!at) sentenceIndex.set(doc, (at = new Map(all.map((x, k) => [x.start, k]))));
  const i = at.get(se.sentence.start) ?? -1;
  const prev = i > 0 ? all[i - 1]! : undefined;
  const text = doc.source.text;
  if (!prev || text.slice(prev.start, se.sentence.start).includes('\n')) return undefined;
  // (the label opens its line: only blanks between the line's start and the number)
  const lineStart = text.lastIndexOf('\n', prev.start - 1) + 1;
  if (text.slice(lineStart, prev.start).trim()) return undefined;
  const raw = text.slice(prev.start, prev.end);
  const num = LINE_NUMBER.exec(raw);
  if (!num) return undefined;
  const name = raw.slice(num[0].length).replace(/[。.]\s*$/, '').trim();
  if (name.length < 4) return undefined;
  const e = table.find('Park', name);
  return e && e.label === 'Park' && !SHORT_GENERIC.test(e.name) ? e : undefined;
}

/** Is `name` a zone of the kind a bare zone word says (开发区 → …开发区; 经开区 → …经济技术开发区 too; 高新区 → …高新技术产业开发区 too)? */
function ofKind(name: string, word: string): boolean {
  if (name.endsWith(word)) return true;
  if (word === '经开区') return name.endsWith('经济技术开发区');
  if (word === '高新区') return name.endsWith('高新技术产业开发区');
  return false;
}

/** The one zone the document's title names (惠州仲恺高新技术产业开发区发展规划): what a bare 区内 stands for. */
export function titleZone(scope: SentenceScope): Entity | undefined {
  const title = scope.doc.source.norm.trimStart().split('\n')[0] ?? '';
  const own = scope.table.all().filter((e) => e.label === 'Park' && /(?:开发区|经开区|高新区|新区)$/.test(e.name) && title.includes(e.name));
  return own.length === 1 ? own[0] : undefined;
}

/**
 * The zone a bare zone word after a verb of place stands for (已在开发区集聚, 均位于高新区。): the one park so named the
 * document has, else, of several, the one its title names (上饶经济技术开发区产业发展规划: its 开发区 is that zone).
 */
function documentZone(scope: SentenceScope, word: string): Entity | undefined {
  // (counted in both forms: a document's 高新技术产业开发区 is a 高新区 too, so a second 高新区 beside it makes two)
  const kind = scope.table.ofKind('Park').filter((e) => e.name.length > word.length && ofKind(e.name, word));
  const own = kind.filter((e) => e.name.endsWith(word));
  if (kind.length === 1 && own.length === 1) return own[0];
  const titled = kind.length > 1 ? titleZone(scope) : undefined;
  return titled && own.includes(titled) ? titled : undefined;
}

/**
 * Where each name is written in `text`, as the repeated indexOf from the end of the last one would find it (no two
 * occurrences of one name overlapping), read in one walk of the text over a trie of the names — not one search of the
 * whole text per name (a sentence naming n parks stays linear).
 */
function occurrences(text: string, names: string[]): number[][] {
  interface Node {
    next: Map<number, Node>;
    here: number[];
  }
  const root: Node = { next: new Map(), here: [] };
  names.forEach((name, k) => {
    let node = root;
    for (let i = 0; i < name.length; i++) {
      const ch = name.charCodeAt(i);
      let n = node.next.get(ch);
      if (!n) node.next.set(ch, (n = { next: new Map(), here: [] }));
      node = n;
    }
    node.here.push(k);
  });
  const out = names.map((): number[] => []);
  const free = names.map(() => 0);
  for (let i = 0; i < text.length; i++) {
    let node: Node | undefined = root;
    for (let j = i; j < text.length && (node = node.next.get(text.charCodeAt(j))); j++) {
      parkMentionWork.steps++;
      for (const k of node.here) {
        if (i < free[k]!) continue;
        out[k]!.push(i);
        free[k] = i + names[k]!.length;
      }
    }
  }
  // (an empty name is written nowhere: indexOf would find it everywhere, but known names have three characters or more)
  return out;
}

/** A layout's count of its parks (“一区四园”, 三园, 两园): two or more, not 多园 nor 一园一策. */
const PARK_COUNT = /[二两三四五六七八九十]园/;
/** A name ending in 园 that opens its clause (the sentence, or after ；/。/，) before a verb of focus: the name in [1]. */
const COUNTED_PARK = /(?<=^\s*|[；;。，,]\s*)([\u4e00-\u9fff]{2,10}园)(?=重点发展|主要发展|重点承接|主要承接|重点布局|聚焦)/g;
/** The head of a park's name that names no park but a kind of them (特色产业园, 配套园, 专业园). */
const GENERIC_PARK_HEAD = /^(?:.?|(?:重点|主要|核心|特色|重要|相关|其他|承载|配套|专业|综合|产业|工业|科技|现代|新兴|新型)+)$/;
/** What opens no park's name: a count or a word for parks in general (四园, 各园, 该园), a verb, a place word. */
const NOT_A_PARK_NAME = /^(?:[一二两三四五六七八九十多各每该本其此这全上述]|打造|建设|推动|建成|培育|发展|做强|加快|提升|优化|规划|支持|鼓励|引导)|(?:打造|建设|推动|发展|促进|支持)/;

/** A named part written right after its park's name: a place word of two or three characters and 组团 or 拓展区. */
const GLUED_PART = /^([\u4e00-\u9fff]{2,3}?)(?:组团|拓展区)/;

/** Is `head` a place word naming a part (南溪, 草街), not an industry (整车), a kind, a verb or a word of function? */
function placeHead(scope: SentenceScope, head: string): boolean {
  if (/[的和与及等在为是个]/.test(head) || NOT_A_PARK_NAME.test(head) || GENERIC_PARK_HEAD.test(head)) return false;
  return !scope.ctx.index.isIndustryTerm(head) && !isGenericName(head, '', () => false);
}

/**
 * The parks a layout counting its 园 names clause by clause (COUNTED_PARK) in the sentence at `offset`, when its paragraph
 * has counted them (PARK_COUNT) before the name: a paragraph with no count of 园 adds none.
 */
function countedParks(scope: SentenceScope, text: string, offset: number): { name: string; start: number; end: number }[] {
  if (!text.includes('园')) return [];
  const source = scope.doc.source.text;
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  // (the paragraph's first count, found once for the sentence: each name is asked only whether it comes after it)
  const count = PARK_COUNT.exec(source.slice(lineStart, offset + text.length));
  if (!count) return [];
  const countEnd = lineStart + count.index + count[0].length;
  const out: { name: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(COUNTED_PARK)) {
    const name = m[1]!;
    const start = offset + m.index!;
    if (start < countEnd || NOT_A_PARK_NAME.test(name)) continue;
    // (the count vouches for a name of words alone, 检测认证服务园; not for one of a kind only, 特色产业园, 配套园)
    if (GENERIC_PARK_HEAD.test(name.slice(0, -1).replace(/(?:产业|工业|科技)$/, ''))) continue;
    out.push({ name, start, end: start + name.length });
  }
  return out;
}

/**
 * Is the span taken by a park, or by a name reaching outside it? A name read inside it (化工新材料 in 化工新材料园, a firm's
 * short name 纺织服装 in 纺织服装园) is a word of the park's name.
 */
function orgTaken(orgs: Mention[], mentions: Mention[], a: number, b: number): boolean {
  return [...orgs, ...mentions].some((m) => m.start < b && a < m.end && (m.label === 'Park' || m.start < a || m.end > b));
}

/** Work counter for tests (test/unit/fix28-*.test.ts): the characters and mentions withParkMentions asks whether a span is taken. */
export const parkMentionWork = { steps: 0 };

/** The scope with the park mentions the sentence's own mentions miss (see the head of this file). */
export function withParkMentions(scope: SentenceScope): SentenceScope {
  const { se } = scope;
  let got = cache.get(se);
  if (!got) {
    got = { orgs: [...scope.orgs], entityOf: new Map(se.entityOf) };
    const s = se.sentence;
    // (whether a span is taken is read off how many mentions cover each character of the sentence, kept as parks are
    // added or dropped, not by asking every mention for each name written — a sentence of n parks stays linear; a
    // mention that is empty or reaches outside the sentence sends every question back to the mentions themselves)
    const cover = new Int32Array(se.text.length);
    const inside = (m: Mention) => m.start < m.end && m.start >= s.start && m.end <= s.start + se.text.length;
    let covered = se.mentions.every(inside) && got.orgs.every(inside);
    const mark = (m: Mention, d: number) => {
      if (!covered) return;
      if (!inside(m)) covered = false;
      else for (let i = m.start - s.start; i < m.end - s.start; i++) cover[i]! += d;
    };
    for (const m of se.mentions) mark(m, 1);
    for (const m of got.orgs) mark(m, 1);
    const taken = (a: number, b: number) => {
      if (!covered) {
        parkMentionWork.steps += se.mentions.length + got!.orgs.length;
        return se.mentions.some((m) => m.start < b && a < m.end) || got!.orgs.some((m) => m.start < b && a < m.end);
      }
      // (a span reaching outside the sentence, or an empty one, is asked of the mentions too)
      if (!(a < b && a >= s.start && b <= s.start + se.text.length)) return se.mentions.some((m) => m.start < b && a < m.end) || got!.orgs.some((m) => m.start < b && a < m.end);
      for (let i = a - s.start; i < b - s.start; i++) {
        parkMentionWork.steps++;
        if (cover[i]! > 0) return true;
      }
      return false;
    };
    const add = (e: Entity, start: number, end: number) => {
      const m: Mention = { start, end, surface: se.text.slice(start - s.start, end - s.start), label: 'Park', confidence: 'high', name: e.name };
      if (e.properties.kind) m.kind = String(e.properties.kind);
      got!.orgs.push(m);
      got!.entityOf.set(m, e);
      mark(m, 1);
    };
    // a park the document names elsewhere (longest names first: 三亚崖州湾科技城 before 崖州湾科技城); a short name (启动区,
    // 科学园) only where it stands alone, opening its clause or after a word of place, not inside a longer name
    const known = scope.table
      .parksWrittenIn(se.text)
      .filter((e) => e.label === 'Park' && e.name.length >= 3 && !SHORT_GENERIC.test(e.name))
      .sort((a, b) => b.name.length - a.name.length);
    const written = occurrences(se.text, known.map((e) => e.name));
    for (const [k, e] of known.entries()) {
      for (const at of written[k]!) {
        const start = s.start + at;
        // (a zone's seat the document named a part of it, 高新区本部: the bare zone word read inside it is the seat's, not the
        // zone's — 高新区本部重点发展X)
        if (SEAT.test(e.name)) {
          const inner = got.orgs.findIndex((m) => m.label === 'Park' && m.start === start && m.end === start + e.name.length - 2);
          if (inner >= 0 && !se.mentions.some((m) => m.label !== 'Park' && m.start < start + e.name.length && start < m.end)) {
            got.entityOf.delete(got.orgs[inner]!);
            mark(got.orgs[inner]!, -1);
            got.orgs.splice(inner, 1);
          }
        }
        // (a name ending in a bare 园, 高端装备园 of a layout's list, is typed by no ending: the mention reader reads its field,
        // 高端装备, inside it, which is a word of the park's name, not a name taking its place)
        const inner = /[^区]园$/.test(e.name) && !typeBySuffix(e.name);
        if ((inner ? orgTaken(got.orgs, se.mentions, start, start + e.name.length) : taken(start, start + e.name.length)) || elsewhere(se.text.slice(0, at))) continue;
        if (e.name.length < 4 && !STANDS_ALONE.test(se.text.slice(Math.max(0, at - 2), at))) continue;
        // (a zone's body in a unit line, 钒钛高新区管委会配合, is a department, not the park)
        if (BODY_AFTER.test(se.text.slice(at + e.name.length, at + e.name.length + 6))) continue;
        add(e, start, start + e.name.length);
      }
    }
    // a named part of a park written right after its name (南川工业园区|龙岩组团, 合川工业园区|草街拓展区): the mention reader
    // types no 组团 or 拓展区 by its ending, so the part is read here, by its own name (a later bare 龙岩组团 is found above
    // as a park the document has named)
    const parts: Entity[] = [];
    for (const m of [...got.orgs]) {
      if (m.label !== 'Park' || m.foreign) continue;
      const at = m.end - s.start;
      const part = GLUED_PART.exec(se.text.slice(at, at + 8));
      if (!part || !placeHead(scope, part[1]!)) continue;
      const start = m.end;
      const end = start + part[0].length;
      if (taken(start, end)) continue;
      const e = scope.table.find('Park', part[0]) ?? scope.table.org(part[0], 'Park', 'area');
      if (e.label !== 'Park') continue;
      add(e, start, end);
      parts.push(e);
    }
    // (依托P南溪组团建设Q，在南溪组团重点发展X: the part's bare name later in the same sentence)
    for (const e of parts) {
      for (let at = se.text.indexOf(e.name); at >= 0; at = se.text.indexOf(e.name, at + e.name.length)) {
        const start = s.start + at;
        if (!taken(start, start + e.name.length) && !elsewhere(se.text.slice(0, at))) add(e, start, start + e.name.length);
      }
    }
    // a park of a layout that counts its parks (开发区规划形成“一区四园”格局。化工新材料园重点发展X，已集聚A；硅基新材料园重点
    // 发展Y…): a name ending in 园 opening its clause before a verb of focus, in a paragraph that has counted its 园 before it,
    // is one of the parks counted, whether or not the mention reader read it (a bare 园 ending is read nowhere else)
    for (const c of countedParks(scope, se.text, s.start)) {
      if (orgTaken(got.orgs, se.mentions, c.start, c.end)) continue;
      const e = scope.table.find('Park', c.name) ?? scope.table.org(c.name, 'Park', 'park');
      if (e.label !== 'Park') continue;
      // (a firm's short name read inside the park's name, 纺织服装 in 纺织服装园, is a word of it: no firm of the sentence)
      for (let k = got.orgs.length - 1; k >= 0; k--) {
        const m = got.orgs[k]!;
        if (m.start < c.start || m.end > c.end) continue;
        got.entityOf.delete(m);
        mark(m, -1);
        got.orgs.splice(k, 1);
      }
      add(e, c.start, c.end);
    }
    // a zone's quarter the document has named a part of it (开发区包括东区和西区两个片区), by its bare name where it stands
    // alone (东区重点发展X / 已落户东区), not inside a longer name (河东区, 华东区域)
    const quarters = scope.table.ofKind('Park').filter((e) => e.label === 'Park' && e.properties.kind === 'area');
    for (const e of quarters) {
      for (const name of [e.name, ...e.aliases]) {
        if (!QUARTER_NAME.test(name)) continue;
        for (let at = se.text.indexOf(name); at >= 0; at = se.text.indexOf(name, at + name.length)) {
          const start = s.start + at;
          if (taken(start, start + name.length) || !STANDS_ALONE.test(se.text.slice(Math.max(0, at - 2), at))) continue;
          if (/^(?:域|块|县|市|镇)/.test(se.text.slice(at + name.length))) continue;
          add(e, start, start + name.length);
        }
      }
    }
    // a bare 园区: the park the sentence opens with, else the section's
    const bare = [...se.text.matchAll(BARE_PARK)];
    if (bare.length) {
      const opening = got.orgs
        .filter((m) => m.label === 'Park' && !m.foreign && /^\s*(?:其中|目前|当前)?[，,]?\s*$/.test(se.text.slice(0, m.start - s.start)))
        .sort((a, b) => a.start - b.start)[0];
      // (P位于Z… with P unread as a mention: the park parks.ts reads off the opening, the same entity)
      const named = opening ? undefined : openingParkName(se.text);
      const unread = named && !se.mentions.some((m) => m.start === s.start) ? (scope.table.find('Park', named[1]!) ?? scope.table.org(named[1]!, 'Park', 'park')) : undefined;
      // (园区已集聚A… after a sentence of the paragraph that opened with P: P; else the one zone the title names)
      const park = opening ? got.entityOf.get(opening) : unread?.label === 'Park' ? unread : (sectionPark(scope) ?? paragraphPark(scope) ?? titleZone(scope));
      // (P是全市X产业的核心承载区，园区已集聚A、B / Q位于Z，园区内已集聚…: a park opening an earlier clause of the sentence, not
      // the sentence, is what a later bare 园区 goes on with — the nearest such clause)
      const clauseOpeners = got.orgs.filter((m) => {
        if (m.label !== 'Park' || m.foreign || m === opening) return false;
        const head = se.text.slice(0, m.start - s.start);
        const mark = Math.max(head.lastIndexOf('，'), head.lastIndexOf(','), head.lastIndexOf('；'), head.lastIndexOf(';'));
        return mark >= 0 && /^\s*(?:其中|目前|当前)?[，,]?\s*$/.test(head.slice(mark + 1)) && /^(?:位于|是|为|已|重点|主要|地处)/.test(se.text.slice(m.end - s.start));
      });
      for (const b of bare) {
        const start = s.start + b.index!;
        const end = start + b[0].length;
        const nearer = clauseOpeners.filter((m) => m.end <= start && !(opening && m.start < opening.end)).pop();
        const which = nearer ? got.entityOf.get(nearer) : park;
        if (which && !taken(start, end) && !(opening && start < opening.end)) add(which, start, end);
      }
    }
    // A、B均位于高新区。: a bare zone word closing a clause of settling is the document's one zone so named
    for (const b of se.text.matchAll(BARE_ZONE_END)) {
      const own = documentZone(scope, b[1]!);
      const start = s.start + b.index!;
      if (own && !taken(start, start + b[1]!.length)) add(own, start, start + b[1]!.length);
    }
    // 在开发区 after a sentence opening with a zone so named: that zone, not the document's own
    const opened = got.orgs.filter((m) => m.label === 'Park' && !m.foreign && m.start === s.start + se.text.search(/\S/))[0];
    const zone = opened ? got.entityOf.get(opened) : undefined;
    for (const b of zone ? se.text.matchAll(BARE_ZONE_AT) : []) {
      const start = s.start + b.index!;
      if (zone!.name.endsWith(b[1]!) && start >= opened!.end && !taken(start, start + b[1]!.length)) add(zone!, start, start + b[1]!.length);
    }
    // A、B已在示范区建成…: with no zone opening the sentence, the document's one zone so named (as 均位于高新区。)
    for (const b of zone ? [] : se.text.matchAll(BARE_ZONE_AT)) {
      const own = documentZone(scope, b[1]!);
      const start = s.start + b.index!;
      if (own && !taken(start, start + b[1]!.length)) add(own, start, start + b[1]!.length);
    }
    got.orgs.sort((a, b) => a.start - b.start);
    cache.set(se, got);
  }
  if (got.orgs.length === scope.orgs.length) return scope;
  return { ...scope, orgs: got.orgs, se: { ...se, mentions: [...se.mentions.filter((m) => m.label === 'Industry'), ...got.orgs], entityOf: got.entityOf } };
}
