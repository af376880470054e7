// Amounts are no names: 对营业收入首次突破100亿元、500亿元、1000亿元的企业 is a list of thresholds closed by
// a kind word (企业), not a list of firms.

/** A quantity with its unit, alone or after a threshold verb (突破100亿元, 超10亿元, 50万吨, 3家以上, 五亿元: numerals in digits or in characters). */
const QUANTITY = /^(?:首次)?(?:突破|超过|达到|不低于|不少于|新增|超|逾|近|约)?(?:[\d.,，]+|[零一二两三四五六七八九十]+[零一二两三四五六七八九十百千万亿]*)\s*(?:[万亿千百])*(?:元|美元|吨|亩|平方米|家|个|项|台|辆|GWh|MW|GW)(?:以上|左右)?$/i;

export function isQuantity(surface: string): boolean {
  return QUANTITY.test(surface.replace(/\s/g, ''));
}

/** Drops organisation mentions that are amounts. */
export function dropQuantities<M extends { label: string; surface: string }>(mentions: M[]): void {
  for (const m of [...mentions]) if (m.label !== 'Industry' && isQuantity(m.surface)) mentions.splice(mentions.indexOf(m), 1);
}
