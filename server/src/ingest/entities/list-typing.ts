// Step 3 of a sentence's mention scan: one enumeration (A、B和C等…) — what kind of list it is (of
// industries, of application fields, of stages or bodies that name nothing, of organisations typed by
// their category word 等企业/等高校/等载体 or by their neighbours), then each item typed by it.
import { categoryOf, plausibleBareName, regionalFirmName, splitJoined, type Enumeration, type Mention, type Span } from './enumerations.ts';
import { MARKET_QUALIFIER, onlyGenericBeside, plausibleIndustry, splitIndustryPair, trim, trimIndustry } from './list-items.ts';
import { overlaps, within, type Scan } from './scan.ts';
import { isGenericName, qualifiesFirms, typeBySuffix } from './typing.ts';
import { isStageOnly } from './words.ts';
import { words } from './segment.ts';

/** Category words that may sit in a list of carriers without being names: 高校、研究院和各镇街等载体. */
const CARRIER_WORDS = /^(各)?(高校|院所|研究院|科研院所|企业|镇街|街镇|园区|基地|平台|楼宇|社区|孵化器|众创空间)$/;
/** Place-like endings of a carrier's bare name: 纳米城, 光谷中心城, 科教创新区. */
const PLACE_END = /(城|港|湾|岛|谷|镇|园|区|山|湖|坊|街区)$/;
// (鼓励A、B布局X / 拓展Y: the firms urged to extend into a line of business)
// (支持A、B在我省布局X / 来宜布局X: the place they are to settle in may come before the verb)
const ORG_SUBJECT_AFTER = /^(?:(?:在|来)[\u4e00-\u9fff]{1,4}?)?(建成|牵头|做大|发挥|开展|申报|参与|率先|设立|组建|布局|拓展|拓宽|投资|落户|扩大|研制)/;
const INDUSTRY_LIST_AFTER = /^(细分|核心|新兴|重点|前沿|未来)?(领域|产业(?![创高园基集区示带新片港城谷])|赛道|方向|产业方向|产业领域|环节)|^[两三四五六七八九十]大(领域|产业|核心|细分|方向|板块|赛道)|^[两三四五六七八九十]个(环节|领域|板块|方向|细分领域)/;
const INDUSTRY_LIST_BEFORE = /(重点发展|重点支持|聚焦|布局|大力发展|积极发展|发展|支持|培育|前瞻布局|围绕|为代表的)$/;
/**
 * 两大主导产业 / 三大特色产业 / 三条产业链: the count of the list with the rank of what it counts — industries, unless a park
 * or zone opens the clause (高新区聚焦A、B和C三大主导产业 lists a park's industries; relations/chains.ts countedFocus
 * reads such a park's list apart).
 */
const COUNTED_RANKED_AFTER = /^[两三四五六七八九十]大(主导|特色|支柱|优势|新兴|战略性新兴|重点|传统)(产业(?![园区基])|领域|板块|赛道)|^[两三四五六七八九十]条(重点|主导|特色|优势)?(产业链|链条)/;
const PARK_WORD = /(开发区|高新区|经开区|园区|新区|产业园|基地|集聚区)/;
/** Verbs after which a list names industries or segments even when none of them is known. */
const STRONG_INDUSTRY_BEFORE = /(重点发展|重点布局|前瞻布局|大力发展|积极发展|聚焦发展|加快发展|重点突破|培育壮大|重点培育|做强做优|做优做强|做大做强|做强|做优|做精|发展|布局|研发|研制)$/;
/** What follows 等 in an industry list when it names the list's own parent: 等先进封装技术, 等可再生能源制氢. */
const GENERIC_AFTER = /^(关键|核心|重点|前沿|新兴|基础|共性|底层|新型|高端|先进|相关|主要|重要|特色|优势)?(材料|技术|产品|装备|设备|器件|领域|环节|方向|产业|赛道|服务|应用|项目|企业|业态|模式)$/;
/** A list item that names a government body: 科技局, 市发展改革委, 海泰派出所, 组织人事部. */
const DEPT_ITEM = /(局|委|办|厅|办公室|管委会|政府|派出所|小组)$|[^学]部$/;
/** Lists of application fields, not industries: 在养老、物流等领域开展应用 / 面向金融、医疗等行业. */
const APPLICATION_BEFORE = /(在|面向|应用于|服务于|服务|拓展至|延伸至|赋能)$/;
/** The longest word of APPLICATION_BEFORE: only the end of the text before a list can match it. */
const APPLICATION_BEFORE_MAX = 3;
const APPLICATION_AFTER = /^(等)?(领域|行业|场景)?的?(开展|应用|推广|示范|落地|部署|延伸|融合|赋能)|^(等)?([两三四五六七八九十]大|重点|关键|支柱)?(领域|行业)的?(市场|需求|场景|用户|公共资源|公共数据|数据资源|数据)/;
/** …等领域布局一批开放共享的重大应用场景: fields where scenes are opened are fields of application. */
const SCENE_AFTER = /^等?(领域|行业)[^，,。；;]{0,16}场景/;
/** 重点发展芯片、基础软件、整机终端等国产化创新产品适配测试服务: the items are what the service tests. */
const SERVICE_FOR_AFTER = /^等?[^，,。；;]{0,10}(产品|软硬件|系统)的?(适配|测试|检测|验证|认证|评测)/;
/** 布局物联网、超级计算机等领域处理器芯片: fields written before a product are where it is used. */
const PRODUCT_FOR_AFTER = /^等?领域(?!的?(企业|龙头|发展|布局|取得|实现|形成|突破|集聚|加快|重点))[^，,。；;、]{0,8}(芯片|产品|装备|设备|系统|软件|解决方案|终端|器件|模组|传感器)/;

