// The response cache's own rules (the HTTP behaviour is in test/integration/response-cache.int.test.ts):
// what is cacheable, the byte bound (LRU by bytes), the entry bound, and a new generation emptying it.
import { describe, expect, it } from 'vitest';
import { ResponseCache, responseCacheFromEnv } from '../../server/src/graphql/response-cache.ts';

const answer = (chars: number) => ({ status: 200, headers: [['content-type', 'application/json']] as [string, string][], body: 'x'.repeat(chars) });

describe('response cache', () => {
  it('keys queries only, on the normalised document, operation, variables, caller and Accept', () => {
    const c = new ResponseCache({ maxBytes: 1 << 20 }, 1000);
    const k = c.keyOf({ query: '{ stats { nodes } }' }, 'anonymous', '');
    expect(k).not.toBeNull();
    expect(c.keyOf({ query: '{stats{nodes}}', variables: {} }, 'anonymous', '')).toBe(k);
    expect(c.keyOf({ query: '{ stats { nodes } }' }, 'user\u0001a\u0001viewer\u0001token', '')).not.toBe(k);
    expect(c.keyOf({ query: '{ stats { nodes } }' }, 'anonymous', 'application/graphql-response+json')).not.toBe(k);
    expect(c.keyOf({ query: 'query($t:String!){search(text:$t){id}}', variables: { t: 'a' } }, 'anonymous', '')).not.toBe(
      c.keyOf({ query: 'query($t:String!){search(text:$t){id}}', variables: { t: 'b' } }, 'anonymous', ''),
    );
    expect(c.keyOf({ query: 'mutation { x }' }, 'anonymous', '')).toBeNull();
    expect(c.keyOf({ query: 'query A { a } mutation B { b }', operationName: 'B' }, 'anonymous', '')).toBeNull();
    expect(c.keyOf({ query: 'query A { a } mutation B { b }', operationName: 'A' }, 'anonymous', '')).not.toBeNull();
    expect(c.keyOf({ query: 'query A { a } mutation B { b }' }, 'anonymous', '')).toBeNull();
    expect(c.keyOf({ query: '{ a ' }, 'anonymous', '')).toBeNull();
    expect(c.keyOf({ query: '{ a }', extensions: { persistedQuery: {} } }, 'anonymous', '')).toBeNull();
    expect(c.keyOf('{ a }', 'anonymous', '')).toBeNull();
    expect(c.keyOf({ query: `{ a ${' '.repeat(30_000)}}` }, 'anonymous', '')).toBeNull();
  });

  it('stays within its bytes, evicting the least recently used, and refuses entries over the entry bound', () => {
    const c = new ResponseCache({ maxBytes: 100_000, maxEntryBytes: 30_000 }, 1000);
    const key = (i: number) => c.keyOf({ query: `{ n${i} }` }, 'anonymous', '')!;
    expect(c.get(key(0), 1)).toBeUndefined();
    for (let i = 0; i < 10; i++) {
      c.set(key(i), 1, answer(10_000)); // ~20 KB each
      expect(c.get(key(0), 1)).toBeDefined(); // 0 stays the most recently used
      expect(c.stats().bytes).toBeLessThanOrEqual(100_000);
    }
    expect(c.stats().entries).toBe(4);
    expect(c.get(key(0), 1)).toBeDefined();
    expect(c.get(key(1), 1)).toBeUndefined();
    c.set(key(20), 1, answer(20_000)); // ~40 KB: over the entry bound
    expect(c.get(key(20), 1)).toBeUndefined();
    expect(c.stats().bypassed).toBe(1);
  });

  it('drops every answer when the generation moves, and ignores answers computed at an older one', () => {
    const c = new ResponseCache({ maxBytes: 1 << 20 }, 1000);
    const k = c.keyOf({ query: '{ a }' }, 'anonymous', '')!;
    expect(c.get(k, 5)).toBeUndefined();
    c.set(k, 5, answer(10));
    expect(c.get(k, 5)?.body).toBe('x'.repeat(10));
    expect(c.get(k, 6)).toBeUndefined();
    expect(c.stats().entries).toBe(0);
    c.set(k, 5, answer(10)); // computed before the write that made generation 6
    expect(c.get(k, 6)).toBeUndefined();
  });

  it('reads KG_RESPONSE_CACHE_MB: 64 MB by default, 0 off, a clear error otherwise', () => {
    expect(responseCacheFromEnv({})).toEqual({ maxBytes: 64 * 2 ** 20 });
    expect(responseCacheFromEnv({ KG_RESPONSE_CACHE_MB: '0' })).toBeNull();
    expect(responseCacheFromEnv({ KG_RESPONSE_CACHE_MB: '8' })).toEqual({ maxBytes: 8 * 2 ** 20 });
    expect(() => responseCacheFromEnv({ KG_RESPONSE_CACHE_MB: 'lots' })).toThrow(/KG_RESPONSE_CACHE_MB/);
    expect(() => responseCacheFromEnv({ KG_RESPONSE_CACHE_MB: '-1' })).toThrow(/KG_RESPONSE_CACHE_MB/);
  });
});
