// GraphQL side of the one error model (server/src/errors.ts): `extensions.code` is always a code
// of that union. Errors are normalised at one boundary (formatError in server.ts); resolvers throw these.
import { GraphQLError } from 'graphql';
import { ERROR_CODES, type ErrorCode as Code } from '../errors.ts';

/** Every code of the shared union by name, for `ErrorCode.NOT_FOUND`-style use. */
export const ErrorCode = Object.fromEntries(ERROR_CODES.map((c) => [c, c])) as { readonly [K in Code]: K };
export type ErrorCode = Code;

export function badInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) } });
}

export function notFound(id: string): GraphQLError {
  return new GraphQLError(`未找到节点 / no node with id "${id}"`, { extensions: { code: ErrorCode.NOT_FOUND, id } });
}