/**
 * 带动A、B和C向智能化升级 / 补齐A、B和C短板: the lines a leading firm pulls up or a plan fills in are industries (the
 * list's own kind, 等短板 or 向…集聚 of firms, is read as before).
 */
const UPGRADED = /(带动|补齐|补强|补足)$/;
const UPGRADED_AFTER = /^(?:向[^，,。；;、]{1,12}?(?:升级|转型|迈进)(?:$|[，,。；;])|短板(?:$|[，,。；;]))/;

/** 扩大A和B等特色工艺产能 / 拓展A、B等市场: a growth verb whose object is the capacity or market of the items. */
const GROWTH_BEFORE = /(扩大|提升|提高|拓展|开拓|抢占|做大|做强|壮大)$/;
const GROWTH_AFTER = /^[^，,。；;、]{0,8}?(产能|生产能力|市场|产品)$/;

/** 服务A、B等重点产业发展: the list names itself industries (产业), the ones a platform serves. */
const SERVED_INDUSTRIES_AFTER = /^(?:重点|主导|优势|特色|新兴|未来|支柱)?产业(?![园区基])/;

/** …等领域推广应用 / 等场景示范应用: the fields are where a product is used. */
const APPLIED_USE = /^(等)?(领域|行业|场景)?的?(推广应用|示范应用|规模化应用|融合应用|开展应用|落地应用|应用推广|应用示范)/;

/** Product heads that make a known industry before them a narrower kind (半导体|设备零部件, 光伏|材料). */
const KIND_HEAD = /^(专用|关键|核心|精密)?(设备|装备|零部件|部件|材料|器件|元器件|模组|芯片|软件|仪器|耗材|配套)+$/;

/** Verbs whose list is of industries once one item names a known one (聚焦A、B和C). */
const FOCUS_BEFORE = /(聚焦|重点发展|重点支持|重点培育|大力发展|着力发展|重点布局|前瞻布局)$/;

/** 聚焦A、B和C等研发设计类工业软件: the phrase after 等 is a kind of product, so the items are products too. */
const KIND_AFTER = /^[^，,。；;、]{0,10}?(软件|芯片|材料|装备|设备|器件|模组|药物|仪器|整机|零部件|部件)$/;

/** Kinds of leading firm written right before their names (链主企业A、B). */
const LEADING_FIRMS_BEFORE = /(链主企业|龙头企业|骨干企业|领军企业|头部企业|链主)$/;

/** 已集聚A、B等X企业 / 已聚集了: the firms a place already has (an inventory), never kinds of firm. */
const GATHERED_BEFORE = /已(?:经)?(?:集聚|聚集|汇聚)了?$/;

/** Verbs before a list of kinds of firm (集聚A、B和C企业). */
const FIRM_KINDS_BEFORE = /(集聚|聚集|引进|招引|吸引|引育|培育|壮大|集聚一批|引进一批)$/;

/** …and verbs after which even …等X企业 lists kinds of firm (推动A、B等零部件企业在P集聚). */
const FIRM_KINDS_BEFORE_ALL = /(推动|推进|集聚|聚集|引进|招引|吸引|引育|培育|壮大|集聚一批|引进一批)$/;

/** 招引A、B等X企业来P布局Y: the firms a plan invites to come and settle. */
const INVITED_BEFORE = /(?:招引|引进)$/;
// (璞泰来、杉杉股份等负极材料企业和宝泰隆等石墨烯企业来鸡西布局: two typed lists joined by 和 before the one 来)
// (招引东阳光等电极箔企业布局化成箔: the second invitation of a pair leaves out 来P, the place the first named — then a
// settling verb, 布局/投资/落户/设立, follows the kind word itself)
const INVITED_AFTER = /^[^，,。；;、]{0,12}?(?:企业|厂商)(?:[和及与][^，,。；;]{0,16}?(?:企业|厂商))?(?:(?:来|到|赴)[\u3400-\u9fff]{1,8}?(?:布局|投资|落户|设立|建设|发展)|(?:布局|投资|落户|设立)(?!的))/;
/** 等运动品牌企业 / 等知名品牌企业: a kind of firm named by its brand — the items are brands, whatever words they read as. */
const BRAND_KIND_AFTER = /^[^，,。；;、]{0,8}?品牌(?:企业|厂商)/;

/**
 * An invited item that is a firm's short name whatever its last character: a trade name (杉杉股份), or a
 * place or a proper word first and a word that names no industry after it (北京精雕, 海天精工) — a kind of
 * firm opens with its field (电驱动, 光学镜片), never with a place or a brand.
 */
