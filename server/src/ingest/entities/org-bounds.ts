// Where an organisation's name ends when the text runs on past the part a suffix or the lexicon saw:
//   • a university's campus in another city is written with the city in brackets after the name:
//     哈尔滨工业大学（威海）, 山东大学（青岛）, 北京师范大学（珠海校区）. The bracket belongs to the name (a
//     different body from the main campus, found under its full name), not an alias or a note; a campus
//     named after the bracket goes with it (中国石油大学(北京)克拉玛依校区);
//   • a group's numbered institute is written as the group's short name and its number: 中国电科二所,
//     中国电科十三所, 航天科工三院 — a research body of its own (Lab), not the group the lexicon knows.
import { plausibleBareName, type Enumeration, type Mention } from './enumerations.ts';
import { words } from './segment.ts';
import { typeBySuffix } from './typing.ts';

/** (威海) / （珠海校区） right after …大学 / …学院: a place of two to four characters, or a 校区. */
const CAMPUS = /^[(（]([\u3400-\u9fff]{2,4}?(?:校区|分校)?)[)）]/;

/** Extends university mentions over the campus bracket that follows them. */
/** What a body does, written in brackets after its name (人才培养, 技术研发): a note, no campus. */
const ROLE_NOTE = /(培养|培训|研发|研究|服务|制造|运营|检测|孵化|转化|设计|实训|教育|教学|合作|攻关|支撑|保障)$/;

// (岚西职业学院通航学院（人才培养）: a role after the name is a note, no campus)
export function campusNames(mentions: Mention[], text: string, offset: number): void {
  for (const m of mentions) {
    if (m.label !== 'Lab' || m.lex || !/(大学|学院)$/.test(m.surface)) continue;
    const c = CAMPUS.exec(text.slice(m.end - offset));
    if (!c || /^(简称|以下|下称|筹|含|暂定|拟|待)/.test(c[1]!) || /(大学|学院)$/.test(c[1]!)) continue;
    if (ROLE_NOTE.test(c[1]!)) continue;
    // 中国石油大学(北京)克拉玛依校区: a campus in a third city written after the bracket goes with it
    const further = /^[\u3400-\u9fff]{2,5}?校区/.exec(text.slice(m.end - offset + c[0].length));
    const len = c[0].length + (further?.[0].length ?? 0);
    // (the bracket's word read as a name of its own goes)
    for (const x of [...mentions]) if (x !== m && x.start >= m.end && x.end <= m.end + len) mentions.splice(mentions.indexOf(x), 1);
    m.surface += text.slice(m.end - offset, m.end - offset + len);
    m.end += len;
  }
  subordinateBodies(mentions, text, offset);
}

/**
 * A body of a university written right after its name (首都医科大学附属北京天坛医院, 浙江大学杭州国际科创中心, 电子科技大学（深圳）
 * 高等研究院): the name runs on to the body's kind — a hospital attached to it, or a research institute, centre or branch
 * named by a place or field of two to eight characters — and that body is the Lab the sentence names, not the university.
 * Only where the body's name holds no verb or linking word (依托A大学建设X研究中心 / A大学在P设立X研究院 name a goal built by
 * the university) and ends at a list mark, a clause mark or a joining word.
 */
const SUBORDINATE = /^(?:附属(?:第[一二三四五六七八九十]{1,2}|[\u3400-\u9fff]{2,8}?)医院|([\u3400-\u9fff]{2,8}?)(?:高等研究院|研究院|科创中心|创新中心|研究中心|研究所|分院))(?=[、，,。；;：:和与及等为\s）)]|$)/;

const SUBORDINATE_VERB = /建设|组建|共建|筹建|新建|设立|成立|牵头|依托|支持|推动|打造|争创|创建|联合|合作|开展|服务|在|与|和|及|的|是|为/;

