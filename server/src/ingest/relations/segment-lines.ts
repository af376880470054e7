// The segment lines of a chain map (产业链图谱, 链长制 方案, 招商指南): under a heading naming one link of the chain,
// often with its position (（一）上游：关键基础件), a key-value line lists the link's parts and its supporting firms:
//
//   （二）中游：发电主机装备
//   细分领域：A、B、C          → A, B, C PART_OF 发电主机装备 (stated: the map files them under it)
//   核心配套企业：D、E         → D, E IN_INDUSTRY 发电主机装备 (stated)
//   链主企业：F（下属G、H）    → F, G, H IN_INDUSTRY 发电主机装备 (under a heading with a position)
//
// The other labels of such blocks (重点企业, 承载园区, 招引方向, 创新平台) are read by field-blocks.ts; this reader adds
// the parts line (细分领域 / 细分方向 / 细分赛道) and the supplier line (核心配套企业 / 配套企业), which name the link's
// parts and its suppliers. Each edge's evidence is its own line. A heading that names no link (二、链长制工作举措) gives
// nothing: a parts line needs the whole it lists the parts of.
import type { SentenceEntities } from '../entities/index.ts';
import { plausibleBareName } from '../entities/enumerations.ts';
import { stripNumbering } from '../entities/context.ts';
import { plausibleIndustry } from '../entities/list-items.ts';
import type { Entity, EntityTable } from '../entities/table.ts';
import { isGenericName, typeBySuffix } from '../entities/typing.ts';
import type { EdgeSet } from './edges.ts';
import { CHAIN_STAGE, labelledLine, splitOutsideBrackets, STAGE_PREFIX } from './field-blocks.ts';
import { JUDGED } from './judge.ts';
import { bareStage } from '../resolve/joined.ts';

/** Labels of a link's parts. */
const PARTS = /^(?:重点|主要|核心)?细分(?:领域|方向|赛道|环节|产品)$/;
/**
 * A stage as the label of a chain's parts line, under the chain's heading (（一）绿色硅光伏产业链 / 上游环节：工业硅、多晶硅):
 * the stage names no level of its own, its items are parts of the chain.
 */
const STAGE_LABEL = new RegExp(`^${CHAIN_STAGE}$`);
/** A stage in brackets opening a line (【上游】原料及辅料。): the label written another way. */
const BRACKETED_STAGE = new RegExp(`^(\\s*)【(${CHAIN_STAGE})】\\s*(?=[^\\s:：])`);
/** A stage line whose level's name labels the list of its parts: 上游：人参种植：林下参、园参种植和人参种苗繁育； */
const NAMED_LEVEL_LIST = new RegExp(`^\\s*${CHAIN_STAGE}\\s*[:：]\\s*([^：:、，,；;。\\s]{2,10})[：:]\\s*([^；;。：:]+?)[；;。.]?\\s*$`);
/** Labels of a link's suppliers (the 链主 and 重点企业 lines are field-blocks.ts's, but under a heading with a position). */
const SUPPLIERS = /^(?:核心|重点|主要|本地)?配套企业$/;
/** Labels of a link's firms. */
const FIRMS = /^(?:链主|重点|龙头|骨干|核心|领军)企业$/;
/** The stage before a link's name, its separator optional (上游关键基础件 too). */
const STAGE_OPENING = new RegExp(`^${CHAIN_STAGE}\\s*[:：—\\-－]?\\s*`);

/**
 * The firms of a line, by the text (the label says they are firms): 东方电气集团（下属A、B） gives the group and A, B;
 * an item typed by its bracket (东方电气风电（风电机组）) is its field's, read by the entity layer's
 * bracket-typed firm lines (entities/mentions.ts bracketTypedFirms) and organisations.ts, and left out here.
 */
function firmNames(items: string, subsidiariesOnly = false): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  const tops: string[] = [];
  for (const ch of items) {
    if (ch === '（' || ch === '(') depth++;
    if (ch === '）' || ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,]/.test(ch)) {
      tops.push(cur);
      cur = '';
    } else cur += ch;
  }
  tops.push(cur);
  for (const t of tops.map((x) => x.trim().replace(/^(?:以及|及)|等$/g, ''))) {
    const m = /^([^（(]+)(?:[（(]([^）)]*)[）)])?$/.exec(t);
    if (!m) continue;
    const bracket = m[2]?.trim();
    if (bracket && !/^(?:下属|旗下|含|包括)/.test(bracket)) continue;
    if (!subsidiariesOnly) out.push(m[1]!.trim());
    if (bracket) out.push(...bracket.replace(/^(?:下属|旗下|含|包括)/, '').split(/[、，,和及]/).map((x) => x.trim()));
  }
  return out.filter((x) => x.length >= 2);
}

