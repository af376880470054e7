// Jurisdictions: which district or zone a document belongs to (from its issuer and title), and which
// jurisdiction a department named in it belongs to (市X → the city; 滨海新区政府 → 滨海新区; otherwise
// the document's own). See seeds/lexicon/jurisdictions.tsv.
import type { JurisdictionEntry, Lexicon } from '../lexicon/index.ts';
import type { DocumentMeta } from '../types.ts';

function cityShort(city: string): string {
  return city.replace(/(市|省)$/, '');
}

const aliasCache = new WeakMap<Lexicon, Map<string | undefined, { alias: string; j: JurisdictionEntry }[]>>();

/** Jurisdiction aliases usable for a document of `city`, longest first (computed once per lexicon and city; callers only read). */
function jurisdictionAliases(lex: Lexicon, city?: string): readonly { alias: string; j: JurisdictionEntry }[] {
  let byCity = aliasCache.get(lex);
  if (!byCity) aliasCache.set(lex, (byCity = new Map()));
  let out = byCity.get(city);
  if (!out) byCity.set(city, (out = computeAliases(lex, city)));
  return out;
}

function computeAliases(lex: Lexicon, city?: string): { alias: string; j: JurisdictionEntry }[] {
  const out: { alias: string; j: JurisdictionEntry }[] = [];
  for (const j of lex.jurisdictions) {
    for (const alias of [j.canonical, ...j.aliases]) {
      // short aliases (高新区, 新区 …) only apply within their own city
      const short = alias.length <= 3 && !alias.startsWith(cityShort(j.city));
      if (short && j.city !== '*' && city && j.city !== city) continue;
      if (short && j.city !== '*' && !city) continue;
      out.push({ alias, j });
    }
  }
  return out.sort((a, b) => b.alias.length - a.alias.length);
}

/** An area's kind word alone (开发区, 高新区, 园区 …): no jurisdiction's name. */
const BARE_AREA = /^(?:开发区|经开区|高新区|新区|园区|工业园区|片区|辖区|城区|市区|社区|景区|功能区|示范区|保税区|综保区|自贸区|试验区|合作区|新城)$/;

