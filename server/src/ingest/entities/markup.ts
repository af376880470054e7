// Markup is never part of a name: a page saved as text, a script left in a paste, or escaped markup
// decoded by the reader (&lt;script&gt;) must not become an entity (<script>…科技 as an Enterprise).

/** Characters and sequences no organisation or industry name contains: < > = { } and HTML entities. */
const MARKUP = /[<>={}]|&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/i;

export function hasMarkup(name: string): boolean {
  return MARKUP.test(name);
}
