// Names of one organisation written in full and short in the same document.
import type { ChainTemplate } from '../../chain-templates.ts';
import type { Entity } from '../entities/table.ts';
import { words } from '../entities/segment.ts';

/**
 * Which entity each short name merges into: 长飞光纤 and 长飞光纤光缆(股份有限公司) (a short enterprise
 * name that starts the full one), 东湖高新区 and 武汉东湖高新区 (a place prefix of up to three
 * characters). A shared word alone never merges: 天津大学 ≠ 天津大学医学部 (a lab or park is never
 * merged with a longer name that extends it). Lexicon names and industries never merge here.
 */
/** What may follow a group's 集团 in its own full name: a legal form or a bracket (集团有限公司, 集团（中国）). */
const GROUP_OWN_TAIL = /^(?:股份|控股)?(?:有限)?(?:责任)?公司$|^[(（]/;

/** A firm's name with a place bracket inside it, the bracket taken out (贝特瑞(鸡西)新材料 → 贝特瑞新材料); else undefined. */
function withoutInnerPlace(name: string): string | undefined {
  const m = /^([\u3400-\u9fff]{2,8})[(（]([\u3400-\u9fff]{2,4})[)）]([\u3400-\u9fff]{2,8})$/.exec(name);
  return m ? m[1]! + m[3]! : undefined;
}

/** A parent group opening a subsidiary's full name: 宝武集团(广东韶关钢铁), 中国石油(抚顺石化公司). */
const PARENT_LEAD = /^(?:[\u3400-\u9fff]{2,6}?集团|中国[\u3400-\u9fff]{2})/;
/** What may close a firm's full name after its short name: a legal form (after a trade word of up to three characters) or an X业 trade word. */
const FULL_TAIL = /^(?:[\u3400-\u9fff]{0,3}?(?:股份有限公司|有限责任公司|有限公司|股份|公司)|[\u3400-\u9fff]?业)?$/;

/**
 * The short names a firm's full name stands for when a parent group or a place opens it: 宝武集团广东韶关钢铁有限公司 →
 * 韶关钢铁, 中国石油抚顺石化公司 → 抚顺石化, 锡林郭勒额尔敦羊业 → 额尔敦, 河南瑞贝卡发制品股份 → 瑞贝卡 (the short name, three
 * characters or more, then nothing but a legal form or an X业 trade word: 湖南华菱涟钢薄板 is a subsidiary of 华菱涟钢, no
 * full name of it).
 */
function prefixedShortNames(name: string, regions: readonly string[]): string[] {
  const rests: string[] = [];
  const parent = PARENT_LEAD.exec(name);
  const afterParent = parent ? name.slice(parent[0].length) : name;
  if (parent) rests.push(afterParent);
  const region = regions.filter((r) => afterParent.startsWith(r)).sort((a, b) => b.length - a.length)[0] ?? (words(afterParent)[0]?.tag === 'ns' && words(afterParent)[0]!.word.length >= 2 ? words(afterParent)[0]!.word : undefined);
  if (region) rests.push(afterParent.slice(region.length).replace(/^(?:省|市|自治区|县|盟)/, ''));
  const out: string[] = [];
  for (const rest of rests) for (let k = rest.length; k >= 3; k--) if (FULL_TAIL.test(rest.slice(k)) && /^[\u3400-\u9fff]+$/.test(rest.slice(0, k))) out.push(rest.slice(0, k));
  return out;
}

/** A zone's area: the zone's name, then the area's own name closed by 片区 (…自由贸易试验区|钦州港片区). */
const ZONE_AREA = /^(.{2,}?(?:试验区|自贸区|开发区|高新区|经开区|新区))([\u3400-\u9fff]{2,8}片区)$/;

/** Work counter for tests (test/unit/fix28-*.test.ts): the names nameMerges compares a name with. */
export const nameMergeWork = { steps: 0 };

export function nameMerges(entities: Entity[], fromLexicon: ReadonlySet<string>, regions: readonly string[] = []): Map<string, string> {
  const to = new Map<string, string>();
  const free = entities.filter((e) => e.label !== 'Industry' && !fromLexicon.has(e.id));
  const cjk = (s: string) => s.replace(/[^\u3400-\u9fff]/g, '').length;
  // (indexes, so that each name is compared only with the names it could be short for: a firm's with the names in
  // the sorted run that starts with it, a park's or a lab's with the names that end with it, up to three characters
  // longer — not with every name of the document)
  const firms = free.filter((e) => e.label === 'Enterprise').sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const byInnerPlace = new Map<string, Entity[]>();
  for (const l of firms) {
    const w = withoutInnerPlace(l.name);
    if (w === undefined) continue;
    const at = byInnerPlace.get(w);
    if (at) at.push(l);
    else byInnerPlace.set(w, [l]);
  }
  // (each firm under the short names its full name stands for after a parent or a place: one lookup per short name)
  const byPrefixedShort = new Map<string, Entity[]>();
  for (const l of firms) {
    for (const short of new Set(prefixedShortNames(l.name, regions))) {
      const at = byPrefixedShort.get(short);
      if (at) at.push(l);
      else byPrefixedShort.set(short, [l]);
    }
  }
  const byTail = new Map<string, Entity[]>();
  for (const l of free) {
    if (l.label === 'Enterprise') continue;
    for (let k = 0; k <= 3 && k <= l.name.length; k++) {
      const key = `${l.label} ${l.name.slice(k)}`;
      const at = byTail.get(key);
      if (at) at.push(l);
      else byTail.set(key, [l]);
    }
    // (中国（广西）自由贸易试验区钦州港片区 and 钦州港片区: an area named after its zone, then on its own)
    const area = l.label === 'Park' ? ZONE_AREA.exec(l.name) : null;
    if (area && area[1]!.length > 3) {
      const key = `${l.label} ${area[2]!}`;
      const at = byTail.get(key);
      if (at) at.push(l);
      else byTail.set(key, [l]);
    }
  }
  /** The firms whose name starts with `name`, in name order (a binary search for the first, then the run). */
  const startingWith = (name: string): Entity[] => {
    let lo = 0;
    let hi = firms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (firms[mid]!.name < name) lo = mid + 1;
      else hi = mid;
    }
    const run: Entity[] = [];
    for (let i = lo; i < firms.length && firms[i]!.name.startsWith(name); i++) run.push(firms[i]!);
    return run;
  };
  for (const s of free) {
    let longer: Entity[] = [];
    if (s.label === 'Enterprise' && cjk(s.name) >= 4) {
      // (a firm's plant, 比亚迪淮安基地, is no full name of the firm: the base merges into the firm, firmBases)
      // (a group and a subsidiary named after it, 攀钢集团 and 攀钢集团钒钛资源股份, are two firms: after 集团 only a
      // legal form or a bracket continues the group's own name)
      const run = startingWith(s.name);
      nameMergeWork.steps += run.length + 1;
      longer = run.filter((l) => l !== s && l.name.length > s.name.length && !/(区|市|省|县|分公司|子公司|分院|分厂|基地$)/.test(l.name.slice(s.name.length)) && (!/集团$/.test(s.name) || GROUP_OWN_TAIL.test(l.name.slice(s.name.length))));
      // (贝特瑞新材料 and 贝特瑞（鸡西）新材料: the firm's place written in brackets inside its name, or dropped — one firm)
      if (!longer.length) longer = (byInnerPlace.get(s.name) ?? []).filter((l) => l !== s);
    }
    if (s.label === 'Enterprise' && !longer.length && cjk(s.name) >= 3 && s.name.length >= 3) {
      // (韶关钢铁 and 宝武集团广东韶关钢铁有限公司, 额尔敦 and 锡林郭勒额尔敦羊业: a parent or a place before the short name)
      longer = (byPrefixedShort.get(s.name) ?? []).filter((l) => l !== s);
      nameMergeWork.steps += longer.length;
    }
    if (s.label !== 'Enterprise' && cjk(s.name) >= 4) {
      const tails = byTail.get(`${s.label} ${s.name}`) ?? [];
      nameMergeWork.steps += tails.length + 1;
      longer = tails.filter((l) => l !== s && !/(大学|学院|研究院|公司|集团)/.test(l.name.slice(0, l.name.length - s.name.length)));
    }
    const [only] = longer;
    if (only && longer.length === 1) to.set(s.id, only.id);
  }
  // follow chains (A → B → C)
  for (const [a, first] of to) {
    let b = first;
    for (let i = 0; i < 10; i++) {
      const next = to.get(b);
      if (next === undefined) break;
      b = next;
    }
    to.set(a, b);
  }
  return to;
}

