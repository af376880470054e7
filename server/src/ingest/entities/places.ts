// Which of a sentence's organisation mentions are organisations of the document's own area:
//   - benchmarking, comparison and linking clauses (对标美国硅谷, 学习借鉴韩国坡州, 与北京、上海相比,
//     缺乏类似深圳鹏城实验室, 链接新加坡) name places and bodies elsewhere: their places are no
//     parks of the document, their bodies are mentioned and nothing more (Mention.foreign);
//   - designations and pilots (国家新型工业化产业示范基地, 全国双创示范基地, 车联网先导区) are no
//     places unless the text places something in them (古镇口军民融合创新示范区重点发展…);
//   - goals (建成国家级新型显示技术创新中心, 建成具有国际影响力的…创新中心) are no existing labs; nor is
//     a centre named only by its field that the text plans to build (打造信创开源创新平台, 依托高校建设
//     具身智能创新中心) or lists among the carriers of a cluster (以生物医药创新中心、…为载体): such a
//     name (field words and generic words only, no owner, place or designation) denotes a kind of
//     centre, not one that exists;
//   - incubators and 众创空间 are no labs; an exchange's or a bank's base is no park;
//   - a bare 高新区/经开区 is the zone of the document's own city (合肥高新区 in a 合肥 document), not
//     the Tianjin zone the lexicon knows by that short name (localZone).
import type { Clause, Mention } from './enumerations.ts';
import { isLabelWord } from './labels.ts';
import { isGenericWord, typeBySuffix } from './typing.ts';
import { words } from './segment.ts';

const FOREIGN = /(对标|学习借鉴|借鉴|相比|相较|比肩|看齐|缺乏类似|类似于?|不同于|参照|参考|链接|瞄准)/;
const DESIGNATION_END = /(示范基地|示范区|示范园区|示范城市|试点|先导区|试验区|先行区|先行示范区|创新高地|策源地|集群试点|产业基地)$/;
const DESIGNATION_WORD = /^(国家|全国|中国|省|市级|部)|国家级|国家|全国|省级/;
const DESIGNATION_BEFORE = /(获批|入选|争创|创建|申报|认定|争取|成为|建成|被评为|列入|全力建设|加快建设|全力打造|加快打造)[^，,。；;]{0,4}$/;
/** What makes a designation a place: something is developed, gathered or built in it. */
// (武汉国家航天产业基地是全省商业航天的核心承载区 / …基地位于Z: the subject of where it is or what it carries is a place)
const PLACED_AFTER = /^(重点发展|主要发展|集聚|聚集|内|聚焦|重点布局|重点建设|已形成|形成了|位于|是[^，,。；;]{0,16}?(?:承载区|集聚区|主阵地|核心区|主战场))/;
/** A designation the plan builds (建设X示范基地, 打造Y示范区): its ending, and the verb right before its name. It is a
 * place where the next clause places something in it (建设Q示范园区，重点发展X): PLACED_AFTER after a comma. */
const BUILT_DESIGNATION = /示范(?:基地|区|园区)$/;
const BUILT_BEFORE = /(?:建设|打造|新建|创建|培育)$/;
/** 以P为载体，建设Q示范区: a designation built on a carrier place the text names is a place (the genre's pilot zones). */
const CARRIER_BUILT = /以[^，,。；;]{1,20}为(?:主要|核心|重要)?载体[，,]\s*(?:建设|打造|新建|创建|培育)$/;
const GOAL_BEFORE = /(建成|成为|打造成为?|建设成为?为?|争创|创建)[^，,。；;]{0,24}$/;
// (福州概念验证中心: a proof-of-concept centre is a service for projects, like an incubator, no lab)
const INFO_PLATFORM = /(?:互联网|信息|监管|管控|追溯|管理|指挥|调度|监测|交易|电商|数字化|大数据|云|政务|兑现|招商)平台$/;
const NOT_LAB_END = /(孵化器|孵化中心|孵化园|众创空间|加速器|孵化基地|创业平台|创业基地|创客空间|概念验证中心|工匠学院|产业学院)$/;
/** The carrier word that may follow a field in an incubator's name (创业孵化|中心, 双创孵化|基地). */
const CARRIER_WORD = /^(?:中心|基地|园|器|平台|空间)/;
/** What an incubator's name goes on with after its owner's place: 湘潭大学科技园|孵化器, 福州软件园|众创空间. */
const INCUBATOR_AFTER = /^(?:科技企业)?(?:孵化器|众创空间|加速器|孵化基地|创客空间)/;
/** 加强与A、B的产业协作 / 深化与A合作: a clause of cooperation with places named in it. */
const COOPERATE_WITH = /(加强|深化|推动|推进|开展|强化|密切)(?:同|与|和)(?:[^，,。；;]{0,30}、)?$/;
const COOPERATION = /^(?:[^，,。；;]{0,30}?)(?:的)?(?:产业|科技|创新|经贸|区域)?(协作|合作|协同|联动|对接)/;
/**
 * A与B开展飞地合作 / 推动A与B开展产能合作 / 与B开展产业链协作 / 与B开展结对合作: the partner written after 与/同 in a
 * cross-area cooperation is elsewhere (the subject, before 与, is the document's own).
 */
const PARTNER_BEFORE = /[与同](?:[\u3400-\u9fff]{2,3}?[市省]?)?$/;
const PARTNER_COOPERATION = /^(?:开展|建立|深化|加强|推进|签署|探索)?[^，,。；;、]{0,10}?(?:飞地|产能|对口|跨区域|区域|产业链|产业|战略|园区|结对)(?:合作|协作|共建|结对|帮扶)/;
/**
 * …，与天津南港工业区开展错位发展 / ，与萝北石墨产业园错位发展 / ，与包头稀土高新区开展协作: a clause that opens
 * with 与/同 has the document's own area as its subject; the park it cooperates or divides work with is elsewhere.
 */
const CLAUSE_PARTNER_BEFORE = /^(?:主动|积极|加强|深化|持续|进一步)?[与同](?:[\u3400-\u9fff]{2,3}?[省市]?)?$/;
const CLAUSE_PARTNER_AFTER = /^(?:的)?(?:开展|建立|深化|加强|推进|实现|形成)?[^，,。；;]{0,12}?(?:协作|合作|错位发展|错位竞争|差异化发展|协同发展|联动发展|共建|对接|互供)/;
/** 对接上海张江药谷、苏州生物医药产业园的研发成果: parks one docks with (对接) are another area's. */
const DOCK_BEFORE = /对接(?:[^，,。；;、]{2,20}、){0,4}$/;
/** 打造东北地区汽车电子集聚区 / 建成世界级…基地: a region-scale cluster or base is a goal, no place. */
const GOAL_PLACE = /^(?:[东西南北中]部|东北|西北|西南|华北|华东|华南|华中|全国|全省|全市|全球|世界|国际|国内|区域|国家级|世界级|全球性|长三角|珠三角|成渝|京津冀|粤港澳|[\u3400-\u9fff]{0,4}地区)[^，,。；;、]*(?:集聚区|聚集区|集群|基地|高地|中心)$/;
/** The purpose a document opens with: 为加快建设…, 为打造… (a goal of the plan, up to the name). */
const PURPOSE_BEFORE = /(?<![\u4e00-\u9fff])为了?(?:加快|全面|深入|着力|进一步|奋力|全力|努力)?(?:建设|打造|建成)[^，,。；;]{0,24}$/;
/** A free trade port (海南自由贸易港, 自贸港): a policy region. */
/** Seeking a zone set up (争取设立, 申报设立, 积极申建): right before its name. */
// (the verb of setting up is needed: 积极争取青岚经开区升级为… / 支持P申报… seek something for a park that exists)
const SOUGHT_BEFORE = /(?:争取|申报|申请)(?:获批|批准)?(?:设立|建设)$|申建$/;
const FREE_PORT = /(?:自由贸易港|自贸港)$/;
const GOAL_VERB = /(打造|建成|建设(?:成为?)?|发展成为?|争创|成为|形成)[^，,。；;]{0,6}$/;
/** 建成国内一流的X开发区 / 打造具有全国影响力的X园区: a park ranked by what it is to become is a goal. */
const RANKED_GOAL_BEFORE = /(打造成?为?|建成|建设成为?|发展成为?|争创|创建|成为)[^，,。；;]{0,14}(一流|领先|知名|最大|领军|标杆|典范|样板|世界级|国际化|影响力|竞争力|示范性)[^，,。；;]{0,4}的$/;
/** 原料基地, 种植基地, 生产基地: a base named only by its function is a kind of base, no place. */
const FUNCTION_BASE = /^(?:原料|原材料|生产|种植|养殖|供应|直供|加工|物流|仓储|研发|实训|培训|育种|繁育|种苗|苗种|育苗|良种|种源|配套|制造|产业|示范|应用)+基地$/;
/** 在保税区临港片区建设航天产业孵化器、无人机产业基地: a base the plan builds inside a park (the park before the verb, a list between). */
const BUILT_IN_PARK_BEFORE = /在[^，,。；;]{0,24}(?:区|园|片区|基地|城|港)(?:内)?(?:规划建设|建设|打造|布局建设|新建)(?:[^，,。；;、]{2,20}、){0,4}$/;
/** 亩均税收低于园区平均水平: a comparison inside what reads as a park's name; what follows it is a kind of park. */
const COMPARISON_IN_NAME = /(低于|高于|超过|不低于|不高于|达到|多于|少于|占)/;
/**
 * 推动中马钦州产业园区与马来西亚关丹产业园联动 / 与越南河内、泰国曼谷共建…网络: a place a foreign country's name opens is
 * abroad, never a park of the document (the genre's own parks open with a Chinese place; 中马/中德 name a joint park here).
 */
