// Where an industry's name begins and ends when the phrase around it glued itself on (issue 12,
// dev5 classes). The genre writes growth verbs, evaluations and scope words next to the segment
// they are about; none of them is part of the segment's name:
//   • growth and gap verbs before it: 做优炼化一体化, 着力补齐高端影像, 推动壮大X → the segment;
//   • local scope words: 本地电池材料, 本市X → 电池材料;
//   • the route or direction a list of kinds belongs to: 钠离子电池、液流电池等新型储能技术路线 → 新型储能;
//   • a count of the parts it is split into: 包括核心零部件和人形机器人整机两个环节 → 人形机器人整机;
//   • the producing stage before a kind word: 医疗器械生产企业 → 医疗器械 (a firm's trade is the product);
// and some phrases are no industry at all:
//   • evaluations of a state (高端产品占比不高, X配套不足, 层级偏低): what a 存在问题 list says;
//   • markets products enter (推动产品进入新能源汽车、光伏逆变器等领域): applications, not segments;
//   • counts of levels and bare plan words (分为上游、中游和下游三个层级; 方向, 领域, 环节);
//   • a firm's rank with a product (宁德时代、亿纬锂能等头部电池企业): a kind of firm, not a segment.
// Only names the lexicon does not know are touched.
import type { Mention } from './enumerations.ts';

/** Verbs of growth, gap-filling and reach that open a phrase before the segment it is about (not 培育: 培育钻石 is a product). */
const LEAD = /^(?:着力|重点|加快|大力|积极|持续|进一步)?(?:做优|做强|做大|做精|做实|做深|壮大|补齐|补强|补足|延伸|拓展|提升|巩固|突破|培育壮大|发展壮大)+/;
/** Local scope words: 本地, 本市, 我市, 市内. */
const SCOPE = /^(?:本地|本市|本省|本区|本县|我市|我省|我区|市内|省内|区内|当地)/;
/** The kind of thing a list of segments is, after the parent's name. */
const ROUTE_END = /(?:技术路线|技术方向|发展路线|路线|技术路径|赛道方向)$/;
/** A count of parts after the name: 两个, 三个, 4个, 三条产品线 (光电整机三个细分|领域: the kind word may follow the list). */
const COUNT_END = /(?:[两二三四五六七八九十\d]+个|[两二三四五六七八九十\d]+大|[两二三四五六七八九十\d]+条)(?:重点|细分)?(?:环节|板块|部分|领域|方向|层级|产品线|系列)?$/;
/** A count alone (形成“A—B”和“C—D”两条产业链条 → 两条): how many, never which. */
const COUNT_ONLY = /^[两二三四五六七八九十几多数\d]+(?:条|个|大|项|类|种|批|家)$/;
/** The chain's make-up or layout as a heading's topic (二、产业链构成): the section's subject, no segment. */
const STRUCTURE = /^(?:产业链|产业|链条)(?:构成|组成|结构|全景|全景图|布局|分布|空间布局)$/;
/** The producing stage before a kind word (生产企业, 制造企业). */
// (not 深加工 / 精深加工 / 初加工: the depth of processing is the segment's own word — 硅材料深加工企业 → 硅材料深加工)
const STAGE_END = /(?:生产|制造|(?<![深初粗])加工|研发生产|生产制造)$/;
/** The role a plan gives an industry, after its name: 绿色石化主导(产业), X支柱(产业), 门业和杯壶优势(产业) — no part of the name. */
const ROLE_END = /(?:主导|支柱|首位|先导|引领|优势)$/;
/** Making it, after a product's name: 液冷服务器生产 → 液冷服务器 (the product is the segment). */
const MAKING_END = /(?:生产|生产制造)$/;
/** A trial stage after a product's name: 磷酸锰铁锂中试 → 磷酸锰铁锂. */
const TRIAL_END = /(?:中试|小试|试制|试产)$/;
/** Turning research into products, after a field's name: 空天信息成果转化(项目) → 空天信息. */
const TRANSFER_END = /(?:科技成果转移转化|科技成果转化|成果转移转化|成果转化|成果产业化)$/;
/** Evaluations of a state: shares, shortfalls, levels. */
const EVALUATION = /(占比|比重|比例|不高|不足|不强|偏低|偏弱|偏小|较弱|较低|薄弱|短板|滞后|缺乏|欠缺|不够|不优|层级|层次)/;
/** A gap a plan means to fill (填补本地中游材料空白, 补齐X缺口): what is missing, no segment. */
const GAP_END = /(?:空白|缺口|断点|堵点|卡点)$/;
/** The document speaking of itself (下游为本图谱重点招商环节 → 本图谱重点招商): no segment. */
const SELF_REFERENCE = /^(?:本|该|此)(?:图谱|方案|规划|计划|清单|措施|要点)/;
/** Entering markets: what follows is an application field, not a segment of the document. */
const ENTER = /^(?:产品|推动产品|推动)?(?:进入|打入|切入|导入|应用于|用于)/;
/** A firm's rank before its product: 头部电池(企业), 龙头X. */
const RANK = /^(?:头部|龙头|领军|骨干|知名|行业领先|一流)/;
/** 首台（套）, 首批次, 首版次: the first-of-a-kind award programmes, no segment. */
const FIRST_OF_KIND = /^(?:首台|首套|首批次|首版次)/;
/** Plan words that name no segment when they stand alone. */
const BARE = /^(?:方向|领域|环节|板块|赛道|层级|重点|方面|主攻方向|发展方向|重点方向|上游|中游|下游|上下游|上中下游|现状|发展现状|概况|基础|发展基础|态势|思路|目标|定位|功能定位)$/;
/** （一）上游：关键基础件: a chain position written as the label of a heading or a line is no part of the segment's name. */
const POSITION_LABEL = /^(?:上游|中游|下游)(?:环节|领域)?\s*[:：]\s*/;
/**
 * 上游玉米深加工附加值低 / 种子加工能力不足: an evaluation predicated of the segment (its value added, capacity,
 * scale is low) glued after its name; the segment is what comes before.
 */