/**
 * The items of a parts line: A、B和C / A、B以及C (the last two joined by a word when each is a name of its own; a
 * name with 和 inside it, 软件和信息服务, stays whole when a half is no plausible name).
 */
function partItems(items: string, norm = ''): string[] {
  const out: string[] = [];
  // (a short half is a name of its own when the document lists it on its own elsewhere: 钛板和镍基合金板材 beside 钛板、密封垫片)
  const listedApart = (p: string) => p.length === 2 && !!norm && new RegExp(`(?:、${p}(?:[、和及，,。；;]|$))|(?:(?:^|[：:、，,])${p}、)`).test(norm);
  // (a comma between digits is a chemical's name, 1,4-丁二醇: no separator)
  for (const raw of items.split(/[、，]|(?<!\d),|,(?!\d)/)) {
    // (钛板和镍基合金板材本地化供应: the local supply a gap line asks for is no part of the items' names)
    const x = raw.trim().replace(/^(?:以及|及)|等$/g, '').replace(/(?:的)?(?:本地化|本地|就地|就近)(?:供应|配套|生产)$/, '');
    const j = /^(.{2,12}?)(?:以及|和|及|与)(.{2,12})$/.exec(x);
    if (j && [j[1]!, j[2]!].every((p) => plausibleIndustry(p) && !isGenericName(p, '', () => false) && (p.length >= 3 || listedApart(p)))) out.push(j[1]!, j[2]!);
    else out.push(x);
  }
  return out;
}

/** The link a heading names: （一）上游：关键基础件 → 关键基础件; （三）钛制品及应用 → 钛制品及应用; else undefined. */
/** Words of a heading that describes a chain's make-up rather than names a link: 产业链构成, 产业构成, 产业结构. */
export const CHAIN_MAKEUP = /(?:构成|组成|结构|图谱|全景|概况|现状|基础|体系|布局|分布)$/;

/** A heading about a chain's make-up (二、产业链构成 / 第二章 产业链构成 / 产业链图谱): it names no link or segment of the chain. */
export function makeupHeading(title: string): boolean {
  const t = stripNumbering(title).trim();
  return /产业链|链条/.test(t) && CHAIN_MAKEUP.test(t);
}

export function linkOfHeading(title: string): string | undefined {
  const t = stripNumbering(title)
    .replace(STAGE_OPENING, '')
    .replace(/(?:产业链|产业|环节|领域)$/, '')
    .trim();
  // (二、产业链环节 / 产业环节: the section of the chain's links names none of them — what is left is the chain word itself)
  if (/^(?:重点)?(?:产业链|产业|链条)$/.test(t)) return undefined;
  if (t.length < 2 || t.length > 10 || !plausibleIndustry(t) || isGenericName(t, '', () => false) || typeBySuffix(t) || /[，,、；;：:]/.test(t)) return undefined;
  // (二、产业链构成 / 产业链图谱 / 产业链结构: a heading about the chain's make-up names no link of it)
  if (makeupHeading(t)) return undefined;
  return t;
}

/** An adverb or verb opening a clause after a line's list (逐步由…转型, 推动…): no item. */
const CLAUSE_OPENING = /^(?:逐步|推动|加快|引导|实现|力争|着力|支持|鼓励|提升|形成|打造|推进|加强|努力|积极|不断)/;

/** Labels of a link's host parks, of the chain's own labs and of the chain's extensions (the whole's parts). */
const PARKS = /^(?:主要)?(?:承载园区|承载载体|重点园区|布局园区|集聚园区)$/;
const LABS = /^(?:创新平台|研发平台|支撑高校|高校院所|科研院所)$/;
const EXTENSIONS = /^(?:延伸方向|延链方向|拓展方向|补链方向|强链方向)$/;