const FOREIGN_COUNTRY = /^(?:美国|日本|韩国|朝鲜|德国|法国|英国|意大利|荷兰|瑞士|瑞典|芬兰|丹麦|挪威|比利时|奥地利|西班牙|葡萄牙|希腊|波兰|捷克|匈牙利|塞尔维亚|俄罗斯|白俄罗斯|乌克兰|土耳其|以色列|沙特|阿联酋|卡塔尔|伊朗|埃及|南非|印度尼西亚|印尼|印度|巴基斯坦|孟加拉|泰国|越南|老挝|柬埔寨|缅甸|马来西亚|新加坡|菲律宾|文莱|蒙古国|哈萨克斯坦|乌兹别克斯坦|吉尔吉斯斯坦|塔吉克斯坦|澳大利亚|新西兰|加拿大|墨西哥|巴西|阿根廷|智利|秘鲁)/;
/** 打造现代轻工特色园区: a featured park the text is to make is a goal, no place (unless a place opens its name). */
const FEATURED_GOAL_END = /特色(?:园区|产业园|小镇|街区|基地|片区)$/;
/** 在杭州未来科技城建设…科创飞地: a place where the document's enclave is built lies in another area. */
const ENCLAVE_AFTER = /^(?:内)?(?:建设|设立|布局|打造|共建|运营)[^，,。；;]{0,14}飞地/;
/**
 * 首台（套）应用示范基地, 首版次软件推广中心: a programme's designation (first-of-a-kind awards), no place;
 * nor a zone that demonstrates a kind of place (氢能港口示范区, 智慧社区示范区).
 */
const PROGRAMME_DESIGNATION = /(首台|首套|首批次|首版次)[^，,。；;、]{0,8}(基地|中心)$|(?:港口|场景|社区|城市|校园|工厂|乡村|街区)示范区$/;
/** A place word with only an adjective before it: 重要片区, 核心园区. */
const GENERIC_PLACE = /^(重要|主要|核心|重点|特色|若干|各|其他|相关|县级|市级|省级|区级|各类)(片区|园区|区域|板块|组团|工业园区|产业园区|工业园|产业园|配套园)$/;
const INSTITUTION_OFFICE = /(交易所|交易中心|银行|证券|保险|协会|学会|商会|联盟|医院)[^、]{0,6}(基地|中心|园)$/;
/** Verbs that plan a centre (打造X平台, 建设X中心, 筹建, 组建一批…). */
const PLAN_BEFORE = /(打造|建设|建立|组建|搭建|筹建|新建|谋划|培育|建成|创建|争创|布局)(一批|一个|一家|若干|多个)?$/;
/** …为载体 / 等载体: the items are carriers of a cluster. */
const CARRIER_AFTER = /^[^，,。；;]{0,40}?(为|等)[^，,。；;、]{0,4}载体/;
/** A designation, owner place or region opening a name makes it a proper one (国家合成生物技术创新中心). */
const PROPER_OPENING = /^(国家|中国|全国|京津冀|长三角|粤港澳|[\u4e00-\u9fff]{2,3}[省市区县])/;

/**
 * A lab name made only of field words (industry terms) and generic words before its suffix:
 * 具身智能创新中心, 信创开源创新平台, 生物医药创新中心 — a kind of centre, not a named one.
 */
export function namedByFieldOnly(name: string, isIndustryTerm: (s: string) => boolean): boolean {
  const ty = typeBySuffix(name);
  if (!ty || ty.label !== 'Lab' || PROPER_OPENING.test(name)) return false;
  let rest = name.slice(0, name.length - ty.suffix.length);
  for (let guard = 0; rest && guard < 20; guard++) {
    let step = 0;
    for (let k = rest.length; k >= 2 && !step; k--) if (isIndustryTerm(rest.slice(0, k)) || isGenericWord(rest.slice(0, k))) step = k;
    if (!step && isGenericWord(rest[0]!)) step = 1;
    // (袜业创新平台, 渔业研发中心: a trade word X业 is a field the lexicon need not list)
    if (!step && /^[\u4e00-\u9fff]业/.test(rest) && !/^[产企就创行专事作商职学]业/.test(rest)) step = 2;
    if (!step) return false;
    rest = rest.slice(step);
  }
  return !rest;
}

/** Words of products and parts (结构件, 零部件, 材料): field words the lexicon need not list. */
const PRODUCT_WORD = /^(?:结构件|零部件|部件|组件|构件|材料|产品|装备|设备|器件|元件|模组|整机)$/;
/** A base's core that names a product: field words only, or a product or part word at its end (钛合金结构件). */
function productCore(core: string, isIndustryTerm: (s: string) => boolean): boolean {
  return namedByField(core, isIndustryTerm) || (core.length >= 4 && PRODUCT_END.test(core) && !PROPER_OPENING.test(core));
}
const PRODUCT_END = /(?:结构件|零部件|部件|组件|构件|材料|产品|装备|设备|器件|元件|模组|整机|电池|芯片)$/;
/** Is `core` made only of field words (industry terms) and generic words (钛合金结构件, 电池材料)? */
function namedByField(core: string, isIndustryTerm: (s: string) => boolean): boolean {
  let rest = core;
  for (let guard = 0; rest && guard < 20; guard++) {
    let step = 0;
    for (let k = rest.length; k >= 2 && !step; k--) if (isIndustryTerm(rest.slice(0, k)) || isGenericWord(rest.slice(0, k)) || PRODUCT_WORD.test(rest.slice(0, k))) step = k;
    if (!step && isGenericWord(rest[0]!)) step = 1;
    if (!step) return false;
    rest = rest.slice(step);
  }
  return !rest && core.length > 0;
}

/**
 * What opens a clause, not a park's name: a time (到2030年石化园区), a verb (推行化工园区, 新设…园区,
 * 进入上述园区), a demonstrative or a quantifier (上述园区, 同类专业园区, 集群重点园区).
 */
