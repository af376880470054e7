// Two segments joined into one name (test/fixtures/truth-blind/README.md, "Joined names"): a heading or
// title that joins two segment names with 与/和/及 names two segments, each with the ties the joined
// name was given (（一）靶材与抛光材料, 培育数据加工和标注产业). So does a joined last item of a list
// (光刻胶、靶材和抛光材料等) and a joined pair whose parts the document names on their own elsewhere
// (重点发展面板和显示模组 beside …面板… and …显示模组…). A shared head completes the shorter second
// part (金刚石单晶与微粉 → 金刚石微粉), a shared stage the first (船舶与海工装备总装 → 船舶总装). The
// joined name stays one when the lexicon knows it (细胞与基因治疗, 整机终端), when it is the document's
// own industry (半导体和集成电路产业), and when a part is a bare stage (汽车软件与服务, 设计与品牌零售):
// a stage without an object is no segment.
import type { Evidence, GraphEdge } from '../../model.ts';
import type { Entity } from '../entities/table.ts';
import { entityId } from '../ids.ts';
import { EdgeSet } from '../relations/edges.ts';

/** Value-chain stages and generic heads that are no segment on their own. */
/** (…and a level's generic kinds, 原材料和零部件 / 换热器整机与机组 / 系统集成与运维服务: a kind of thing without its object) */
/** (…and a trade or farming stage or a product grade alone, 品牌与流通 / 种苗繁育与种植 / 冶炼及初级产品: blind30–32 r05) */
/** (…and processing alone, 钢铁及深加工: the processing of the first part, no segment of its own — blind35 r06) */
const BARE = /^(设计|制造|研发|生产|应用|系统|服务|销售|运营|运维|维修|封测|测试|集成|配套|总装|保障|零售|材料|原材料|原辅材料|设备|装备|产品|技术|终端|整机|机组|器件|部件|零部件|系统集成|运维服务|回收|利用|综合利用|回收利用|循环利用|流通|种植|初级产品|加工|深加工|精深加工)$/;

/** Is `name` a bare stage or generic head, no segment on its own (零部件, 系统集成)? */
export function bareStage(name: string): boolean {
  return BARE.test(name);
}
/**
 * A chain level named by a bare kind or grade (上游：原料 / 中游：原片 / 下游：深加工): no segment of its own — the items the
 * level lists are the chain's (blind49 r05: 石英砂 PART_OF 玻璃新材料, 原料 only optional), as a stage alone is no segment.
 */
const BARE_LEVEL = /^(?:原料|原辅料|原材料|辅料|终端|终端产品|初级产品|原片|半成品|成品)$/;
/** A brand without its object (成衣与品牌): no segment on its own in a joined name (初加工 is one: 初加工和提取物, blind10 r05). */
const STAGE_ALONE = /^(?:品牌|品牌营销|品牌运营)$/;
export function bareLevel(name: string): boolean {
  return BARE.test(name) || BARE_LEVEL.test(name);
}
/** A component or kind head that may close both parts of a pair (火箭和卫星部组件 = 火箭部组件, 卫星部组件). */
const SHARED_KIND_HEAD = /(部组件|零部件|部件|组件|配件|元器件|器件|材料|装备|设备|系统|软件|芯片|模组)$/;
/** A stage a second part may end with, shared by the first (船舶与海工装备总装). */
const STAGE_TAIL = /(总装|制造|设计|封测|研发)$/;

export interface JoinedSplit {
  joined: string;
  parts: [string, string];
}

/** The two segments a joined name stands for, or undefined when it is one. */
export function joinedParts(name: string): [string, string] | undefined {
  const m = /^([^与和及、]{2,12})[与和及]([^与和及、]{2,12})$/.exec(name);
  if (!m) return undefined;
  let a = m[1]!;
  let b = m[2]!;
  // (原料与初加工 / 成衣与品牌: a bare level kind or a brand alone is no segment either — the pair is one
  // name of stages without a product object: blind60 r04)
  if (BARE.test(a) || BARE.test(b) || BARE_LEVEL.test(a) || BARE_LEVEL.test(b) || STAGE_ALONE.test(a) || STAGE_ALONE.test(b)) return undefined;
  // 凝血仪器及配套试剂: a second part that only goes with the first (配套, 相关, 专用) is no segment alone
  if (/^(配套|相关|专用|其|对应)/.test(b)) return undefined;
  // 金刚石单晶与微粉 / 数据加工和标注: the second part is only a head; it takes the first's modifier
  if (b.length === 2 && a.length >= 4) b = a.slice(0, -2) + b;
  // 船舶与海工装备总装: the stage closing the second part is the first's too
  else if (STAGE_TAIL.test(b) && !STAGE_TAIL.test(a) && b.length >= a.length + 2) a = a + STAGE_TAIL.exec(b)![1]!;
  return [a, b];
}

export interface JoinedContext {
  /** Headings and measure titles of the document. */
  titles: string[];
  /** The document's text (normalised). */
  text: string;
  /** Whether the lexicon knows the name as an industry. */
  known: (name: string) => boolean;
  subjectId?: string;
}

