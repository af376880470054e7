// Word segmentation (jieba) for name boundaries: a name starts after the last verb, preposition,
// conjunction, adverb, pronoun or particle before its suffix (要求|国家高新区 → generic;
// 推进|天津先进技术研究院 → named). Verbs that occur inside names (创新, 研究, 联合 …) don't stop it,
// nor a one-character adverb or numeral tag inside a name (均胜汽车电子集团, 华元生物制药集团).
// A two-character verb inside a noun phrase (长电先进封装|集团, 以聚变|能源研究院) gives a weak cut:
// callers skip it when it leaves only a suffix, a field word or two characters (显示|技术研究院).
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;
function instance(): Jieba {
  if (!jieba) jieba = Jieba.withDict(dict);
  return jieba;
}

const STOP_TAGS = /^(v|vd|vi|p|c|d|r|u|uj|ul|uz|ug|uv|ud|y|e|o|m)$/;
const NAME_VERBS = new Set(
  '创新 研究 发展 合作 协同 联合 交互 共融 制造 检测 应用 服务 计算 转化 孵化 设计 制备 试验 实验 监测 管理 运营 示范 引领 融合 保障 教育 处理 测试 评审 探采 利用 生产 研发 开发 工程 集成 育成 培养 加工 焊接 创业 互联 感知 控制 装配 交易 传感 分析 合成 存储 通信 支付 到家 量子 驱动 智造 通用 伟业 康复 安防 网联 通 智慧 泛在 融通 人机 清科 动力 天开 协和 再生 育种 繁育 制种 种植 养殖 育苗'.split(' '),
);
/** Single-character function words that end a phrase; other one-character stop tags (均, 元 …) occur inside names. */
const ONE_CHAR_STOPS = new Set('在以由对为的将把被从向于与和及并或也都还就又再更最已让使给其之等各该此这那了着过是有'.split(''));
/**
 * Words that end in a one-character function word yet open a noun phrase (泛在感知, 潜在市场, 碳中和):
 * the function word inside them is no name boundary (筹建泛在|感知技术创新中心 is one name).
 */
export const BOUND_WORDS = new Set(['泛在', '潜在', '内在', '外在', '中和', '自由']);

/** Content tags (what may follow a verb that opens a name). */
const CONTENT_TAG = /^(n|nr|ns|nt|nz|nrt|nrfg|x|a|b|s|j|l|i|eng|vn|an|f|g)$/;

/** A numeral or quantity (一批, 首批, 三大, 五年), not a name that starts with a digit character (八角湾). */
const NUMERAL = /^[0-9０-９一二三四五六七八九十百千万亿两几多数第首每全若]+[个大批项家类种条所名位次年月日倍成届期轮%]?$/;

/** Characters given to the segmenter by nameStarts so far (its work: the cost of a call grows with its text). */
let tagged = 0;
/** How many characters nameStarts has segmented since the process started (cache hits cost nothing). */
export function taggedCharacters(): number {
  return tagged;
}

const cache = new Map<string, number[]>();
const weakCache = new Map<string, Set<number>>();
const endsCache = new Map<string, Set<number>>();
const CACHE_MAX = 20_000;