const PREDICATE_END = /(?:附加值|产能|规模|能力|水平|效益|集中度|配套率|转化率|竞争力|利润率)(?:低|不高|不足|偏低|偏小|较低|较小|较弱|不强|不大|有限)$/;

/**
 * A place's adjective, never an industry of its own: 临港(产业) is the industries by a port, 沿海 / 县域 / 园区 the places
 * industries are in (绿色化工与临港产业 names one industry and a place word, not a pair of industries).
 */
const PLACE_MODIFIER = /^(?:临港|临空|临海|临江|沿海|沿江|沿边|沿湖|滨海|滨江|县域|镇域|园区|城郊|口岸|港口|港区|港产城)$/;
/** Two names joined into one phrase (A与B, A和B, A及B), without the kind word after them. */
const JOINED = /^([\u3400-\u9fffA-Za-z0-9]{2,10})[与和及]([\u3400-\u9fffA-Za-z0-9]{2,10})$/;
/**
 * Two raw products sharing one processing head (玉米和大豆精深加工, 人参与鹿茸种植): two industries, 玉米精深加工 and 大豆精深加工 —
 * the pair is no industry a part belongs to. Only an activity on a raw product: 火箭和卫星部组件, 细胞与基因治疗 name one field.
 */
const SHARED_PROCESSING = /^[\u3400-\u9fff]{2}[与和及][\u3400-\u9fff]{2}(?:精深加工|深加工|初加工|粗加工|加工|种植|养殖|繁育)$/;
/** A joiner closing the phrase: the list went on past a line break (重点发展心血管类原料药和⏎). */
const JOINER_END = /[与和及、]$/;

/** A joined phrase that is no industry: a place word as one half, or two raw products sharing a processing head. */
function joinedNonIndustry(surface: string): boolean {
  const n = surface.replace(/(?:产业链|产业集群|产业|行业)$/, '');
  if (SHARED_PROCESSING.test(n)) return true;
  const m = JOINED.exec(n);
  return !!m && [m[1]!, m[2]!].some((h) => PLACE_MODIFIER.test(h.replace(/(?:产业|经济)$/, '')));
}