/**
 * Grade, scale and size words that qualify a segment without making another one (高端TFT-LCD面板 is the
 * document's TFT-LCD面板, 十二英寸晶圆制造 its 晶圆制造, 大容量储能电芯 its 储能电芯).
 */
const GRADE = /^(?:高端|中高端|高档|高性能|高品质|高效|大容量|大尺寸|大功率|大腔体|专业|[\d.]+(?:英寸|兆帕|MPa|纳米|nm|μm|微米))+/;
/**
 * Words of degree inside a segment's name that make no other segment: 白银精深加工 is the document's 白银深加工,
 * 稀贵金属综合回收 its 稀贵金属回收 (the gold of blind11 lists each pair as one segment).
 */
// (not the 精 of a product's name: 酒精加工, 香精加工, 味精加工, 糖精加工)
const INNER_GRADE = /(?:(?<![酒香味糖])精|综合|高效|高值化?)(?=深加工|回收|利用|加工)/g;
/**
 * What a stage word after a segment adds: making a product (整车制造, 电芯制造), or the service, equipment or
 * test of an activity (算力调度服务, 视觉感知设备, 火箭总装测试) — the same segment. After a field, the same
 * words name a product line of it (量子通信设备, 算力服务, 直升机整机 stay).
 */
const MAKING_TAIL = /(?:整车制造|制造)$/;
/** Goods written with their export (LED照明产品出口, 功能沙发出口, 罗非鱼片出口): the goods' segment; not 进出口, a trade. */
const EXPORT_TAIL = /(?<!进)出口$/;
const ACTIVITY_TAIL = /(?:服务|设备|测试)$/;
const ACTIVITY = /(?:调度|感知|总装|检测|监测|加工|集成|处理|运营|维修|测量)$/;

