import { typeBySuffix } from './typing.ts';

// Amounts are no names: 对营业收入首次突破100亿元、500亿元、1000亿元的企业 is a list of thresholds closed by
// a kind word (企业), not a list of firms.

/** A quantity with its unit, alone or after a threshold verb (突破100亿元, 超10亿元, 50万吨, 3家以上, 五亿元: numerals in digits or in characters). */
const QUANTITY = /^(?:首次)?(?:突破|超过|达到|不低于|不少于|新增|超|逾|近|约)?(?:[\d.,，]+|[零一二两三四五六七八九十]+[零一二两三四五六七八九十百千万亿]*)\s*(?:[万亿千百])*(?:元|美元|吨|亩|平方米|家|个|项|台|辆|GWh|MW|GW)(?:以上|左右)?$/i;

export function isQuantity(surface: string): boolean {
  return QUANTITY.test(surface.replace(/\s/g, ''));
}

/**
 * What a firm must have done or be to qualify, listed before 的企业 (对获得有机、绿色食品认证的企业给予奖励 / 对在P登记注册、从事X生产的
 * 企业 / 对在海外新设公共海外仓、面积超过5000平方米的企业): a list of conditions the kind word closes with 的, never a list of
 * firms (those take 等: A、B等企业). Only items read as firms by that kind word alone (no lexicon name, no firm's suffix).
 */
const QUALIFIED_KIND = /^的(?:企业|单位|机构|主体|经营主体|市场主体)/;

/** Drops organisation mentions that are amounts, and firms read from a list of qualifications (QUALIFIED_KIND). */
export function dropQuantities<M extends { label: string; surface: string; list?: number; lex?: unknown }>(mentions: M[], lists: { index: number; after: string }[] = []): void {
  const qualifying = new Set(lists.filter((l) => QUALIFIED_KIND.test(l.after)).map((l) => l.index));
  for (const m of [...mentions]) {
    if (m.label === 'Industry') continue;
    if (isQuantity(m.surface) || (m.label === 'Enterprise' && m.list !== undefined && qualifying.has(m.list) && !m.lex && typeBySuffix(m.surface)?.label !== 'Enterprise')) mentions.splice(mentions.indexOf(m), 1);
  }
}
