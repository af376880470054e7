// HTML → text (web pages of policy documents saved as .html).

const ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•', times: '×', divide: '÷', deg: '°', plusmn: '±',
  copy: '©', reg: '®', ensp: ' ', emsp: '　', thinsp: ' ', laquo: '«', raquo: '»', yen: '¥', permil: '‰',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const BLOCK_TAGS =
  'p|div|br|h[1-6]|li|ul|ol|table|thead|tbody|tfoot|section|article|header|footer|nav|aside|main|blockquote|pre|hr|dl|dt|dd|figure|figcaption|caption|form|title';

/** HTML → text: scripts/styles/comments dropped (an unclosed one to the end), block elements become line breaks, table cells one per line. */
export function htmlToText(html: string): string {
  let s = html
    .replace(/<!--[\s\S]*?-->/g, '')
    // self-closed (XHTML <script src="…"/>), then with their content
    .replace(/<(script|style|noscript|template|svg|iframe|object)\b[^>]*\/>/gi, '')
    .replace(/<(script|style|noscript|template|svg|iframe|object)\b[\s\S]*?<\/\1\s*>/gi, '')
    // a script or style left open runs to the end of the page, as a browser reads it: never text
    .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*$/i, '')
    // <head> (and its <title>, usually the site name or a copy of the body heading) is not document text
    .replace(/<head\b[\s\S]*?<\/head\s*>/i, '\n');
  s = s
    .replace(/\s*\n\s*/g, ' ') // source line breaks are not text breaks in HTML
    .replace(/<tr\b[^>]*>/gi, '\n\n')
    .replace(/<t[dh]\b[^>]*>/gi, '\n\t')
    .replace(new RegExp(`</?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), '\n')
    .replace(/<[^>]+>/g, '');
  s = decodeEntities(s);
  return s
    .split('\n')
    .map((l) => (l.startsWith('\t') ? '\t' + l.slice(1).replace(/[ \t]+/g, ' ').trim() : l.replace(/[ \t]+/g, ' ').trim()))
    .join('\n')
    .replace(/\n{3,}(?!\t)/g, '\n\n')
    .trim();
}
