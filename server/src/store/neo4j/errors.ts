// Errors the Neo4j adapter raises on purpose. Driver errors are mapped to these in one place
// (executor.ts); everything else propagates unchanged. Messages name the server URI (with any
// user-info stripped) and never the password.

import { KgError } from '../../errors.ts';

export type Neo4jStoreErrorCode = 'STORE_UNAVAILABLE' | 'STORE_CONFIG';

/** The Neo4j server cannot be reached, refused the credentials, or lacks the database. */
export class StoreUnavailableError extends KgError {
  declare readonly code: 'STORE_UNAVAILABLE';
  constructor(
    message: string,
    readonly uri: string,
    options?: { cause?: unknown },
  ) {
    super('STORE_UNAVAILABLE', message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** NEO4J_* settings are malformed (bad URI scheme, non-numeric batch size …). */
export class StoreConfigError extends KgError {
  declare readonly code: 'STORE_CONFIG';
  constructor(message: string) {
    super('STORE_CONFIG', message);
    this.name = 'StoreConfigError';
  }
}

/** `bolt://user:secret@host:7687/x` → `bolt://host:7687/x`: safe for logs and messages. */
export function redactUri(uri: string): string {
  try {
    const u = new URL(uri);
    u.username = '';
    u.password = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    // Not a URL at all: keep the scheme-less part only up to any '@'.
    const at = uri.lastIndexOf('@');
    return at >= 0 ? uri.slice(at + 1) : uri;
  }
}

/** Data in the database the adapter cannot read back (e.g. a curation record that fails validation). */
export class StoreCorruptError extends KgError {
  declare readonly code: 'STORE_CORRUPT';
  constructor(message: string) {
    super('STORE_CORRUPT', message);
    this.name = 'StoreCorruptError';
  }
}
