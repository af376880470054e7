// Relation patterns of the genre, applied to the mentions of one sentence.
import type { Enumeration, Mention } from '../entities/enumerations.ts';

export type Role = 'source' | 'host' | 'basis' | 'none';

/** What the text says an organisation is for: 创新源头, 产业依托/载体, 依托 … */
export function roleOf(m: Mention, lists: Enumeration[], text: string, offset: number): Role {
  const list = m.list !== undefined ? lists.find((l) => l.index === m.list) : undefined;
  const after = list ? list.after : text.slice(m.end - offset, m.end - offset + 12);
  const before = list ? list.before : clauseBefore(text, m.start - offset);
  if (/^(等)?(专业载体|载体)?为(创新)?源头/.test(after)) return 'source';
  if (/^(等)?(专业载体|载体)?为(产业依托|创新载体|载体|依托|基础|主体|重点)/.test(after)) return /^(等)?(专业载体|载体)?为(产业依托|创新载体|载体)/.test(after) ? 'host' : 'basis';
  if (/(依托|借重|借助|立足|发挥|鼓励|支持|以|服务好|集聚|涌现了|拥有|集聚了|聚集了|汇聚了|汇聚)$/.test(before)) return 'basis';
  if (/(在)$/.test(before)) return 'host';
  return 'none';
}

function clauseBefore(text: string, pos: number): string {
  const head = text.slice(0, pos);
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf('，'), head.lastIndexOf('。'), head.lastIndexOf(';'), head.lastIndexOf(':'));
  return head.slice(cut + 1);
}

/** 由E牵头 / E牵头建设L / L由E公司牵头 → [enterprise, lab] pairs. */
export function leadsPairs(ms: Mention[], text: string, offset: number): [Mention, Mention][] {
  const out: [Mention, Mention][] = [];
  const ents = ms.filter((m) => m.label === 'Enterprise');
  const labs = ms.filter((m) => m.label === 'Lab');
  for (const e of ents) {
    const afterE = text.slice(e.end - offset, e.end - offset + 8);
    if (!/^(公司|集团)?牵头/.test(afterE)) continue;
    const beforeE = text.slice(Math.max(0, e.start - offset - 2), e.start - offset);
    for (const l of labs) {
      if (l.end <= e.start) {
        // L由E牵头
        const between = text.slice(l.end - offset, e.start - offset);
        if (/^由$/.test(between)) out.push([e, l]);
      } else if (l.start >= e.end) {
        // (由)E牵头(建设|组建|筹建)L
        const between = text.slice(e.end - offset, l.start - offset);
        if (
          /^(公司|集团)?牵头(建设|组建|筹建|打造|成立|共建)?$/.test(between) ||
          (/由$/.test(beforeE) && /^(公司|集团)?牵头[^,，。;；]{0,12}$/.test(between)) ||
          // 由X牵头，联合A、B等单位，建设L
          (/由$/.test(beforeE) && /^(公司|集团)?牵头[,，][^。;；]{0,60}?(建设|组建|筹建|打造|成立|共建)$/.test(between))
        )
          out.push([e, l]);
      }
    }
  }
  return out;
}

/** Industries ordered by dashes/arrows in the text: 芯片—整机—终端, 芯片→整机→终端. */
export function dashChains(inds: Mention[], text: string, offset: number): [Mention, Mention][] {
  const sorted = [...inds].sort((a, b) => a.start - b.start);
  const out: [Mention, Mention][] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    const between = text.slice(a.end - offset, b.start - offset);
    if (/^\s*[—–\-―→>]+\s*$/.test(between)) out.push([a, b]);
  }
  return out;
}

export const HOST_VERBS = /(依托|载体|建设|建成|打造|布局|集聚|聚集|聚焦|发展|在|落地|入驻|形成|拥有)/;

/**
 * A line's body for a "label：items" pattern: trimmed, its one closing stop and the spaces before it cut off. A
 * pattern then matches the body with no two parts competing for a run of spaces, so a line padded with thousands of
 * full-width spaces (common for alignment) is matched in linear time.
 */
export function lineBody(text: string, stops = /[。；;]$/): string {
  return text.trim().replace(stops, '').trimEnd();
}
