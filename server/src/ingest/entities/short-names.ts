// Short names a document defines in brackets: 长春汽车经济技术开发区（以下简称汽开区）, 四川时代新能源科技
// 有限公司（简称“四川时代”）. The bracket is a definition, not a name of its own: whatever was read inside
// it is dropped (as is the second name of P即Q), the short form becomes an alias of the name before it, and later bare uses of the
// short form (汽开区重点发展…) resolve to that name (doc-names.ts).
import type { Mention } from './enumerations.ts';

/** （以下简称X） / （简称X） / （下称X）, X optionally quoted, right after a name. */
const DEFINITION = /^\s*[(（]\s*(?:以下简称|以下称|下称|简称)\s*[:：]?\s*[“"「]?([^”"」)）(（，,。；;、]{2,12})[”"」]?\s*[)）]/;

/** P即Q: Q a place name (…基地, …园区) closing its clause. */
const SAME_PLACE = /^即([^，,。；;、：:“”"()（）]{2,16}?(?:基地|园区|产业园|工业园|开发区|高新区|经开区|新区|片区|园))(?=[，,。；;]|$)/;

export interface ShortName {
  short: string;
  of: Mention;
}

/**
 * Reads the short-name definitions of one sentence: sets each defined name's alias, drops the
 * mentions inside the bracket, and returns the definitions (to remember for later sentences).
 */
export function shortNameDefinitions(mentions: Mention[], text: string, offset: number): ShortName[] {
  const out: ShortName[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.label === 'Industry' || !mentions.includes(m)) continue;
    // 马金铺片区即昆明国家生物产业基地: a place and the other name it goes by
    const same = m.label === 'Park' ? SAME_PLACE.exec(text.slice(m.end - offset)) : null;
    if (same) {
      const span = { start: m.end + 1, end: m.end + same[0].length };
      for (const x of [...mentions]) if (x !== m && x.start < span.end && span.start < x.end) mentions.splice(mentions.indexOf(x), 1);
      m.alias = same[1]!;
      out.push({ short: same[1]!, of: m });
      continue;
    }
    const d = DEFINITION.exec(text.slice(m.end - offset));
    if (!d) continue;
    const span = { start: m.end, end: m.end + d[0].length };
    for (const x of [...mentions]) if (x !== m && x.start < span.end && span.start < x.end) mentions.splice(mentions.indexOf(x), 1);
    const short = d[1]!.trim();
    if (short === m.surface) continue;
    m.alias = short;
    out.push({ short, of: m });
  }
  return out;
}
