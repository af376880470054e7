// Department lists inside a responsibility clause: items split at 、，；/ and line breaks with their
// offsets, collective phrases (各开发区, …成员单位) told apart, elided prefixes restored
// (省科技厅、工业和信息化厅 → 省工业和信息化厅), bracket aliases kept (市场监管局（知识产权局）), and the
// items turned into ResponsibilityMentions with a role.
import type { Role } from '../../model.ts';
import { restoreElided, splitFunctionalName } from '../departments/names.ts';
import type { ResponsibilityMention, Span } from '../types.ts';

export interface CollectiveMention extends Span {
  name: string;
}

export interface ResponsibilityClause extends Span {
  mentions: ResponsibilityMention[];
  collectives: CollectiveMention[];
  /** 以上措施责任单位：… — the clause covers the measures listed above it, not only its own. */
  scope?: 'preceding';
  /** Found inside running text (findInlineAssignments): the span is the whole sentence, quoted as evidence. */
  inline?: true;
  /** Of an inline clause: the clauses that assign (由A、B负责落实), the only part of the sentence that is no measure text. */
  parts?: Span[];
}

/** Collective phrases: not a department (各开发区, 各相关招商部门, 区自主创新工作领导小组各成员单位 …). */
export function isCollective(name: string): boolean {
  const n = name.trim();
  if (!n) return false;
  // 各X anywhere: 各开发区, 滨海新区各开发区管委会, 省直各执法部门 (no body's own name has 各 in it)
  if (/各/.test(n)) return true;
  // 市有关部门和单位, 其他相关职能部门
  if (/(有关|相关|其他)[\u4e00-\u9fa5]{0,8}(部门|单位|机构)$/.test(n)) return true;
  // 有关盟市人民政府, 相关县区政府: the governments a list leaves unnamed (no body's own name opens with 有关/相关)
  if (/^(?:有关|相关)[\u4e00-\u9fa5]{1,6}(?:人民政府|政府|管委会)$/.test(n)) return true;
  if (/(成员单位|相关单位|有关单位|有关部门|相关部门|职能部门|责任单位|招商部门|相关委办局|等单位|等部门)$/.test(n)) return true;
  // 市、区两级政府
  if (/(两级|三级)/.test(n)) return true;
  if (/的.*(单位|部门|机构|企业)$/.test(n)) return true;
  return false;
}

/** Plausible as an organisation name in a list: short, no sentence punctuation. */
export function plausibleName(n: string): boolean {
  return n.length >= 2 && n.length <= 30 && !/[。:!?“”"]/.test(n);
}

export const ORG_END = /(局|厅|委|委员会|办|办公室|部|处|署|院|所|中心|会|组|室|队|站|公司|集团|政府|行|园|馆|台|社|庭|校|学|团|盟|区|科|人|县|市|镇|街道|分局|支队|大队|协|联|联合会|关|办事处)$/;

/** A body named only by its kind (街道办事处, 乡镇人民政府, 管委会): collective after a 各 item. */
const GENERIC_UNIT = /^(?:乡镇|乡|镇|街道|街|社区|村|园区|开发区|功能区|区|县|市|旗)?(?:[(（][^)）]*[)）])?(?:人民政府|政府|街道办事处|办事处|管委会|管理委员会|村委会|居委会|部门|单位)$/;

export interface Item extends Span {
  name: string;
  /** Role marked on the item itself: 市工信局（牵头） */
  role?: Role;
  /** Another name of the body, in brackets after it: 市场监管局（知识产权局） → 知识产权局 */
  alias?: string;
}

/** Bracket text that names the same body again (知识产权局, 区互联网信息办公室), not a note or a list. */
export function isBracketAlias(inner: string): boolean {
  return inner.length >= 2 && inner.length <= 20 && ORG_END.test(inner) && !/[、,，;；:：。]/.test(inner) && !isCollective(inner) && !/^(含|包括|即|原|下同|简称)/.test(inner);
}

/**
 * Splits a department list at [start, end) of the document into items with offsets:
 * separators 、，,；; and line breaks; trailing 等/等部门 trimmed; 北辰、南开、武清区政府 completed.
 */
