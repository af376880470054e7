// node --import tsx bench/server-cpu.ts [--root DIR] [--runs 300] [--cache on]
// CPU per GraphQL request in process (no HTTP, response cache off), as bench/PROFILE.md measures it:
// the handler `kg serve` builds, called in a loop on the seeds, process.cpuUsage() around each call,
// after 20 warm-up runs. --root measures another checkout (a baseline) on the same machine, same minutes.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}
const ROOT = path.resolve(flag('root') ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const RUNS = Number(flag('runs') ?? 300);
/** --cache on: the response cache on (every timed run is a hit). */
const CACHE = flag('cache') === 'on';
const mod = (p: string) => import(pathToFileURL(path.join(ROOT, p)).href);

const QUERIES: [string, string][] = [
  ['search 信创', '{search(text:"信创"){id name label}}'],
  ['search 飞腾 (Enterprise)', '{search(text:"飞腾",labels:[Enterprise]){id name}}'],
  ['neighborhood depth 2', '{neighborhood(ids:["enterprise:飞腾"],depth:2,limit:200){nodes{id name label} edges{id type source{id} target{id}} truncated}}'],
  ['shortestPaths', '{shortestPaths(from:"enterprise:飞腾",to:"park:海洋片区"){nodes{id name} edges{type}}}'],
  ['relatedEnterprises', '{relatedEnterprises(id:"enterprise:飞腾"){score reasons enterprise{name}}}'],
  ['industryChain 信创', '{industryChain(id:"industry:信创"){segments{industry{name} gap enterprises{name}}}}'],
  ['documents', '{documents{id title measures(first:100){number departments(first:10){role department{name}}}}}'],
];

async function main(): Promise<void> {
  await mod('server/src/production.ts');
  const { EmbeddedStore } = await mod('server/src/store/embedded/index.ts');
  const { CuratedStore } = await mod('server/src/store/curated/index.ts');
  const { createGraphQLHandler } = await mod('server/src/graphql/handler.ts');
  const { createIngestContext } = await mod('server/src/ingest/context.ts');
  const { ingestFile } = await mod('server/src/ingest/index.ts');
  const { ChainIndex } = await mod('server/src/chain-templates.ts');
  const { loadLexicon } = await mod('server/src/ingest/lexicon/index.ts');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-srvcpu-'));
  try {
    const writer = await EmbeddedStore.open({ dir });
    const ctx = createIngestContext();
    const seeds = path.join(ROOT, 'seeds');
    for (const f of (await readdir(seeds)).filter((x: string) => x.endsWith('.txt')).sort()) await writer.replaceDocument((await ingestFile(path.join(seeds, f), ctx)).batch);
    await writer.close();
    const store = await CuratedStore.open(await EmbeddedStore.open({ dir }), { refreshMs: 2000 });
    const handler = await createGraphQLHandler({ store, log: () => undefined, chains: new ChainIndex(loadLexicon().chains), responseCache: CACHE ? { maxBytes: 64 * 2 ** 20 } : null });
    const call = async (query: string) => {
      const r = await handler.execute({ method: 'POST', headers: { 'content-type': 'application/json' }, search: '', body: { query } }, null);
      if (r.status !== 200 || r.body.includes('"errors"')) throw new Error(`${query}: ${r.body.slice(0, 300)}`);
    };
    let sum = 0;
    console.log(`# CPU per request in process, ${ROOT}, ${RUNS} runs each, response cache ${CACHE ? 'on' : 'off'}, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' / ')}`);
    for (const [name, query] of QUERIES) {
      for (let i = 0; i < 20; i++) await call(query);
      const t0 = process.cpuUsage();
      for (let i = 0; i < RUNS; i++) await call(query);
      const d = process.cpuUsage(t0);
      const ms = (d.user + d.system) / 1000 / RUNS;
      sum += ms;
      console.log(`${name}: ${ms.toFixed(3)} ms`);
    }
    console.log(`rotation, one of each: ${sum.toFixed(2)} ms (mean ${(sum / QUERIES.length).toFixed(3)} ms per request)`);
    await handler.stop();
    await store.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