function invitedFirmName(item: string, index: { isIndustryTerm(s: string): boolean }): boolean {
  if (tradeName(item, index)) return true;
  if (item.length < 3 || item.length > 8 || !/^[\u3400-\u9fff]+$/.test(item)) return false;
  const ws = words(item);
  const first = ws[0]!;
  const rest = item.slice(first.word.length);
  // (东阳光: 东/ns 阳光/nr — words the dictionary reads only as places and persons' names are a proper name, no kind)
  if (item.length >= 3 && ws.length >= 2 && ws.every((w) => /^(ns|nr|nrt|nrfg|x)$/.test(w.tag)) && !ws.some((w) => index.isIndustryTerm(w.word))) return true;
  // (一汽解放, 千寻位置, 通裕重工, 西部超导: an abbreviation, an unknown word, a place, a person’s name or a direction of two characters or
  // more, then one more word the dictionary reads as a verb — a kind opens with its field, 电驱动, 热管理, 锂电回收)
  if (item.length <= 6 && ws.length === 2 && first.word.length >= 2 && ws[1]!.word.length >= 2 && /^(j|x|ns|nr|nrt|nrfg|f)$/.test(first.tag) && /^(v|vn)$/.test(ws[1]!.tag) && !index.isIndustryTerm(first.word) && !index.isIndustryTerm(rest)) return true;
  return item.length >= 4 && ws.length >= 2 && first.word.length >= 2 && /^(ns|nz|nr|nrt|nrfg|x)$/.test(first.tag) && !index.isIndustryTerm(first.word) && !index.isIndustryTerm(rest) && !words(rest).some((w) => /^(v|vn)$/.test(w.tag));
}

/** Last characters of the names of products, materials and services (靶材, 电芯, 晶圆, 传感器, 封测 …). */
const PRODUCT_END = /[材芯圆测器机片板件剂池胶液品料备统组管线膜纤钢铁铜铝硅油气车船药苗械表仪灯屏源网云具粉钻盘辊刀模柜架轴承阀泵头镜光码车路链软硬件测造工装配服务]$/;

/**
 * An item of a typed list that reads as a trade name, not a kind of firm: 东菱, 格兰仕, 维信诺 (a word that
 * names no product and no industry), or a trade name before a trade word (三安光电, 通富微电: the first
 * word unknown to the dictionary or a person's name). Kinds (电驱动, 热管理, 靶材, 光学镜片) are not.
 */
export function brandLike(item: string, index: { isIndustryTerm(s: string): boolean }): boolean {
  if (item.length < 2 || item.length > 6 || !/^[\u3400-\u9fff]+$/.test(item) || index.isIndustryTerm(item)) return false;
  const ws = words(item);
  const last = ws[ws.length - 1]!;
  if (/^(v|vn|vd|an|a)$/.test(last.tag)) return false;
  if (ws.length === 1) return !PRODUCT_END.test(item) && item.length <= 4;
  return ws.length === 2 && /^(x|nr|nrt|nrfg)$/.test(ws[0]!.tag) && ws[0]!.word.length >= 2 && !index.isIndustryTerm(ws[0]!.word);
}

/**
 * A firm written as place + brand + trade word (岚山港通物流, 青山鼠尾湖码头, 成都翼飞科技): a city or
 * county first, then a word the dictionary does not know, then the rest — no kind of firm opens with a
 * place and an unknown word. (天津电池: a place and a known product is a kind.)
 */
export function placeNamedFirm(item: string, index: { isIndustryTerm(s: string): boolean; lexicon: { regions?: string[] } }): boolean {
  if (item.length < 5 || item.length > 12 || !/^[\u3400-\u9fff]+$/.test(item)) return false;
  const ws = words(item);
  if (ws.length < 3 || ws[0]!.tag !== 'ns' || ws[0]!.word.length < 2) return false;
  const rest = item.slice(ws[0]!.word.length);
  if (index.isIndustryTerm(rest)) return false;
  return /^(x|nr|nrt|nrfg|nz|ng)$/.test(ws[1]!.tag) && !index.isIndustryTerm(ws[1]!.word);
}

/** One word the dictionary knows (齿轮, 玄参, 伊利), not a word it only guessed (金斯瑞/x). */
function knownWord(item: string): boolean {
  const ws = words(item);
  return ws.length === 1 && ws[0]!.tag !== 'x';
}

/** A trade name: brand-like (东菱, 药明康德) or a name closed by a legal or trade word (博腾股份, 凯盛科技). */
function tradeName(item: string, index: { isIndustryTerm(s: string): boolean }): boolean {
  if (brandLike(item, index)) return true;
  const m = /^(.{2,6}?)(股份|集团|控股|科技|有色|药业|电子|光电|微电子|电器)$/.exec(item);
  return !!m && !index.isIndustryTerm(m[1]!) && !/(数字|智能|生物|信息|海洋|新能源|新材料|高新|产业)/.test(m[1]!);
}

/** Flags of one enumeration that decide how its items are typed. */
interface ListKind {
  cat: ReturnType<typeof categoryOf>;
  spans: Span[];
  /** Mentions already found inside (or around) each item. */
  known: Mention[][];
  knownOrgs: Mention[];
  entCount: number;
  indCount: number;
  representative: boolean;
  placeList: boolean;
  application: boolean;
  confirmed: boolean;
  indList: boolean;
}

/** One enumeration: what kind of list it is, then each item typed. */
const COUNTED_PLACES = /^[两二三四五六七八九十\d]+个(园区|产业园|片区|组团)/;
const PLACE_ITEM = /(园|园区|片区|组团)$/;

/** 功能纺织园和汽配园 in a list typed as parks (…三个园区): two places, each ending in a place word. */
function splitPlaces(text: string, sp: Span, offset: number): Span[] {
  const m = /^(.{2,12}?(?:园|园区|片区|基地|组团))[和及与](.{2,12}?(?:园|园区|片区|基地|组团))$/.exec(text.slice(sp.start - offset, sp.end - offset));
  if (!m) return [sp];
  return [{ start: sp.start, end: sp.start + m[1]!.length }, { start: sp.start + m[1]!.length + 1, end: sp.end }];
}

