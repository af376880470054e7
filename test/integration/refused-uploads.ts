// One shape shared by the document-limit tests (fix22, fix32, fix34): a server on a fresh store that already holds one
// seed document; each hostile upload is answered 413 TOO_LARGE with the line that names its limit; /healthz answers
// and the served graph is unchanged afterwards. `andThen` adds a test's own checks while the server still runs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { createToken, gql, startServer, upload } from './helpers.ts';

type Stats = { stats: { nodes: number; edges: number } };

export async function expectUploadsTooLarge(
  store: string,
  docs: string,
  seed: string,
  refused: readonly (readonly [file: string, says: string])[],
  andThen?: (url: string) => Promise<void>,
): Promise<void> {
  const token = await createToken(store);
  const server = await startServer(store);
  try {
    const ok = await upload(server.url, seed, await readFile(path.join(docs, seed)), token);
    expect(ok.status, await ok.clone().text()).toBe(200);
    const before = await gql<Stats>(server.url, '{ stats { nodes edges } }');
    for (const [file, says] of refused) {
      const r = await upload(server.url, file, new Uint8Array(await readFile(path.join(docs, file))), token);
      expect(r.status, file).toBe(413);
      const body = JSON.stringify(await r.json());
      expect(body).toContain('TOO_LARGE');
      expect(body).toContain(says);
    }
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const after = await gql<Stats>(server.url, '{ stats { nodes edges } }');
    expect(after.data).toEqual(before.data);
    await andThen?.(server.url);
  } finally {
    await server.stop();
  }
}