export function splitList(text: string, norm: string, start: number, end: number): Item[] {
  const items: Item[] = [];
  let s = start;
  const flush = (e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(norm[a]!)) a++;
    while (b > a && /\s/.test(norm[b - 1]!)) b--;
    if (norm.startsWith('由', a) && b - a > 3) a++;
    // a role marked after the name: 市工信局（牵头）
    let role: Role | undefined;
    const marked = norm.slice(a, b).match(/\((牵头|主责|负责|配合|参与|参加|协办|协助)\)$/);
    if (marked && b - a - marked[0].length >= 2) {
      role = marked[1] === '牵头' || marked[1] === '主责' ? 'lead' : marked[1] === '负责' ? 'responsible' : 'support';
      b -= marked[0].length;
      while (b > a && /\s/.test(norm[b - 1]!)) b--;
    }
    // an alias in brackets after the name: 市场监管局（知识产权局）, 区科委（中关村科学城管委会）: the
    // name is the item, the bracket text one more name of the same body (kept as an alias)
    let alias: string | undefined;
    if (norm[b - 1] === ')') {
      const open = norm.lastIndexOf('(', b - 1);
      if (open - a >= 2 && ORG_END.test(norm.slice(a, open).trim()) && !/^各/.test(norm.slice(a, open).trim())) {
        const inner = text.slice(open + 1, b - 1).replace(/\s+/g, '');
        if (isBracketAlias(inner)) alias = inner;
        b = open;
        while (b > a && /\s/.test(norm[b - 1]!)) b--;
      }
    }
    let raw = text.slice(a, b);
    const tail = raw.match(/等(?:部门|单位)?$/);
    if (tail && raw.length - tail[0].length >= 2) {
      b -= tail[0].length;
      raw = text.slice(a, b);
    }
    if (b <= a) return;
    // names separated only by blanks: 市工信局  市国资委 (a stray blank inside one name stays: 市 科技局)
    const parts = [...norm.slice(a, b).matchAll(/\S+/g)];
    if (parts.length > 1 && parts.every((p) => p[0].length >= 3 && ORG_END.test(p[0]) && !/(省|市|区|县|镇|乡)$/.test(p[0]))) {
      for (const p of parts) items.push({ name: text.slice(a + p.index!, a + p.index! + p[0].length), start: a + p.index!, end: a + p.index! + p[0].length });
      return;
    }
    const item: Item = { name: raw.replace(/\s+/g, ''), start: a, end: b };
    if (role) item.role = role;
    if (alias) item.alias = alias;
    items.push(item);
  };
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = norm[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '\n' || (depth === 0 && '、,;/'.includes(c))) {
      depth = 0;
      flush(i);
      s = i + 1;
    }
  }
  flush(end);
  // suffix shared by a list: 北辰、南开、武清区政府 → 北辰区政府、南开区政府、武清区政府
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (ORG_END.test(it.name) || it.name.length > 4 || isCollective(it.name)) continue;
    for (let k = i + 1; k < items.length; k++) {
      const m = items[k]!.name.match(/(区|县|市|镇|乡)(人民政府|政府|管委会)$/);
      if (m && items[k]!.name.length - m[0].length >= 2) {
        it.name = it.name + m[0];
        break;
      }
      if (ORG_END.test(items[k]!.name)) break;
    }
  }
  // zones sharing the body of the last one: 天津经济技术开发区、滨海高新区、东疆综保区管委会 /
  // 西青区、东丽区人民政府 → each zone's 管委会 / 人民政府
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (!ZONE_END.test(it.name) || isCollective(it.name) || it.name.length < 3) continue;
    for (let k = i + 1; k < items.length; k++) {
      const next = items[k]!.name;
      const m = next.match(ZONE_BODY);
      if (m && ZONE_END.test(next.slice(0, next.length - m[0].length))) {
        it.name = it.name + m[0];
        break;
      }
      if (!ZONE_END.test(next) || isCollective(next)) break;
    }
  }
  return items;
}

const ZONE_END = /(?:区|县|市|旗|新城|园区|开发区|高新区|保税区|综保区|自贸区|示范区|合作区|试验区)$/;
const ZONE_BODY = /(?:人民政府|政府|管委会|管理委员会)$/;

/**
 * The alias with the level prefix of the name it follows when it was left out:
 * 市市场监管局（知识产权局） → 市知识产权局; 区委网信办（区互联网信息办公室） stays as written. The mention
 * keeps both the alias as written and this form.
 */
function bracketAlias(name: string, alias: string, stems: string[]): string {
  const own = splitFunctionalName(alias, stems);
  if (!own || own.prefix) return alias;
  // a party organ's prefix (市委组织部（人才办）) is not carried: its alias may be a government office
  const prefix = splitFunctionalName(name, stems)?.prefix;
  if (!prefix || !/^(省|市|区|县)$/.test(prefix)) return alias;
  return prefix + alias;
}

export function toMentions(
  text: string,
  items: Item[],
  role: Role,
  out: ResponsibilityClause,
  stems: string[],
): void {
  const restored = restoreElided(
    items.map((i) => i.name),
    stems,
  );
  let distributive = false;
  const markedLead = items.some((it) => it.role === 'lead');
  items.forEach((it, k) => {
    // 各乡镇人民政府、街道办事处: 各 distributes over the generic bodies that follow it
    if (isCollective(it.name) || (distributive && GENERIC_UNIT.test(it.name))) {
      if (/^各/.test(it.name)) distributive = true;
      out.collectives.push({ name: it.name, start: it.start, end: it.end });
      return;
    }
    distributive = false;
    if (!plausibleName(it.name)) return;
    // 市工信局（牵头）、市科技局: beside an item marked as lead the others assist
    const r = it.role ?? (role === 'responsible' && markedLead ? 'support' : role);
    const mention: ResponsibilityMention = { name: restored[k]!, surface: text.slice(it.start, it.end), role: r, start: it.start, end: it.end };
    if (it.alias) mention.aliases = [...new Set([it.alias, bracketAlias(restored[k]!, it.alias, stems)])];
    out.mentions.push(mention);
  });
}
