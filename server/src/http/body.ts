// Reading request bodies with a size cap: past the cap the rest is drained and dropped.
import type http from 'node:http';
import { KgError } from '../errors.ts';

/** The body, or a TOO_LARGE error once it passes `limit` bytes (the declared length is checked first). */
export async function readBody(req: http.IncomingMessage, limit: number, what: readonly [string, string]): Promise<Buffer> {
  const tooLarge = () => new KgError('TOO_LARGE', `${what[0]}过大（上限 ${fmtBytes(limit)}）/ ${what[1]} too large (limit ${fmtBytes(limit)})`, { details: { limit } });
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req as AsyncIterable<Buffer>) {
    size += c.length;
    if (size > limit) {
      req.resume();
      throw tooLarge();
    }
    chunks.push(c);
  }
  return Buffer.concat(chunks);
}

function fmtBytes(n: number): string {
  return n >= 1048576 ? `${Math.round(n / 1048576)} MB` : `${Math.round(n / 1024)} KB`;
}