/**
 * A chain map written a paragraph per level (上游：镍钴采选冶炼。细分环节：A、B和C。链主企业：D。配套企业：E。承载园区：P。):
 * the stage line opening the paragraph names the level, and the labelled fields after it on the same paragraph are the
 * level's (A PART_OF the level, D and E IN_INDUSTRY it, P HOSTS it), not the section heading's (一、产业链图谱 names no
 * field); its extension lines (补链方向：X、Y) too, X PART_OF the level. A paragraph of the same map without a stage
 * (延伸方向：X、Y / 创新平台：L), after the levels, is the whole chain's: X PART_OF the document's subject, L INNOVATES_FOR
 * it. Each edge's evidence is its own line.
 */
export function levelParagraphEdges(sentences: SentenceEntities[], table: EntityTable, edges: EdgeSet, norm: string, subject?: Entity): Set<SentenceEntities> {
  const done = new Set<SentenceEntities>();
  let level: Entity | undefined;
  let levelsSeen = 0;
  /** Stage lines that list a level's parts rather than name it (【上游】医药中间体、化学原料药。): the map's levels all the same. */
  let stageLists = 0;
  /**
   * Bracketed stage lines listing a level's parts anywhere in the document (【上游】A、B和C。): a chain map whose levels
   * list their parts; its extension lines (补链方向：X、Y) are the whole chain's under a section of their own too
   * (三、招商方向), where no level of the map is open.
   */
  let mapLists = 0;
  /** A paragraph opened by a level joining a bare kind (上游：原材料和零部件。): no level, its gap lines the chain's. */
  let bareLevel = false;
  let section = '';
  let prevEnd = -1;
  for (const se of sentences) {
    const key = se.sentence.sectionPath.join('\u0001');
    if (key !== section) {
      section = key;
      level = undefined;
      levelsSeen = 0;
      stageLists = 0;
    }
    const newParagraph = prevEnd < 0 || norm.slice(prevEnd, se.sentence.start).includes('\n');
    prevEnd = se.sentence.end;
    if (newParagraph) {
      level = undefined;
      bareLevel = false;
    }
    // (a stage written as a bracketed label opening the paragraph, 【上游】原料及辅料。, is the label 上游：)
    // (【上游】人参种植：林下参、园参种植和人参种苗繁育；: the level's name labels the list of its parts, the level the paragraph's)
    const named = newParagraph ? NAMED_LEVEL_LIST.exec(se.text.replace(BRACKETED_STAGE, '$1$2：')) : null;
    // (a pair left joined, 瓶坯和包装材料, is no one part: left out)
    const namedItems = named ? partItems(named[2]!, norm).filter((x) => x.length >= 2 && !/[和与及]/.test(x)) : [];
    if (named && namedItems.length >= 2 && [named[1]!, ...namedItems].every((x) => plausibleIndustry(x) && !isGenericName(x, '', () => false) && !typeBySuffix(x))) {
      table.at(se.sentence.start);
      level = table.find('Industry', named[1]!) ?? table.industry(named[1]!, undefined, 'segment');
      levelsSeen++;
      for (const item of namedItems) {
        const x = table.find('Industry', item) ?? table.industry(item, undefined, 'segment');
        if (x.id !== level.id) edges.add('PART_OF', x.id, level.id, se.ev, JUDGED.stated);
      }
      done.add(se);
      continue;
    }
    const m = labelledLine(se.text.replace(BRACKETED_STAGE, '$1$2：'));
    if (!m) continue;
    const label = m[1]!;
    const value = m[2]!.trim();
    if (STAGE_LABEL.test(label)) {
      // (one name, no list: 上游环节：工业硅、多晶硅 lists the chain's parts and names no level; X及Y is one level's name,
      // 原料及辅料, as the paragraph's own parts line shows — in the bracketed form only: 上游：硅料及硅片 lists two)
      const name = value.replace(/(?:产业链|产业|环节|领域)$/, '');
      if (newParagraph && /[、，,]/.test(name)) {
        stageLists++;
        if (BRACKETED_STAGE.test(se.text)) mapLists++;
      }
      // (原材料和零部件 / 系统集成与运维服务: a level joining a bare kind names no segment; the paragraph's gap lines, 补链方向：X,
      // are the chain's — the map files them under a level that is none)
      if (newParagraph && /^[^、，,；;和与及]{2,12}[和与及][^、，,；;和与及]{2,12}$/.test(name) && name.split(/[和与及]/).some((x) => bareStage(x))) bareLevel = true;
      if (!newParagraph || /[、，,；;和与]/.test(name) || (name.includes('及') && !(BRACKETED_STAGE.test(se.text) && /^[^及]{2,6}及[^及]{2,6}$/.test(name))) || name.length < 2 || name.length > 10 || !plausibleIndustry(name) || isGenericName(name, '', () => false) || typeBySuffix(name)) continue;
      table.at(se.sentence.start);
      level = table.find('Industry', name) ?? table.industry(name, undefined, 'segment');
      levelsSeen++;
      done.add(se);
      continue;
    }
    // (a map whose levels list their parts, 【上游】A、B。【下游】C、D。, then 补链方向：X、Y: the extensions are the chain's too)
    const whole = level ?? (newParagraph && (levelsSeen >= 2 || ((stageLists >= 2 || mapLists >= 2) && EXTENSIONS.test(label))) ? subject : undefined) ?? (bareLevel && EXTENSIONS.test(label) ? subject : undefined);
    if (!whole) continue;
    table.at(se.sentence.start);
    const itemsAt = se.sentence.start + se.text.search(/[:：]/) + 1;
    // (an extension line inside a level's paragraph, 上游：底盘零部件。细分环节：…；补链方向：新能源专用底盘、电驱动桥。, is that
    // level's: the gap the map marks is a part of the link it is written under — after the levels, the chain's)
    if (PARTS.test(label) || EXTENSIONS.test(label)) {
      // (pasted text stops a line's list with a half-width full stop, 食品检测服务.重点补齐…: what follows is no item)
      for (const item of partItems(value.replace(/(?<!\d)\.(?!\d)[\s\S]*$/, ''), norm)) {
        // (…和储能热管理，逐步由设备供应商向综合能源服务商转型: a clause after the list is none of its items)
        if (item.length < 2 || !plausibleIndustry(item) || isGenericName(item, '', () => false) || typeBySuffix(item) || CLAUSE_OPENING.test(item)) continue;
        const x = table.find('Industry', item) ?? table.industry(item, undefined, 'segment');
        if (x.id !== whole.id) edges.add('PART_OF', x.id, whole.id, se.ev, JUDGED.stated);
      }
      done.add(se);
    } else if (level && (FIRMS.test(label) || SUPPLIERS.test(label))) {
      // (a firm typed by its bracket, 金川集团（电解镍）, is in the level too: its bracket names a part of the level)
      for (const n of firmNames(value.replace(/[（(][^）)]*[）)]/g, (b) => (/^[（(](?:下属|旗下|含|包括)/.test(b) ? b : '')))) {
        if (!plausibleBareName(n) || table.index.isIndustryTerm(n)) continue;
        const f = table.find('Enterprise', n) ?? table.org(n, 'Enterprise');
        if (f.label === 'Enterprise') edges.add('IN_INDUSTRY', f.id, level.id, se.ev, JUDGED.stated);
      }
      done.add(se);
    } else if ((level && PARKS.test(label)) || LABS.test(label)) {
      // (a level's own 创新平台 line, 中游：晶硅制造。…创新平台：青海大学。, is that level's research base, as its parks are its hosts)
      const want = PARKS.test(label) ? 'Park' : 'Lab';
      for (const mention of se.mentions) {
        const x = se.entityOf.get(mention);
        if (!x || x.label !== want || mention.foreign || mention.start < itemsAt) continue;
        edges.add(want === 'Park' ? 'HOSTS' : 'INNOVATES_FOR', x.id, whole.id, se.ev, JUDGED.stated);
      }
      done.add(se);
    }
  }
  return done;
}