/** After 等: 地 read as a word of its own (等地不锈钢制品, not 等地面设备), 地区 or 地方 — the list was one of places. */
/**
 * A city, county or district named alone (利川市, 建始县, 兰山区): a short proper word and the level of the
 * division — no zone's word before 区 (开发区, 园区, 新区, 示范区 are carriers).
 */
export function adminPlace(s: string): boolean {
  return (
    /^[\u3400-\u9fff]{2,4}(?:省|市|县|区|自治州|自治县)$/.test(s) &&
    // (智慧城市, 海绵城市, 超市: common words closed by 市; 社区, 矿区, 港区, 景区: by 区)
    !/(?:城|都|超|集|夜|股|楼|门|花|菜|早|商)市$/.test(s) &&
    !/(?:园|开发|新|示范|集聚|聚集|功能|片|试验|保税|合作|产业|经济|工业|科技|实验|景|核心|先行|起步|城|社|矿|林|牧|灾|校|厂|库|港|湾|山|老|街|商|保护|风景|生态|服务|住宅|居住|办公|商务|物流|仓储)区$/.test(s)
  );
}

function placesClosed(after: string): boolean {
  if (!/^地/.test(after)) return false;
  const w = words(after.slice(0, 8))[0]?.word;
  return w === '地' || w === '地区' || w === '地方';
}