// (串联A和B / 连接 / 辐射 / 严格执行化工园区…: a linking or rule verb the segmenter misread as a noun;
// 单个园区 / 每个基地: a quantifier — the cap per park, no park)
// (拟选址P: a project's planned site before the park's name, no part of it)
// (不新设康养类园区 / 严禁新建…园区: a negation before the verb of setting up; 重点投向上述园区 / 主要服务荆州开发区:
// a verb of where money or service goes, then the park)
const PARK_PREFIX = /^(?:(?:到|至|截至|力争)?\d{4}年(?:底|末|前|以前)?|下设|下辖|(?:不再?|严禁|禁止|不得)(?=新设|新建|设立|进入)|(?:重点|主要)?投向|(?:重点|主要)服务|服务于|明确|优化|提升|完善|规范|强化|本规划|本方案|规划|编制|推行|推进|推动|实施|开展|加强|加快|鼓励|支持|引导|新设|新建|设立|进入|入驻|迁入|上述|前述|所述|以上|该|这些|此类|同类|各类|现有|已有|集群|其他|相关|串联|串起|连接|联结|联通|连通|贯通|贯穿|辐射|覆盖|途经|沿线|严格执行|严格落实|执行|落实|遵守|单个|单一|每个|各个|每家|单家|(?:拟|计划|将|建议)?选址(?:于|在)?)+/;
/** 一基地两园区, 一核两翼多点, 一区三园: a spatial-layout slogan counts parts, it names none. */
const LAYOUT_SLOGAN = /^[一二两三四五六七八九十]+[\u3400-\u9fff]{1,2}[一二两三四五六七八九十多]+[\u3400-\u9fff]{1,2}/;
/** 区域性国际枢纽港(城市), 国际性综合交通枢纽: a port or hub's standing is a goal, no park. */
const HUB_GOAL = /^(?:区域性|国际性?|全国性|世界级|全球性)[^，,。；;、]*(?:港|枢纽|空港|陆港|海港)$/;

/** 车企来开发区 / 企业来园区: firms coming to a zone word — the zone word alone is the place. */
// (招引A等企业来高新区: the firms' word may open the clause's name alone, nothing before 企业)
const COME_TO_ZONE = /^[\u3400-\u9fff]{0,10}?(?:企业?|车企|药企|项目|厂商)(?:来|到|落户)((?:高新区|经开区|开发区|园区|新区|保税区|综保区))$/;
/**
 * 上述项目拟选址个旧锡基新材料产业园 / 项目拟落户青峰经济开发区: the firms or projects and the verb of settling
 * (planned or not) before a park's name; the name is what follows the verb.
 */
const SETTLE_IN_PARK = /^[\u3400-\u9fff]{0,10}?(?:企业|项目|厂商)(?:拟|将|计划|拟在|拟于)?(?:选址于?|选址在|落户于?|落户在|入驻|进驻|来|到)([\u3400-\u9fff（）()]{4,})$/;
/** The words of a kind of zone before its suffix (国家级|经济技术|开发区): a category, no name. */
const ZONE_KIND_CORE = /^(?:经济技术|高新技术产业|高新技术|经济|工业|综合保税|保税|出口加工|边境经济合作|化工|产业)$/;

/** The counties of a city as one opening (各县市区, 县（市）区, 旗县区) and what may follow before a park word. */
const COUNTY_GENERIC = /^各?(?:县市区|县（市）区|县\(市\)区|县（市、区）|县\(市、区\)|县市|县区|区县|旗县区|旗县)(?:特色|配套|重点|专业|工业|产业)?$/;

/** …、腾龙洞等景区: the items of a list the clause closes with 景区 or 景点 are scenic spots. */
const SCENIC_LIST_AFTER = /^(?:、[^，,。；;、]{1,12}){0,6}等?(?:景区|景点|风景区|旅游区)/;
/** What a base does there (生产, 种植, 采摘体验, 出口服务): with a plan verb before it, a kind of base. */
const PLANNED_FUNCTION_BASE = /(?:生产|制造|加工|种植|养殖|繁育|育苗|采摘|体验|观光|服务)基地$/;

/** Is a park's name, once its opening is removed, only a kind of park (化工园区, 专业园区, 园区)? */
function kindOfPark(rest: string, isIndustryTerm: (s: string) => boolean): boolean {
  const ty = typeBySuffix(rest);
  if (!ty || ty.label !== 'Park') return true;
  const core = rest.slice(0, rest.length - ty.suffix.length);
  if (!core || GENERIC_PLACE.test(rest) || isGenericWord(core) || ZONE_KIND_CORE.test(core)) return true;
  // (康养类园区, 化工类园区: a class of parks; 县市区特色园区, 县（市）区配套园区: the parks of the counties, no one park)
  if (/^[\u3400-\u9fff]{1,4}类$/.test(core) || COUNTY_GENERIC.test(core)) return true;
  return /^[\u3400-\u9fff]{2}$/.test(core) && (isIndustryTerm(core) || /^(化工|石化|医药|物流|能源|材料|钢铁|冶金|纺织|食品|建材|电子|机械|汽车|农业|工业|专业|重点|特色|同类|加工|配套|采购|康养)$/.test(core));
}

/**
 * 优先保障园区用地 / 重点完成园区扩区 / 园区严格执行化工园区认定 / 空天产业带串联双流航空经济区: a verb of an obligation or a goal inside
 * what reads as a park's name; a name runs from after it (and what is left may be a kind of park).
 */