export interface IndustryMergeContext {
  /** The lexicon knows the name as an industry of its own (新能源汽车, 芯片制造): it never merges into another. */
  known: (name: string) => boolean;
  /** The lexicon's level of a known industry (industry, chain, system, segment …). */
  level: (name: string) => string | undefined;
  /** The document's own industry, if any. */
  subject?: string;
  /** The chain templates: a segment they place under another (芯片制造 under 核心芯片|芯片) is a part of it, never the same. */
  chains?: readonly ChainTemplate[];
  /** The lexicon's short forms of words (abbreviations.tsv: 通航 → 通用航空). */
  abbreviations?: readonly { full: string; shorts: string[] }[];
}

/** The name with each short form written in full (通航运营 → 通用航空运营); the name itself when it has none. */
export function expandAbbreviations(name: string, abbreviations: readonly { full: string; shorts: string[] }[]): string {
  let out = name;
  for (const a of abbreviations) for (const sh of a.shorts) if (out.includes(sh) && !out.includes(a.full)) out = out.split(sh).join(a.full);
  return out;
}

/** "segment parent" pairs of the templates, every name and alias of both (芯片制造 芯片, 晶圆制造 核心芯片 …). */
function templateParts(chains: readonly ChainTemplate[]): Set<string> {
  const out = new Set<string>();
  for (const c of chains) {
    for (const st of c.stages) {
      const byName = new Map(st.segments.map((g) => [g.name, g]));
      for (const g of st.segments) {
        const p = g.parent ? byName.get(g.parent) : undefined;
        if (!p) continue;
        for (const a of [g.name, ...g.aliases]) for (const b of [p.name, ...p.aliases]) out.add(`${a} ${b}`);
      }
    }
  }
  return out;
}

