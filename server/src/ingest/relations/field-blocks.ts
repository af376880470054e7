// Labelled field blocks under a segment heading: the 招商地图 / 产业链图谱 shape, where each segment
// of a chain gets its own heading and a few lines of "label：items":
//
//   （二）正极材料
//   重点企业：A、B            → A, B IN_INDUSTRY 正极材料 (stated: the map files them under it)
//   承载园区：P、Q            → P, Q HOSTS 正极材料 (stated)
//   招引方向：X、Y            → X, Y PART_OF 正极材料 (stated: the kinds of it to attract)
//   创新平台：L               → L INNOVATES_FOR 正极材料 (stated)
//   说明：…                   (free text, read as any sentence)
//
// A block needs two or more such lines under one heading, one of them naming firms or parks (a lone
// "重点企业：…" sentence elsewhere is read as a sentence); the heading must be a short industry phrase
// (no verb, no plan word). Each edge's evidence is its own line. The single-line form
// ("X产业链：链主企业A；重点企业B") and 链主 tables are read by the table reader (tables.ts).
import type { SentenceEntities } from '../entities/index.ts';
import { plausibleBareName } from '../entities/enumerations.ts';
import { plausibleIndustry } from '../entities/list-items.ts';
import { withoutNotes } from '../entities/org-bounds.ts';
import { stripNumbering } from '../entities/context.ts';
import type { Entity, EntityTable } from '../entities/table.ts';
import { isGenericName, typeBySuffix } from '../entities/typing.ts';
import type { EdgeSet } from './edges.ts';
import { lineBody } from './patterns.ts';
import { JUDGED } from './judge.ts';
import { kindWordOf } from './organisations.ts';
import { parkByEnding } from './park-mentions.ts';

type Role = 'firm' | 'park' | 'kind' | 'lab';
const LABEL: [RegExp, Role][] = [
  [/^(?:重点|龙头|链主|骨干|代表|领军|本地重点|现有重点|核心)企业$/, 'firm'],
  [/^(?:主要)?(?:承载园区|承载载体|承载平台|重点园区|主要载体|布局园区|集聚区|分布|分布园区|分布区域|集聚园区)$/, 'park'],
  [/^(?:重点)?(?:招引方向|招商方向|引进方向|补链方向|延链方向|发展方向|重点产品|主要产品|细分领域|细分方向|细分赛道|细分环节)$/, 'kind'],
  [/^(?:创新平台|研发平台|支撑高校|高校院所|科研院所|创新资源)$/, 'lab'],
];
/** "label：items" as a whole sentence (the items end the line). */
const LINE = /^([\u4e00-\u9fff]{2,8})\s*[:：]\s*([^:：。；;\s][^:：。；;]*)$/;

/** A "label：items" line (重点企业：A、B。): its label and items, or null (lineBody: linear on padded lines). */
export function labelledLine(text: string): RegExpExecArray | null {
  return LINE.exec(lineBody(text));
}

/** A chain stage opening a segment's heading: 上游：, 中游环节：, 下游— . */
/** A chain stage that opens a heading as its position (（一）上游：关键基础件); one vocabulary for every reader of headings. */
export const CHAIN_STAGE = '(?:上游|中游|下游|前端|后端)(?:环节)?';
/** The stage and its separator before a heading's segment. */
export const STAGE_PREFIX = new RegExp(`^${CHAIN_STAGE}\\s*[:：—\\-－]\\s*`);

/** A line opened by a chain stage and one name only: 上游：镍钴采选冶炼。 (a list, 上游环节：工业硅、多晶硅, is no name). */
const STAGE_LINE = new RegExp(`^${CHAIN_STAGE}\\s*[:：]\\s*([^、，,；;：:。\\s]{2,12})[。.]?$`);
/** Headings that name a part of the document, not a segment: 产业链图谱, 发展现状, 产业概况, 重点任务. */
const DOC_PART = /(?:图谱|现状|概况|基本情况|总体要求|主要目标|重点任务|工作举措|保障措施|清单|分工|构成)$/;
/** A line opened by a chain stage and a list of items (下游：中成药、保健食品和日化产品。): a level naming no one segment. */
const STAGE_LIST = new RegExp(`^${CHAIN_STAGE}\\s*[:：]\\s*([^：:。；;\\s]{2,40})[。.]?$`);
/** The same stage written as a bracketed label (【中游】拖拉机、联合收割机和植保机械。), read as 中游：… */
const BRACKETED_STAGE = new RegExp(`^(\\s*)【(${CHAIN_STAGE})】\\s*(?=[^\\s:：])`);
/** The level's parts written after it on its line: 细分环节包括A、B和C。/ 细分环节：A、B。 */
const LEVEL_PARTS = /^细分(?:环节|领域|方向|赛道)(?:主要)?(?:包括|包含|有|为|[:：])\s*([^：:。；;]{2,60})[。.]?$/;
/** The items of a level's list (A、B和C / A及B): the pieces between its joiners. */
function levelItems(list: string): string[] {
  return list.split(/[、，,]|和|及|与/).map((x) => x.trim().replace(/^等|等$/g, '')).filter((x) => x.length >= 2);
}


