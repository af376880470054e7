// The last check before an Industry becomes a node: names the genre uses for other things.
//
// Conventions (in code, because they follow from how the genre writes):
//   • government bodies: 市科技局, 经发局, 改革委, 市合作交流办, 滨海高新区管委会, 海泰派出所 — the
//     department recogniser (../departments/names.ts) or an office ending (局/委/办/厅/署/管委会/委员会/政府/
//     派出所/办公室/领导小组). They sit in responsibility lists (牵头部门：…、…) that read like lists.
//   • instruments and markets, not industries: names ending in 基金/资金/计划/规划/方案/工程/政策/措施/
//     行动/项目/专项 or 市场 (多层次资本市场; 后市场 is a segment, 解决方案 a product)
//     (专项资金, 中试基金, 行动计划, 未来产业强链工程, 综合交通规划); a trade of works is an industry (石材装饰工程,
//     the last link of a stone chain: blind36 r07, blind39 r08).
//   • category qualifiers: what follows 等 in “A、B等高附加值产业环节” / “战略性新兴产业、未来产业重点
//     细分技术方向” qualifies the list, it names nothing (高附加值, 战略性新兴, 重点细分技术方向, 新技术).
//   • value-chain stages: 研发设计, 小试中试, 中试, 生产制造, 集成服务, 开发设计, 销售, 运维 … are the
//     steps every industry goes through (布局研发设计、小试中试、集成服务等高附加值产业环节), not an
//     industry of their own nor of a company. A stage with its object is a segment and stays
//     (动力电池生产, 风电运维, 空间飞行器总体设计, 芯片设计, 封装测试); so does 应用 (制氢—储运—加氢—应用).
//   • the document's own kind and date, not an industry: a name ending in a kind of document (产业链图谱,
//     招商图谱, 申报指南, 会议纪要, 白皮书; 知识图谱 stays) from a title or a heading (一、产业链图谱), or
//     opening with a year (2026年重点 from 2026年重点产业项目清单, 2026年度先进制造 from 2026年度先进制造业
//     发展专项资金申报指南).
//   • supply and support of a chain, not a segment: resources, inputs or services 保障 (做强上游资源保障,
//     强化原料保障, 要素保障; 维修保障 and 绿色电力保障 stay, a service and a segment of a chain), …链条
//     (延伸中游化学品链条, 全链条).
//   • adverbs alone: 初步, 基本, 逐步 (from 初步形成“A—B—C”产业链) — the words before a chain's verb.
//   • parks' names: 洛阳石化产业集聚区, 兰州新区新材料产业园 (a heading or a chain's head may be a park).
//   • regions of markets alone: 京津冀, 长三角, 欧美, 日韩, 东盟, 东南亚, 中东 (开拓京津冀和长三角市场 / 开拓欧美和日韩
//     市场 read as a list of industries by its growth verb) — where goods are sold, never what is made.
//   • a list's remnant: a count and a classifier closing the name (核桃两条产业链, 海鲜预制菜三类产品) or a list's 等 inside
//     it (牦牛骨髓粉等生物制品): the items are the industries (等静压石墨, 等离子体 stay).
//   • fragments opened by a free negation: 非系统 (from 非系统研制生产), 不可再生 — a name never starts
//     with a negation that is no part of a word (非金属材料, 无人机, 不锈钢 stay).
// Lexicon entries (industries.tsv) are industries whatever their ending; the user's stop list
// (seeds/lexicon/not-industries.txt, see seeds/lexicon/README.md) wins over everything.
import { isDepartmentName } from '../departments/names.ts';
import { industryBounds } from '../entities/industry-bounds.ts';
import { isNegationFragment, isQualifierOnly, isStageOnly } from '../entities/words.ts';
import type { Lexicon } from '../lexicon/index.ts';

/**
 * A generic head alone (应用, 系统 from 燃料电池及应用 / 电芯与系统), or a ranked generic noun (重点产业链, 主导产业,
 * 优势领域: a heading's word for the segments under it): names no segment.
 */
const BARE_GENERIC = /^(?:应用|系统|服务|产品|设备|终端|平台|方案|解决方案)$|^(?:重点|主导|优势|特色|主要|核心|关键|相关|其他|完整|各)(?:产业链环节|产业链|产业|环节|领域|方向|板块)$/;
/**
 * An adverb of degree or time alone (初步 from 初步形成“A—B—C”产业链, 基本, 逐步): the words before a chain's verb,
 * no industry the chain belongs to.
 */
const ADVERB_ALONE = /^(?:初步|基本|逐步|已经|已|进一步|全面|持续|不断|正在|目前|现已)$/;
/**
 * A park's name (洛阳石化产业集聚区 heading a dash chain, 4. 兰州新区新材料产业园。 as a numbered heading): a place
 * where industries are, no industry (智慧园区, a segment of software, ends otherwise).
 */
