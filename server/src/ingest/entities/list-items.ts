// The text of one list item as an industry: trimmed of brackets and quotes, of what follows the
// industry's name (…研发和生产, …环节), split at 和/及 when both sides are industries.
import type { Mention } from './enumerations.ts';
import { isGenericWord } from './typing.ts';

export function trim(text: string, sp: { start: number; end: number }, offset: number) {
  let { start, end } = sp;
  const t = text.slice(start - offset, end - offset);
  const open = (t.match(/[(（]/g) ?? []).length;
  const close = (t.match(/[)）]/g) ?? []).length;
  if (close > open && /[)）]$/.test(t)) end--;
  if (open > close) start += Math.max(t.lastIndexOf('('), t.lastIndexOf('（')) + 1;
  while (start < end && /[\s“”"‘’《》]/.test(text[start - offset]!)) start++;
  while (end > start && /[\s“”"‘’《》]/.test(text[end - 1 - offset]!)) end--;
  return { start, end };
}

/**
 * Split an industry-list item at 和/及 when both sides are plausible industries and no known
 * industry spans the joiner (细胞和基因治疗 stays whole; 与 joins inside names: 回收与综合利用).
 */
export function splitIndustryPair(text: string, sp: { start: number; end: number }, offset: number, known: Mention[]): { start: number; end: number }[] {
  const s = text.slice(sp.start - offset, sp.end - offset);
  for (let i = 2; i < s.length - 2; i++) {
    const pos = sp.start + i;
    // 与 joins inside names (回收与综合利用, 脑科学与类脑研究) unless a known industry ends or starts at it:
    // 云计算与人工智能平台服务, 储能与电池材料
    if (s[i] === '与') {
      if (!known.some((m) => m.label === 'Industry' && (m.end === pos || m.start === pos + 1))) continue;
    } else if (!'和及'.includes(s[i]!) || (i < 3 && !known.some((m) => m.label === 'Industry' && m.start === sp.start && m.end === pos))) continue;
    // (a known term across the joiner blocks the split, unless words run on both sides of it: 干|细胞和基因|编辑药物)
    if (known.some((m) => m.start < pos && m.end > pos + 1 && (m.start === sp.start || m.end === sp.end))) continue;
    const left = s.slice(0, i);
    const right = s.slice(i + 1);
    if (/^(生产|制造|研发|应用|服务|销售|运营|推广|示范|产业化)$/.test(right)) continue;
    if (plausibleIndustry(left) && plausibleIndustry(right)) return [{ start: sp.start, end: pos }, { start: pos + 1, end: sp.end }];
  }
  return [sp];
}

/** Words that qualify a market, not a product line: 海外市场, 国内外市场, 终端应用市场, 高端市场. */
export const MARKET_QUALIFIER = /^(海外|国际|国内|国内外|境外|全球|新兴|下游|终端|应用|终端应用|消费|高端|中高端|低端|细分|本地|区域|多元|增量|存量|更大|广阔|潜在|新|多元化|外部|内需|一带一路|城乡|农村|县域|政府|行业|企业|个人|家庭|民用|军用)+$|(的|应用$|场景$)/;

export function plausibleIndustry(s: string): boolean {
  // a Latin word counts as one character (Mini/Micro LED芯片, SiC/GaN功率器件)
  const len = s.replace(/[A-Za-z0-9]+(?:[ /+\-][A-Za-z0-9]+)*/g, 'A').length;
  if (s.length < 2 || len > 12) return false;
  if (/^(发展|开发|探索|布局|研制|建立|推广|拓展|围绕|聚焦|面向|依托|兼容|满足|提供)|[+＋]$|的|[\d一二三四五六七八九十]大/.test(s)) return false;
  // qualities and plan words, not industries: 布局清晰、错位有序 / 发展活力与效率 / 重点项目
  if (/(目标|动力|活力|效率|实力|优势|业务|附加值|清晰|有序|核心区|两核|项目|力量|能力|水平|格局|氛围|环境|成效|质量|效益|规模|作用|地位|任务|举措|措施|机制|体系|资源|要素|优化|示范|深化|提升|升级|改革|攻坚|行动|工程)$/.test(s)) return false;
  if (/^[与和及]/.test(s)) return false;
  // (船舶电力推进系统, 电推进器: propulsion, a product word, is no plan verb)
  return !/(加强|推动|推进(?!系统|器|剂|装置)|提升|建设|实施|打造|支持|开展|实现|形成|引进|培育|完善|强化|深化|促进|构建|鼓励|加快|发挥|突破|攻关|研发投入|企业|机构|政策|[，,。;:])/.test(s);
}

/** The text of `sp` beside the known industries inside it is only generic (平台经济|新业态, 数字经济|新赛道). */
export function onlyGenericBeside(text: string, sp: { start: number; end: number }, inner: { start: number; end: number }[], offset: number): boolean {
  // a qualifier before the known term names a narrower industry (前沿|新材料, 服务|机器人)
  if (inner.length && Math.min(...inner.map((m) => m.start)) > sp.start) return false;
  let rest = '';
  let pos = sp.start;
  for (const m of [...inner].sort((a, b) => a.start - b.start)) {
    rest += text.slice(pos - offset, Math.max(pos, m.start) - offset);
    pos = Math.max(pos, m.end);
  }
  rest += text.slice(pos - offset, sp.end - offset);
  return !rest || /^(新业态|新模式|新赛道|赛道|产业|产业链|领域|行业|环节|业态|[+＋等])+$/.test(rest) || isGenericWord(rest);
}

/** Trim what follows an industry's name in a list item: 海上风电整机|研发, 动力电池生产|环节, 创新药|研发和生产. */
export function trimIndustry(text: string, sp: { start: number; end: number }, offset: number): { start: number; end: number } {
  const s = text.slice(sp.start - offset, sp.end - offset);
  // …研发和生产 / 研发制造 / 研制与产业化: the stages of making it, after its name (创新药|研发和生产)
  // …新品类 / 新产品: the novelty of a product line, after its name (厨房小家电|新品类); …配套: the supply of it
  // (引进光学镜头配套企业 → 光学镜头)
  // …批量化制造 / 规模化生产: the scale of making it (通信卫星|批量化制造)
  const m = /(的)?((研发|研制)[和与及]?(生产|制造|产业化|应用)|(?:批量化|规模化|批量|规模)(?:制造|生产)|研发|研制|攻关|环节|领域|产品研发|新品类|新产品|新品|配套)$/.exec(s);
  if (m && m[0] === '配套' && /(核心|关键|本地|重点|上游|下游|[与和及])配套$/.test(s)) return sp;
  if (m && s.length - m[0].length >= 2 && !isGenericWord(s.slice(0, s.length - m[0].length)) && !/^.{0,2}体系$/.test(s.slice(0, s.length - m[0].length))) return { start: sp.start, end: sp.end - m[0].length };
  return sp;
}

