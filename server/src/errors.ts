// One error model for the whole server: every error raised on purpose is a KgError with a code
// from one union, and one table maps each code to its HTTP status, its GraphQL `extensions.code`
// and the CLI's exit code. Boundaries (the CLI, the HTTP host, GraphQL's formatError) translate
// with `describeError`; nothing else reads `.code` off an unknown value.
//
// Messages are Chinese first, then English, and name the file, id or limit they are about.

export const ERROR_CODES = [
  // usage and input
  'BAD_USAGE', // the command line is wrong (exit 2)
  'BAD_USER_INPUT', // an argument, a body, a header is malformed
  'BAD_REQUEST', // the HTTP request itself is malformed (body not JSON, no query, bad percent-encoding)
  'NOT_FOUND', // an id, a file, a document that does not exist
  'CONFLICT', // the request would overwrite something without saying so
  'METHOD_NOT_ALLOWED',
  // access
  'UNAUTHENTICATED', // no or bad credentials
  'FORBIDDEN', // credentials without the needed role, a foreign Origin or Host
  'RATE_LIMITED',
  // GraphQL refusals before or during execution
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX', // depth, aliases, tokens, cost
  'RESPONSE_TOO_LARGE', // the answer would exceed the response-size cap
  'TIMEOUT', // the execution deadline passed
  'BUSY', // the ingest queue is full: try again later
  // documents
  'UNSUPPORTED_TYPE',
  'UNREADABLE',
  'BAD_ENCODING',
  'EMPTY',
  'SCANNED_PDF',
  'TOO_LARGE',
  'LEXICON_INVALID', // an editable lexicon file has a bad line
  // stores
  'STORE_UNAVAILABLE',
  'STORE_CONFIG',
  'STORE_CORRUPT',
  'STORE_LOCKED', // another process writes this data directory
  // anything else
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

interface CodeInfo {
  /** HTTP status when this error ends a request. */
  http: number;
  /** CLI exit code: 2 for bad usage, 1 for every other failure (contract). */
  exit: 1 | 2;
  /** Whether the message may be shown to a client as is (false: masked as an internal error). */
  public: boolean;
}

export const ERROR_TABLE: Readonly<Record<ErrorCode, CodeInfo>> = {
  BAD_USAGE: { http: 400, exit: 2, public: true },
  BAD_USER_INPUT: { http: 400, exit: 2, public: true },
  BAD_REQUEST: { http: 400, exit: 1, public: true },
  NOT_FOUND: { http: 404, exit: 1, public: true },
  CONFLICT: { http: 409, exit: 1, public: true },
  METHOD_NOT_ALLOWED: { http: 405, exit: 1, public: true },
  UNAUTHENTICATED: { http: 401, exit: 1, public: true },
  FORBIDDEN: { http: 403, exit: 1, public: true },
  RATE_LIMITED: { http: 429, exit: 1, public: true },
  GRAPHQL_PARSE_FAILED: { http: 400, exit: 1, public: true },
  GRAPHQL_VALIDATION_FAILED: { http: 400, exit: 1, public: true },
  QUERY_TOO_COMPLEX: { http: 400, exit: 1, public: true },
  RESPONSE_TOO_LARGE: { http: 413, exit: 1, public: true },
  TIMEOUT: { http: 503, exit: 1, public: true },
  BUSY: { http: 503, exit: 1, public: true },
  UNSUPPORTED_TYPE: { http: 415, exit: 1, public: true },
  UNREADABLE: { http: 422, exit: 1, public: true },
  BAD_ENCODING: { http: 422, exit: 1, public: true },
  EMPTY: { http: 422, exit: 1, public: true },
  SCANNED_PDF: { http: 422, exit: 1, public: true },
  TOO_LARGE: { http: 413, exit: 1, public: true },
  LEXICON_INVALID: { http: 500, exit: 1, public: true },
  STORE_UNAVAILABLE: { http: 503, exit: 1, public: true },
  STORE_CONFIG: { http: 500, exit: 1, public: false },
  STORE_CORRUPT: { http: 500, exit: 1, public: false },
  STORE_LOCKED: { http: 503, exit: 1, public: true },
  INTERNAL_SERVER_ERROR: { http: 500, exit: 1, public: false },
};

export function isErrorCode(x: unknown): x is ErrorCode {
  return typeof x === 'string' && (ERROR_CODES as readonly string[]).includes(x);
}

/** Base of every error the server raises on purpose. */
export class KgError extends Error {
  readonly code: ErrorCode;
  /** Extra machine-readable facts (the file, the id, the limit) for GraphQL extensions and logs. */
  readonly details: Readonly<Record<string, string | number | boolean>>;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; details?: Record<string, string | number | boolean> }) {
    super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'KgError';
    this.code = code;
    this.details = options?.details ?? {};
  }

  get httpStatus(): number {
    return ERROR_TABLE[this.code].http;
  }

  get exitCode(): 1 | 2 {
    return ERROR_TABLE[this.code].exit;
  }
}

export function isKgError(e: unknown): e is KgError {
  return e instanceof KgError;
}

export interface DescribedError {
  code: ErrorCode;
  message: string;
  http: number;
  exit: 1 | 2;
  /** False when the message was masked (an internal error); log the original. */
  known: boolean;
}

const INTERNAL_MESSAGE = '服务器内部错误 / internal server error';

/** The one translation from any thrown value to what a boundary reports. */
export function describeError(e: unknown): DescribedError {
  if (isKgError(e)) {
    const info = ERROR_TABLE[e.code];
    return { code: e.code, message: info.public ? e.message : INTERNAL_MESSAGE, http: info.http, exit: info.exit, known: info.public };
  }
  return { code: 'INTERNAL_SERVER_ERROR', message: INTERNAL_MESSAGE, http: 500, exit: 1, known: false };
}
