// The one error model: every code has an HTTP status and an exit code, internal details are
// masked at the boundary, and the ingest and store errors are part of it.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_TABLE, KgError, describeError } from '../../server/src/errors.ts';
import { IngestError } from '../../server/src/ingest/errors.ts';
import { StoreCorruptError } from '../../server/src/store/embedded/persist.ts';
import { StoreUnavailableError } from '../../server/src/store/neo4j/errors.ts';

describe('error model', () => {
  it('maps every code to an HTTP status and an exit code; only bad usage and bad input exit 2', () => {
    for (const code of ERROR_CODES) {
      const info = ERROR_TABLE[code];
      expect(info.http).toBeGreaterThanOrEqual(400);
      expect(info.http).toBeLessThan(600);
      expect(info.exit === 2).toBe(code === 'BAD_USAGE' || code === 'BAD_USER_INPUT');
    }
  });

  it('passes public messages through and masks internal ones', () => {
    const nf = describeError(new KgError('NOT_FOUND', '未找到 / not found: x'));
    expect(nf).toMatchObject({ code: 'NOT_FOUND', http: 404, exit: 1, known: true, message: '未找到 / not found: x' });
    const corrupt = describeError(new StoreCorruptError('missing batch file /secret/path'));
    expect(corrupt.code).toBe('STORE_CORRUPT');
    expect(corrupt.message).not.toContain('/secret/path');
    const plain = describeError(new TypeError('boom at /internal'));
    expect(plain).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', http: 500, known: false });
    expect(plain.message).not.toContain('/internal');
  });

  it('makes ingest and store errors KgErrors with their own codes', () => {
    const e = new IngestError('TOO_LARGE', 'big.txt');
    expect(e).toBeInstanceOf(KgError);
    expect(describeError(e)).toMatchObject({ code: 'TOO_LARGE', http: 413 });
    expect(e.message).toContain('big.txt');
    const u = new StoreUnavailableError('neo4j down', 'bolt://localhost');
    expect(describeError(u)).toMatchObject({ code: 'STORE_UNAVAILABLE', http: 503 });
  });
});