const VERB_INSIDE = /(保障|完成|执行|落实|达到|符合|满足|对照|参照|遵守|优先|严格|串联)(?!.*(保障|完成|执行|落实|达到|符合|满足|对照|参照|遵守|优先|严格|串联))/;
/** 省级化工园区 / 国家级经济技术开发区: a rank before a kind of park is a category or a standard, no place. */
const RANK_OPENING = /^(?:国家级|省级|市级|县级|国家|全国|省)/;
/** 宝鸡被誉为“中国钛谷” / 素有“X之都”之称: a nickname a place is given is no park of its own. */
const NICKNAME_BEFORE = /(被誉为|誉为|号称|素有|享有|被称为|称为|被评为|美称|美誉)[“"「]?$/;
/** 建成“南繁硅谷” / 加快建设南繁种业硅谷: a goal verb before a quoted name or an X硅谷 metaphor. */
const GOAL_NAME_BEFORE = /(建成|建设成?为?|打造成?为?|争创|创建|成为|加快建设|加快打造|全力打造)[“"「]?$/;
/**
 * 建设钛合金结构件生产基地 / 打造电池材料制造基地: a base named only by what it makes and its function is a
 * kind of base the text plans, no place (a place, an owner or a designation opening it makes it one).
 */
const PRODUCT_BASE_END = /(?:生产|制造|加工|研发|产业化|供应|配套)基地$/;

const BARE_ZONE = /^(高新区|经开区|开发区|保税区|综保区|自贸区|新区|高新技术产业开发区|经济技术开发区)$/;
/** The bare words of a free-trade zone that 自贸区 (kept above as it was) does not cover. */
const BARE_FREE_TRADE_ZONE = /^(自贸试验区|自由贸易试验区)$/;

/** A measure title's opening up to a planning verb: 2．建设, （三）打造, 1、搭建. */
const TITLE_PLAN_BEFORE = /^\s*(?:\d{1,2}\s*[．.、)）]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)?\s*(?:建设|打造|搭建|培育|建成|创建|组建|筹建)$/;

/** Does a name open with a place or an owner (a word the segmenter tags as a place, a person's or an unknown name)? */
function opensWithName(name: string): boolean {
  return /^(ns|nr|nrt|nrfg|nz|x|j)$/.test(words(name)[0]?.tag ?? '');
}

/** 重点园区, 省重点产业园区, 低效园区, 同质化工业园区, 现代化临港产业园区: a standing or a quality of parks, then a kind of park. */
const CATEGORY_OF_PARKS = /(?:重点|低效|闲置|同质化|现代化)(?:临港|沿江|沿海)?(?:产业|工业|化工)?(?:园区|产业园区|工业园区|产业园|开发区)$/;

/** A place of two to four characters and a dash right before a park's name, opening its clause or after 以/在/依托/位于/、. */
const DASH_JOINED_PLACE = /(?:^|以|在|依托|位于|落户|、|和|与)((?!以|在|依托|位于|落户|和|与)(?:中国|[\u4e00-\u9fff]{2,3}?)(?:省|市)?)[—－]$/;

/** Regions across provinces (京津冀, 成渝地区, 长三角, 粤港澳大湾区…): what they open is a regional strategy or goal. */
const CROSS_REGION = /^(?:京津冀|成渝(?:地区)?|长三角|珠三角|粤港澳(?:大湾区)?|大湾区|环渤海|北部湾|长江经济带|黄河流域)/;

/** The verb of building and what lies between it and a park's name the reader began late (建设|定襄锻造|智能制造产业园). */
const BUILT_NAME_GAP = /(?:规划建设|布局建设|建设|新建|打造)([\u4e00-\u9fff]{2,6})$/;

/**
 * 潮州金城五金、潮州日丰厨具等企业 / 以海南临港风电装备制造为龙头 / 池州钰龙精密、安徽芯谷测控等封装测试企业: a firm's
 * name may open with what reads as a park's (金城, 临港, 芯谷, 咖啡谷); the firm's name runs on to the list's separator.
 * The words after the park word up to 、/和/等 or 为龙头 (its trade or field: 五金, 食品, 量子传感) with a firm beside
 * it in the list, a list closed by 等…企业, or 以…为龙头/链主 make the whole item a firm, no park.
 */
const FIRM_TAIL = /^[^\s、，,。；;：:和与及等（(“”"]{2,8}?(?=(?:[（(][^）)]{1,10}[）)])?(?:、|和|与|及|等|为(?:龙头|链主|引领)|[，,。；;]|$))/;
/** What opens a clause's predicate after a park's name (P重点发展A、B), never a firm's trade. */
const PREDICATE_IN_TAIL = /(发展|建设|打造|集聚|聚集|汇聚|位于|重点|主要|布局|形成|拥有|已|是|为|的|在|企业|园区|片区|承接|引进|聚焦|培育|延伸|推动|支持)/;
/** A list of items after the firm closed by 等…企业. */
const FIRM_LIST_CLOSE = /^(?:[（(][^）)]{1,10}[）)])?(?:[、和与及][^，,。；;、]{2,16}?(?:[（(][^）)]{1,10}[）)])?){0,8}等[^，,。；;]{0,12}?(?:企业|厂商|龙头|链主)/;

function firmOpenedByParkWord(m: Mention, mentions: Mention[], text: string, offset: number, before: string, known: (name: string) => string | undefined): boolean {
  const after = text.slice(m.end - offset);
  // (a firm the document named so already: 支持兴隆咖啡谷食品建设冻干咖啡生产线 after the list that named it)
  const run = /^[\u3400-\u9fff]{1,10}/.exec(after)?.[0] ?? '';
  for (let k = run.length; k >= 1; k--) {
    if (known(m.surface + run.slice(0, k)) !== 'Enterprise') continue;
    for (const q of [...mentions]) if (q !== m && q.start >= m.end && q.end <= m.end + k) mentions.splice(mentions.indexOf(q), 1);
    m.label = 'Enterprise';
    m.surface += run.slice(0, k);
    m.end += k;
    return true;
  }
  const tail = FIRM_TAIL.exec(after);
  if (!tail || PREDICATE_IN_TAIL.test(tail[0])) return false;
  const end = m.end + tail[0].length;
  const rest = after.slice(tail[0].length);
  const firmAt = (k: number) => mentions.some((q) => q !== m && q.label === 'Enterprise' && q.start === k);
  const firmEndsAt = (k: number) => mentions.some((q) => q !== m && q.label === 'Enterprise' && q.end === k);
  const paren = /^[（(][^）)]{1,10}[）)]/.exec(rest)?.[0] ?? '';
  const sep = rest.slice(paren.length);
  // a firm next in the list (…五金、潮州日丰厨具) or before it (A（x）、B…)
  const nextFirm = /^[、和与及]/.test(sep) && firmAt(end + paren.length + 1);
  const prev = /([、和与及])$/.exec(before) ? before.slice(0, -1).replace(/[（(][^）)]{1,10}[）)]$/, '') : undefined;
  const prevFirm = prev !== undefined && firmEndsAt(m.start - (before.length - prev.length));
  const closed = FIRM_LIST_CLOSE.test(rest);
  const lead = /^为(?:龙头|链主|引领)/.test(sep) && /以$/.test(before);
  // (the list's last item, before the clause ends: only a firm before it in the list says it is one)
  if (/^(?:[，,。；;]|$)/.test(sep) ? !prevFirm : !nextFirm && !prevFirm && !closed && !lead) return false;
  for (const q of [...mentions]) if (q !== m && q.start >= m.end && q.end <= end) mentions.splice(mentions.indexOf(q), 1);
  m.label = 'Enterprise';
  m.surface += tail[0];
  m.end = end;
  return true;
}