/**
 * Does the document's own industry `subject` narrow the broad sector `broadName` by a qualifier before it (尼龙新材料,
 * 锰锌新材料, 铝基新材料 narrow 新材料; 绿色硅光伏 narrows 光伏)? Not a mere grade of the sector (现代纺织, 现代食品, 新型储能:
 * the genre names the sector itself beside them), nor a joined name (半导体和集成电路).
 */
function narrowsBroad(subject: string, broadName: string): boolean {
  if (subject.length <= broadName.length || !subject.endsWith(broadName)) return false;
  const qualifier = subject.slice(0, -broadName.length);
  return !/[和与及、]/.test(subject) && !/^(?:现代|新型|新兴|先进|高端|传统|特色|绿色)$/.test(qualifier);
}

/**
 * Which industry each near-duplicate of one document merges into (both names are written in the document;
 * the gold of every development set lists such pairs as one segment):
 *   • a short form of the lexicon's abbreviations.tsv inside a name written in full too: 海工装备 → 海洋工程装备;
 *   • a grade or size word before a segment the document names bare: 高端白色家电 → 白色家电;
 *   • a stage word after one: 整车制造 → 整车, 算力调度服务 → 算力调度 (not after the document's own industry,
 *     nor after a broad industry of the lexicon: 储能 ≠ 储能服务);
 *   • the document's industry before a bare segment: 零部件 → 航空零部件 in an aviation plan, 精深加工 →
 *     小龙虾精深加工 (the specific name stays, so documents of other industries keep their own).
 * The lexicon's own industries never merge into another (新能源汽车 stays beside 汽车).
 */