function subordinateBodies(mentions: Mention[], text: string, offset: number): void {
  for (const m of mentions) {
    if (m.label !== 'Lab' || !/(?:大学|学院)(?:[（(][\u3400-\u9fff]{2,6}[)）])?$/.test(m.surface)) continue;
    const b = SUBORDINATE.exec(text.slice(m.end - offset));
    if (!b || (b[1] && SUBORDINATE_VERB.test(b[1]))) continue;
    const end = m.end + b[0].length;
    // (a mention running past the body is another reading; one inside it goes with it)
    if (mentions.some((x) => x !== m && x.start < end && x.end > end)) continue;
    for (const x of [...mentions]) if (x !== m && x.start >= m.end && x.end <= end) mentions.splice(mentions.indexOf(x), 1);
    delete m.lex;
    m.surface += b[0];
    m.end = end;
  }
}

/** 二所 / 第十三研究所 / 三院 right after a group's name. */
const NUMBERED_INSTITUTE = /^第?[一二三四五六七八九十百\d]{1,4}(?:研究)?[所院](?![长区])/;

/** A lexicon group followed by its institute's number names the institute (a Lab). */
export function numberedInstitutes(mentions: Mention[], text: string, offset: number): void {
  for (const m of mentions) {
    if (m.label !== 'Enterprise' || !m.lex) continue;
    const n = NUMBERED_INSTITUTE.exec(text.slice(m.end - offset));
    if (!n) continue;
    delete m.lex;
    m.label = 'Lab';
    m.surface += n[0];
    m.end += n[0].length;
  }
}

/**
 * A group's subsidiary written as the group's name, an optional place in brackets and the subsidiary's own name:
 * 石药集团中诺药业（沧州）, 哈电集团（秦皇岛）重型装备, 宝武集团马钢轨交材料科技 — one firm (the subsidiary), not the
 * group. The subsidiary's name ends in a trade word and is followed by a list's delimiter or a verb; a verb right
 * after 集团 (支持A集团牵头组建…, A集团拓展…) is the group acting, no name.
 */
const PLACE_BRACKET = String.raw`(?:[（(][\u3400-\u9fff]{2,4}[)）])`;
const SUBSIDIARY = new RegExp(String.raw`^(${PLACE_BRACKET}?([\u3400-\u9fff]{2,10}?(?:科技|药业|制药|装备|材料|股份|化工|重工|机械|电子|电气|实业|汽车|能源|钢铁|铜业|医疗|生物|软件|精工|电器|仪器|动力|工程|制造))${PLACE_BRACKET}?)(?=[、，,。；;：:等和与及\s]|$|已|将|在|为|是|的|位于|落户)`);

/**
 * 河钢集团邯钢公司 / 某某集团某某分公司: a subsidiary closed by a legal word (公司, 分公司) right after its group's name —
 * the legal word closes the name, so any verb may follow (支持河钢集团邯钢公司建设…). Not the group's own legal form
 * (集团有限公司, 集团股份公司) nor a relative clause (集团下属公司, 集团所属企业).
 */
const LEGAL_SUBSIDIARY = new RegExp(String.raw`^(${PLACE_BRACKET}?((?!有限|股份|控股|下属|旗下|所属|子公司|分公司|总公司)[㐀-鿿]{2,8}?(?:分公司|公司)))(?![㐀-鿿]{0,2}(?:第|研究))`);

export function groupSubsidiaries(mentions: Mention[], text: string, offset: number): void {
  for (const m of mentions) {
    if (m.label !== 'Enterprise' || !/集团$/.test(m.surface)) continue;
    const s = SUBSIDIARY.exec(text.slice(m.end - offset)) ?? LEGAL_SUBSIDIARY.exec(text.slice(m.end - offset));
    if (!s) continue;
    const first = words(s[2]!)[0];
    if (!first || /^(v|vn|vd|d|p|c|u|m|r)$/.test(first.tag) || /^(牵头|拓展|布局|建设|发展|打造|联合|新建|投资|向|与|和|在|等)/.test(s[2]!)) continue;
    const len = s[1]!.length;
    for (const x of [...mentions]) if (x !== m && x.start >= m.end && x.end <= m.end + len) mentions.splice(mentions.indexOf(x), 1);
    delete m.lex;
    delete m.name;
    m.surface += text.slice(m.end - offset, m.end - offset + len);
    m.end += len;
  }
}