/** Infers {jurisdiction, city} from an issuer or title: 津南区人民政府 → 津南区/天津市. */
export function inferJurisdiction(
  texts: (string | undefined)[],
  lex: Lexicon,
): { jurisdiction?: string; city?: string } {
  const joined = texts.filter(Boolean).join('\n');
  let city: string | undefined;
  if (/天津|^津|\n津/.test(joined)) city = '天津市';
  else {
    // a province-level autonomous region: 广西壮族自治区, 内蒙古自治区 (its bodies are 自治区X厅)
    for (const t of texts) {
      // (a year, a quote or a book title may follow: 内蒙古自治区2026年…工作要点, 广西壮族自治区“十四五”…)
      const a = t?.match(/^(?:中共)?([\u4e00-\u9fa5]{2,8}?自治区)(?=[\u4e00-\u9fa5“"《（(\d０-９])/);
      // (not 宁夏回族自治区银川市…: a city of the region)
      if (a && !/[市州县]/.test(a[1]!) && !new RegExp(`^(?:中共)?${a[1]}[\\u4e00-\\u9fa5]{1,5}?(?:市|州|盟|地区|县)`).test(t!)) return { jurisdiction: a[1]!, city: a[1]! };
    }
    // (a title may open with its city and then a quote, a book title or a year: 常州市“十四五”…, 六盘水市《…》
    // 新闻发布会实录, 温州市2026年…; a 解读 quotes the whole title: 《吉林省…若干措施》政策解读; an autonomous
    // prefecture is a 州: 文山州三七产业链…方案)
    for (const t of texts) {
      // (four characters too: 呼和浩特市, 鄂尔多斯市; never 市场: 关于加快市场…)
      const m = t?.match(/^(?:中共)?[《“"]?(?!关于)([\u4e00-\u9fa5]{2,4}?[市省州])(?!场)(?=[\u4e00-\u9fa5“"《（(\d０-９])/);
      if (m) {
        city = m[1]!;
        break;
      }
    }
  }
  for (const t of texts) {
    if (!t) continue;
    let best: { at: number; len: number; j: JurisdictionEntry } | undefined;
    for (const { alias, j } of jurisdictionAliases(lex, city)) {
      if (j.canonical === city) continue;
      const at = t.indexOf(alias);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && alias.length > best.len)) best = { at, len: alias.length, j };
    }
    if (best) {
      if (!city && best.j.city !== '*') city = best.j.city;
      return { jurisdiction: best.j.canonical, city };
    }
    // generic: 北京市海淀区人民政府 → 海淀区
    const g = t.match(/(?:^|[市省])([\u4e00-\u9fa5]{2,4}?(?:新区|区|县))(?:人民政府|政府|委员会|管委会|管理委员会|[\u4e00-\u9fa5]{0,8}(?:局|委|办))/);
    // (开发区管委会 / 园区管委会: the kind word of the zone the page is about names no place)
    if (g && !BARE_AREA.test(g[1]!)) return { jurisdiction: g[1]!, city };
    // a zone run by its own 管委会: 苏州工业园区管理委员会 → 苏州工业园区
    const z = t.match(/^(?:[\u4e00-\u9fa5]{2,3}?[省市](?=[\u4e00-\u9fa5]{4}))?([\u4e00-\u9fa5]{2,12}?(?:工业园区|园区|开发区|新区|高新区|保税区|综保区|试验区|合作区|示范区|新城))(?:管理委员会|管委会)/);
    if (z && !BARE_AREA.test(z[1]!)) return { jurisdiction: z[1]!, city };
    // a title that starts with its district or county: 南京市江宁区“十四五”…规划, 南城县促进…方案
    const h = t.match(/^(?:中共)?(?:[\u4e00-\u9fa5]{2,3}?[省市])?([\u4e00-\u9fa5]{2,3}?(?:新区|区|县))(?=[\u4e00-\u9fa5“"《\s])/);
    if (h && !BARE_AREA.test(h[1]!) && !/^(?:全|本|我|各|城|市|地|园|社|辖|景|片|开发|功能)/.test(h[1]!)) return { jurisdiction: h[1]!, city };
  }
  return city ? { jurisdiction: city, city } : {};
}

/** 市场监管局 does not start with the 市 prefix; 市科技局 does. */
export function hasLevelChar(name: string, ch: string, stems: string[]): boolean {
  if (!name.startsWith(ch)) return false;
  // a stem that itself starts with the char (市场监管) means there is no prefix
  return !stems.some((s) => s.startsWith(ch) && name.startsWith(s));
}

/**
 * The jurisdiction a department belongs to, as named in a document of `meta`:
 * 市X → city; names carrying their own zone → that zone; otherwise the document's jurisdiction.
 */
export function departmentJurisdiction(name: string, meta: DocumentMeta, lex: Lexicon): string {
  const docJ = meta.jurisdiction ?? meta.city ?? '未知';
  const city = meta.city;
  // names carrying their own zone first: 天津市滨海新区人民政府 → 滨海新区, 高新区税务局 → 滨海高新区
  for (const { alias, j } of jurisdictionAliases(lex, city)) {
    if (name.startsWith(alias) && name.length > alias.length) return j.canonical;
  }
  if (city && (name.startsWith(city) || name.startsWith(cityShort(city)))) return city;
  if (hasLevelChar(name, '市', lex.stems)) return city ?? '市';
  if (hasLevelChar(name, '省', lex.stems)) return city && city.endsWith('省') ? city : '省';
  if (name.startsWith('自治区') && name.length > 4) return city && city.endsWith('自治区') ? city : '自治区';
  if (/^(国家|国务院|中央)/.test(name)) return '国家';
  // (the government of a place is that place's: 苏仙区人民政府 → 苏仙区; in a province's document a city's
  // or league's too: 包头市人民政府 → 包头市, 锡林郭勒盟行政公署 is no government of this form)
  const g = name.match(/^([\u4e00-\u9fa5]{2,4}?(?:新区|区|县|市|盟|州))(?:人民政府|政府)$/);
  // (no place by a generic qualifier or by level words alone: 所在市 / 当地市 / 设区的市 / 地级市 / 县级市 / 自治州 / 市区县)
  if (g && !/^(?:有关|相关|各|本|全|所在|当地|属地|所属|辖区|设区的|地级|县级|自治)/.test(g[1]!) && !/^[省市区县盟州]+$/.test(g[1]!)) return g[1]!;
  return docJ;
}
