// Document metadata: the front matter of a 通知 wrapping the policy (关于印发《…》的通知 … date), the
// title, issuer, date, 文号 and jurisdiction, then curated metadata (meta.json) and the context's
// default jurisdiction over what was inferred.
import { inferJurisdiction } from '../departments/jurisdictions.ts';
import type { IngestContext } from '../context.ts';
import type { Lexicon } from '../lexicon/index.ts';
import type { DocumentMeta } from '../types.ts';
import { lineText, type Line } from './lines.ts';
import { markerOf, SENTENCE_END } from './markers.ts';
import { parseDate } from './numerals.ts';

const ORG_NAME = /(人民政府|政府|办公室|办公厅|委员会|管委会|管理委员会|局|厅|委|办|部|署|中心|院)$/;
const DATE_LINE = /^(?:\d{4}年\d{1,2}月\d{1,2}日|[〇零O○0一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$/;
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,16}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*第?\s*\d{1,4}\s*号/;
/** A 文号 alone on its line, without the issuer's short name: 〔2026〕5号. */
const BARE_DOC_NUMBER = /^[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*第?\s*\d{1,4}\s*号$/;
/** The issuer and the date on one line under the title (呼和浩特市发展和改革委员会  2026年2月). */
const ISSUER_DATE = /^([\u4e00-\u9fa5（）()]{2,30}?)\s{2,}(\d{4}年\d{1,2}月(?:\d{1,2}日)?)$/;
const BOILERPLATE = /^(当前位置|首页|字号|扫一扫|分享|打印|关闭|发布日期|发布时间|来源|信息来源|浏览次数|索引号|主办单位|网站标识码|备案序号|联系方式|【|•|·)/;

export interface FrontMatter {
  /** first line index of the body */
  bodyLine: number;
  noticeTitle?: string;
  noticeLines?: [number, number];
  dateLine?: number;
}

export function findFrontMatter(text: string, norm: string, lines: Line[]): FrontMatter {
  const nonEmpty = lines.filter((l) => l.ce > l.cs);
  const head = nonEmpty.slice(0, 12);
  let fm: FrontMatter = { bodyLine: 0 };
  const k1 = head.findIndex((l) => /关于/.test(lineText(norm, l)) && l.ce - l.cs <= 80);
  if (k1 < 0) return fm;
  let k2 = -1;
  for (let k = k1; k < Math.min(head.length, k1 + 4); k++) {
    if (/(通知|通告|批复|决定|意见|函)$/.test(lineText(norm, head[k]!))) {
      k2 = k;
      break;
    }
  }
  if (k2 < 0) return fm;
  const noticeTitle = head
    .slice(k1, k2 + 1)
    .map((l) => lineText(text, l))
    .join('');
  fm = { bodyLine: head[k2]!.index + 1, noticeTitle, noticeLines: [head[k1]!.index, head[k2]!.index] };
  // the notice ends with its date (and 此件主动公开 / 附件 lines); the attached policy follows
  for (let i = head[k2]!.index + 1; i < Math.min(lines.length, head[k2]!.index + 40); i++) {
    const t = lineText(norm, lines[i]!).replace(/\s/g, '');
    if (/^[一二三四五六七八九十]+、|^第[一二三四五六七八九十]+[章条]/.test(t)) break;
    // (a date with no policy after it is the document's own signature: 关于…的实施意见 … 2026年3月10日)
    if (DATE_LINE.test(t) && !hasBodyAfter(norm, lines, i)) break;
    if (DATE_LINE.test(t)) {
      fm.dateLine = i;
      let b = i + 1;
      while (b < lines.length) {
        const u = lineText(norm, lines[b]!).replace(/\s/g, '');
        if (u === '' || /^\(此件.*\)$/.test(u) || /^附件\d*[:]?$/.test(u) || /^(抄送|印发|联系人|联系电话)/.test(u)) b++;
        else break;
      }
      fm.bodyLine = b;
      break;
    }
  }
  return fm;
}

/** Some text after line i that is not end matter (抄送, 印发, 此件公开, a date): a numbered line, a sentence or a long line. */
function hasBodyAfter(norm: string, lines: Line[], i: number): boolean {
  for (let k = i + 1; k < lines.length; k++) {
    const u = lineText(norm, lines[k]!).replace(/\s/g, '');
    if (isEndMatter(u) || /^(抄送|印发|联系人|联系电话)/.test(u)) continue;
    if (u.length >= 20 || SENTENCE_END.test(u) || markerOf(u)) return true;
  }
  return false;
}

/** Lines that end a measure: signature date, 附件, 此件公开, 抄送. */
export function isEndMatter(t: string): boolean {
  const u = t.replace(/\s/g, '');
  return (
    DATE_LINE.test(u) ||
    /^\(此件.*\)$/.test(u) ||
    /^附件\d*[:]?/.test(u) ||
    /^(抄送|印发)[:]/.test(u) ||
    /^(主办单位|承办单位|网站标识码|备案序号|联系方式|版权所有|技术支持|网站地图)[:]?/.test(u)
  );
}

/**
 * The document's metadata: inferred from its text, then curated values (meta.json) over it, then the
 * context's jurisdiction for a document that names none.
 */
export function documentMeta(
  text: string,
  norm: string,
  lines: Line[],
  fm: FrontMatter,
  ctx: IngestContext,
  curated?: Partial<DocumentMeta>,
): DocumentMeta {
  const inferred = inferMeta(text, norm, lines, fm, ctx.lexicon);
  const meta: DocumentMeta = { ...inferred };
  for (const [k, v] of Object.entries(curated ?? {})) if (v !== undefined && v !== null && v !== '') (meta as unknown as Record<string, unknown>)[k] = v;
  if (curated?.jurisdiction && !curated.city && !inferred.city) {
    const j = inferJurisdiction([curated.jurisdiction], ctx.lexicon);
    if (j.city) meta.city = j.city;
  }
  if (!meta.jurisdiction && ctx.jurisdiction) {
    meta.jurisdiction = ctx.jurisdiction;
    const j = inferJurisdiction([ctx.jurisdiction], ctx.lexicon);
    if (!meta.city && j.city) meta.city = j.city;
  }
  return meta;
}

function inferMeta(text: string, norm: string, lines: Line[], fm: FrontMatter, lexicon: Lexicon): DocumentMeta {
  const first = lines.slice(0, 40).filter((l) => l.ce > l.cs);
  const title = inferTitle(text, norm, lines, first, fm);
  const signed = inferDate(norm, lines, first, fm);
  const issuer = inferIssuer(norm, lines, first, fm) ?? signed.signer;
  const docNumber = inferDocNumber(text, norm, first);
  const meta: DocumentMeta = { title };
  if (issuer) meta.issuer = issuer;
  if (signed.date) meta.date = signed.date;
  if (docNumber) meta.docNumber = docNumber.replace(/\s/g, '');
  const j = inferJurisdiction([issuer, title, fm.noticeTitle, first.slice(0, 6).map((l) => lineText(norm, l)).join('\n')], lexicon);
  if (j.jurisdiction) meta.jurisdiction = j.jurisdiction;
  if (j.city) meta.city = j.city;
  return meta;
}

/** The policy's title: from the notice (关于印发《X》的通知 → X), else the first heading lines (often broken over 2–3 lines). */
function inferTitle(text: string, norm: string, lines: Line[], first: Line[], fm: FrontMatter): string {
  let title = '';
  if (fm.noticeTitle) {
    const quoted = fm.noticeTitle.match(/关于(?:印发|转发|发布|颁布)《(.+)》/);
    const plain = fm.noticeTitle.match(/关于(?:印发|转发|发布|颁布)(.+?)的(?:通知|通告)$/);
    title = quoted?.[1] ?? plain?.[1] ?? fm.noticeTitle;
  }
  if (!title) {
    const parts: string[] = [];
    for (const l of first) {
      const t = lineText(norm, l);
      // (a 文号 or the issuer and date under the title are no part of it)
      if (BOILERPLATE.test(t) || /文件$/.test(t) || DOC_NUMBER.test(t) || BARE_DOC_NUMBER.test(t) || DATE_LINE.test(t.replace(/\s/g, '')) || issuerDate(t)) {
        if (parts.length) break;
        continue;
      }
      if (t.length > 60 || SENTENCE_END.test(t) || markerOf(t)) break;
      parts.push(lineText(text, l));
      const next = lines[l.index + 1];
      if (!next || next.ce === next.cs || parts.length >= 3) break;
    }
    title = parts.join('');
  }
  return title.replace(/\s{2,}/g, ' ').trim();
}

/** The issuer: the line above the notice's date, a red-header …文件 line, the notice's subject, or a 来源： label. */
function inferIssuer(norm: string, lines: Line[], first: Line[], fm: FrontMatter): string | undefined {
  if (fm.dateLine !== undefined) {
    for (let i = fm.dateLine - 1; i >= 0 && i >= fm.dateLine - 4; i--) {
      const line = lines[i];
      const t = line ? lineText(norm, line) : '';
      if (!t) continue;
      if (t.length <= 30 && ORG_NAME.test(t) && !/[,:;。]/.test(t)) return t;
      break;
    }
  }
  const f = first.slice(0, 3).map((l) => lineText(norm, l)).find((t) => /^[\u4e00-\u9fa5]{4,30}文件$/.test(t));
  if (f) return f.replace(/文件$/, '');
  for (const l of first.slice(1, 4)) {
    const org = issuerDate(lineText(norm, l))?.[1];
    if (org) return org;
  }
  const subject = fm.noticeTitle?.match(/^(.{2,30}?)关于/)?.[1];
  if (subject && ORG_NAME.test(subject)) return subject.trim();
  for (const l of first.slice(0, 15)) {
    const m = lineText(norm, l).match(/(?:来源|发布机构|发文机关|发文单位)\s*[:]\s*([\u4e00-\u9fa5（）()]{2,30})/);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/** An issuer + gap + date line: [line, issuer, date] (the issuer must read as an organisation). */
function issuerDate(t: string): RegExpExecArray | undefined {
  const m = ISSUER_DATE.exec(t);
  return m && ORG_NAME.test(m[1]!) ? m : undefined;
}

/**
 * The date: the notice's date line, a labelled date near the top, or a date line at the end (with the
 * body signing above it, which is the issuer when nothing else named one).
 */
function inferDate(norm: string, lines: Line[], first: Line[], fm: FrontMatter): { date?: string; signer?: string } {
  const lt = (i: number) => {
    const line = lines[i];
    return line ? lineText(norm, line) : '';
  };
  if (fm.dateLine !== undefined) {
    const date = parseDate(lt(fm.dateLine));
    if (date) return { date };
  }
  for (const l of first.slice(0, 20)) {
    // (a web page's info line: 来源：…　发布时间：2026-04-12 10:00　【字体：大 中 小】)
    const m = lineText(norm, l).match(/(?:发布日期|成文日期|印发日期|发文日期|日期|发布时间|发文时间|印发时间)\s*[:]\s*(.+)$/);
    const date = m?.[1] ? parseDate(m[1]) : undefined;
    if (date) return { date };
  }
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 30; i--) {
    const t = lt(i).replace(/\s/g, '');
    if (!DATE_LINE.test(t)) continue;
    const out: { date?: string; signer?: string } = {};
    const date = parseDate(t);
    if (date) out.date = date;
    const s = i > 0 ? lt(i - 1) : '';
    if (s.length <= 30 && ORG_NAME.test(s)) out.signer = s;
    return out;
  }
  return {};
}

/** 文号: a line of its own near the top, or labelled (文号：…). */
function inferDocNumber(text: string, norm: string, first: Line[]): string | undefined {
  for (const l of first.slice(0, 15)) {
    const t = lineText(text, l);
    const lab = lineText(norm, l).match(/文号\s*[:]\s*(.+)$/);
    const labelled = lab?.[1]?.match(DOC_NUMBER)?.[0];
    if (labelled) return labelled;
    const m = t.match(DOC_NUMBER);
    if (m && m[0].length >= t.length - 2) return m[0];
    // (〔2026〕5号 alone under the title: the issuer's short name left out)
    if (BARE_DOC_NUMBER.test(lineText(norm, l))) return t;
  }
  return undefined;
}
