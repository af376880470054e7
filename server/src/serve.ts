// Serve the app and API until SIGINT/SIGTERM, then drain HTTP and close the store.
// On a first start (no user in the data directory) an administrator is created and its password
// printed once, the way Jupyter prints its token: the two-command quick start stays two commands,
// and nothing that writes is ever open without credentials.
import { AuthStore } from './auth/users.ts';
import { ChainIndex } from './chain-templates.ts';
import type { ServerConfig } from './config.ts';
import { createApp } from './http/app.ts';
import { warmFromEnv } from './graphql/warm.ts';
import { loadLexicon } from './ingest/lexicon/index.ts';
import type { OpenedStore } from './store/index.ts';

export interface ServeOptions {
  store: OpenedStore;
  config: ServerConfig;
  out?: (s: string) => void;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** How to write the address a person should open. */
function shownHost(host: string): string {
  if (LOOPBACK.has(host) || host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

export async function serve(options: ServeOptions): Promise<void> {
  const out = options.out ?? ((s: string) => process.stdout.write(s));
  const { config } = options;
  const t0 = performance.now();
  const auth = await AuthStore.open(config.dataDir);
  const first = await auth.ensureFirstAdmin();
  // The chain templates of the same lexicon the ingest worker reads (checked once here: a bad
  // chains.tsv stops the start with its file and line); industryChain draws chains against them.
  const chains = new ChainIndex(loadLexicon().chains);
  const app = await createApp({
    store: options.store,
    chains,
    auth,
    dataDir: config.dataDir,
    host: config.host,
    allowedHosts: config.allowedHosts,
    readsOpen: config.readsOpen,
    // the park index and the review queue built at start and after each write (KG_WARM=0: on first request)
    warm: warmFromEnv(),
  });
  const port = await app.listen(config.port, config.host);
  // Documents another process (the CLI) commits to the same data directory show up here too.
  options.store.startFollowing?.();
  for (const w of options.store.warnings?.() ?? []) out(`警告 / warning: ${w}\n`);
  const url = `http://${shownHost(config.host)}:${port}`;
  if (first) {
    out(
      [
        '',
        '首次启动：已创建管理员账号（密码只显示这一次）/ first start: an administrator was created (the password is shown only once)',
        `    用户名 / user:      ${first.name}`,
        `    密码 / password:    ${first.password}`,
        `    登录 / sign in:     ${url}/ → 登录 / Sign in`,
        '    改密码 / change it: npm run kg -- user passwd admin',
        '',
        '',
      ].join('\n'),
    );
  }
  out(`服务已启动 / listening on ${url} (GraphQL: /graphql, ${options.store.describe()}, started in ${(performance.now() - t0).toFixed(0)} ms)\n`);
  if (!LOOPBACK.has(config.host)) {
    out(`注意：监听 ${config.host}，本机以外也可访问；写操作需要登录 / note: listening on ${config.host}, reachable beyond this machine; every write needs credentials\n`);
  }
  if (!config.readsOpen) out('查询需要登录（KG_READS=signed-in）/ queries need a signed-in user (KG_READS=signed-in)\n');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    out(`收到 ${signal}，正在关闭 / shutting down\n`);
    await app.close();
    await options.store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}
