// node --import tsx httpprof.mts DATA_DIR seeds|nb|re SECONDS : serve with --cpu-prof, autocannon, stop
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { SEEDS_ROTATION } from '/work/wt/read8/bench/seeds-rotation.ts';
import { mulberry32, syntheticGraph } from '/work/wt/read8/bench/generate-graph.ts';
const [dir, which, secs] = [process.argv[2]!, process.argv[3]!, Number(process.argv[4] ?? 10)];
const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
let bodies = SEEDS_ROTATION;
let conns = 64;
if (which !== 'seeds') {
  const syn = syntheticGraph(100000, 42, 100);
  const rand = mulberry32(3);
  const pick = (xs: string[], k: number) => Array.from({ length: k }, () => xs[Math.floor(rand() * xs.length)]!);
  const ents = syn.idsOf('Enterprise');
  const ids = [...pick(ents, 20), ...pick(syn.idsOf('Industry'), 5), ...pick(syn.idsOf('Park'), 5)];
  const enterprises = pick(ents, 20);
  bodies = which === 'nb' ? ids.map((id) => body('query($id:ID!){neighborhood(ids:[$id],depth:2,limit:200){nodes{id name label} edges{id type source{id} target{id}} truncated}}', { id })) : enterprises.map((id) => body('query($id:ID!){relatedEnterprises(id:$id){score reasons enterprise{id name}}}', { id }));
  conns = 16;
}
const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir', '/tmp/read8-prof/http', '--import', 'tsx', '/work/wt/read8/server/src/cli.ts', 'serve', '--port', '0', '--host', '127.0.0.1', '--data', dir], { cwd: '/work/wt/read8', env: { ...process.env, NEO4J_URI: '', KG_RESPONSE_CACHE_MB: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
child.stdout!.setEncoding('utf8');
const url = await new Promise<string>((resolve) => { let out = ''; child.stdout!.on('data', (d: string) => { out += d; const m = /http:\/\/localhost:(\d+)/.exec(out); if (m) resolve(`http://127.0.0.1:${m[1]}`); }); });
const requests = bodies.map((b) => ({ method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json' }, body: b }));
await autocannon({ url, connections: 4, duration: 2, requests });
const res = await autocannon({ url, connections: conns, duration: secs, requests });
console.log(`${which}: ${Math.round(res.requests.average)} req/s p50 ${res.latency.p50} p99 ${res.latency.p99} errors ${res.errors + res.non2xx + res.timeouts}`);
child.kill('SIGTERM');
await new Promise((r) => child.on('exit', r));