/** Marks foreign mentions and drops the mentions that name nothing of the document's own. */
export function screenMentions(mentions: Mention[], text: string, offset: number, clauses: Clause[], inMeasure: boolean, isIndustryTerm: (s: string) => boolean = () => false, known: (name: string) => string | undefined = () => undefined): void {
  for (const m of [...mentions]) {
    if (m.label === 'Industry') {
      // (依托高新区创业孵化中心 / 长垣市创业孵化园: a service written as the opening of an incubator's name names the
      // carrier, no industry of the document — the lexicon's 创业孵化 is an industry only where the text says it is one)
      const carrier = CARRIER_WORD.exec(text.slice(m.end - offset, m.end - offset + 2));
      if (carrier && NOT_LAB_END.test(m.surface + carrier[0])) mentions.splice(mentions.indexOf(m), 1);
      continue;
    }
    // 2．建设深加工园区。 / 2、建设零部件产业园。 / 1．建设创新策源平台。: a measure title that plans a carrier names
    // the kind of carrier the measure is about (the body names the one it means: 汉中航空零部件产业园), unless a place
    // or an owner opens the name
    if ((m.label === 'Park' || m.label === 'Lab') && !m.lex && TITLE_PLAN_BEFORE.test(text.slice(0, m.start - offset)) && /^\s*[。.]?\s*$/.test(text.slice(m.end - offset)) && !opensWithName(m.surface)) {
      mentions.splice(mentions.indexOf(m), 1);
      continue;
    }
    const cl = clauses.find((c) => c.start <= m.start && m.end <= c.end);
    const clauseText = cl ? text.slice(cl.start - offset, cl.end - offset) : '';
    const before = cl ? text.slice(cl.start - offset, m.start - offset) : '';
    const after = text.slice(m.end - offset, m.end - offset + 8);
    const drop = () => mentions.splice(mentions.indexOf(m), 1);
    // 以广西—东盟经济技术开发区为主承载区 / 肇庆—广州产业合作园: a place and a dash before a park's name open it (a name
    // joining two partners' places); a dash of a chain (A—B—C) does not: no other dash stands before the place
    if (m.label === 'Park' && !m.lex) {
      const dash = DASH_JOINED_PLACE.exec(before);
      if (dash && words(dash[1]!)[0]?.tag === 'ns' && !/^[—－-]/.test(after)) {
        m.start -= dash[1]!.length + 1;
        m.surface = dash[1]! + before.slice(-1) + m.surface;
      }
    }
    // (潮州金城五金、…等企业: a firm whose name opens with a park word)
    if (m.label === 'Park' && !m.lex && firmOpenedByParkWord(m, mentions, text, offset, before, known)) continue;
    // (依托湘潭大学科技园孵化器: the park's name opens an incubator's, which is neither park nor lab)
    if (m.label === 'Park' && !m.lex && INCUBATOR_AFTER.test(after)) {
      drop();
      continue;
    }
    if (m.label === 'Park' && !m.lex) {
      // 在Z建设定襄锻造智能制造产业园 / 建设造纸化学品产业园: a place and a field, or a field, between the verb of building and
      // the name the reader began after a word it took for a verb (锻造, 造纸) open the park's name
      const built = BUILT_NAME_GAP.exec(before);
      if (built && !mentions.some((q) => q !== m && q.label !== 'Industry' && q.end > m.start - built[1]!.length && q.start < m.start)) {
        const gap = built[1]!;
        // (a place opening the gap opens the name: 定襄|锻造; else the gap is a field, 造纸)
        if ((opensWithName(gap) && words(gap)[0]!.word.length >= 2 && !/^(?:重点|加快|推动|积极|全力|着力)/.test(gap)) || isIndustryTerm(gap) || namedByField(gap, isIndustryTerm)) {
          for (const q of [...mentions]) if (q !== m && q.label === 'Industry' && q.start >= m.start - gap.length && q.end <= m.start) mentions.splice(mentions.indexOf(q), 1);
          m.start -= gap.length;
          m.surface = gap + m.surface;
        }
      }
      // 依托恩施大峡谷、腾龙洞等景区 / 民权是“中国冷谷”: a scenic spot (a 峡谷, or an item of a list of 景区) or a
      // nickname the copula gives a place is no industrial park
      if (/峡谷$/.test(m.surface) || SCENIC_LIST_AFTER.test(text.slice(m.end - offset, cl ? cl.end - offset : undefined)) || (/是[“"「]$/.test(before) && /^[”"」]/.test(after))) {
        drop();
        continue;
      }
      // 推动各县市区特色园区错位发展 / 县（市）区配套园区: the parks of the counties, no one park
      if (/^各?(?:县|旗县|区县)/.test(m.surface) && kindOfPark(m.surface.replace(/^各/, ''), isIndustryTerm)) {
        drop();
        continue;
      }
      // 建设木耳菌包生产基地3处 / 新认定市级跨境电商园区5个: a count after it makes the name a kind of park or base
      if (/^\s*[0-9０-９]+\s*(?:处|个)/.test(after)) {
        drop();
        continue;
      }
      // 建设蓝莓采摘体验基地 / 支持A建设新能源汽车高压线束生产基地: a base named by what it does there, to be built,
      // is a kind of base the text plans (a place or a designation opening it makes it a named one)
      if (PLANNED_FUNCTION_BASE.test(m.surface) && /(建设|建立|打造|布局|新建|筹建)(?:一批|若干|多个)?$/.test(before) && !PROPER_OPENING.test(m.surface) && words(m.surface)[0]?.tag !== 'ns') {
        drop();
        continue;
      }
      // 主要承载园区：P、Q — a field label of a key-value block names what its items are, no park
      if (/^\s*[:：]/.test(after) && isLabelWord(m.surface.replace(/\s/g, ''))) {
        drop();
        continue;
      }
      // 宝鸡被誉为“中国钛谷” / 建成“南繁硅谷” / 加快建设南繁种业硅谷: a nickname or a goal (X硅谷 is a
      // metaphor, the Silicon Valley of X), no park (打造松江药谷 / 在济南高新区建设济南量子谷 stay parks)
      if (NICKNAME_BEFORE.test(before) || (GOAL_NAME_BEFORE.test(before) && (/[“"「]$/.test(before) || (/硅谷$/.test(m.surface) && !/在[^，,。；;]{2,}$/.test(before.replace(GOAL_NAME_BEFORE, '')))))) {
        drop();
        continue;
      }
      // 优先保障园区 / 园区严格执行化工园区: the name runs from after the verb inside it
      const verb = VERB_INSIDE.exec(m.surface);
      if (verb) {
        const rest = m.surface.slice(verb.index + verb[0].length);
        if (kindOfPark(rest, isIndustryTerm)) {
          drop();
          continue;
        }
        m.start += verb.index + verb[0].length;
        m.surface = rest;
      }
      // 达到省级化工园区认定标准: a rank and a kind of park
      const rank = RANK_OPENING.exec(m.surface);
      if (rank && kindOfPark(m.surface.slice(rank[0].length), isIndustryTerm)) {
        drop();
        continue;
      }
      // 来区建设钛合金结构件生产基地: a product's base to be built
      if (PRODUCT_BASE_END.test(m.surface) && !PROPER_OPENING.test(m.surface) && /(建设|建立|打造|布局|新建|筹建|规划)$/.test(before) && productCore(m.surface.replace(PRODUCT_BASE_END, ''), isIndustryTerm)) {
        drop();
        continue;
      }
      // 宜宾市动力电池产业园区布局规划: the parks of an industry whose layout a plan sets out, no one park
      if (/产业园区$/.test(m.surface) && /^(?:空间)?布局(?:规划|方案|优化)/.test(after)) {
        drop();
        continue;
      }
      // 一基地两园区 / 区域性国际枢纽港: a layout slogan or a hub goal
      if (LAYOUT_SLOGAN.test(m.surface) || HUB_GOAL.test(m.surface) || (/港$/.test(m.surface) && /^城/.test(after))) {
        drop();
        continue;
      }
      // “两区”即A和B: 即 after a quoted layout word opens the names it explains
      if (/^即/.test(m.surface) && /[”"」』)）]$/.test(before)) {
        m.start += 1;
        m.surface = m.surface.slice(1);
      }
      // 京津冀临港产业协作示范区 / 成渝地区双城经济圈: a region across provinces opens a strategy or a regional goal,
      // no park of the document (a park is named by its city or county)
      if (CROSS_REGION.test(m.surface)) {
        drop();
        continue;
      }
      // 宁波、上海金山等地石化园区: 等地 closes a list of places; what follows is a kind of park there
      if (/^地/.test(m.surface) && /等$/.test(before)) {
        const rest = m.surface.slice(1);
        if (kindOfPark(rest, isIndustryTerm)) {
          drop();
          continue;
        }
      }
      // 到2030年石化园区 / 推行化工园区 / 上述园区: the opening is the clause's; what is left may be a kind of park
      const open = PARK_PREFIX.exec(m.surface);
      if (open) {
        const rest = m.surface.slice(open[0].length);
        if (kindOfPark(rest, isIndustryTerm)) {
          drop();
          continue;
        }
        m.start += open[0].length;
        m.surface = rest;
        // (推动国家级经济技术开发区高质量发展: a rank after the opening verb, then a kind of zone)
        const ranked = RANK_OPENING.exec(m.surface);
        if (ranked && kindOfPark(m.surface.slice(ranked[0].length), isIndustryTerm)) {
          drop();
          continue;
        }
      }
      // 并购重组和重点园区 / 主导产业和重点园区: a noun of the clause joined by 和 to a park word; the name is the part
      // after 和 (and a kind of park there names none)
      const joined = /^([^和与及]{2,8}?)[和与及]([^和与及]{2,})$/.exec(m.surface);
      if (joined && typeBySuffix(joined[1]!)?.label !== 'Park' && !/[省市县区]$/.test(joined[1]!)) {
        if (kindOfPark(joined[2]!, isIndustryTerm) || GENERIC_PLACE.test(joined[2]!)) {
          drop();
          continue;
        }
      }
      // 安庆高新区是国家级高新技术产业开发区: a copula inside a name; the park is its subject, before 是
      const copula = /^(.{2,12}?)是(.{3,})$/.exec(m.surface);
      if (copula && typeBySuffix(copula[1]!)?.label === 'Park' && !kindOfPark(copula[1]!, isIndustryTerm)) {
        m.end = m.start + copula[1]!.length;
        m.surface = copula[1]!;
      } else if (copula && !typeBySuffix(copula[1]!) && !/[省市县区州旗镇]$/.test(copula[1]!) && typeBySuffix(copula[2]!)?.label === 'Park' && !kindOfPark(copula[2]!, isIndustryTerm)) {
        // 仪器仪表是丹东高新区的首位产业: a field word is the subject; the park's name starts after 是
        m.start += copula[1]!.length + 1;
        m.surface = copula[2]!;
      }
      // 开发区下设精细化工园、… / 园区下设伍市片区和天岳片区: a zone that sets up its parts (下设, 下辖) opens no name of
      // theirs; the part's name starts after the verb
      const under = /^[\u4e00-\u9fff]{2,12}?(?:下设|下辖)([\u4e00-\u9fff]{3,})$/.exec(m.surface);
      if (under && typeBySuffix(under[1]!)?.label === 'Park') {
        m.start += m.surface.length - under[1]!.length;
        m.surface = under[1]!;
      }
      // 文旅融合发展园和有机畜产品加工园: a name cut inside the park before it (at 发展) leaves that park's ending and the
      // joiner opening this one (园和有机畜产品加工园); the name starts after the joiner
      const tail = /^(?:园区|园|片区|组团)[和与及、]([\u4e00-\u9fff]{3,})$/.exec(m.surface);
      if (tail && typeBySuffix(tail[1]!)?.label === 'Park') {
        m.start += m.surface.length - tail[1]!.length;
        m.surface = tail[1]!;
      }
      // 招引A、B等新势力车企来开发区布局X: the firms come to the zone; the name is the zone word after 来
      const come = COME_TO_ZONE.exec(m.surface);
      // (企业来园区布局X: the bare word 园区 names no kind of zone the document's city could own, so it names no park)
      if (come?.[1] === '园区') {
        drop();
        continue;
      }
      if (come) {
        m.start += m.surface.length - come[1]!.length;
        m.surface = come[1]!;
      }
      // 上述项目拟选址P: the park's name starts after the verb (only when what follows is a named park)
      // (…拟选址化工园区: only a kind of park follows; it names none)
      const settle = come ? null : SETTLE_IN_PARK.exec(m.surface);
      if (settle && typeBySuffix(settle[1]!)?.label === 'Park') {
        if (kindOfPark(settle[1]!, isIndustryTerm)) {
          drop();
          continue;
        }
        m.start += m.surface.length - settle[1]!.length;
        m.surface = settle[1]!;
      }
    }
    // 是海南省重点产业园区 / 推动低效园区提质 / 不再新设同质化工业园区 / 建设…的现代化临港产业园区 / 市领导挂点联系重点园区:
    // a standing or a quality of parks (重点, 低效, 同质化, 现代化) before a kind of park is a category, no named park
    if (m.label === 'Park' && !m.lex && CATEGORY_OF_PARKS.test(m.surface)) {
      drop();
      continue;
    }
    // 福泉市地处黔中经济区: what a place 地处 is a region (a park is 位于); an 经济区 or 合作区 there names no park
    if (m.label === 'Park' && !m.lex && /(?:经济区|合作区)$/.test(m.surface) && (/地处$/.test(before) || /地处/.test(m.surface))) {
      drop();
      continue;
    }
    // 位于应城市城区东部 / 建设高品质现代化新城区: a 城 right before 区 is a town's urban district, no park
    if (m.label === 'Park' && !m.lex && /城$/.test(m.surface) && /^区/.test(after)) {
      drop();
      continue;
    }
    // 马来西亚关丹产业园 / 泰国曼谷: abroad
    if (m.label === 'Park' && !m.lex && FOREIGN_COUNTRY.test(m.surface)) {
      drop();
      continue;
    }
    // 亩均税收低于园区平均水平: a comparison, not a park's name
    if (m.label === 'Park' && !m.lex && COMPARISON_IN_NAME.test(m.surface)) {
      const rest = m.surface.slice(m.surface.search(COMPARISON_IN_NAME) + 2).replace(/^于/, '');
      if (kindOfPark(rest, isIndustryTerm)) {
        drop();
        continue;
      }
    }
    // 打造现代轻工特色园区: a featured park to be made
    if (m.label === 'Park' && !m.lex && FEATURED_GOAL_END.test(m.surface) && /(打造|建成|建设成为?|发展成为?|争创|创建|培育)$/.test(before) && !PROPER_OPENING.test(m.surface)) {
      drop();
      continue;
    }
    // 在杭州未来科技城建设衢州海创园科创飞地: the host of an enclave is another area's place
    if (m.label === 'Park' && ENCLAVE_AFTER.test(text.slice(m.end - offset, cl ? cl.end - offset : undefined))) {
      drop();
      continue;
    }
    // 加强与上海张江、合肥新站高新区的产业协作: places one cooperates with are elsewhere
    if (m.label === 'Park' && COOPERATE_WITH.test(before) && COOPERATION.test(clauseText.slice(m.end - (cl?.start ?? 0)))) {
      drop();
      continue;
    }
    // 支持A与深圳坪山新能源汽车产业园开展飞地合作: a cooperation partner is no park of the document
    if (m.label === 'Park' && !m.lex && PARTNER_BEFORE.test(before) && PARTNER_COOPERATION.test(clauseText.slice(m.end - (cl?.start ?? 0)))) {
      drop();
      continue;
    }
    // ，与萝北石墨产业园错位发展 / 对接上海张江药谷、苏州生物医药产业园的研发成果: partners elsewhere
    if (m.label === 'Park' && (CLAUSE_PARTNER_BEFORE.test(before) && CLAUSE_PARTNER_AFTER.test(clauseText.slice(m.end - (cl?.start ?? 0))) || DOCK_BEFORE.test(before))) {
      drop();
      continue;
    }
    // 已获批国家级绿色工业园区 / 入选国家级…园区 / P是省级经济开发区 (the copula read into the name, or right before it,
    // P位于X，是省级产业转移工业园): a title the zone holds, not a place of its own
    if (m.label === 'Park' && !m.lex && (/^(?:已|先后|相继|陆续|均|曾|还|又)*(?:获批|入选|争创|创建|认定为?|被评为|被认定为?|(?:是|为|系)(?=国家级|省级|市级))/.test(m.surface) || ((DESIGNATION_BEFORE.test(before) || /(?:是|系)$/.test(before)) && /^(?:国家级|省级|国家|全国)/.test(m.surface))) && !PLACED_AFTER.test(text.slice(m.end - offset, m.end - offset + 24))) {
      drop();
      continue;
    }
    // 设立规模10亿元的南雄市园区发展基金: a park word opening a fund's name is the fund's, no place
    if (m.label === 'Park' && !m.lex && /^(?:产业|发展|投资|引导|建设)*基金/.test(after) && /园区$/.test(m.surface)) {
      drop();
      continue;
    }
    // 加强化工园区安全管控: a field word with 园区 is a kind of park, not one
    if (m.label === 'Park' && !m.lex && /^[\u3400-\u9fff]{2}园区$/.test(m.surface) && (isIndustryTerm(m.surface.slice(0, 2)) || /^(化工|医药|物流|能源|材料|钢铁|冶金|纺织|食品|建材|电子|机械|汽车|农业|工业)/.test(m.surface))) {
      drop();
      continue;
    }
    // 建成国内一流的海洋经济特色开发区 / 原料基地 / 首台（套）应用示范基地: a goal, a kind of base, a designation
    if (m.label === 'Park' && !m.lex && (RANKED_GOAL_BEFORE.test(before) || FUNCTION_BASE.test(m.surface) || (PROGRAMME_DESIGNATION.test(m.surface.replace(/[()（）]/g, '')) && !PLACED_AFTER.test(text.slice(m.end - offset, m.end - offset + 24))))) {
      drop();
      continue;
    }
    // 打造航空航天用特殊钢材料基地 / 推进莓茶标准化种植基地建设 / 依托优质原料基地发展X / 具备建设百万千瓦级储能基地的条件:
    // a base named by its field, product or function alone, with no place or owner opening its name, is a kind of base
    // (a goal, a project, a designation), no park — unless the text places something in it (在/位于/落户 before it, or
    // 重点发展/集聚/位于 after it); the genre's named bases open with their place (舟山绿色石化基地, 陆丰海洋工程基地)
    if (m.label === 'Park' && !m.lex && /基地$/.test(m.surface) && !opensWithName(m.surface) && !PROPER_OPENING.test(m.surface) && !PLACED_AFTER.test(text.slice(m.end - offset, m.end - offset + 24)) && !/(?:在|于|位于|落户|入驻|进驻)$/.test(before) && !BUILT_IN_PARK_BEFORE.test(before)) {
      drop();
      continue;
    }
    // 打造东北地区汽车电子集聚区: a goal of regional scale, no place
    if (m.label === 'Park' && !m.lex && GOAL_PLACE.test(m.surface) && GOAL_VERB.test(before)) {
      drop();
      continue;
    }
    // 为加快建设海南热带特色食品加工基地，…制定以下措施: the purpose a document states is the base it would become, a goal
    // (the genre opens 为加快建设西部齿轮传动产业基地 / 为加快打造全国重要的…产业基地 so); 海南自由贸易港 is a policy
    // region, never a park
    // (争取设立克州综合保税区 / 申报设立…: a zone the plan seeks to have set up does not exist yet)
    if (m.label === 'Park' && !m.lex && ((/(?:基地|高地)$/.test(m.surface) && PURPOSE_BEFORE.test(before)) || FREE_PORT.test(m.surface) || SOUGHT_BEFORE.test(before))) {
      drop();
      continue;
    }
    // 大数据双创孵化基地 (an incubator is no park either), 特色化示范性软件学院 (a designation of a school
    // programme), 重要片区 (a generic noun)
    if ((m.label === 'Park' || m.label === 'Lab') && !m.lex && (NOT_LAB_END.test(m.surface) || /^(特色化)?示范性|^特色化/.test(m.surface) || GENERIC_PLACE.test(m.surface))) {
      drop();
      continue;
    }
    if (FOREIGN.test(clauseText)) {
      if (m.label === 'Park' || !inMeasure) drop();
      else m.foreign = true;
      continue;
    }
    // (建设雨林康养示范区 / 在祁连县建设…标准化养殖示范基地: a 示范 base or area the plan builds is a designation too, unless
    // the text places something in it — 建设某某示范园，重点发展X keeps its park)
    if (m.label === 'Park' && !m.lex && DESIGNATION_END.test(m.surface) && (DESIGNATION_WORD.test(m.surface) || DESIGNATION_BEFORE.test(before) || (BUILT_DESIGNATION.test(m.surface) && BUILT_BEFORE.test(before) && !CARRIER_BUILT.test(text.slice(0, m.start - offset)) && !PLACED_AFTER.test(text.slice(m.end - offset, m.end - offset + 25).replace(/^[，,]\s*/, '')))) && !PLACED_AFTER.test(text.slice(m.end - offset, m.end - offset + 24)) && !/在$/.test(before)) {
      drop();
      continue;
    }
    // 建设全球种业科技创新中心 / 打造国际X创新高地中心: a centre of global or national reach to be built is a goal
    if (m.label === 'Lab' && !m.lex && /^(?:全球|国际|世界|全国|区域性?)/.test(m.surface) && /(建设|打造|建成|争创|创建|培育)$/.test(before) && !/(牵头|联合|共同|依托)[^，,。；;]{0,10}$/.test(before.replace(/(建设|打造|建成|争创|创建|培育)$/, ''))) {
      drop();
      continue;
    }
    if (m.label === 'Lab' && !m.lex && GOAL_BEFORE.test(before) && !/(牵头|联合|共同|支持|推动|依托)[^，,。；;]{0,10}(建设|建成)/.test(before)) {
      drop();
      continue;
    }
    // (X牵头建设Y: a named body leads it, so the centre is that body's, not a kind of centre)
    if (m.label === 'Lab' && !m.lex && ((PLAN_BEFORE.test(before) && !/牵头[^，,。；;]{0,4}$/.test(before.replace(PLAN_BEFORE, ''))) || CARRIER_AFTER.test(clauseText.slice(m.end - (cl?.start ?? 0)))) && namedByFieldOnly(m.surface, isIndustryTerm)) {
      drop();
      continue;
    }
    // “奥北科技园”飞地创新中心: the quoted name is the centre's; the rest alone names nothing
    if (m.label !== 'Enterprise' && !m.lex && text[m.start - offset - 1] === '”' && mentions.some((q) => q !== m && q.label !== 'Industry' && q.end === m.start - 1)) {
      drop();
      continue;
    }
    // (依托保定·中关村创新中心孵化初创企业, 依托淄博高新区创业中心孵化…: a centre whose work the sentence names as
    // incubating start-ups is an incubator, which the genre counts as no lab)
    if (m.label === 'Lab' && !m.lex && /中心$/.test(m.surface) && /^孵化(?:[^，,。；;]{0,8})?(?:企业|项目|团队)/.test(text.slice(m.end - offset, m.end - offset + 14))) {
      drop();
      continue;
    }
    // 工程电气工业互联网平台 / 冷链物流信息平台 / 运行监测平台: a platform of information, supervision or trade is a system,
    // no research body (a lab's platform does research: 创新平台, 中试平台, 检测平台)
    if (m.label === 'Lab' && !m.lex && INFO_PLATFORM.test(m.surface)) {
      drop();
      continue;
    }
    // 对新获批的省级以上茶叶研发平台给予奖励: a rank and 以上 before a kind of centre is a category of designation (the
    // segmenter may leave 上 in the name), no body
    if (m.label === 'Lab' && !m.lex && (/级(?:及|或)?以上$/.test(before) || (/级(?:及|或)?以$/.test(before) && m.surface.startsWith('上')))) {
      drop();
      continue;
    }
    if (m.label === 'Lab' && NOT_LAB_END.test(m.surface)) drop();
    // 沪深北交易所天津基地: an office of an exchange, a bank or an association is no industrial place
    else if (m.label === 'Park' && !m.lex && INSTITUTION_OFFICE.test(m.surface)) drop();
  }
}

/**
 * The document's own zone for a bare zone word: 合肥高新区 for 高新区 in a document of 合肥市. Undefined
 * when the word is not bare or the document is of the lexicon's home city (`homeCity`, whose bare zone
 * words the lexicon itself resolves) or of no city; a province-level document cannot tell which city's
 * zone it means.
 */
export function localZone(surface: string, city: string | undefined, jurisdiction: string | undefined, homeCity: string | undefined, mentionsHome = true): { name: string } | 'ambiguous' | undefined {
  if (!BARE_ZONE.test(surface) && !BARE_FREE_TRADE_ZONE.test(surface)) return undefined;
  if (homeCity !== undefined && city === homeCity) return undefined;
  // (建设自贸试验区钦州港片区联动区 in a 钦州 plan: a free-trade zone is a province's, 中国（广西）自由贸易试验区, so the bare
  // word of a document of another known place is neither the lexicon's home-city zone nor a zone named after the city)
  if (BARE_FREE_TRADE_ZONE.test(surface)) return city || jurisdiction ? 'ambiguous' : homeCity === undefined || mentionsHome ? undefined : 'ambiguous';
  // a document whose place could not be read (西部（重庆）科学城重庆高新区… as a title) and that names no zone of this kind
  // in full: its bare 高新区 is not the lexicon's home-city zone unless the document speaks of the home city
  if (!city && !jurisdiction) return homeCity === undefined || mentionsHome ? undefined : 'ambiguous';
  // the document's own zone: 经开区 in a 北京经济技术开发区 document is that zone
  const kind = (x: string) => (/(高新区|高新技术产业开发区)$/.test(x) ? 'hi' : /(经开区|经济技术开发区)$/.test(x) ? 'et' : /(保税区|综保区)$/.test(x) ? 'bz' : x);
  // (a bare 开发区 in a zone's own document is that zone, whatever its kind: 开发区 in a 盐城经济技术开发区 plan)
  if (jurisdiction && (kind(jurisdiction) === kind(surface) || (surface === '开发区' && /(开发区|高新区|经开区)$/.test(jurisdiction))) && jurisdiction !== surface) return { name: jurisdiction };
  if (!city) return undefined;
  if (/(省|自治区)$/.test(city)) return 'ambiguous';
  const short = city.replace(/市$/, '');
  return { name: `${short}${surface}` };
}

/**
 * 力争到2027年建成国家合成生物技术创新中心 in a document of another city: a lab the lexicon knows (in
 * its own city) written as what this city is to build or win is a goal, not a lab of the document.
 * In a document of the lexicon's home city (`homeCity`) the known lab stays; in a document of no city (a
 * zone's, 杨凌示范区) it stays too, unless the name is bid for right there (争创国家合成生物技术创新中心: a title
 * the document's place strives to win is not yet its own).
 */
export function dropGoalLabs(mentions: Mention[], text: string, offset: number, clauses: Clause[], city: string | undefined, homeCity: string | undefined): void {
  if (city && city === homeCity) return;
  for (const m of [...mentions]) {
    if (m.label !== 'Lab' || !m.lex) continue;
    const cl = clauses.find((c) => c.start <= m.start && m.end <= c.end);
    const before = cl ? text.slice(cl.start - offset, m.start - offset) : '';
    if (!city && !/(?:争创|争取创建|力争创建|争创建)$/.test(before)) continue;
    if (GOAL_BEFORE.test(before) && !/(牵头|联合|共同|支持|推动|依托)[^，,。；;]{0,10}(建设|建成)/.test(before)) mentions.splice(mentions.indexOf(m), 1);
  }
}

/**
 * 对标上海临港新片区的高端装备集聚模式 / 学习借鉴韩国巨济造船产业集群经验: the industries of a benchmarking
 * clause are what is admired elsewhere (a model, an experience), no industry the document develops.
 */
export function dropBenchmarkIndustries(mentions: Mention[], text: string, offset: number, clauses: Clause[]): void {
  for (const m of [...mentions]) {
    if (m.label !== 'Industry') continue;
    const cl = clauses.find((c) => c.start <= m.start && m.end <= c.end);
    if (!cl) continue;
    const t = text.slice(cl.start - offset, cl.end - offset);
    if (/^(?:积极|主动|深入|认真)?(?:对标|学习借鉴|借鉴|比肩|看齐)/.test(t) && /(模式|经验|做法|路径|举措|打法)$/.test(t)) mentions.splice(mentions.indexOf(m), 1);
  }
}

/** What the genre writes after a place's name: its level (临高县, 应城市, 好生街道, 松桃苗族自治县) or its zone (应城经济开发区). */
// (县域, 市场, 市级: no level; a bare 高新区 or 经开区 after a verb (已在高新区) proves no place either)
const PLACE_LEVEL = '(?:(?:县|市|镇|乡|旗)(?![域级场])|街道|(?:[\\u4e00-\\u9fff]{1,4}族)*自治[县旗州]|新区|经济开发区|经济技术开发区|高新技术产业开发区)';
/** A clause's function words (已在, 对于, 和, 等): a preposition, conjunction, particle, pronoun or numeral opens no place. */
// (依托|县职教中心, 推动|县域: a verb of the clause before a bare level word is no county either)
const CLAUSE_VERB = /^(?:依托|依靠|围绕|聚焦|立足|利用|发挥|带动|联合|引进|招引|培育|壮大|发展|建设|打造|提升|支持|鼓励|引导|推动|推进|加快|加强|实施|开展|服务|对接|做强|做大|延伸|拓展|布局|集聚|形成|完善|优化|建成|新建|规划)$/;
const notPlace = (s: string): boolean => CLAUSE_VERB.test(s) || words(s).some((w) => /^(?:p|c|u[a-z]?|r[a-z]?|m|q|f)$/.test(w.tag));
const placeEvidence = new WeakMap<object, Map<string, number[]>>();

/**
 * 和|田经济技术开发区, 建设和|田肉苁蓉产业园: a place whose name opens with a joiner (和田, 和平, 和顺) is cut at it, the joiner
 * read as 和. When the document writes the joiner and the park's first one or two characters elsewhere with a level
 * (和田市, 和田地区, 和平镇), outside this park's own name, the place opens the park's name.
 */
function openedByJoinerPlace(m: Mention, mentions: Mention[], text: string, offset: number, docText: string, cache: Map<string, number[]>): boolean {
  const k = m.start - offset;
  const joiner = text[k - 1];
  if (!joiner || !/[和与及]/.test(joiner)) return false;
  if (mentions.some((x) => x !== m && x.start < m.start && x.end > m.start - 1)) return false;
  for (const len of [2, 1]) {
    const place = joiner + m.surface.slice(0, len);
    if (!/^[\u4e00-\u9fff]+$/.test(place)) continue;
    const key = `${place}|joined`;
    let at = cache.get(key);
    if (!at) {
      at = [...docText.matchAll(new RegExp(place + `(?:${PLACE_LEVEL}|地区|盟)`, 'g'))].filter((x) => !docText.startsWith(joiner + m.surface, x.index!)).map((x) => x.index!);
      cache.set(key, at);
    }
    if (!at.length) continue;
    m.start -= 1;
    m.surface = joiner + m.surface;
    return true;
  }
  return false;
}

/**
 * 在临高金牌港经济开发区建设临高|海洋装备产业园 / 在新材料园建设应城|钠电材料产业园 / 正定|数字医疗产业园 / 好生|街道食品产业园:
 * the segmenter reads a county's name as a verb or an adverb and cuts it off the park it opens. A place the document itself
 * writes elsewhere with its level or zone (临高县, 应城经济开发区, 正定新区, 好生街道办事处) right before a park's name opens
 * that name. The evidence must lie outside the park's own name (奉新|工业园区 alone proves nothing).
 */
export function openedByDocumentPlace(mentions: Mention[], text: string, offset: number, docText: string, key: object): void {
  let cache = placeEvidence.get(key);
  if (!cache) placeEvidence.set(key, (cache = new Map()));
  for (const m of mentions) {
    if (m.label !== 'Park' || m.lex || m.name) continue;
    if (openedByJoinerPlace(m, mentions, text, offset, docText, cache)) continue;
    // (辛集|石家庄皮革产业园, 辛集|滨海新区产业园: a park whose name opens with a place of its own is another place's park)
    const w0 = words(m.surface)[0];
    if (w0 && w0.word.length >= 3 && /^(?:ns|nr|nrt|nz)$/.test(w0.tag)) continue;
    const before = text.slice(0, m.start - offset);
    for (const len of [3, 2]) {
      const place = before.slice(-len);
      if (place.length !== len || !/^[\u4e00-\u9fff]+$/.test(place) || notPlace(place) || m.surface.startsWith(place) || isGenericWord(place)) continue;
      let at = cache.get(place);
      if (!at) {
        at = [...docText.matchAll(new RegExp(place + PLACE_LEVEL, 'g'))].map((x) => x.index!);
        cache.set(place, at);
      }
      const start = m.start - len;
      // (the level word must not be the park's own opening: 奉新|工业园区 is evidence only of itself)
      if (!at.some((i) => i !== start || !docText.startsWith(m.surface, i + len))) continue;
      if (mentions.some((x) => x !== m && x.start < m.start && x.end > start)) break;
      m.start = start;
      m.surface = place + m.surface;
      break;
    }
  }
}
