// Numbering markers at the start of a line: 第一章, 一、, （一）, 第三条, 1. / 1、 / 36-1, （1）, ①, a
// （一） whose opening bracket was lost, and 1）/ 4) (an arabic number with only its closing bracket). Families are ranked; the levels a document uses are the
// dense rank of the families it has (outline.ts).
import { chineseToNumber } from './numerals.ts';

export type Family = 'label' | 'bian' | 'zhang' | 'jie' | 'cn' | 'pcn' | 'tiao' | 'ar' | 'par' | 'circ';
export const FAMILY_RANK: Family[] = ['label', 'bian', 'zhang', 'jie', 'cn', 'pcn', 'tiao', 'ar', 'par', 'circ'];

export interface Marker {
  family: Family;
  number: string;
  value: number;
  /** offset (in the line) where the text after the marker starts */
  rest: number;
  /** lost opening bracket: ")着力发展…" */
  lost?: boolean;
  /** an arabic number closed by a bracket without its opening one: 4)推进… / 1）落户奖励 (outline.ts decides
   * whether it numbers a measure or a list inside one) */
  closeParen?: boolean;
  /** a section label in lenticular brackets (【产业布局】, 【一、产业链全景】, 【榆阳区】…): the offset (in the
   * line) of its closing 】, where its title ends; the heading ends after it */
  labelEnd?: number;
}

const CN_NUM = '[一二三四五六七八九十百〇零]+';
const RE_CHAPTER = new RegExp(`^第(${CN_NUM}|\\d+)(编|篇|章|节|部分)\\s*`);
/** 第三条 支持… — articles of a 条款式 document are its measures */
const RE_TIAO = new RegExp(`^第(${CN_NUM}|\\d+)条\\s*`);
const RE_CN = new RegExp(`^(${CN_NUM})\\s*[、.]\\s*`);
const RE_PCN = new RegExp(`^\\((${CN_NUM})\\)\\s*`);
/** 1. / 1、 / 36-1 / 1 支持…: the number, then its separator (group 2: a stop or 、, absent when only a space follows) */
const RE_AR = /^(\d{1,4}(?:\s?[-—–]\s?\d{1,3})?)\s*(?:([.、])(?!\d)|\s(?=[^\d\s]))\s*/;
/**
 * The largest number read as a marker: 1. … 399. always; from 400 on only with a stop or 、 (400． / 1000、),
 * never a bare number before a space (500 亿元 wrapped to the start of a line is an amount). review17 M4:
 * 1,000 numbered measures were read as 399 and items 400–1,000 silently lost.
 */
const AR_SPACE_MAX = 399;
const AR_MAX = 9999;
const RE_PAR = /^\((\d{1,3})\)\s*/;
const RE_RPAR = /^(\d{1,3})\)\s*(?=\S)/;
const RE_CIRC = /^([①-⑳])\s*/;
const RE_LOST = /^\)\s*(?=[\u4e00-\u9fa5])/;
/** 【产业布局】 / 【一、产业链全景】 / 【榆阳区】主导产业为…: a section label opening its line, short and no sentence */
const RE_LABEL = /^【([^【】。;!?]{1,20})】\s*/;
/** The fields of a chain map's lines (上游, 中游环节, 重点企业, 承载园区 …), which a line may write in lenticular brackets. */
const FIELD_LABEL = /^(?:[上中下]游(?:环节|领域)?|上中游|中下游|重点企业|代表企业|龙头企业|链主企业|配套企业|创新平台|承载园区|承载平台|细分领域|重点领域|招引方向)$/;