/**
 * Two firms joined by 和/与/及 read as one name (贝特瑞（鸡西）新材料和中国五矿石墨集团, 江西蓝星星火有机硅与中国石化九江分公司):
 * when the part after the conjunction is a firm's name of its own — a firm's suffix, opened by a place or a
 * proper word (中国…, 江西…) — the two are two firms. The part before it is a firm when it reads as one too.
 * A list's kind word before the conjunction (…等院校和C有限公司) is no firm: the name is the part after it.
 */
export function joinedFirms(mentions: Mention[], isIndustryTerm: (name: string) => boolean): void {
  for (const m of [...mentions]) {
    if (m.label !== 'Enterprise' || m.lex) continue;
    // (依托A、B等院校和C有限公司: the kind word closing the list before the joiner is that list's — no firm opens
    // with 院校和 — and the firm starts after the joiner)
    const kind = /^(?:高等院校|院校|高校|科研院所|院所|大学|科研单位|单位|机构|医院)[和与及](?=.{4,})/.exec(m.surface);
    if (kind && typeBySuffix(m.surface.slice(kind[0].length))?.label === 'Enterprise') {
      m.start += kind[0].length;
      m.surface = m.surface.slice(kind[0].length);
      continue;
    }
    const j = /^(.{3,16}?)[和与及](.{4,16})$/.exec(m.surface);
    if (!j) continue;
    const [left, right] = [j[1]!, j[2]!];
    const rt = typeBySuffix(right);
    if (rt?.label !== 'Enterprise' || /[和与及]/.test(right)) continue;
    const first = words(right)[0];
    // (中国邮政濮阳分公司: an organisation's name, nt, opens a firm's name too)
    if (!first || first.word.length < 2 || !/^(ns|nz|nr|nrt|nrfg|nt|x|j)$/.test(first.tag)) continue;
    const lw = words(left)[0];
    // (组织金风科技与国网哈密供电公司开展…, 龙都天仁生物材料与中国邮政濮阳分公司: a left part closed by a firm's trade word, with a
    // name of two characters or more before it, is a firm's short name)
    const tradeNamed = FIRM_TRADE_END.test(left) && left.length - (FIRM_TRADE_END.exec(left)?.[0].length ?? 0) >= 2;
    if (isIndustryTerm(left) || !lw || !(typeBySuffix(left)?.label === 'Enterprise' || tradeNamed || (lw.word.length >= 2 && /^(ns|nz|nr|nrt|nrfg|x|j)$/.test(lw.tag) && !isIndustryTerm(lw.word)))) continue;
    const at = m.start;
    mentions.splice(mentions.indexOf(m), 1, { ...m, end: at + left.length, surface: left, confidence: 'low' }, { ...m, start: at + left.length + 1, surface: right });
  }
}

/**
 * Two carriers joined by 和 read as one park's name (依托黄骅港和沧州渤海新区, 由东区、西区和北戴河新区组成): when the part
 * after 和 is a park's name of its own — a park's suffix, opened by a place name — it is that park; the part before it is
 * a park of its own only when it ends as one or is a zone's quarter (西区), else (a port, a town) it is no park and is dropped. Only 和: 与
 * joins a partner (由滁州与苏州工业园区合作共建), and a partner is no park of the document.
 */
export function joinedParks(mentions: Mention[]): void {
  for (const m of [...mentions]) {
    if (m.label !== 'Park' || m.lex || m.name !== undefined) continue;
    const j = /^(.{2,12}?)和(.{4,16})$/.exec(m.surface);
    if (!j) continue;
    const [left, right] = [j[1]!, j[2]!];
    if (typeBySuffix(right)?.label !== 'Park' || /和/.test(right)) continue;
    const first = words(right)[0];
    if (!first || first.word.length < 2 || first.tag !== 'ns') continue;
    const at = m.start;
    const second: Mention = { ...m, start: at + left.length + 1, surface: right };
    const parts = typeBySuffix(left)?.label === 'Park' || /^[东西南北中]区$/.test(left) ? [{ ...m, end: at + left.length, surface: left }, second] : [second];
    mentions.splice(mentions.indexOf(m), 1, ...parts);
  }
}