/** Edges of the parts and supplier lines of a chain map's links (after the sentence readers; adds to `edges`). */
export function segmentLineEdges(sentences: SentenceEntities[], table: EntityTable, edges: EdgeSet, done: Set<SentenceEntities> = new Set()): void {
  for (const se of sentences) {
    if (done.has(se)) continue;
    const m = labelledLine(se.text);
    if (!m) continue;
    const label = m[1]!;
    const path = se.sentence.sectionPath;
    const last = path.length ? stripNumbering(path[path.length - 1]!) : '';
    const positioned = path.length > 0 && STAGE_PREFIX.test(last);
    // (a stage line under a heading that is itself a stage, （一）上游：关键基础件, is no parts line of a chain)
    const parts = PARTS.test(label) || (STAGE_LABEL.test(label) && !positioned && /(?:产业链|链条)$/.test(last));
    const firms = FIRMS.test(label);
    if (!parts && !SUPPLIERS.test(label) && !firms) continue;
    const name = path.length ? linkOfHeading(path[path.length - 1]!) : undefined;
    if (!name) continue;
    table.at(se.sentence.start);
    const link: Entity = table.find('Industry', name) ?? table.industry(name, undefined, 'segment');
    if (parts) {
      for (const item of partItems(m[2]!)) {
        if (item.length < 2 || !plausibleIndustry(item) || isGenericName(item, '', () => false) || typeBySuffix(item)) continue;
        const x = table.find('Industry', item) ?? table.industry(item, undefined, 'segment');
        if (x.id !== link.id) edges.add('PART_OF', x.id, link.id, se.ev, JUDGED.stated);
      }
      continue;
    }
    // firms: the names the label says are firms, as the document named them (a 链主 line under a heading without a
    // position is field-blocks.ts's, but for the subsidiaries its bracket names: 湘电集团（下属湘电股份、湘电风能）)
    for (const n of firmNames(m[2]!, !positioned && firms && !SUPPLIERS.test(label))) {
      if (!plausibleBareName(n) || table.index.isIndustryTerm(n)) continue;
      const f = table.find('Enterprise', n) ?? table.org(n, 'Enterprise');
      if (f.label === 'Enterprise') edges.add('IN_INDUSTRY', f.id, link.id, se.ev, JUDGED.stated);
    }
  }
}