const PLACE_END = /(?:产业园|工业园|科技园|产业园区|工业园区|化工园区|产业集聚区|集聚区|开发区|高新区|经开区|保税区|工业区|产业新城)$/;
/**
 * A list's remnant: a count and a classifier closing the name (核桃两条产业链, 海鲜预制菜三类产品, 小苏打三个环节延链 — the tail
 * of 发展A和B两条产业链 / 开发A、B、C三类产品) or a list's 等 inside it (牦牛骨髓粉等生物制品, 木雕等热贡艺术品创作销售): the items
 * are the industries, the phrase is none (等静压石墨, 等离子体: 等 opening a word, stays).
 */
const LIST_COUNT_TAIL = /[一二三四五六七八九十两\d]+(?:条|类|个|大|种|项)(?:产业链条?|产业链|链条|产品|环节|领域|方向|赛道|板块|产业|业态)(?:延链|补链|强链)?$/;
const LIST_INSIDE = /[\u3400-\u9fffA-Za-z0-9]{2}等(?!静压|离子|温|效|轴|径|级|同|比|量|距|压|价)[\u3400-\u9fff]{2}/;
/** 兴发集团已在园区 / 某某公司: a firm's legal word inside the phrase — a clause about a firm, no industry. */
const ORG_INSIDE = /(集团|有限公司|公司)(?!化)/;
const OFFICE_END = /(局|委|办|厅|署|管委会|管理委员会|委员会|政府|派出所|办公室|领导小组|工作组|小组)$/;
const INSTRUMENT_END = /(基金|资金|计划|规划|(?<!解决)方案|(?<!装饰|装修|安装)工程|政策|措施|行动|项目|专项|补贴|奖励|清单|名录|目录|(?<!后)市场)$/;
/** A kind of document (a title's or a heading's word for the text itself). */
const DOCUMENT_END = /((?<!知识)图谱|指南|纪要|白皮书|工作报告)$/;
/** A year opening the name: the document's date, cut with the words after it. */
const YEAR_START = /^(?:19|20)\d\d年/;
/** Supply or support of a chain (资源保障, 原料保障) and the chain as a whole (化学品链条, 全链条). */
const SUPPORT_END = /((?:资源|原料|原材料|要素|服务|供给|供应|组织)保障|链条)$/;
/** Regions of the world or of the country, alone or run together (欧美, 日韩, 京津冀, 中东): markets entered, no industry. */
const MARKET_REGION = /^(?:京津冀|长三角|珠三角|粤港澳(?:大湾区)?|大湾区|成渝|港澳台?|东盟|欧美|日韩|欧洲|北美|南美|拉美|拉丁美洲|非洲|中东|东南亚|南亚|中亚|西亚|东北亚|东欧|西欧|中东欧|俄罗斯|日本|韩国|美国|德国|海外|境外|国内外|国内|国际|南方|北方|华东|华南|华北|华中|西南|西北|东北)+$/;
/**
 * A clause read as a name: a verb of dependence, coverage, use, registration or award, or a plan's verb, inside it (原料依赖外购,
 * 渠道掌握在外地经销商手中, 产品广泛用于食品, 产品覆盖风电, 申报省级专精特新中小, 投入按10%给予奖补, 主要包括包装纸箱, 发展羽绒服) —
 * no industry of any development set's gold has one of these words (汽车覆盖件 stays).
 */
const CLAUSE_WORD = /(依赖|掌握|覆盖(?![件膜])|用于|申报|登记|从事|包括|给予|奖补|广泛|手中|外购|按照|推动|支持|鼓励|引导|实现|形成|达到|加快|主要|发展)/;

/**
 * Why `name` is not an Industry, or undefined when it may be one. `known`: the name is an industry
 * of the lexicon (exempt from the conventions, not from the stop list).
 */
export function notIndustry(name: string, lexicon: Lexicon, known = false): string | undefined {
  const stop = lexicon.notIndustries;
  const n = name.replace(/\s+/g, '');
  if (stop.exact.has(n) || stop.suffixes.some((s) => n.endsWith(s)) || stop.prefixes.some((p) => n.startsWith(p))) return 'stop list';
  if (known) return undefined;
  if (OFFICE_END.test(n) || isDepartmentName(n, lexicon)) return 'government body';
  if (INSTRUMENT_END.test(n)) return 'fund, plan or programme';
  if (DOCUMENT_END.test(n) || YEAR_START.test(n)) return 'the document’s kind or date';
  if (SUPPORT_END.test(n)) return 'supply or support of a chain';
  if (isQualifierOnly(n)) return 'category qualifier';
  if (isStageOnly(n)) return 'value-chain stage';
  if (isNegationFragment(n)) return 'fragment opened by a negation';
  if (industryBounds(n) === 'drop') return 'evaluation, market entered or plan word';
  if (BARE_GENERIC.test(n)) return 'generic word alone';
  if (ADVERB_ALONE.test(n)) return 'adverb alone';
  if (MARKET_REGION.test(n)) return 'a region of markets';
  if (n.length >= 5 && PLACE_END.test(n)) return 'a park’s name';
  if (ORG_INSIDE.test(n)) return 'a firm named in it';
  if (LIST_COUNT_TAIL.test(n) || LIST_INSIDE.test(n)) return 'a list’s remnant';
  if (CLAUSE_WORD.test(n)) return 'a clause, no name';
  return undefined;
}