export function typeEnumeration(scan: Scan, en: Enumeration): void {
  const { text, offset, index, out, lists } = scan;
  // 引导台州、宁波等地不锈钢制品企业向P转移 / 对标深圳、广州等地…: 等地 (等地区, 等地方) closes a list of places — its
  // items are no firms and no industries, whatever kind of firm or product the words after 地 name
  if (placesClosed(en.after)) return;
  // 集聚面板、玻璃基板、显示驱动芯片和模组企业: a list of kinds of firm names industries (the 企业 closes it)
  const lastItem = en.items[en.items.length - 1];
  // (not 引进境外500强企业、全球行业领先企业: words that rank firms name no industry)
  const firmKinds = !!lastItem && FIRM_KINDS_BEFORE.test(en.before) && /(企业|厂商)$/.test(text.slice(lastItem.start - offset, lastItem.end - offset)) && lastItem.end - lastItem.start > 4 && !qualifiesFirms(text.slice(lastItem.start - offset, lastItem.end - offset - 2));
  if (firmKinds) en.items = [...en.items.slice(0, -1), { start: lastItem!.start, end: lastItem!.end - 2 }];
  let cat = categoryOf(en.after);
  // 推动电驱动、热管理等零部件企业在…集聚: after such a verb, the items of a kind of firm are kinds too
  // (but 集聚小熊电器、东菱等小家电企业: a list with a brand in it is one of firms, and a list is of one kind)
  // (已集聚岚山港通物流、青山鼠尾湖码头等港口物流企业: nor a list with a place-named firm in it)
  // (P已集聚A、B等X企业: what a place has already gathered are firms, not kinds — the genre's inventory of a park)
  // (重点招引福莱特、信义光能等光伏玻璃企业来保布局光伏玻璃: firms invited to come to the place are firms — the genre's
  // 招引 targets — where no item is a product or an industry)
  // (not 招引电驱动、热管理等零部件企业来宜布局: a kind named by an activity word, 驱动 or 管理, is a kind of firm)
  const brands = BRAND_KIND_AFTER.test(en.after);
  // (特变电工、中国西电等输变电装备企业: a list is of one kind — one item that reads as a firm's short name, and none
  // a known industry, make the others firms too, whatever their last word)
  const itemTexts = en.items.map((it) => text.slice(it.start - offset, it.end - offset));
  const invited = INVITED_BEFORE.test(en.before) && INVITED_AFTER.test(en.after) && (itemTexts.every((x) => (brands && !index.isIndustryTerm(x)) || invitedFirmName(x, index) || (!index.isIndustryTerm(x) && !PRODUCT_END.test(x) && !words(x).some((w) => w.word.length >= 2 && /^(v|vn)$/.test(w.tag)))) || (itemTexts.length >= 2 && itemTexts.some((x) => invitedFirmName(x, index)) && !itemTexts.some((x) => index.isIndustryTerm(x))));
  const kindsList = !!cat?.byKind && FIRM_KINDS_BEFORE_ALL.test(en.before) && !GATHERED_BEFORE.test(en.before) && !invited && !en.items.some((it) => brandLike(text.slice(it.start - offset, it.end - offset), index) || placeNamedFirm(text.slice(it.start - offset, it.end - offset), index));
  if (kindsList) cat = undefined;
  const spans = en.items.flatMap((it) => splitJoined(text, trim(text, it, offset), offset, index, !!cat && cat.label === 'Enterprise')).flatMap((sp) => (cat?.label === 'Park' ? splitPlaces(text, sp, offset) : [sp]));
  // (带动A、B和C整笔制造向自动化装配转型: the making of the whole product the pulled lines share is no part of the last)
  const lastSpan = spans[spans.length - 1];
  const whole = lastSpan && UPGRADED.test(en.before) && UPGRADED_AFTER.test(en.after) ? /^[^、]{2,}?(整[\u4e00-\u9fff]{1,2}(?:制造|组装|装配))$/.exec(text.slice(lastSpan.start - offset, lastSpan.end - offset)) : null;
  if (whole) spans[spans.length - 1] = { start: lastSpan!.start, end: lastSpan!.end - whole[1]!.length };
  en.items = spans;
  // 中国(天津)自由贸易试验区联动创新示范基地: a known zone opening an item that is a carrier of its own
  // names that carrier's area, not the item — the item is the carrier (screened later like any other)
  for (const sp of spans) {
    const item = text.slice(sp.start - offset, sp.end - offset);
    const t = typeBySuffix(item);
    const zone = out.find((m) => m.lex && m.label === 'Park' && m.start === sp.start && m.end < sp.end);
    if (!zone || !t || t.label !== 'Park' || out.some((m) => m !== zone && m.label !== 'Industry' && within(m, sp))) continue;
    const rest = item.slice(zone.end - sp.start);
    if (rest.length < 4 || isGenericName(rest, t.suffix, () => false) && !/(示范|试点|先导|联动)/.test(rest)) continue;
    out.splice(out.indexOf(zone), 1);
    out.push({ ...sp, surface: item, label: t.label, ...(t.kind ? { kind: t.kind } : {}), confidence: 'low' });
  }
  const known = spans.map((sp) => out.filter((m) => within(m, sp) || within(sp, m)));
  const knownOrgs = known.flat().filter((m) => m.label !== 'Industry');
  const entCount = knownOrgs.filter((m) => m.label === 'Enterprise').length;
  const indCount = known.filter((ms, i) => ms.some((m) => m.label === 'Industry' && m.start <= spans[i]!.start && m.end >= spans[i]!.end)).length;
  const representative = /^为代表/.test(en.after);
  // a list of carriers most of whose items are places (光谷生物城、光谷中心城、未来科技城等载体), not 小学、酒店…
  const placeList = spans.filter((sp) => PLACE_END.test(text.slice(sp.start - offset, sp.end - offset)) || typeBySuffix(text.slice(sp.start - offset, sp.end - offset))?.label === 'Park').length * 2 >= spans.length;
  // (服务A、B和C等重点产业发展: a list that calls itself industries is of industries, whatever serves them)
  // (not 在A、B等领域的规模化应用: fields are where things are applied)
  const application = (APPLICATION_BEFORE.test(en.before.slice(-APPLICATION_BEFORE_MAX)) && !(/服务$/.test(en.before) && SERVED_INDUSTRIES_AFTER.test(en.after))) || APPLICATION_AFTER.test(en.after) || PRODUCT_FOR_AFTER.test(en.after) || SERVICE_FOR_AFTER.test(en.after) || SCENE_AFTER.test(text.slice(en.end - offset, en.clause.end - offset));
  if (application) en.application = true;
  // (聚焦办公软件、工业软件和行业应用软件: a known industry inside an item is enough after such a verb;
  // 开展A、B和C研发: what is researched and developed, unless it is a technique)
  const knownInside = known.some((ms) => ms.some((m) => m.label === 'Industry'));
  const confirmed = !!en.products || UPGRADED.test(en.before) && UPGRADED_AFTER.test(en.after) || firmKinds || kindsList || INDUSTRY_LIST_AFTER.test(en.after) || (COUNTED_RANKED_AFTER.test(en.after) && !PARK_WORD.test(en.before)) || (indCount > 0 && INDUSTRY_LIST_BEFORE.test(en.before)) || (FOCUS_BEFORE.test(en.before) && KIND_AFTER.test(en.after.split(/[，,。；;]/)[0]!)) || (knownInside && spans.length >= 2 && FOCUS_BEFORE.test(en.before) && spans.every((sp) => plausibleIndustry(text.slice(sp.start - offset, sp.end - offset)))) || (/(开展|从事|加快)$/.test(en.before) && /^(?!.*技术).*(研发|研制)$/.test(text.slice(spans[spans.length - 1]!.start - offset, spans[spans.length - 1]!.end - offset))) || (GROWTH_BEFORE.test(en.before) && GROWTH_AFTER.test(en.after) && !en.items.some((it) => MARKET_QUALIFIER.test(text.slice(it.start - offset, it.end - offset))));
  // a bare 发展/布局 introduces industries only in a list closed by 等 or of three items or more
  let strongBefore = STRONG_INDUSTRY_BEFORE.exec(en.before);
  // (以A为龙头，做强X、Y和Z: 做强/做优/做精 name the products a leading firm carries, like a bare 发展 — a list of three, or one
  // closed by 等 or a joined last item; never a slogan of verbs, 做强高端、做大市场 / 做强射线、做精粒度、做大在线)
  const bareStrengthen = !!strongBefore && /^(做强|做优|做精)$/.test(strongBefore[1]!);
  if (bareStrengthen && spans.some((sp) => /^(做|突破|提升|打造|推动|加快|拓展|扩大)/.test(text.slice(sp.start - offset, sp.end - offset)))) strongBefore = null;
  const plainVerb = strongBefore && (/^(发展|布局|研发|研制)$/.test(strongBefore[1]!) || bareStrengthen) && !/(重点|积极|大力|加快|前瞻|聚焦)$/.test(en.before.slice(0, -strongBefore[1]!.length));
  const joinedLast = /[和及]/.test(text.slice(spans[spans.length - 1]!.start - offset, spans[spans.length - 1]!.end - offset));
  // …等企业研发A、B / 支持X公司发展A、B: a bare verb right after the organisations that do it
  const afterOrg = plainVerb && (/(企业|公司|集团)(发展|布局|研发|研制)$/.test(en.before) || out.some((x) => x.label !== 'Industry' && x.end === en.start - strongBefore![1]!.length));
  const byVerb = !!strongBefore && (!plainVerb || afterOrg || spans.length >= 3 || (spans.length >= 2 && joinedLast) || /等$/.test(en.clause.text.slice(0, en.end - en.clause.start + 1)));
  // lists that name no industries (industry-guard.ts): value-chain stages (布局研发设计、小试中试、集成服务等
  // 高附加值产业环节 / 融合研发、创意、设计、中试、无污染生产等产业功能), government bodies (a
  // responsibility cell: 科技发展局、海泰派出所、人社局), kinds of institution (…等科技服务机构), projects
  const itemText = spans.map((sp) => text.slice(sp.start - offset, sp.end - offset));
  const stageList = itemText.filter((x) => isStageOnly(x)).length * 2 >= itemText.length;
  const bodyList = itemText.filter((x) => DEPT_ITEM.test(x)).length * 3 >= itemText.length;
  const institutionList = /^(?![^，,。；;]*领域)[^，,。；;]{0,8}机构/.test(en.after);
  // …等产业化项目 / 等重大工程: the items are projects (量子应用产品开发、量子产业带动等产业化项目)
  // (not 等工程机械企业 / 等工程塑料企业: 工程 opening a compound names a product, no project)
  const projectList = /^(产业化|重大|重点|示范|标志性|公共配套|配套|民生)?(项目|工程(?!机械|塑料|车辆|装备|材料|技术|菌|化|师))/.test(en.after);
  // …等合成生物学底层核心技术 / 攻关A、B等关键技术: the items are technologies to master, not industries
  // (a known industry among them stays: lexicon mentions are kept below)
  const techniqueList = /^[^，,。；;、]{0,10}?(底层|核心|关键|共性|卡脖子|瓶颈)+技术/.test(en.after) || (/(攻关|攻克|突破|掌握)$/.test(en.before) && /^[^，,。；;、]{0,10}?技术/.test(en.after));
  const notIndustries = stageList || bodyList || institutionList || projectList || techniqueList;
  if (notIndustries) {
    for (const m of [...out]) if (m.label === 'Industry' && !m.lex && !m.headed && spans.some((sp) => within(m, sp) || within(sp, m))) out.splice(out.indexOf(m), 1);
    for (const ms of known) for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.label === 'Industry' && !ms[i]!.lex && !ms[i]!.headed) ms.splice(i, 1);
  }
  const indList = !notIndustries && !application && knownOrgs.length === 0 && !cat && (confirmed || byVerb);
  if (indList) {
    // the last item of an industry list may join two: 创新药、医疗器械和体外诊断
    const last = spans[spans.length - 1]!;
    const parts = splitIndustryPair(text, last, offset, out);
    if (parts.length === 2) {
      spans.splice(spans.length - 1, 1, ...parts);
      known.splice(known.length - 1, 1, ...parts.map((sp) => out.filter((m) => within(m, sp) || within(sp, m))));
      en.items = spans;
    }
  }
  const kind: ListKind = { cat, spans, known, knownOrgs, entCount, indCount, representative, placeList, application, confirmed, indList };
  spans.forEach((sp, i) => typeItem(scan, en, kind, sp, known[i] ?? []));
  // 发展系统级封装、晶圆级封装等先进封装技术: the phrase after 等 names the list's own industry
  if (indList && /^[^，,。；;]/.test(en.after) && !UPGRADED_AFTER.test(en.after)) {
    const ph = /^([^，,。；;、和与及的等]{2,12}?)(技术|产品|领域|产业|环节)?$/.exec(en.after.split(/[，,。；;]/)[0]!);
    const core = ph?.[1];
    const at = en.end + 1 + (text.slice(en.end - offset + 1).startsWith(core ?? '\u0000') ? 0 : -1);
    // (…等前沿显示技术 / 等新一代通信技术: a frontier qualifier makes the phrase the list's category, no segment)
    if (core && plausibleIndustry(core) && !/^(前沿|新一代|下一代|未来|新兴)/.test(core) && !GENERIC_AFTER.test(en.after.split(/[，,。；;]/)[0]!) && !GROWTH_AFTER.test(en.after.split(/[，,。；;]/)[0]!) && !INDUSTRY_LIST_AFTER.test(en.after) && !isGenericName(core, '', () => false) && text.slice(at - offset, at - offset + core.length) === core) {
      const sp = { start: at, end: at + core.length };
      if (!out.some((x) => x.label !== 'Industry' && overlaps(x, sp))) {
        for (const x of out.filter((x) => x.label === 'Industry' && overlaps(x, sp))) out.splice(out.indexOf(x), 1);
        out.push({ ...sp, surface: core, label: 'Industry', confidence: 'low' });
      }
    }
  }
  // …刻蚀、薄膜沉积等半导体设备零部件: a known industry opening the kind after 等 is cut from it; the
  // kind is the whole phrase (半导体设备零部件), not the broad industry (半导体)
  if (!application && !cat && /^[^，,。；;、]/.test(en.after)) {
    const ph = /^([^，,。；;、和与及的等]{3,14}?)(?=$|[，,。；;])/.exec(en.after)?.[1];
    const at = en.end + 1;
    const lead = ph ? out.find((m) => m.label === 'Industry' && m.lex && m.start === at && m.end < at + ph.length) : undefined;
    if (ph && lead && KIND_HEAD.test(ph.slice(lead.end - at)) && plausibleIndustry(ph) && text.slice(at - offset, at - offset + ph.length) === ph) {
      out.splice(out.indexOf(lead), 1);
      out.push({ start: at, end: at + ph.length, surface: ph, label: 'Industry', confidence: 'low' });
    }
  }
  // 推进A基地、B等项目落地: the items are projects, not places or labs of their own (but 依托X等项目建设
  // relies on what X is)
  if (projectList && !/(依托|借助|发挥)$/.test(en.before)) {
    for (const m of [...out]) if (m.label !== 'Industry' && !m.lex && spans.some((sp) => within(m, sp))) out.splice(out.indexOf(m), 1);
  }
  // 兼容GPU、FPGA、神经网络芯片的通用服务器: industries before 的 qualify the noun after it
  if (/^的(?!企业|公司|单位|机构)/.test(en.after)) {
    for (const m of [...out]) if (m.label === 'Industry' && spans.some((sp) => within(m, sp))) out.splice(out.indexOf(m), 1);
  }
  // …高性能计算机与人工智能生态环境验证平台: an industry word inside an item that is a name (平台, 中心 …)
  for (const sp of spans) {
    const t = typeBySuffix(text.slice(sp.start - offset, sp.end - offset));
    if (!t || t.label === 'Enterprise') continue;
    for (const m of [...out]) if (m.label === 'Industry' && within(m, sp) && !(m.start === sp.start && m.end === sp.end)) out.splice(out.indexOf(m), 1);
  }
  // a list of departments (科技局、经发局、国资公司 …) names no organisations of ours
  const deptItems = spans.filter((sp) => DEPT_ITEM.test(text.slice(sp.start - offset, sp.end - offset))).length;
  if (deptItems > 0 && deptItems >= spans.length / 3) {
    for (const m of [...out]) if (m.label !== 'Industry' && !m.lex && spans.some((sp) => within(m, sp))) out.splice(out.indexOf(m), 1);
  }
  lists.push(en);
}