/**
 * A trade word right after a place bracket glued to a name (支持贝特瑞（鸡西）新材料扩大…, 纽科伦(新乡)起重机) is the
 * tail of a firm's name — the firm's place written inside it — no industry of its own.
 */
export function placeBracketTails(mentions: Mention[], text: string, offset: number): void {
  for (const m of [...mentions]) {
    if (m.label !== 'Industry') continue;
    const b = /[\u3400-\u9fff]{2}[(（]([\u3400-\u9fff]{2,4})[)）]$/.exec(text.slice(Math.max(0, m.start - offset - 10), m.start - offset));
    if (!b || !/^(ns|nr)$/.test(words(b[1]!)[0]?.tag ?? '') || words(b[1]!).length !== 1) continue;
    mentions.splice(mentions.indexOf(m), 1);
  }
}

/**
 * A firm's local company written as the firm's name and its place in brackets (天能电池集团（安徽）, 华虹半导体（无锡）)
 * is one name: the bracket belongs to it, like a campus to its university. Only a place (one word read as a place
 * name, two to four characters) closing the name — followed by a list's delimiter, a verb or the sentence's end;
 * a product or segment in brackets after a firm (金川集团（电解镍）, 瓮福集团（净化磷酸）) is a note, no part of it,
 * and a trade word after the bracket (哈电集团（秦皇岛）重型装备) is the subsidiary's own name (groupSubsidiaries).
 */
const FIRM_PLACE = /^[(（]([\u3400-\u9fff]{2,4})[)）](?![\u3400-\u9fff]{0,6}(?:有限|股份|公司|科技|机械|材料|装备|电子|重工|药业|食品|浆纸|纸业|研究院))/;

export function firmPlaceBrackets(mentions: Mention[], text: string, offset: number): void {
  for (const m of mentions) {
    if (m.label !== 'Enterprise' || m.lex) continue;
    const c = FIRM_PLACE.exec(text.slice(m.end - offset));
    if (!c) continue;
    const w = words(c[1]!);
    if (w.length !== 1 || w[0]!.tag !== 'ns') continue;
    const len = c[0].length;
    for (const x of [...mentions]) if (x !== m && x.start >= m.end && x.end <= m.end + len) mentions.splice(mentions.indexOf(x), 1);
    delete m.name;
    m.surface += text.slice(m.end - offset, m.end - offset + len);
    m.end += len;
  }
}

/**
 * Where a name read as a firm only by its place in the sentence (依托天城园发展X, 依托A和B、C，发展X: no suffix, not in the
 * lexicon) ends in a place word, it names a place, not a firm: a zone of a 一区多园 plan written as two characters and 园
 * (天城园, 龙都园: a park), a port, airport or border crossing (新田港, 城固机场, 满洲里口岸: a carrier, an area), or a
 * corridor, road, town or museum (陇海铁路通道, 祁县玻璃博物馆: no organisation of the document — dropped), or a carrier
 * whose own suffix types it as a park but names none (县域工业集中区: dropped). A firm's suffix or a lexicon name keeps a
 * firm (舟山鼠浪湖码头 is a company).
 */
const CARRIER_END = /(?:港|机场|口岸)$/;
const PLACE_WORD_END = /(?:通道|高速|铁路|公路|博物馆|小镇|镇|村)$/;
const ZONE_OF_PLAN = /^[\u3400-\u9fff]{2}园$/;
const NOT_ZONE_OF_PLAN = /(?:公|花|家|田|校|乐|茶|果|菜|庄|陵|林|植物|动物)园$/;