/** Numbering and a verb of intent opening a heading or a measure title (（一）做强, 2．提升). */
const TITLE_OPENING = /^\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、．.]\s*)?(?:做强|做大|做优|壮大|培育|发展|提升|打造|推动|加快|延伸|巩固|提高|强化|突破|引育|发展壮大)*/;
/** What may follow an industry that heads a title: nothing, or its kind (产业链, 集群, 制造, 板块). */
const TITLE_HEAD_AFTER = /^(?:$|[。.：:，,\s]|产业|集群|制造|板块|领域|方向)/;

/** Does `part` head one of the titles on its own (（二）新型储能 / （一）做强生物医药产业)? */
function headsTitle(part: string, titles: string[]): boolean {
  return titles.some((t) => {
    const rest = t.replace(TITLE_OPENING, '');
    return rest.startsWith(part) && TITLE_HEAD_AFTER.test(rest.slice(part.length));
  });
}

function inTitle(surfaces: string[], titles: string[]): boolean {
  return titles.some((t) => surfaces.some((s) => t.includes(s)));
}

/** 光刻胶、靶材和抛光材料等: the joined name closes a list of several items. */
function lastListItem(surfaces: string[], text: string): boolean {
  return surfaces.some((s) => text.includes(`、${s}`));
}

/** Both parts named on their own elsewhere in the text (not only inside the joined name). */
function namedApart(parts: [string, string], surfaces: string[], text: string): boolean {
  let rest = text;
  for (const s of surfaces) rest = rest.split(s).join('\u0000');
  return parts.every((p) => rest.includes(p));
}

/**
 * 发展炼油和乙烯 / 全省电解铝和铝加工的核心承载区: two products joined by 和 in running text are two; 与 joins
 * inside one name (回收与综合利用), so every place the text writes the name must use 和.
 */
function joinedByAnd(parts: [string, string], surfaces: string[], text: string): boolean {
  // (a second part longer than the first may end with a head both share: 火箭和卫星部组件, 质粒和病毒载体CDMO服务)
  if (parts[1].length > parts[0].length + 1) return false;
  const written = surfaces.filter((s) => text.includes(s));
  return written.length > 0 && written.every((s) => /^[^与及]+和[^与及]+$/.test(s));
}

/**
 * Splits joined industries: the joined entity goes, each part gets its ties (a segment under the
 * joined name goes to the part it shares a distinctive word with, else to the first).
 */