export function markerOf(normLine: string): Marker | undefined {
  let m = normLine.match(RE_LABEL);
  // (【上游】原料及辅料。细分领域：… / 【重点企业】A、B: a field of a chain map's line written in brackets is the line's
  // label, as 上游：… is, not a section)
  if (m && FIELD_LABEL.test(m[1]!.trim()) && m[0].length < normLine.trim().length) m = null;
  if (m) {
    // (a label numbered inside, 【一、产业链全景】, keeps its number; the title is what follows it)
    const inner = markerOf(m[1]!);
    const numbered = inner && inner.family !== 'label' && inner.rest < m[1]!.length ? inner : undefined;
    return { family: 'label', number: numbered?.number ?? '', value: numbered?.value ?? 0, rest: 1 + (numbered?.rest ?? 0), labelEnd: 1 + m[1]!.length };
  }
  m = normLine.match(RE_CHAPTER);
  if (m) {
    const fam: Family = m[2] === '章' ? 'zhang' : m[2] === '节' ? 'jie' : 'bian';
    return { family: fam, number: m[1]!, value: chineseToNumber(m[1]!) ?? 0, rest: m[0].length };
  }
  m = normLine.match(RE_TIAO);
  if (m) return { family: 'tiao', number: m[1]!, value: chineseToNumber(m[1]!) ?? 0, rest: m[0].length };
  m = normLine.match(RE_PCN);
  if (m) return { family: 'pcn', number: m[1]!, value: chineseToNumber(m[1]!) ?? 0, rest: m[0].length };
  m = normLine.match(RE_PAR);
  if (m) return { family: 'par', number: m[1]!, value: Number(m[1]), rest: m[0].length };
  m = normLine.match(RE_CN);
  if (m && !/^[一二三四五六七八九十]+[、.]\s*$/.test(normLine)) {
    const v = chineseToNumber(m[1]!);
    if (v !== undefined && v > 0) return { family: 'cn', number: m[1]!, value: v, rest: m[0].length };
  }
  m = normLine.match(RE_AR);
  if (m && normLine.length > m[0].length) {
    const number = m[1]!.replace(/\s/g, '').replace(/[—–]/g, '-');
    const value = parseInt(number, 10);
    // an amount is not a marker (500 亿元: a number before a space); 2035年 has no marker anyway
    if (value > 0 && value <= (m[2] ? AR_MAX : AR_SPACE_MAX)) return { family: 'ar', number, value, rest: m[0].length };
  }
  m = normLine.match(RE_RPAR);
  if (m && normLine.length > m[0].length) {
    const value = Number(m[1]);
    if (value > 0 && value < 400) return { family: 'ar', number: m[1]!, value, rest: m[0].length, closeParen: true };
  }
  m = normLine.match(RE_CIRC);
  if (m) return { family: 'circ', number: String(m[1]!.charCodeAt(0) - 0x2460 + 1), value: m[1]!.charCodeAt(0) - 0x2460 + 1, rest: m[0].length };
  m = normLine.match(RE_LOST);
  if (m) return { family: 'pcn', number: '', value: 0, rest: m[0].length, lost: true };
  return undefined;
}

/**
 * A row of a table flattened with commas (a CSV export pasted as text: 序号,项目名称,建设单位,… then
 * 1,乳业升级项目,某集团,…): a 序号 of one to five digits (fix30: rows from 1000 on were lost, glued to row 999), but
 * not a year (19xx, 20xx: 2026,乳业升级项目,… is a year in the first cell),
 * then at least three cells, the first not a
 * number. The one definition of such a row: read/clean.ts never joins it to the line before (on the raw
 * text, full-width digits and commas too), and its 序号 numbers it like 1. (only where such a header line
 * is found: outline.ts). The match is the 序号 and its comma; the cells are looked ahead.
 */
export const CSV_ROW = /^([\d０-９]{1,3}|(?!(?:19|20|１９|２０)[\d０-９]{2}(?![\d０-９]))[\d０-９]{4,5})\s*[,，]\s*(?=[^\d０-９\s,，][^,，]*[,，][^,，]*[,，])/;

export function csvRowMarker(normLine: string): Marker | undefined {
  const m = CSV_ROW.exec(normLine);
  if (!m) return undefined;
  const value = Number(m[1]);
  // (only below a 序号 header: a row number, never an amount; as many rows as the table has)
  return value > 0 ? { family: 'ar', number: m[1]!, value, rest: m[0].length } : undefined;
}

/** The header line of such a table: 序号,项目名称,建设单位,… (three or more short cells). */
export function isCsvHeader(normLine: string): boolean {
  const cells = normLine.split(',').map((c) => c.trim());
  return cells.length >= 3 && /^(序号|编号|序)$/.test(cells[0]!) && cells.every((c) => /^[\u4e00-\u9fa5A-Za-z（）()]{1,12}$/.test(c));
}

export const SENTENCE_END = /[。!?;]/;

/** A 目录 line: an entry with dot leaders and a page number (一、总体要求……1), or the 目录 caption. */
export function isTocLine(normLine: string): boolean {
  return /(?:…{2,}|\.{4,}|·{4,}|-{6,}|_{4,})\s*\d{1,3}\s*$/.test(normLine) || /^目\s*录$/.test(normLine.trim());
}