export function industryMerges(entities: Entity[], mc: IndustryMergeContext): Map<string, string> {
  const inds = entities.filter((e) => e.label === 'Industry');
  const byName = new Map(inds.map((e) => [e.name, e]));
  const broad = (n: string) => /^(industry|system|chain)$/.test(mc.level(n) ?? '');
  const to = new Map<string, string>();
  const subj = mc.subject;
  const parts = templateParts(mc.chains ?? []);
  const partOf = (b: string, a: string) => parts.has(`${b} ${a}`);
  for (const b of inds) {
    // a short form when the document writes the name in full too: 通航运营 → 通用航空运营, 封测 → 封装测试
    const full = mc.abbreviations?.length ? byName.get(expandAbbreviations(b.name, mc.abbreviations)) : undefined;
    if (full && full.id !== b.id) {
      to.set(b.id, full.id);
      continue;
    }
    if (mc.known(b.name) || b.name === subj) continue;
    // grade: 高端X → X
    const g = GRADE.exec(b.name);
    const core = g ? b.name.slice(g[0].length) : '';
    const a1 = core.length >= 2 ? byName.get(core) : undefined;
    if (a1 && a1.id !== b.id && a1.name !== subj) {
      to.set(b.id, a1.id);
      continue;
    }
    // an inner degree word: X精深加工 → X深加工, X综合回收 → X回收 (whichever of the two names the text writes too)
    const plain = b.name.replace(INNER_GRADE, '');
    const a3 = plain !== b.name && plain.length >= 4 ? byName.get(plain) : undefined;
    if (a3 && a3.id !== b.id && a3.name !== subj) {
      to.set(b.id, a3.id);
      continue;
    }
    // export: X出口 → X (A是全国重要的X出口企业: the firm's goods are its industry; 进出口, a trade of its own, stays)
    const exported = EXPORT_TAIL.test(b.name) ? b.name.replace(EXPORT_TAIL, '') : '';
    const a4 = exported.length >= 2 ? byName.get(exported) ?? byName.get(exported.replace(/产品$/, '')) : undefined;
    if (a4 && a4.id !== b.id) {
      to.set(b.id, a4.id);
      continue;
    }
    // stage: X制造 → X
    const t = MAKING_TAIL.exec(b.name) ?? ACTIVITY_TAIL.exec(b.name);
    const head0 = t ? b.name.slice(0, -t[0].length) : '';
    const head = t && ACTIVITY_TAIL.test(t[0]) && !ACTIVITY.test(head0) ? '' : head0;
    const a2 = head.length >= 2 ? byName.get(head) : undefined;
    if (a2 && a2.id !== b.id && a2.name !== subj && !broad(a2.name) && !partOf(b.name, a2.name)) {
      to.set(b.id, a2.id);
      continue;
    }
  }
  // the broad sector the document's own industry narrows, written bare: 新材料 in a 尼龙新材料 plan, 光伏 in a 绿色硅光伏
  // one (the plan's 新材料园, 新材料中试基地, 新材料初创企业 are its own sector's, no second, broader node)
  const own = subj ? byName.get(subj) : undefined;
  if (own && subj) {
    for (const a of inds) {
      if (to.has(a.id) || a === own || !broad(a.name) || !narrowsBroad(subj, a.name)) continue;
      to.set(a.id, own.id);
      // (and its qualifier alone, when the lexicon knows no industry of that name: 锰锌 in a 锰锌新材料 plan, 钒钛 in a
      // 钒钛新材料 one — the document's short name of its own industry; 有色金属, an industry of its own, stays)
      const q = byName.get(subj.slice(0, -a.name.length));
      if (q && q !== own && q.name.length >= 2 && !to.has(q.id) && !mc.known(q.name)) to.set(q.id, own.id);
    }
  }
  // the document's industry before a bare segment: X → 航空X (the bare one merges into the specific one)
  if (subj) {
    for (const a of inds) {
      if (to.has(a.id) || a.name === subj || broad(a.name)) continue;
      const b = byName.get(subj + a.name);
      if (b && !to.has(b.id) && !mc.known(a.name)) to.set(a.id, b.id);
    }
  }
  // follow chains (A → B → C), never back to where they started
  for (const [a, first] of to) {
    let b = first;
    for (let i = 0; i < 10; i++) {
      const next = to.get(b);
      if (next === undefined || next === a) break;
      b = next;
    }
    if (b === a) to.delete(a);
    else to.set(a, b);
  }
  return to;
}

/**
 * A firm's plant written as its name, a place and 基地 (比亚迪淮安基地, 三安光电鄂州基地, 东风商用车新能源重卡基地):
 * the firm, no park nor a second firm. Which firm each such base (typed Park, or Enterprise by its list) merges into: the document's enterprise whose name (three
 * characters or more) opens the base's name, the longest one. A base after a university's or an institute's
 * name is not a firm's (哈尔滨工程大学青岛创新发展基地); nor is a base whose rest names a park (…产业园基地).
 */
export function firmBases(entities: Entity[], fromLexicon: ReadonlySet<string>): Map<string, string> {
  const to = new Map<string, string>();
  const firms = entities.filter((e) => e.label === 'Enterprise');
  for (const p of entities) {
    if ((p.label !== 'Park' && p.label !== 'Enterprise') || fromLexicon.has(p.id) || !/基地$/.test(p.name)) continue;
    let best: { id: string; len: number } | undefined;
    for (const f of firms) {
      if (f === p) continue;
      for (const n of [f.name, ...f.aliases]) {
        const len = n.replace(/[^\u3400-\u9fffA-Za-z0-9]/g, '').length;
        if (len < 3 || !p.name.startsWith(n)) continue;
        const rest = p.name.slice(n.length, -2);
        if (rest.length > 10 || /(园|区|大学|学院|研究院|研究所|实验室|中心|[省市县])/.test(rest)) continue;
        if (!best || n.length > best.len) best = { id: f.id, len: n.length };
      }
    }
    if (best) to.set(p.id, best.id);
  }
  return to;
}