export function splitJoined(entities: Map<string, Entity>, edges: GraphEdge[], jc: JoinedContext): { edges: GraphEdge[]; splits: JoinedSplit[] } {
  const to = new Map<string, [Entity, Entity]>();
  const splits: JoinedSplit[] = [];
  for (const ent of entities.values()) {
    if (ent.label !== 'Industry' || jc.known(ent.name)) continue;
    const parts = joinedParts(ent.name);
    if (!parts) continue;
    // (the document's own industry stays one — 半导体和集成电路产业 — unless the document gives each part a
    // section of its own: 光伏及新型储能 with （一）光伏制造 and （二）新型储能 names two industries)
    if (ent.id === jc.subjectId && !parts.every((p) => headsTitle(p, jc.titles))) continue;
    const surfaces = [...new Set([ent.name, ...ent.aliases])].filter((s) => /[与和及]/.test(s));
    // (发展岩板和高端建筑陶瓷 read whole beside 岩板 and 高端建筑陶瓷 read as items: both parts are segments of the
    // document already, so the joined name is those two, not a third)
    // (not 火箭和卫星部组件: a component or kind head closing the second part may be the first's too — 火箭部组件)
    const partsAreNodes = !SHARED_KIND_HEAD.test(parts[1]) && parts.every((p) => entities.get(entityId('Industry', p))?.label === 'Industry');
    if (!partsAreNodes && !inTitle(surfaces, jc.titles) && !lastListItem(surfaces, jc.text) && !namedApart(parts, surfaces, jc.text) && !joinedByAnd(parts, surfaces, jc.text)) continue;
    const made = parts.map((p) => {
      const id = entityId('Industry', p);
      let e = entities.get(id);
      if (!e) {
        e = { id, label: 'Industry', name: p, aliases: new Set([p]), properties: { level: ent.properties.level ?? 'segment' } };
        entities.set(id, e);
      }
      return e;
    }) as [Entity, Entity];
    to.set(ent.id, made);
    splits.push({ joined: ent.name, parts });
  }
  if (!to.size) return { edges, splits };
  for (const id of to.keys()) entities.delete(id);
  // a sentence that already ties an end to a part on its own (依托A等企业，发展数据清洗和数据标注 under
  // 培育数据加工和标注产业: A–数据标注 listed) keeps that reading; the joined name's tie adds nothing there
  const own = new Set<string>();
  for (const e of edges) if (!to.has(e.source) && !to.has(e.target)) for (const ev of e.evidence) own.add(`${e.type} ${e.source} ${e.target} ${ev.start}`);
  // (依托A、B等企业，发展碳素鱼竿和路亚竿 under 第一节 浮标与鱼竿: a child sharing no word with either part goes where the
  // sibling its sentence lists right before it goes — 碳素鱼竿 → 鱼竿, so 路亚竿 too; a list runs from the first part to the
  // second, so a child no sibling precedes stays with the first: 下游：化肥与化工新材料。细分环节：尿素、三聚氰胺… → 尿素 化肥)
  const sides = new Map<string, { at: number; side: 0 | 1 }[]>();
  for (const e of edges) {
    const tgt = to.get(e.target);
    if (!tgt || e.type !== 'PART_OF' || to.has(e.source)) continue;
    const name = entities.get(e.source)?.name ?? '';
    const side = sideOf(name, tgt[0].name, tgt[1].name);
    if (side === undefined) continue;
    for (const ev of e.evidence) {
      const at = ev.text.indexOf(name);
      if (at >= 0) sides.set(`${e.target} ${ev.start}`, [...(sides.get(`${e.target} ${ev.start}`) ?? []), { at, side }]);
    }
  }
  const siblingSide = (e: GraphEdge, name: string): 0 | 1 | undefined => {
    for (const ev of e.evidence) {
      const at = ev.text.indexOf(name);
      const before = (sides.get(`${e.target} ${ev.start}`) ?? []).filter((x) => at >= 0 && x.at < at).sort((x, y) => y.at - x.at);
      if (before.length) return before[0]!.side;
    }
    return undefined;
  };
  const out = new EdgeSet();
  for (const e of edges) {
    const src = to.get(e.source);
    const tgt = to.get(e.target);
    let pairs: [string, string][] = [[e.source, e.target]];
    if (tgt && e.type === 'PART_OF' && !src) {
      const child = entities.get(e.source)?.name ?? '';
      const [a, b] = tgt;
      const side = sideOf(child, a.name, b.name) ?? siblingSide(e, child) ?? 0;
      pairs = [[e.source, side === 1 ? b.id : a.id]];
    } else if (src || tgt) {
      pairs = [];
      for (const s of src ? src.map((x) => x.id) : [e.source]) for (const t of tgt ? tgt.map((x) => x.id) : [e.target]) pairs.push([s, t]);
    }
    const { basis: _b, confidence: _c, ...props } = e.properties;
    const redirected = !!(src || tgt);
    for (const ev of e.evidence) {
      // a tie to the joined name from a sentence (or under a measure title) that names one part alone goes to
      // that part: 依托A、B等企业 under 2．提升船舶配套水平 in 二、壮大船舶配套和新材料集群 is 船舶配套's, not 新材料's
      const one = tgt && e.type !== 'PART_OF' ? namedAlone(ev, tgt, jc.text) : undefined;
      for (const [s, t] of pairs) {
        if (one && tgt?.some((x) => x.id === t) && t !== one.id) continue;
        if (!redirected || !own.has(`${e.type} ${s} ${t} ${ev.start}`)) out.add(e.type, s, t, ev, undefined, props);
      }
    }
  }
  return { edges: out.all(), splits };
}

/** The one part of a joined name that the sentence, else its nearest heading, names without the other. */
function namedAlone(ev: Evidence, parts: [Entity, Entity], text: string): Entity | undefined {
  const title = ev.section?.split(' > ').pop() ?? '';
  // a measure's title is the first sentence of its numbered line (2．提升船舶配套水平。依托A…)
  const lineStart = text.lastIndexOf('\n', ev.start - 1) + 1;
  const line = text.slice(lineStart, ev.start);
  const lead = /^\s*[（(]?[0-9０-９一二三四五六七八九十]+[）)]?[.．、)）]?\s*([^。；;]{2,30})[。；;]/.exec(line)?.[1] ?? '';
  // (the sentence itself is not asked: 依托A、B等企业，发展数据清洗、数据标注 under 培育数据加工和标注产业 lists
  // segments, it does not say whose the firms are; a title that joins names itself says nothing either)
  for (const where of [lead, title]) {
    if (/[和与及、]/.test(where)) continue;
    const hit = parts.filter((p) => where.includes(p.name));
    if (hit.length === 1) return hit[0];
    if (hit.length === 2) return undefined;
  }
  return undefined;
}

/** Which of two names a child shares a word with that the other lacks (0 or 1); none when neither or both. */
function sideOf(child: string, a: string, b: string): 0 | 1 | undefined {
  const words = (x: string) => new Set(Array.from({ length: Math.max(0, x.length - 1) }, (_, i) => x.slice(i, i + 2)));
  const wa = words(a);
  const wb = words(b);
  const only = (w: Set<string>, other: Set<string>) => [...words(child)].some((x) => w.has(x) && !other.has(x));
  const inA = only(wa, wb);
  const inB = only(wb, wa);
  return inA === inB ? undefined : inB ? 1 : 0;
}
