// The README says what the server does (review16 L3, L4): its error-code list is the whole list of
// server/src/errors.ts with each code's HTTP status; with `Accept: application/json` the refusals that keep their
// status (a write without credentials, a body over the README's 1 MB) are the ones the README names; every maximum
// of `first` the server enforces is the one the README's limits table gives. Over HTTP against `kg serve`. (The three
// example queries, L1 and L2, are pinned against the seeds by test/integration/graphiql-examples.int.test.ts.)
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_TABLE } from '../../server/src/errors.ts';
import { ROOT, startServer, tempDir, type RunningServer } from '../integration/helpers.ts';

let server: RunningServer;
let cleanup: () => Promise<void>;
let readme = '';
beforeAll(async () => {
  readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
  const t = await tempDir('kg-fix22-readme-');
  cleanup = t.cleanup;
  server = await startServer(t.dir);
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await cleanup?.();
});

async function post(body: string, accept = 'application/json'): Promise<{ status: number; json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } }> {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body });
  return { status: res.status, json: (await res.json()) as never };
}
const query = (q: string, accept?: string) => post(JSON.stringify({ query: q }), accept);
/** The paragraph of the README that starts with `start` (up to the next blank line). */
function paragraph(start: string): string {
  const at = readme.indexOf(start);
  expect(at, start).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n\n', at);
  return readme.slice(at, end < 0 ? undefined : end).replace(/\n/g, ' ');
}

describe('README error codes', () => {
  const text = () => paragraph('Errors carry a stable `extensions.code`');

  it('lists every code of the one error list', () => {
    const missing = ERROR_CODES.filter((c) => !text().includes(`\`${c}\``));
    expect(missing).toEqual([]);
  });

  it('gives each code the HTTP status the server uses', () => {
    let checked = 0;
    for (const m of text().matchAll(/((?:`[A-Z_]+`,\s*)*`[A-Z_]+`)\s*\((\d{3})/g)) {
      for (const c of m[1]!.matchAll(/`([A-Z_]+)`/g)) {
        expect(ERROR_TABLE[c[1] as keyof typeof ERROR_TABLE]?.http, c[1]).toBe(Number(m[2]));
        checked++;
      }
    }
    expect(checked).toBe(ERROR_CODES.length - 1); // BAD_USAGE: the command line's, exit 2
  });
});

describe('README status codes with Accept: application/json', () => {
  const text = () => paragraph('Errors carry a stable `extensions.code`');

  it('a write without credentials keeps 401 UNAUTHENTICATED, as the README says', async () => {
    const r = await query('mutation { rejectEdge(id: "HOSTS:park:美国硅谷->industry:生物医药", note: "x") { change { id } } }');
    expect(r.status).toBe(401);
    expect(r.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(text()).toContain('401 `UNAUTHENTICATED`');
  });

  it('a body over the README’s request-body limit is 413 TOO_LARGE naming that limit, and the README lists 413 among the kept statuses', async () => {
    const row = /\| request body \| ([\d.]+) MB \|/.exec(readme);
    expect(row).not.toBeNull();
    const mb = Number(row![1]);
    const over = JSON.stringify({ query: '{ stats { nodes } }', variables: { pad: 'x'.repeat(mb * 1024 * 1024 + 10) } });
    const r = await post(over);
    expect(r.status).toBe(413);
    expect(r.json.errors?.[0]?.extensions?.code).toBe('TOO_LARGE');
    expect(r.json.errors?.[0]?.message).toContain(`上限 ${mb} MB`);
    expect(text()).toContain(`413 \`TOO_LARGE\` for a body over ${mb} MB`);
    // just under the limit is answered
    const under = JSON.stringify({ query: '{ stats { nodes } }', variables: { pad: 'x'.repeat(mb * 1024 * 1024 - 100) } });
    expect((await post(under)).status).toBe(200);
  });

  it('a parse error answers 200 with Accept: application/json and 400 with application/graphql-response+json', async () => {
    expect((await query('{ stats { nodes ')).status).toBe(200);
    expect((await query('{ stats { nodes ', 'application/graphql-response+json')).status).toBe(400);
  });
});

describe('README maxima of first', () => {
  const fields: [string, string][] = [
    ['search', '{ search(text: "x", first: 99999) { id } }'],
    ['relatedEnterprises', '{ relatedEnterprises(id: "enterprise:飞腾", first: 99999) { score } }'],
    ['registryReview', '{ registryReview(first: 99999) { source } }'],
    ['nodes', '{ nodes(first: 99999) { edges { node { id } } } }'],
    ['shortestPaths', '{ shortestPaths(from: "a", to: "b", first: 99999) { nodes { id } } }'],
    ['chainGapCandidates', '{ chainGapCandidates(chainId: "x", first: 99999) { chain { id } } }'],
    ['parkFacts', '{ parkFacts(park: "p", industry: "i", first: 99999) { kind } }'],
    ['changes', '{ changes(first: 99999) { nodes { id } } }'],
    ['documents', '{ documents(first: 99999) { id } }'],
  ];
  it.each(fields)('%s: the maximum the server enforces is the one the README gives', async (field, q) => {
    const r = await query(q);
    const msg = r.json.errors?.[0]?.message ?? '';
    const m = /first must (?:be an integer )?(?:be )?in \[\d+, (\d+)\]/.exec(msg);
    expect(m, msg).not.toBeNull();
    const max = Number(m![1]).toLocaleString('en-US');
    const row = readme.split('\n').find((l) => l.startsWith('| `first` on lists |'))!;
    expect(row, `README: ${max} for \`${field}\``).toMatch(new RegExp(`(?<![\d,])${max} for [^,;)]*\`${field}\``));
  });
});
