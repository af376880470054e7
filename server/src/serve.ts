// Serve the app and API until SIGINT/SIGTERM, then drain HTTP and close the store.
import { createApp } from './graphql/server.ts';
import type { OpenedStore } from './store/index.ts';

export interface ServeOptions {
  store: OpenedStore;
  port: number;
  host?: string | undefined;
  out?: (s: string) => void;
}

export async function serve(options: ServeOptions): Promise<void> {
  const out = options.out ?? ((s: string) => process.stdout.write(s));
  const t0 = performance.now();
  const app = await createApp({ store: options.store });
  const port = await app.listen(options.port, options.host);
  // Documents another process (the CLI) commits to the same data directory show up here too.
  options.store.startFollowing?.();
  for (const w of options.store.warnings?.() ?? []) out(`警告 / warning: ${w}\n`);
  out(`服务已启动 / listening on http://localhost:${port} (GraphQL: /graphql, ${options.store.describe()}, started in ${(performance.now() - t0).toFixed(0)} ms)\n`);
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