/** Positions in `s` where a name may start (after a stop word), ascending; always includes 0. */
export function nameStarts(s: string): number[] {
  const hit = cache.get(s);
  if (hit) return hit;
  const cuts = [0];
  const weak = new Set<number>();
  const inner = new Set<number>();
  let pos = 0;
  let prev: { word: string; tag: string; stop: boolean } | undefined;
  tagged += s.length;
  const toks = instance().tag(s, true);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const next = toks[k + 1];
    const end = pos + t.word.length;
    // (a noun the dictionary knows — 将军庙/n, 和平/nz — has its inside; not a word the segmenter guessed, 以崖州湾/x,
    // nor a position word, 以西/f in 以西王集团)
    // (…of three characters or more: a two-character noun opened by a trigger's character, 以利/ns in 以利华益集团为龙头,
    // is as often the trigger and a name's first character)
    if (/^(n|ns|nz|nt)$/.test(t.tag) && t.word.length >= 3) for (let q = pos + 1; q < end; q++) inner.add(q);
    const verb = /^(v|vd|vi)$/.test(t.tag);
    let stop =
      STOP_TAGS.test(t.tag) &&
      !NAME_VERBS.has(t.word) &&
      !(verb && (t.word.length > 2 || t.word.length === 1)) &&
      !(t.tag === 'm' && (/^[A-Za-z0-9]+$/.test(t.word) || !NUMERAL.test(t.word)));
    if (stop && t.word.length === 1 && !ONE_CHAR_STOPS.has(t.word)) stop = false;
    // 中国第一汽车集团, 中国电子科技集团公司第五十八研究所: an ordinal after a content word is inside a name
    if (stop && /^第[一二三四五六七八九十百\d]+$/.test(t.word) && prev && !prev.stop) stop = false;
    if (stop && t.word.length === 1 && BOUND_WORDS.has(s.slice(pos - 1, end))) stop = false;
    // 王守义|十三|香调味品集团, 锦州|七七七|微电子, 中核|二七|二|铀业: a bare Chinese numeral (no classifier: 十三家 and
    // 三大 are one word with theirs) between a proper word — a person's, a place's, a brand's — and a word of the name is
    // inside a trade name, no count (a count of firms or things takes its classifier)
    if (stop && t.tag === 'm' && /^[一二三四五六七八九十百千]{1,4}$/.test(t.word) && prev && !prev.stop && (/^(nr|nrt|nrfg|ns|nz|x)$/.test(prev.tag) || prev.tag === 'm') && prev.word.length >= 2 - (prev.tag === 'm' ? 1 : 0) && next && (CONTENT_TAG.test(next.tag) || next.tag === 'm') && /^[\u3400-\u9fff]/.test(next.word)) stop = false;
    // 云南省|三七|资源…实验室, 建设|三七|提取物产业园: two digit characters with no classifier after them and a
    // noun next are a crop's or product's name (三七), not a quantity (三五|家 has its classifier)
    if (stop && t.tag === 'm' && /^[一二三四五六七八九]{2}$/.test(t.word) && next && /^(n|nz|vn)$/.test(next.tag) && next.word.length >= 2) stop = false;
    // 中国鞋|都|产业园, 闽|都|创新实验室: 都 after a one-character noun or a place's short name is a city's
    // nickname (鞋都, 瓷都, 闽都), inside the name
    if (stop && t.word === '都' && prev && !prev.stop && prev.word.length === 1 && /^(n|ng|j|ns)$/.test(prev.tag) && next && (CONTENT_TAG.test(next.tag) || NAME_VERBS.has(next.word))) stop = false;
    // 预制|菜|产业学院, 腌制|品: a two-character verb before a one-character noun that a noun follows
    // makes one word with it (预制菜); the name runs on through the verb
    const after1 = toks[k + 2];
    if (stop && verb && t.word.length === 2 && next && next.word.length === 1 && next.tag === 'n' && /^[\u3400-\u9fff]$/.test(next.word) && after1 && /^(n|nz|vn)$/.test(after1.tag) && after1.word.length >= 2) stop = false;
    // 以|聚变|能源研究院 为…: a verb opening the noun phrase of 以/由 … is part of the name

    // (a space between two Latin words is inside a name: Mini/Micro LED, Wi-Fi 7)
    const latinSpace = /^\s+$/.test(t.word) && /[A-Za-z0-9/]$/.test(s.slice(0, pos)) && /^[A-Za-z0-9]/.test(s.slice(end));
    const punct = /^[、，,。;；:：“”"\s]+$/.test(t.word) && !latinSpace;
    if (stop || punct) cuts.push(end);
    // 长电先进|封装|集团: a two-character verb right after a content word may be part of the name
    if (stop && verb && t.word.length === 2 && prev && !prev.stop && CONTENT_TAG.test(prev.tag) && /^[\u3400-\u9fff]/.test(prev.word) && !/化$/.test(prev.word)) weak.add(end);
    // 四川|久远|集团: a two-character word tagged as an adverb right before a suffix may be the trade name
    if (stop && t.tag === 'd' && t.word.length === 2 && /^[\u3400-\u9fff]+$/.test(t.word)) weak.add(end);
    // 支持|兴发|集团: a two-character verb right before a firm's legal word is its trade name (兴发, 振华, 腾飞)
    if (stop && verb && t.word.length === 2 && next && /^(集团|公司|股份|有限公司|控股)$/.test(next.word)) weak.add(end);
    // 正|和|集团: a one-character joiner right before a firm's legal word, after one character, may be inside the
    // trade name (a joiner between two names has a name before it, not one character)
    if (stop && t.tag === 'c' && t.word.length === 1 && prev && prev.word.length === 1 && next && /^(集团|公司|股份|有限公司|控股)$/.test(next.word)) weak.add(end);
    // 以|聚变|能源研究院 为…: a verb opening the noun phrase of 以/由 may be part of the name
    if (stop && verb && t.word.length === 2 && prev && (prev.word === '以' || prev.word === '由') && next && CONTENT_TAG.test(next.tag)) weak.add(end);
    prev = { word: t.word, tag: t.tag, stop: stop || punct };
    pos = end;
  }
  const out = [...new Set(cuts)].sort((a, b) => a - b);
  if (cache.size >= CACHE_MAX) {
    cache.clear();
    weakCache.clear();
    endsCache.clear();
  }
  cache.set(s, out);
  weakCache.set(s, weak);
  endsCache.set(s, inner);
  return out;
}

/** The words of `s` with their part-of-speech tags (jieba). */
export function words(s: string): { word: string; tag: string }[] {
  return instance().tag(s, true);
}

/** Cuts of nameStarts(s) made after a two-character verb inside a noun phrase (长电先进封装|集团). */
export function weakNameStarts(s: string): Set<number> {
  if (!weakCache.has(s)) nameStarts(s);
  return weakCache.get(s) ?? new Set();
}

/** Positions inside a dictionary noun of `s` (将军庙 is one noun: the position after its 将 is inside it). */
export function insideWords(s: string): Set<number> {
  if (!endsCache.has(s)) nameStarts(s);
  return endsCache.get(s) ?? new Set();
}