/** A level's line of firms, each typed by its segments in brackets (■上游环节：A（X、Y）、B（Y）), bullets allowed. */
const STAGE_FIRM_LINE = new RegExp(`^[■●▲◆□◇·•\\s]*${CHAIN_STAGE}\\s*[:：]\\s*(.+?)[。.]?$`);

/** Top-level items of a list whose items may hold bracketed lists: A（X、Y）、B（Z） → ['A（X、Y）', 'B（Z）']. */
function topItems(items: string): string[] {
  return splitOutsideBrackets(items).map((x) => x.trim()).filter(Boolean);
}

/**
 * A chain map's lines of local firms by level, each firm typed by the segments it makes (■上游环节：广东超华科技（电子铜箔、
 * 覆铜板）、梅州威利邦电子科技（覆铜板） / 中游环节：A（X）): each firm is in each segment of its own bracket (stated), never
 * in a neighbour's; the level word names no segment. Only lines whose every item is a name typed in brackets (a level's
 * list of segments, 上游：A、B、C, is chains.ts's). Each edge's evidence is its line.
 */
export function stageFirmLineEdges(sentences: SentenceEntities[], table: EntityTable, edges: EdgeSet): void {
  for (const se of sentences) {
    const m = STAGE_FIRM_LINE.exec(se.text.trim());
    if (!m) continue;
    const typed = topItems(m[1]!).map((it) => /^([^（()）]{2,20})[（(]([^（()）]{2,40})[)）]$/.exec(it));
    if (!typed.length || typed.some((t) => !t)) continue;
    const rows = typed.map((t) => ({ name: t![1]!.trim(), kinds: t![2]!.split(/[、，,]/).map((x) => x.trim()) }));
    if (rows.some((r) => !plausibleBareName(r.name) || table.index.isIndustryTerm(r.name) || r.kinds.some((k) => k.length < 2 || !plausibleIndustry(k) || isGenericName(k, '', () => false) || typeBySuffix(k)))) continue;
    table.at(se.sentence.start);
    for (const r of rows) {
      const f = table.find('Enterprise', r.name) ?? table.org(r.name, 'Enterprise');
      if (f.label !== 'Enterprise') continue;
      for (const k of r.kinds) edges.add('IN_INDUSTRY', f.id, (table.find('Industry', k) ?? table.industry(k, undefined, 'segment')).id, se.ev, JUDGED.stated);
    }
  }
}
