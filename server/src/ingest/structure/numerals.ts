// Chinese numerals and dates as the genre writes them.

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, O: 0, o: 0, '○': 0, '0': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十九 → 29, 一百零三 → 103; arabic strings pass through. */
export function chineseToNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s || !/^[〇零O○一二两三四五六七八九十百]+$/.test(s)) return undefined;
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (cur || 1) * 100;
      cur = 0;
    } else if (ch === '十') {
      total += (cur || 1) * 10;
      cur = 0;
    } else cur = CN_DIGIT[ch] ?? 0;
  }
  return total + cur;
}

export function numberToChinese(n: number): string {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n]!;
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  if (n < 100) return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
  return String(n);
}

/** Year written digit by digit: 二〇二五 → 2025. */
function digitsYear(s: string): number | undefined {
  if (/^\d{4}$/.test(s)) return Number(s);
  if (s.length !== 4) return undefined;
  let out = 0;
  for (const ch of s) {
    const v = CN_DIGIT[ch];
    if (v === undefined) return undefined;
    out = out * 10 + v;
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Finds a date in a string: 2025年9月29日 / 二〇二五年九月二十九日 / 2021-07-31 / 2021.7.31 → ISO. */
export function parseDate(s: string): string | undefined {
  const n = s.replace(/\s+/g, '');
  let m = n.match(/(\d{4})年(\d{1,2})月(\d{1,2})日/);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  m = n.match(/([〇零O○0一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/);
  if (m) {
    const y = digitsYear(m[1]!);
    const mo = chineseToNumber(m[2]!);
    const d = chineseToNumber(m[3]!);
    if (y && mo && d) return valid(y, mo, d);
  }
  m = s.match(/(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)/);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  return undefined;
}

function valid(y: number, m: number, d: number): string | undefined {
  if (y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}