export function placeNamedFirms(mentions: Mention[]): void {
  for (const m of [...mentions]) {
    if (m.label !== 'Enterprise' || m.lex || m.name !== undefined) continue;
    const typed = typeBySuffix(m.surface);
    if (typed?.label === 'Enterprise') continue;
    if ((ZONE_OF_PLAN.test(m.surface) && !NOT_ZONE_OF_PLAN.test(m.surface)) || CARRIER_END.test(m.surface)) {
      m.label = 'Park';
      m.kind = CARRIER_END.test(m.surface) ? 'area' : 'park';
      continue;
    }
    if (PLACE_WORD_END.test(m.surface) || typed?.label === 'Park') mentions.splice(mentions.indexOf(m), 1);
  }
}

/**
 * A firm's local company the mention reader took nothing of, written with its place in brackets inside or closing the
 * name, in a firm's slot (以龙工（福建）机械为链主, 支持今麦郎食品（阜阳）扩大…, 以千寻位置网络（浙江）为链主): one name, a firm.
 * Only a bracket holding one place word (placeInBrackets), a name whose last part is a firm's trade word, opened by a slot
 * word or a delimiter and closed by one or by the slot's verb; not a zone, lab or event of a place (中国（宿州）鞋服博览会,
 * 长三角（嘉兴）纳米应用技术研究院: their suffix types them), and nothing where the reader already read an organisation.
 */