/** A list's pieces between its list marks (、，,) outside brackets, as written: A（X、Y）、B（Z） → ['A（X、Y）', 'B（Z）']. */
export function splitOutsideBrackets(items: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of items) {
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    if (depth === 0 && /[、，,]/.test(ch)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/**
 * A line's items, split at its list marks outside brackets, each without the note in brackets after it: 重点企业：A（X、Y）、B
 * → A, B (the products in a firm's brackets are no firms; 承载园区：P（核心区、拓展区） → P); a place bracket of a firm's
 * name stays (亚太森博（山东）浆纸).
 */
function lineItems(items: string): string[] {
  return splitOutsideBrackets(items).map((x) => withoutNotes(x).trim());
}
/** A firm's own bracket right after its name (A（尿素）), which types it; not a note of its group (A（下属B、C）). */
const TYPE_BRACKET = /^\s*[（(](?!下属|旗下|含|包括|以下简称|简称)[^（()）]{2,}[)）]/;
/** The two names a heading joins with 与/和/及 (动力电池及电驱系统), or undefined. */
function joinedTitleParts(title: string): [string, string] | undefined {
  const m = /^([^与和及]{2,12})[与和及]([^与和及]{2,12})$/.exec(title);
  return m ? [m[1]!, m[2]!] : undefined;
}

/** Two names share a two-character word other than a generic head (固态电池 and 动力电池 share 电池). */
function sharesWord(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) {
    const w = a.slice(i, i + 2);
    if (/^(产业|领域|环节|设备|产品|技术|服务|制造|应用|系统|智能)$/.test(w)) continue;
    if (/^[\u3400-\u9fff]{2}$/.test(w) && b.includes(w)) return true;
  }
  return false;
}

function roleOf(label: string): Role | undefined {
  return LABEL.find(([re]) => re.test(label))?.[1];
}

/** The segment a block's heading names, or undefined when the heading is no short industry phrase. */
function segmentTitle(title: string): string | undefined {
  // (（一）上游：关键基础件 — the chain stage before the segment is its position, not its name)
  const t = stripNumbering(title)
    .replace(/[。.:：]\s*$/, '')
    .replace(STAGE_PREFIX, '')
    .replace(/(?:产业链|产业|环节|领域)$/, '')
    .trim();
  // (（二）纺织新材料产业园: a heading naming a park or another organisation is no segment)
  // (一、产业链图谱 / 二、发展现状: a heading naming a part of the document is no segment)
  if (DOC_PART.test(t)) return undefined;
  if (t.length < 2 || t.length > 10 || !plausibleIndustry(t) || isGenericName(t, '', () => false) || typeBySuffix(t)) return undefined;
  return t;
}

/** Edges of the labelled blocks of a document (after the sentence readers; adds to `edges`). */
export function fieldBlockEdges(sentences: SentenceEntities[], table: EntityTable, edges: EdgeSet, subject?: Entity, norm?: string): void {
  const blocks = new Map<string, { se: SentenceEntities; role: Role; items: string; level?: string }[]>();
  let prev: { se: SentenceEntities; role: Role } | undefined;
  // 上游：镍钴采选冶炼。细分环节：…。承载园区：P。 — a line opened by a chain stage and one name: that name is the
  // segment of the fields written after it on the same line, whatever the section's heading is
  let stage: { name: string; se: SentenceEntities } | undefined;
  // 下游：中成药、保健食品和日化产品。…承载园区：P。 / 中游：初加工和提取物。细分环节包括A、B和C。…承载园区：P。 — a level
  // line naming items and no one segment, under a heading naming none (二、产业链构成): the parks its line names carry those
  // items (the 细分环节's when given)
  let level: { items: string[]; se: SentenceEntities } | undefined;
  const itemHosts: { se: SentenceEntities; items: string[] }[] = [];
  // 【中游】拖拉机、联合收割机和植保机械。重点企业：A（拖拉机）、B、C。 — the firm line of such a level: a firm without its
  // own bracket is filed under the level, i.e. in one of its items, the map not saying which
  const stageFirms: { se: SentenceEntities; items: string[]; body: string }[] = [];
  const sameLineAs = (a: SentenceEntities, b: SentenceEntities) => !!norm && !norm.slice(a.sentence.end, b.sentence.start).includes('\n') && a.sentence.sectionPath.join('\u0001') === b.sentence.sectionPath.join('\u0001');
  for (const se of sentences) {
    const path = se.sentence.sectionPath;
    if (!path.length) continue;
    const key = path.join('\u0001');
    const opened = STAGE_LINE.exec(lineBody(se.text));
    // (【中游】X、Y和Z。: the bracketed stage is the same label; its list is one only with 、 or 和 — 【上游】原料及辅料 names one level)
    const bracketed = BRACKETED_STAGE.test(se.text);
    const listed = STAGE_LIST.exec(lineBody(se.text.replace(BRACKETED_STAGE, '$1$2：')));
    const items = listed && (bracketed ? /[、，,和]/ : /[、，,和及与]/).test(listed[1]!) ? levelItems(listed[1]!) : [];
    // (under a heading that names a segment, （一）光伏材料, the line's fields keep that segment: the level's items are its parts)
    if (items.length >= 2 && !segmentTitle(path[path.length - 1]!) && items.every((x) => plausibleIndustry(x) && !isGenericName(x, '', () => false))) {
      level = { items, se };
      stage = undefined;
      prev = undefined;
      continue;
    }
    if (opened) {
      const name = segmentTitle(opened[1]!);
      stage = name ? { name, se } : undefined;
      level = undefined;
      prev = undefined;
      continue;
    }
    if (stage && !(norm && !norm.slice(stage.se.sentence.end, se.sentence.start).includes('\n') && stage.se.sentence.sectionPath.join('\u0001') === key)) stage = undefined;
    if (stage) stage.se = se;
    if (level && !sameLineAs(level.se, se)) level = undefined;
    if (level) {
      level.se = se;
      const parts = LEVEL_PARTS.exec(lineBody(se.text));
      const named = parts ? levelItems(parts[1]!) : [];
      if (named.length >= 2 && named.every((x) => plausibleIndustry(x) && !isGenericName(x, '', () => false))) {
        level.items = named;
        continue;
      }
      const lm = labelledLine(se.text);
      if (lm && roleOf(lm[1]!) === 'park') {
        itemHosts.push({ se, items: level.items });
        continue;
      }
      if (lm && roleOf(lm[1]!) === 'firm') stageFirms.push({ se, items: level.items, body: lm[2]! });
    }
    const m = labelledLine(se.text);
    const role = m ? roleOf(m[1]!) : undefined;
    // 重点企业：A、B等X企业；C等Y企业。 — the sentence after a firm line on the same line goes on with its items
    // when it is a typed list of firms too (…企业 closes it)
    const sameLine = !!prev && prev.se.sentence.sectionPath.join('\u0001') === key && !!norm && !norm.slice(prev.se.sentence.end, se.sentence.start).includes('\n');
    if ((!m || !role) && sameLine && prev!.role === 'firm' && /企业[。；;]?\s*$/.test(se.text) && !/[:：]/.test(se.text)) {
      blocks.set(key, [...(blocks.get(key) ?? []), { se, role: 'firm', items: se.text.replace(/[。；;]\s*$/, '') }]);
      prev = { se, role: 'firm' };
      continue;
    }
    prev = undefined;
    if (!m || !role) continue;
    prev = { se, role };
    // (a stage line's fields form a block of their own, keyed by the line's segment)
    const at = stage ? `${key}\u0002${stage.name}` : key;
    blocks.set(at, [...(blocks.get(at) ?? []), { se, role, items: m[2]!, ...(stage ? { level: stage.name } : {}) }]);
  }
  for (const { se, items } of itemHosts) {
    table.at(se.sentence.start);
    const targets = items.map((item) => {
      const lx = table.index.lookup(item);
      return table.find('Industry', item) ?? table.industry(item, lx?.type === 'industry' ? lx.entry : undefined, 'segment');
    });
    const itemsAt = se.sentence.start + se.text.search(/[:：]/) + 1;
    const parks: Entity[] = [];
    const found = new Set<string>();
    for (const mention of se.mentions) {
      const x = se.entityOf.get(mention);
      if (!x || x.label !== 'Park' || mention.foreign || mention.start < itemsAt) continue;
      // (parks written one inside the other: the innermost carries the items)
      if (se.mentions.some((n) => n !== mention && n.label === 'Park' && n.start === mention.end)) continue;
      found.add(mention.surface);
      parks.push(x);
    }
    const body = labelledLine(se.text)?.[2] ?? '';
    for (const item of lineItems(body).map((x) => x.trim().replace(/^(?:以及|及其|和|及)/, '').replace(/等$/, ''))) {
      if (found.has(item) || [...found].some((f) => f.includes(item) || item.includes(f)) || !parkByEnding(item)) continue;
      const park = table.find('Park', item) ?? table.org(item, 'Park', 'park');
      if (park.label === 'Park') parks.push(park);
    }
    for (const park of parks) for (const t of targets) if (t.properties.level !== 'system') edges.add('HOSTS', park.id, t.id, se.ev, JUDGED.planned);
  }
  for (const { se, items, body } of stageFirms) {
    table.at(se.sentence.start);
    const targets = items.map((item) => {
      const lx = table.index.lookup(item);
      return table.find('Industry', item) ?? table.industry(item, lx?.type === 'industry' ? lx.entry : undefined, 'segment');
    }).filter((t) => t.properties.level !== 'system');
    if (targets.length < 2) continue;
    for (const piece of splitOutsideBrackets(body)) {
      // (a firm typed by its own bracket, A（拖拉机）, is in that item alone: organisations.ts reads it)
      if (/[（(]/.test(piece)) continue;
      const name = piece.trim().replace(/^(?:以及|及其|和|及)/, '').replace(/等$/, '');
      if (!plausibleBareName(name) || table.index.isIndustryTerm(name)) continue;
      const firm = table.find('Enterprise', name) ?? table.org(name, 'Enterprise');
      if (firm.label !== 'Enterprise') continue;
      // (a firm the document types elsewhere as one of the items, 园区内已集聚A等休闲食品企业, is in that one)
      if (targets.some((t) => edges.get('IN_INDUSTRY', firm.id, t.id)?.evidence.some((v) => (v.confidence ?? 0) >= 0.5))) continue;
      for (const t of targets) edges.add('IN_INDUSTRY', firm.id, t.id, se.ev, JUDGED.oneOfLevel);
    }
  }
  for (const [key, lines] of blocks) {
    if (lines.length < 2 || !lines.some((l) => l.role === 'firm' || l.role === 'park')) continue;
    const path = key.split('\u0002')[0]!.split('\u0001');
    const title = lines[0]!.level ?? segmentTitle(path[path.length - 1]!);
    if (!title) continue;
    table.at(lines[0]!.se.sentence.start);
    const seg = table.find('Industry', title) ?? table.industry(title, undefined, 'segment');
    const joined = !!joinedTitleParts(title);
    for (const { se, role, items } of lines) {
      if (role === 'kind') {
        // under a heading joining two segments (（二）动力电池及电驱系统), an item goes with the part it shares a
        // word with (固态电池 → 动力电池); with neither or both, with the document's industry the two are parts of
        const parts = joinedTitleParts(title);
        for (const item of lineItems(items).map((x) => x.trim().replace(/^等|等$/g, ''))) {
          if (item.length < 2 || !plausibleIndustry(item) || isGenericName(item, '', () => false)) continue;
          const x = table.industry(item, undefined, 'segment');
          let parent = seg;
          if (parts) {
            const sharing = parts.filter((p) => sharesWord(p, item));
            const one = sharing.length === 1 ? (table.find('Industry', sharing[0]!) ?? table.industry(sharing[0]!, undefined, 'segment')) : undefined;
            const whole = one ?? subject;
            if (!whole) continue;
            parent = whole;
          }
          if (x.id !== parent.id) edges.add('PART_OF', x.id, parent.id, se.ev, JUDGED.stated);
        }
        continue;
      }
      const want = role === 'firm' ? 'Enterprise' : role === 'park' ? 'Park' : 'Lab';
      const type = role === 'firm' ? 'IN_INDUSTRY' : role === 'park' ? 'HOSTS' : 'INNOVATES_FOR';
      const found = new Set<string>();
      const heading = path[path.length - 1]!;
      // (the label itself is no item: 主要承载园区：P, read as a place by its ending)
      const itemsAt = se.sentence.start + se.text.search(/[:：]/) + 1;
      // parks written one inside the other (宝鸡高新区马营片区): the innermost carries the segment
      const outer = (m: (typeof se.mentions)[number]) => role === 'park' && se.mentions.some((n) => n !== m && n.label === 'Park' && n.start === m.end);
      for (const mention of se.mentions) {
        const x = se.entityOf.get(mention);
        if (!x || x.label !== want || mention.foreign || mention.start < itemsAt || outer(mention)) continue;
        found.add(mention.surface);
        // 重点企业：A、B等动力电池企业；以C为代表的电驱系统企业 under （二）动力电池及电驱系统: each firm goes with
        // its own kind; a kind the heading names (one part of a joined heading) is all the firm is, another
        // kind (商用车 under 整车制造) is a part of the segment, and the firm is in both
        const word = role === 'firm' ? kindWordOf(se, mention) : undefined;
        const kind = word && plausibleIndustry(word) && !isGenericName(word, '', () => false) ? (table.find('Industry', word) ?? table.industry(word, undefined, 'segment')) : undefined;
        if (kind && kind.id !== seg.id) {
          edges.add(type, x.id, kind.id, se.ev, JUDGED.stated);
          if ([kind.name, ...kind.aliases].some((a) => a.length >= 2 && heading.includes(a)) && /[与和及]/.test(heading)) continue;
          edges.add('PART_OF', kind.id, seg.id, se.ev, JUDGED.stated);
        }
        // 下游：化肥与化工新材料。重点企业：A（尿素）、B（可降解材料）、C。 — a firm typed by its own bracket is in that item,
        // not in the level joining two segments (which stands for both of them: A is no 化工新材料 firm); an untyped
        // firm, C, is filed under the level, i.e. in one of its two halves
        if (role === 'firm' && joined && TYPE_BRACKET.test(se.text.slice(mention.end - se.sentence.start))) continue;
        edges.add(type, x.id, seg.id, se.ev, JUDGED.stated);
      }
      // (a park line's items the mention reader left are parks when their names end like one: 承载园区：P、沾益工业园区)
      if (role === 'park') {
        for (const item of lineItems(items).map((x) => x.trim().replace(/^(?:以及|及其|和|及)/, '').replace(/等$/, ''))) {
          if (found.has(item) || [...found].some((f) => f.includes(item) || item.includes(f)) || !parkByEnding(item)) continue;
          const park = table.find('Park', item) ?? table.org(item, 'Park', 'park');
          if (park.label === 'Park') edges.add(type, park.id, seg.id, se.ev, JUDGED.stated);
        }
      }
      // (a firm line's items are firms by the label, suffix or not: 重点企业：华鼎新材、蜀锂隔膜)
      if (role !== 'firm') continue;
      // typed groups the mention reader left (以A为代表的X企业；B、C等Y企业): each group's firms with its own kind
      const typedGroups = [...items.matchAll(/(?:^|[；;，,]|和)(?:以)?([^；;，,。]+?)(?:为代表的|等)([^；;，,。、等的]{2,12}?)(?:企业|厂商)/g)];
      for (const g of typedGroups) {
        const word = g[2]!;
        if (!plausibleIndustry(word) || isGenericName(word, '', () => false) || /^(龙头|重点|骨干|配套|链主|代表性?|领军|头部)$/.test(word)) continue;
        const kind = table.find('Industry', word) ?? table.industry(word, undefined, 'segment');
        if (kind.id === seg.id) continue;
        const ownPart = [kind.name, ...kind.aliases].some((a) => a.length >= 2 && heading.includes(a)) && /[与和及]/.test(heading);
        if (!ownPart) edges.add('PART_OF', kind.id, seg.id, se.ev, JUDGED.stated);
        for (const name of g[1]!.replace(/^以/, '').split(/[、]/).map((x) => x.trim())) {
          if (found.has(name) || [...found].some((f) => f.includes(name) || name.includes(f)) || !plausibleBareName(name) || table.index.isIndustryTerm(name)) continue;
          found.add(name);
          const firm = table.org(name, 'Enterprise');
          edges.add(type, firm.id, kind.id, se.ev, JUDGED.stated);
          if (!ownPart) edges.add(type, firm.id, seg.id, se.ev, JUDGED.stated);
        }
      }
      // (…，以及B: the joiner opening an item is the list's)
      for (const item of lineItems(items).map((x) => x.trim().replace(/^(?:以及|及其)/, ''))) {
        if (found.has(item) || [...found].some((f) => f.includes(item) || item.includes(f)) || !plausibleBareName(item) || table.index.isIndustryTerm(item)) continue;
        edges.add(type, table.org(item, 'Enterprise').id, seg.id, se.ev, JUDGED.stated);
      }
    }
  }
}
