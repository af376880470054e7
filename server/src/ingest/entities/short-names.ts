// Short names a document defines in brackets: 长春汽车经济技术开发区（以下简称汽开区）, 四川时代新能源科技
// 有限公司（简称“四川时代”）. The bracket is a definition, not a name of its own: whatever was read inside
// it is dropped, the short form becomes an alias of the name before it, and later bare uses of the
// short form (汽开区重点发展…) resolve to that name (doc-names.ts).
import type { Mention } from './enumerations.ts';

/** （以下简称X） / （简称X） / （下称X）, X optionally quoted, right after a name. */
const DEFINITION = /^\s*[(（]\s*(?:以下简称|以下称|下称|简称)\s*[:：]?\s*[“"「]?([^”"」)）(（，,。；;、]{2,12})[”"」]?\s*[)）]/;

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