/** The bounds of an industry phrase: the part to keep (offsets within the surface), or 'drop'. */
export function industryBounds(surface: string, after = ''): { from: number; to: number } | 'drop' {
  if (BARE.test(surface) || COUNT_ONLY.test(surface) || STRUCTURE.test(surface) || EVALUATION.test(surface) || ENTER.test(surface) || RANK.test(surface) || FIRST_OF_KIND.test(surface) || GAP_END.test(surface) || SELF_REFERENCE.test(surface)) return 'drop';
  if (/^[上中下]游.{0,4}[两二三四五六七八九十\d]/.test(surface)) return 'drop';
  if (joinedNonIndustry(surface)) return 'drop';
  let from = 0;
  let to = surface.length;
  // (心血管类原料药和 at a line's end: the joiner is the list's, no part of the name)
  if (JOINER_END.test(surface) && surface.length >= 3) to -= 1;
  for (let guard = 0; guard < 3; guard++) {
    const rest = surface.slice(from, to);
    const lead = POSITION_LABEL.exec(rest) ?? LEAD.exec(rest) ?? SCOPE.exec(rest);
    if (!lead || rest.length - lead[0].length < 2) break;
    from += lead[0].length;
  }
  for (let guard = 0; guard < 3; guard++) {
    const rest = surface.slice(from, to);
    const end = ROUTE_END.exec(rest) ?? COUNT_END.exec(rest) ?? ROLE_END.exec(rest) ?? (/^(?:企业|厂商|厂家)/.test(after) && to === surface.length ? STAGE_END.exec(rest) : null) ?? (rest.length >= 5 && /[器机件池片芯材品]生产$/.test(rest) ? MAKING_END.exec(rest) : null) ?? TRIAL_END.exec(rest) ?? TRANSFER_END.exec(rest) ?? PREDICATE_END.exec(rest);
    if (!end || rest.length - end[0].length < 2) break;
    to -= end[0].length;
  }
  return { from, to };
}

/** 推动产品进入A、B等领域(供应链) / 打入A、B市场: the clause names markets entered. */
const ENTERED_BEFORE = /(?:进入|打入|切入|导入|应用于|拓展至|拓展到)[^，,。；;:：]{0,40}$/;
/** 面向新能源汽车和光伏逆变器开拓应用市场: the markets a product is aimed at (not 面向A、B等领域开展…: fields served). */
const AIMED_BEFORE = /面向[^，,。；;:：]{0,40}$/;
const AIMED_AFTER = /^[^，,。；;:：]{0,40}?(?:开拓|拓展|开发|抢占|打开)(?:应用)?(?:市场|客户)/;
const ENTERED_AFTER = /^[^，,。；;:：]{0,40}?(?:等)?(?:领域|市场|供应链|客户|场景)/;

/**
 * Applies industryBounds to a sentence's industry mentions the lexicon does not know, and drops the
 * markets a clause says products enter (known industries too: 推动产品进入新能源汽车、船舶等领域).
 */
export function boundIndustries(mentions: Mention[], text: string, offset: number): void {
  for (const m of [...mentions]) {
    if (m.label !== 'Industry') continue;
    const before = text.slice(0, m.start - offset);
    const after = text.slice(m.end - offset);
    if ((ENTERED_BEFORE.test(before) && ENTERED_AFTER.test(after)) || (AIMED_BEFORE.test(before) && AIMED_AFTER.test(after))) {
      mentions.splice(mentions.indexOf(m), 1);
      continue;
    }
    if (m.lex) continue;
    const b = industryBounds(m.surface, text.slice(m.end - offset, m.end - offset + 4));
    if (b === 'drop') {
      mentions.splice(mentions.indexOf(m), 1);
      continue;
    }
    if (b.from === 0 && b.to === m.surface.length) continue;
    const start = m.start + b.from;
    const end = m.start + b.to;
    // (the kept part may be a mention of its own already: 做优|炼化一体化)
    if (mentions.some((x) => x !== m && x.label === 'Industry' && x.start === start && x.end === end)) {
      mentions.splice(mentions.indexOf(m), 1);
      continue;
    }
    m.surface = m.surface.slice(b.from, b.to);
    m.start = start;
    m.end = end;
  }
}