/** One item of an enumeration: a longer industry, an application field, a name typed by the list. */
function typeItem(scan: Scan, en: Enumeration, kind: ListKind, sp: Span, ms: Mention[]): void {
  const { text, offset, index, out, low } = scan;
  const { cat, spans, knownOrgs, entCount, indCount, representative, placeList, application, confirmed, indList } = kind;
  for (const m of ms) m.list = en.index;
  const surface = text.slice(sp.start - offset, sp.end - offset);
  // 开发区包括羊绒纺织园、功能纺织园和汽配园三个园区: the count of parts types its items as places, 园 endings too
  if (cat?.label === 'Park' && COUNTED_PLACES.test(en.after) && PLACE_ITEM.test(surface) && surface.length <= 10 && plausibleBareName(surface.replace(/(园|园区|片区|组团)$/, '')) && !isGenericName(surface, surface.match(PLACE_ITEM)![0], () => false) && !out.some((x) => x.label !== 'Industry' && overlaps(x, sp))) {
    for (const x of out.filter((x) => x.label === 'Industry' && overlaps(x, sp))) out.splice(out.indexOf(x), 1);
    out.push({ ...sp, surface, label: 'Park', kind: 'park', list: en.index, confidence: 'high' });
    return;
  }
  // an industry list item longer than the known term inside it is its own industry: AI芯片, 纳米新材料
  // two known terms side by side make one industry of their own: 人工智能|芯片 → 人工智能芯片
  const compound = ms.length >= 2 && ms.every((m) => m.label === 'Industry') && Math.min(...ms.map((m) => m.start)) === sp.start && Math.max(...ms.map((m) => m.end)) === sp.end && !/[和与及、]/.test(surface);
  // (新能源汽车及零部件 in …三大主导产业: a known industry and its own parts joined by 及 are two segments, the known one kept —
  // not one industry of the whole item; 石化及精细化工 joins two industries and stays one)
  const withParts = ms.some((m) => m.start === sp.start && /^[和与及](?:关键|核心)?(?:零部件|部件|配件|配套)$/.test(text.slice(m.end - offset, sp.end - offset)));
  if (indList && !withParts && ms.length && ms.every((m) => m.label === 'Industry') && !ms.some((m) => m.start <= sp.start && m.end >= sp.end) && plausibleIndustry(surface) && !isGenericName(surface, '', () => false) && (compound || !onlyGenericBeside(text, sp, ms, offset))) {
    for (const m of ms) out.splice(out.indexOf(m), 1);
    const tsp = trimIndustry(text, sp, offset);
    out.push({ ...tsp, surface: text.slice(tsp.start - offset, tsp.end - offset), label: 'Industry', list: en.index, confidence: 'low' });
    return;
  }
  if (application && ms.length && ms.every((m) => m.label === 'Industry')) {
    // 在医药、化工等领域应用: fields of application, not industries of the document (known ones too:
    // 推动器件在新能源汽车、光伏储能等领域推广应用 names where the devices go, not what the city makes)
    // (…光伏电站和港口岸电领域应用: a known term inside a longer field, 光伏 in 光伏电站, is only part of where things go)
    for (const m of ms) if (m.confidence === 'low' || APPLIED_USE.test(en.after) || m.start > sp.start || m.end < sp.end) out.splice(out.indexOf(m), 1);
    return;
  }
  const orgCat = (cat && cat.label !== 'Park' && cat.kind !== 'platform') || (!cat && /(依托|借重|借助)$/.test(en.before) && /^([,，]|$)/.test(en.after));
  if (ms.length && orgCat && ms.every((m) => m.label === 'Industry' && !(m.start === sp.start && m.end === sp.end)) && plausibleBareName(surface)) {
    // 智清新材料 in "…等有潜力的企业": the industry word is part of a company name
    for (const m of ms) out.splice(out.indexOf(m), 1);
  } else if (ms.length) return;
  // a carrier with a place-like ending in a list of carriers: 光谷中心城, 未来科技城
  if (cat?.label === 'Park' && placeList && /^(专业|重要|主要|创新)?载体/.test(en.after) && typeBySuffix(surface)?.label === 'Park' && PLACE_END.test(surface) && plausibleBareName(surface) && (surface.length >= 4 || !isGenericName(surface, typeBySuffix(surface)!.suffix, () => false)) && !out.some((x) => x.label !== 'Industry' && overlaps(x, sp))) {
    for (const x of out.filter((x) => x.label === 'Industry' && overlaps(x, sp))) out.splice(out.indexOf(x), 1);
    out.push({ ...sp, surface, label: 'Park', kind: typeBySuffix(surface)!.kind ?? 'park', list: en.index, confidence: 'high' });
    return;
  }
  // 深水半潜式钻井平台 in 重点发展A、B和C: a weak suffix does not make an industry item a name
  if (typeBySuffix(surface) && !(indList && typeBySuffix(surface)!.weak && typeBySuffix(surface)!.label === 'Lab')) return; // generic suffix names were rejected on purpose
  // 以利川市、建始县为主体 / 恩施市、宣恩县等: a city, county or district is a place, never a firm, a lab or a park
  if (adminPlace(surface)) return;
  // typed by the category word
  // (…等企业 after 珠海九洲航空服务: a region opening the item makes a trade word at its end part of a firm's name)
  if (cat && cat.label !== 'Park' && cat.kind !== 'platform' && (plausibleBareName(surface) || (cat.label === 'Enterprise' && regionalFirmName(surface, index))) && !isGenericName(surface, '', (x) => index.isIndustryTerm(x))) {
    const m: Mention = { ...sp, surface, label: cat.label, list: en.index, confidence: 'high' };
    if (cat.kind) m.kind = cat.kind;
    out.push(m);
    return;
  }
  // 支持链主企业A、B做大做强: bare names right after a kind of leading firm are firms
  if (!cat && LEADING_FIRMS_BEFORE.test(en.before) && plausibleBareName(surface) && surface.length <= 8 && !isGenericName(surface, '', (x) => index.isIndustryTerm(x))) {
    const m: Mention = { ...sp, surface, label: 'Enterprise', list: en.index, confidence: 'low' };
    out.push(m);
    low.push(m);
    return;
  }
  // 以A、B、C为重点/为龙头: bare names one of which reads as a trade name are firms (not 以集成电路、生物医药为重点)
  // (以齿轮、铸锻件、精密轴承为重点 / 以玄参、杜仲为重点: a focus's items are goods — one word the dictionary knows, a common
  // noun or a plant's name, is no trade name there; a firm's short name the dictionary does not know, 金斯瑞, still is)
  const focus = /^为(重点|主体)/.test(en.after);
  if (!cat && indCount === 0 && /(^|[，,；;])以$/.test(en.before) && /^为(重点|龙头|链主|骨干|代表|主体|引领)/.test(en.after) && spans.some((x) => tradeName(text.slice(x.start - offset, x.end - offset), index) && !(focus && knownWord(text.slice(x.start - offset, x.end - offset)))) && plausibleBareName(surface) && surface.length <= 8 && !index.isIndustryTerm(surface)) {
    const m: Mention = { ...sp, surface, label: 'Enterprise', list: en.index, confidence: 'low' };
    out.push(m);
    low.push(m);
    return;
  }
  // typed by neighbours: 依托A、B等 where A is a known enterprise; 以A、B为代表的…
  const orgList = entCount > 0 && (entCount >= indCount || representative);
  // 支持A、B建成…平台: unknown names as the subject of an organisation's verb
  const subjectList = entCount === 0 && indCount === 0 && spans.length >= 2 && ((/(支持|鼓励|引导)$/.test(en.before) && ORG_SUBJECT_AFTER.test(text.slice(en.end - offset))) || !!en.actors);
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
  // bare names in a list of carriers: 依托智慧山、普天创新园…等载体 / 依托纳米城、独墅湖科教创新区等载体
  if (cat?.label === 'Park' && /^(专业|重要|主要|创新)?载体/.test(en.after) && plausibleBareName(surface) && !isGenericName(surface, '', (x) => index.isIndustryTerm(x)) && !CARRIER_WORDS.test(surface) && (surface.length <= 6 && knownOrgs.some((m) => m.label === 'Park') || (placeList && PLACE_END.test(surface)))) {
    out.push({ ...sp, surface, label: 'Park', kind: 'park', list: en.index, confidence: 'low' });
    return;
  }
  // industry lists: 重点支持A、B等细分领域 / 重点发展A、B、C三大领域 / 重点发展A、B和C
  if (indList && plausibleIndustry(surface) && (confirmed || !isGenericName(surface, '', () => false))) {
    const tsp = trimIndustry(text, sp, offset);
    const m: Mention = { ...tsp, surface: text.slice(tsp.start - offset, tsp.end - offset), label: 'Industry', list: en.index, confidence: 'low' };
    out.push(m);
  }
}