const BRACKET_FIRM = /(?<=^|[、，,。；;：:\s“]|以|支持|鼓励|引导|依托|推动|招引|组织|和|与|及)((?![以由在对向与和及])(?:(?!支持|鼓励|引导|依托|推动|招引|组织|企业|为)[\u3400-\u9fff]){2,8}?)[（(]([\u3400-\u9fff]{2,4})[)）]([\u3400-\u9fff]{0,6}?)(?=[、，,。；;：:等和与及\s（(]|$|为(?:链主|龙头|代表|核心|重点)|已|将|在|是|位于|落户|扩大|研制|拓展|发展|布局|建设|开展|牵头|实施|推进|加快|提升|新建|投资)/g;
const FIRM_TRADE_END = /(?:科技|药业|制药|装备|材料|股份|化工|重工|机械|电子|电气|实业|汽车|能源|钢铁|铜业|医疗|生物|软件|精工|电器|仪器|动力|工程|制造|食品|网络|浆纸|纸业|炼化|集团|公司|光电|半导体|物流|乳业|饮品|纺织|服饰|玻璃|陶瓷|机器人|新材)$/;

export function placeBracketFirms(mentions: Mention[], text: string, offset: number): void {
  if (!/[（(]/.test(text)) return;
  for (const b of text.matchAll(BRACKET_FIRM)) {
    const head = b[1]!;
    const tail = b[3]!;
    const whole = b[0];
    if (!placeInBrackets(b[2]!) || !FIRM_TRADE_END.test(tail || head) || (tail && tail.length < 2) || /[一二三四五六七八九十\d]期|项目|工程$/.test(tail)) continue;
    const typed = typeBySuffix(whole);
    if (typed && typed.label !== 'Enterprise') continue;
    const first = words(head)[0];
    if (!first || /^(v|vn|vd|d|p|c|u|m|r|f)$/.test(first.tag) || /^(中国|我市|我省|我区|全市|全省)/.test(head)) continue;
    const start = offset + b.index!;
    const end = start + whole.length;
    if (mentions.some((x) => x.label !== 'Industry' && x.start < end && start < x.end)) continue;
    for (const x of [...mentions]) if (x.start >= start && x.end <= end) mentions.splice(mentions.indexOf(x), 1);
    mentions.push({ start, end, surface: whole, label: 'Enterprise', confidence: 'low' });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A place written in brackets inside or closing a firm's name (亚太森博（山东）浆纸, 今麦郎食品（阜阳）): one place word, 2–4 characters. */
export function placeInBrackets(inner: string): boolean {
  if (!/^[\u3400-\u9fff]{2,4}$/.test(inner)) return false;
  const w = words(inner);
  return w.length === 1 && w[0]!.tag === 'ns';
}

/**
 * An item of a labelled line or a table cell without its bracketed notes (A（尿素） → A, P（核心区、拓展区） → P, a
 * bracket holding brackets as one note), but with the place bracket that is part of a firm's name (亚太森博（山东）浆纸,
 * 龙工（福建）机械, 今麦郎食品（阜阳）: the local company, as firmPlaceBrackets reads it in sentences).
 */
export function withoutNotes(item: string): string {
  let out = '';
  let depth = 0;
  let note = '';
  for (const ch of item) {
    if (ch === '（' || ch === '(') {
      depth++;
      note += ch;
    } else if ((ch === '）' || ch === ')') && depth > 0) {
      depth--;
      note += ch;
      if (depth === 0) {
        if (placeInBrackets(note.slice(1, -1)) && out.length >= 2) out += note;
        note = '';
      }
    } else if (depth > 0) note += ch;
    else out += ch;
  }
  return out + (depth > 0 ? note : '');
}

/**
 * A name in the slot of a leading firm (以A为龙头 / 以A为链主 / 以A为代表的X企业): a bare name (plausibleBareName), or a firm whose
 * trade word reads as a field — 冰轮环境, 航天科工火箭技术, 江苏鹏鹞环境工程, 山东瑞璞牡丹产业科技 — when what comes before the trade
 * word is a proper name of its own (no field, no quality: not 信息技术, 营商环境, 关键核心技术).
 */
const TRADE_FIELD_END = /(?:环境工程|环境|产业科技|技术)$/;
const NOT_PROPER_HEAD = /^(?:关键|核心|共性|前沿|先进|新型|数字|绿色|信息|智能|生态|人居|营商|投资|发展|创新|产业|科技|技术|服务|营造|优化|市场|政务|人才|创业|文化|旅游|生产|生活)/;

export function leadFirmName(name: string, isIndustryTerm: (s: string) => boolean): boolean {
  if (plausibleBareName(name)) return true;
  const t = TRADE_FIELD_END.exec(name);
  if (!t || !/^[\u3400-\u9fff]{4,12}$/.test(name)) return false;
  const head = name.slice(0, -t[0].length);
  return head.length >= 2 && !NOT_PROPER_HEAD.test(head) && plausibleBareName(head) && !isIndustryTerm(head) && !isIndustryTerm(name);
}

/**
 * A research body's full name written as a field, a place or a joined pair before its kind (冶金减排与资源综合利用教育部重点
 * 实验室, 河南省制冷装备工程技术研究中心, 煤炭开采国家工程研究中心, 非常规油气湖北省协同创新中心): the name runs back from the
 * kind to the item's boundary — a list mark or clause mark, or the word that opens the item (以, 依托, 和, 及, 由, 支持) —
 * when no verb lies between (建设, 组建, 争创 … open a goal, whose lab is read as before). A university written right
 * before its laboratory (安徽农业大学茶树生物学与资源利用国家重点实验室) is part of the laboratory's name.
 */
const LAB_KIND = /(?:全国重点实验室|国家重点实验室|重点实验室|国家工程研究中心|工程研究中心|工程技术研究中心|协同创新中心|技术创新中心|产业研究院)(?:[\u3400-\u9fff]{2,4}分中心)?/g;
const ITEM_OPENING = /(?:^|[、，,。；;：:（(“”"\s|]|(?:以|依托|和|及|由|支持|依靠))$/;
const NOT_IN_LAB_NAME = /(?:建设|组建|共建|争创|创建|创设|打造|培育|推动|推进|支持|开展|服务|发展|加快|提升|牵头|设立|成立|建成|获批|认定|申报|力争|积极|主动|参与|融入|对接|加入|争取|引进|做强|继续|依托|集聚|聚集|汇聚|拥有|现有|已有|落户|入驻|我市|我省|我区|全市|全省|已|是|为|的|在|等|和|及|以)|^[\u3400-\u9fff]{1,2}级$/;

export function labNameBounds(mentions: Mention[], text: string, offset: number): void {
  const local = text;
  let added = false;
  for (const k of local.matchAll(LAB_KIND)) {
    const end = k.index! + k[0].length;
    // the item's start: back over Han characters and digits to an opening
    let start = k.index!;
    while (start > 0 && /[\u3400-\u9fff0-9A-Za-z]/.test(local[start - 1]!) && k.index! - start < 24 && !ITEM_OPENING.test(local.slice(Math.max(0, start - 2), start))) start--;
    if (!ITEM_OPENING.test(local.slice(Math.max(0, start - 2), start)) || start === k.index!) continue;
    const name = local.slice(start, end);
    const head = local.slice(start, k.index!);
    if (head.length < 2 || NOT_IN_LAB_NAME.test(head.replace(/省部共建$/, ''))) continue;
    // (天津市重点实验室, 国家技术创新中心, 省级工程研究中心, 市级企业重点实验室: a place or a level, with or without the kind of
    // holder, before the kind names a category of designation, no body)
    if (/^[\u3400-\u9fff]{1,4}(?:省|市|县|区|州)$|^(?:国家|全国|省|市|地方|企业|行业)$|^(?:国家|省|市|区|县)级?(?:企业|行业|高校)$/.test(head) || (words(head).length === 1 && words(head)[0]!.tag === 'ns')) continue;
    const sp = { start: offset + start, end: offset + end };
    // (a lab mention inside the span is the cut name; any firm, park or industry inside it goes with it)
    const inside = mentions.filter((m) => m.start >= sp.start && m.end <= sp.end);
    if (mentions.some((m) => !inside.includes(m) && m.start < sp.end && m.end > sp.start)) continue;
    if (inside.some((m) => m.label === 'Lab' && m.start === sp.start && m.end === sp.end)) continue;
    const lab = inside.find((m) => m.label === 'Lab' && m.end === sp.end);
    for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
    const whole: Mention = { ...sp, surface: name, label: 'Lab', confidence: 'high', kind: lab?.kind ?? 'lab' };
    if (lab?.list !== undefined) whole.list = lab.list;
    mentions.push(whole);
    added = true;
  }
  if (added) mentions.sort((a, b) => a.start - b.start);
}

/**
 * A school of a university named by two disciplines joined by 与/和/及 (重庆大学材料科学与工程学院, 海南大学食品科学与工程学院,
 * 某某大学化学与化工学院): the list reader cuts the item at the joining word and reads nothing of it; the whole is one body, a
 * Lab — the university's name, the joined disciplines and 学院, with no word between. Only an item standing on its own (opened by
 * a list mark, a clause mark or 以/依托/和/支持…, closed by one or by 为/等), and nothing where an organisation read there runs
 * past the span.
 */
const JOINED_SCHOOL = /大学([\u3400-\u9fff]{2,6}?[与和及][\u3400-\u9fff]{2,4}?学院)(?=[、，,。；;：:和与及等为\s）)]|$)/g;

export function universitySchools(mentions: Mention[], lists: Enumeration[], text: string, offset: number): void {
  if (!/大学[\u3400-\u9fff]{2,6}?[与和及]/.test(text)) return;
  let added = false;
  for (const k of text.matchAll(JOINED_SCHOOL)) {
    // the university's name runs back from 大学 to the item's opening (as labNameBounds reads a lab's)
    const uni = k.index!;
    let start = uni;
    while (start > 0 && /[\u3400-\u9fff]/.test(text[start - 1]!) && uni - start < 10 && !ITEM_OPENING.test(text.slice(Math.max(0, start - 2), start))) start--;
    const head = text.slice(start, uni);
    if (head.length < 2 || !ITEM_OPENING.test(text.slice(Math.max(0, start - 2), start)) || NOT_IN_LAB_NAME.test(head) || NOT_IN_LAB_NAME.test(k[1]!.replace(/[与和及]/, ''))) continue;
    const end = uni + k[0].length;
    const sp = { start: offset + start, end: offset + end };
    if (mentions.some((m) => m.label !== 'Industry' && m.start < sp.end && m.end > sp.start && (m.start < sp.start || m.end > sp.end))) continue;
    for (const m of [...mentions]) if (m.start >= sp.start && m.end <= sp.end) mentions.splice(mentions.indexOf(m), 1);
    // (the list reader took the part after the joining word for the list's first item, 工程学院, and the rest for the text
    // before the list: the item is the whole name, and the list opens where it does)
    const list = lists.find((l) => l.items.some((i) => i.start <= sp.start && sp.end <= i.end)) ?? lists.find((l) => l.items[0] && l.items[0].end === sp.end && l.items[0].start > sp.start);
    if (list && list.items[0]!.start > sp.start) {
      const cut = list.start - sp.start;
      list.items[0] = { ...list.items[0]!, start: sp.start };
      if (cut > 0 && list.before.length >= cut) {
        list.before = list.before.slice(0, list.before.length - cut);
        list.start = sp.start;
      }
    }
    const lab: Mention = { ...sp, surface: text.slice(start, end), label: 'Lab', kind: 'university', confidence: 'high' };
    if (list) lab.list = list.index;
    mentions.push(lab);
    added = true;
  }
  if (added) mentions.sort((a, b) => a.start - b.start);
}

/**
 * The document's own place written right before a firm's name opens that name (依托进贤恒盛模具、…, 鼓励临高海工重工…, 支持桐庐新城
 * 文具集团…): the segmenter reads a county's name it does not know (进贤, 临高, 奉节, 应城) as a verb and the name reader
 * starts the firm after it, as openedByOwnPlace mends for parks. Only a firm read without the lexicon, the place (the
 * document's city or jurisdiction, written short, with at most one place word after it: 桐庐新城) right after a slot word, a
 * list mark or a clause mark, and nothing else read over the place.
 */
const FIRM_SLOT_BEFORE = /(?:^|[、，,。；;：:\s（(“]|依托|支持|鼓励|引导|推动|扶持|培育|壮大|集聚了?|聚集了?|汇聚了?|引进了?|以|由|和|与|及)$/;

export function placeOpenedFirms(mentions: Mention[], lists: Enumeration[], text: string, offset: number, places: string[]): void {
  if (!places.length) return;
  for (const m of mentions) {
    if (m.label !== 'Enterprise' || m.lex || m.name !== undefined) continue;
    const before = text.slice(0, m.start - offset);
    let glue: string | undefined;
    for (const p of places) {
      if (m.surface.startsWith(p)) continue;
      if (before.endsWith(p)) glue = p;
      else {
        const w = /[\u3400-\u9fff]{2}$/.exec(before)?.[0];
        const ws = w ? words(w) : [];
        if (w && before.endsWith(p + w) && ws.length === 1 && ws[0]!.tag === 'ns') glue = p + w;
      }
      if (glue) break;
    }
    if (!glue || !FIRM_SLOT_BEFORE.test(before.slice(0, before.length - glue.length))) continue;
    const start = m.start - glue.length;
    if (mentions.some((x) => x !== m && x.start < m.start && x.end > start)) continue;
    const list = m.list !== undefined ? lists.find((l) => l.index === m.list) : undefined;
    const first = list?.items[0];
    if (list && first && first.start === m.start) {
      list.items[0] = { ...first, start };
      if (list.start === m.start && list.before.endsWith(glue)) {
        list.before = list.before.slice(0, list.before.length - glue.length);
        list.start = start;
      }
    }
    m.start = start;
    m.surface = glue + m.surface;
  }
}

/** The place a document's title opens with, short (奉节县… → 奉节, 应城经济开发区… → 应城): a county the lexicon may not know. */
export function titlePlaces(title: string | undefined): string[] {
  const t = /^([\u3400-\u9fff]{2,4}?)(?:自治县|县|市|区|旗|(?:经济技术|经济|高新技术产业)开发区|高新区|经开区)/.exec(title ?? '');
  return t ? [t[1]!] : [];
}
