// Command line (contract):
//   npm run kg -- ingest <file|dir>... [--data DIR] [--report]
//   npm run kg -- remove <document-id|file>... [--data DIR]
//   npm run kg -- export --format json|graphml|csv [--out FILE|DIR] [--data DIR]
//   npm run kg -- serve [--port 4000] [--host HOST] [--data DIR]
//   npm run kg -- migrate            (Neo4j: apply cypher/schema.cypher)
//   npm run kg -- import-enterprises FILE [--source NAME] [--map COLUMN=FIELD …] [--issues FILE] [--data DIR]
//   npm run kg -- remove --source NAME [--data DIR]
//   npm run kg -- user add|list|passwd|role|remove …   users of the server (users.json in DIR)
//   npm run kg -- token create|list|revoke …          API tokens for scripts
//   npm run kg -- copy --to neo4j [--data DIR] [--merge]   (embedded store → Neo4j at NEO4J_URI)
//   npm run kg -- changes [--since ISO] [--author NAME] [--node ID] [--format csv|json] [--out FILE] [--data DIR]
//   npm run kg -- import-curation FILE [--data DIR]
// Exit codes: 0 ok, 1 failure, 2 bad usage. Errors name the file and the reason.
import './production.ts'; // first: before graphql is loaded
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isUserRole, USER_ROLES, type UserRole } from './auth/roles.ts';
import { AuthStore } from './auth/users.ts';
import { logWrite } from './auth/write-log.ts';
import { resolveDataDir, serverConfig } from './config.ts';
import { describeError } from './errors.ts';
import { EXPORT_FORMATS, exportStreamOf, writeCsvStream, writeGraphMLStream, writeJsonStream, type ExportFormat } from './export.ts';
import { documentId } from './ingest/ids.ts';
import { closeIngestQueue } from './ingest-worker/queue.ts';
import { DEFAULT_DATA_DIR, openStore, type OpenedStore } from './store/index.ts';
import { ingestPaths, printReport } from './ingest-command.ts';
import { copyEmbeddedToNeo4j } from './store/copy.ts';
import { serve } from './serve.ts';
import { printImport, writeIssuesCsv } from './registry/report.ts';
import { importRegistry, removeRegistry } from './registry/import.ts';
import { parseMapArg, type ColumnMap } from './registry/fields.ts';
import { changesToCsv, changesToJson, CurationFileError, parseCurationFile } from './curation-io.ts';
import type { CurationRecord } from './store/curation.ts';

export class UsageError extends Error {}

const USAGE = `用法 / usage:
  npm run kg -- ingest <文件或目录 file|dir>... [--data DIR] [--report]
  npm run kg -- remove <文件ID或文件名 document-id|file>... [--data DIR]
  npm run kg -- import-enterprises <企业名录 csv|xlsx> [--source 名称] [--map 列名=字段 ...] [--issues 问题.csv] [--data DIR]
  npm run kg -- remove --source <名录名称 registry source> [--data DIR]
  npm run kg -- export --format json|graphml|csv [--out FILE|DIR] [--data DIR]
  npm run kg -- serve [--port 4000] [--host 127.0.0.1] [--data DIR]
  npm run kg -- migrate
  npm run kg -- user add <用户名 name> --role viewer|editor|admin [--password-stdin] [--data DIR]
  npm run kg -- user list|passwd <name> [--password-stdin]|role <name> --role R|remove <name> [--data DIR]
  npm run kg -- token create --user <name> [--label TEXT] [--data DIR]
  npm run kg -- token list|revoke <id> [--data DIR]
  npm run kg -- copy --to neo4j [--data DIR] [--merge]
  npm run kg -- changes [--since 2025-01-01] [--author NAME] [--node ID] [--format csv|json] [--out FILE] [--data DIR]
  npm run kg -- import-curation <文件 FILE> [--data DIR]
数据目录：--data，否则 KG_DATA，否则 ./${DEFAULT_DATA_DIR}；设置 NEO4J_URI 时图存于 Neo4j（用户仍在数据目录）。
The data directory is --data, else KG_DATA, else ./${DEFAULT_DATA_DIR}; NEO4J_URI puts the graph in Neo4j (users stay in the data directory).`;

type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;
type Parsed = { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] };

function parse(args: string[], options: OptionSpec): Parsed {
  try {
    const r = parseArgs({
      args,
      options: { ...options, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: r.values as Parsed['values'], positionals: r.positionals };
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export async function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    out(USAGE + '\n');
    return command ? 0 : 2;
  }
  let store: OpenedStore | undefined;
  const open = async (dataDir: string | undefined) => {
    store = await openStore({ dataDir: resolveDataDir(dataDir) });
    for (const w of store.warnings?.() ?? []) process.stderr.write(`警告 / warning: ${w}\n`);
    return store;
  };
  const actor = `cli:${safeUser()}`;
  try {
    switch (command) {
      case 'ingest': {
        const { values, positionals } = parse(rest, { report: { type: 'boolean' } });
        if (values.help) return help(out);
        if (positionals.length === 0) throw new UsageError('ingest 需要至少一个文件或目录 / ingest needs at least one file or directory');
        const s = await open(values.data as string | undefined);
        const result = await ingestPaths(s, positionals, { log: (m) => process.stderr.write(m + '\n') });
        const dataDir = resolveDataDir(values.data as string | undefined);
        for (const r of result.reports) await logWrite(dataDir, { action: 'ingest', actor, via: 'cli', documentId: r.documentId, file: path.basename(r.file), outcome: 'ok' });
        for (const e of result.errors) await logWrite(dataDir, { action: 'ingest', actor, via: 'cli', file: path.basename(e.file), outcome: 'failed', code: e.code });
        if (values.report) printReport(result.reports, out);
        const st = await s.stats();
        out(`已导入 ${result.ok} 个文件，失败 ${result.failed} 个；图中共 ${st.nodes} 个节点、${st.edges} 条关系 (${s.describe()})\n` +
          `ingested ${result.ok} document(s), ${result.failed} failed; graph has ${st.nodes} nodes, ${st.edges} edges\n`);
        return result.failed > 0 ? 1 : 0;
      }
      case 'remove': {
        const { values, positionals } = parse(rest, { source: { type: 'string' } });
        if (values.help) return help(out);
        if (typeof values.source === 'string') {
          if (positionals.length > 0) throw new UsageError('remove --source 不与文件一起使用 / remove --source takes no documents');
          const s = await open(values.data as string | undefined);
          const removed = await removeRegistry(s, values.source);
          await logWrite(resolveDataDir(values.data as string | undefined), { action: 'remove', actor, via: 'cli', documentId: `registry:${values.source}`, detail: 'registry', outcome: removed ? 'ok' : 'failed', ...(removed ? {} : { code: 'NOT_FOUND' }) });
          if (removed) {
            out(`已删除企业名录 / removed registry source ${values.source}\n`);
            return 0;
          }
          process.stderr.write(`错误 / error [NOT_FOUND]: 没有名为「${values.source}」的企业名录 / no registry source named "${values.source}"\n`);
          return 1;
        }
        if (positionals.length === 0) throw new UsageError('remove 需要文件 ID 或文件名 / remove needs a document id or file name');
        const s = await open(values.data as string | undefined);
        let failed = 0;
        for (const p of positionals) {
          const id = p.startsWith('doc:') ? p : documentId(p);
          const removed = await s.removeDocument(id);
          await logWrite(resolveDataDir(values.data as string | undefined), { action: 'remove', actor, via: 'cli', documentId: id, outcome: removed ? 'ok' : 'failed', ...(removed ? {} : { code: 'NOT_FOUND' }) });
          if (removed) out(`已删除 / removed ${id}\n`);
          else {
            failed++;
            process.stderr.write(`错误 / error: 未找到文件 / no such document in the store: ${p} (${id})\n`);
          }
        }
        return failed > 0 ? 1 : 0;
      }
      case 'import-enterprises': {
        const { values, positionals } = parse(rest, { source: { type: 'string' }, map: { type: 'string', multiple: true }, issues: { type: 'string' } });
        if (values.help) return help(out);
        if (positionals.length !== 1) throw new UsageError('import-enterprises 需要一个名录文件 / import-enterprises needs one registry file (csv or xlsx)');
        const map: ColumnMap = new Map();
        for (const m of (values.map as string[] | undefined) ?? []) {
          try {
            const [column, field] = parseMapArg(m);
            map.set(column, field);
          } catch (e) {
            throw new UsageError((e as Error).message);
          }
        }
        const s = await open(values.data as string | undefined);
        const dataDir = resolveDataDir(values.data as string | undefined);
        let result;
        try {
          result = await importRegistry(s, { path: positionals[0]! }, { map, ...(typeof values.source === 'string' ? { source: values.source } : {}) });
        } catch (err) {
          await logWrite(dataDir, { action: 'upload', actor, via: 'cli', file: path.basename(positionals[0]!), detail: 'registry', outcome: 'failed', code: describeError(err).code });
          throw err;
        }
        await logWrite(dataDir, { action: 'upload', actor, via: 'cli', documentId: result.sourceId, file: result.file, detail: 'registry', outcome: 'ok' });
        printImport(result, out, (m) => process.stderr.write(m));
        if (typeof values.issues === 'string') {
          await writeIssuesCsv(values.issues, result);
          process.stderr.write(`问题清单已写入 / issues written to ${values.issues}\n`);
        }
        const st = await s.stats();
        out(`图中共 ${st.nodes} 个节点、${st.edges} 条关系 / graph has ${st.nodes} nodes, ${st.edges} edges (${s.describe()})\n`);
        return result.rejected > 0 ? 1 : 0;
      }
      case 'export': {
        const { values, positionals } = parse(rest, { format: { type: 'string' }, out: { type: 'string' } });
        if (values.help) return help(out);
        if (positionals.length > 0) throw new UsageError(`export 不接受位置参数 / unexpected argument: ${positionals[0]}`);
        const format = (values.format ?? 'json') as string;
        if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
          throw new UsageError(`未知格式 / unknown format "${format}" (json | graphml | csv)`);
        }
        const s = await open(values.data as string | undefined);
        await writeExport(format as ExportFormat, s, values.out as string | undefined, out);
        return 0;
      }
      case 'changes': {
        const { values, positionals } = parse(rest, { since: { type: 'string' }, author: { type: 'string' }, node: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } });
        if (values.help) return help(out);
        if (positionals.length > 0) throw new UsageError(`changes 不接受位置参数 / unexpected argument: ${positionals[0]}`);
        const format = (values.format ?? 'csv') as string;
        if (format !== 'csv' && format !== 'json') throw new UsageError(`未知格式 / unknown format "${format}" (csv | json)`);
        if (values.since && Number.isNaN(Date.parse(values.since as string))) throw new UsageError(`--since 不是日期 / not a date: ${values.since}`);
        const s = await open(values.data as string | undefined);
        const records: CurationRecord[] = [];
        for (let after: string | undefined; ; ) {
          const page = await s.changes({
            first: 500,
            ...(values.since ? { since: values.since as string } : {}),
            ...(values.author ? { author: values.author as string } : {}),
            ...(values.node ? { nodeId: values.node as string } : {}),
            ...(after ? { after } : {}),
          });
          records.push(...page.records);
          if (!page.hasNextPage) break;
          after = page.records[page.records.length - 1]!.id;
        }
        records.reverse(); // oldest first, as the log reads
        const text = format === 'csv' ? changesToCsv(records) : changesToJson(records);
        if (values.out) {
          await mkdir(path.dirname(path.resolve(values.out as string)), { recursive: true });
          await writeFile(values.out as string, text);
          process.stderr.write(`已导出 ${records.length} 条更改 / exported ${records.length} change(s) → ${values.out}\n`);
        } else out(text);
        return 0;
      }
      case 'import-curation': {
        const { values, positionals } = parse(rest, {});
        if (values.help) return help(out);
        if (positionals.length !== 1) throw new UsageError('import-curation 需要一个文件 / import-curation needs one file');
        const file = positionals[0]!;
        const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
          throw new CurationFileError(`${file}: 无法读取 / cannot read (${err.code ?? err.message})`);
        });
        const records = parseCurationFile(text, file);
        const s = await open(values.data as string | undefined);
        const r = await s.importCuration(records);
        out(`已导入 ${r.added} 条审核记录，跳过已有 ${r.skipped} 条 (${s.describe()})\nimported ${r.added} curation change(s), ${r.skipped} already present\n`);
        return 0;
      }
      case 'serve': {
        const { values, positionals } = parse(rest, { port: { type: 'string' }, host: { type: 'string' } });
        if (values.help) return help(out);
        if (positionals.length > 0) throw new UsageError(`serve 不接受位置参数 / unexpected argument: ${positionals[0]}`);
        // One parser with `npm start`: --port/PORT, --host/HOST (loopback by default), --data/KG_DATA.
        const config = serverConfig({ port: values.port as string | undefined, host: values.host as string | undefined, data: values.data as string | undefined });
        const s = await open(config.dataDir);
        store = undefined; // owned by the server from here on
        await serve({ store: s, config, out });
        return 0;
      }
      case 'user':
        return await userCommand(rest, out, actor);
      case 'token':
        return await tokenCommand(rest, out, actor);
      case 'migrate': {
        const { values } = parse(rest, {});
        if (values.help) return help(out);
        const s = await open(values.data as string | undefined);
        if (s.migrate) {
          await s.migrate();
          out(`已应用数据库模式 / schema applied (${s.describe()})\n`);
        } else {
          out(`嵌入式存储无需迁移 / the embedded store needs no migration (${s.describe()})\n`);
        }
        return 0;
      }
      case 'copy': {
        const { values, positionals } = parse(rest, { to: { type: 'string' }, merge: { type: 'boolean' } });
        if (values.help) return help(out);
        if (positionals.length > 0) throw new UsageError(`copy 不接受位置参数 / unexpected argument: ${positionals[0]}`);
        if (values.to !== 'neo4j') throw new UsageError('copy 需要 --to neo4j / copy needs --to neo4j');
        if (!process.env.NEO4J_URI) throw new UsageError('copy --to neo4j 需要设置 NEO4J_URI / copy --to neo4j needs NEO4J_URI (the target)');
        const r = await copyEmbeddedToNeo4j({
          dataDir: resolveDataDir(values.data as string | undefined),
          env: process.env,
          merge: values.merge === true,
          log: (m) => process.stderr.write(m + '\n'),
        });
        out(`已复制 / copied: ${r.documents} documents, ${r.nodes} nodes, ${r.edges} edges → ${r.target}\n`);
        return 0;
      }
      default:
        throw new UsageError(`未知命令 / unknown command "${command}"`);
    }
  } catch (err) {
    const d = describeError(err);
    if (err instanceof UsageError || d.code === 'BAD_USAGE') {
      process.stderr.write(`错误 / error: ${(err as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    if (err instanceof CurationFileError) {
      process.stderr.write(`错误 / error: ${err.message}\n`);
      return 1;
    }
    // The CLI runs locally: show the real message even for internal errors.
    process.stderr.write(`错误 / error [${d.code}]: ${err instanceof Error ? err.message : String(err)}\n`);
    return d.exit;
  } finally {
    await store?.close();
    if (command !== 'serve') await closeIngestQueue();
  }
}

function safeUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

function roleArg(v: unknown): UserRole {
  if (!isUserRole(v)) throw new UsageError(`--role 须为 ${USER_ROLES.join(' | ')} / --role must be one of ${USER_ROLES.join(', ')}`);
  return v;
}

async function userCommand(args: string[], out: (s: string) => void, actor: string): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parse(rest, { role: { type: 'string' }, 'password-stdin': { type: 'boolean' } });
  if (values.help || !sub) return help(out);
  const dataDir = resolveDataDir(values.data as string | undefined);
  const auth = await AuthStore.open(dataDir);
  const name = positionals[0];
  const need = () => {
    if (!name) throw new UsageError(`user ${sub} 需要用户名 / user ${sub} needs a user name`);
    return name;
  };
  const password = async () => (values['password-stdin'] ? readStdin() : undefined);
  const log = (detail: string) => logWrite(dataDir, { action: 'user', actor, via: 'cli', detail, outcome: 'ok' });
  switch (sub) {
    case 'add': {
      const r = await auth.addUser(need(), roleArg(values.role), await password());
      await log(`add ${r.name} ${String(values.role)}`);
      out(`已添加用户 / added user ${r.name} (${String(values.role)})\n`);
      if (r.password) out(`密码（只显示这一次）/ password (shown only once): ${r.password}\n`);
      return 0;
    }
    case 'list': {
      for (const u of await auth.listUsers()) out(`${u.name}\t${u.role}\t${u.tokens} token(s)\t${u.created}\n`);
      return 0;
    }
    case 'passwd': {
      const generated = await auth.setPassword(need(), await password());
      await log(`passwd ${need()}`);
      out(`已更改密码 / password changed for ${need()}\n`);
      if (generated) out(`新密码（只显示这一次）/ new password (shown only once): ${generated}\n`);
      return 0;
    }
    case 'role': {
      await auth.setRole(need(), roleArg(values.role));
      await log(`role ${need()} ${String(values.role)}`);
      out(`已更改角色 / ${need()} is now ${String(values.role)}\n`);
      return 0;
    }
    case 'remove': {
      await auth.removeUser(need());
      await log(`remove ${need()}`);
      out(`已删除用户 / removed user ${need()}\n`);
      return 0;
    }
    default:
      throw new UsageError(`未知子命令 / unknown command "user ${sub}"`);
  }
}

async function tokenCommand(args: string[], out: (s: string) => void, actor: string): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parse(rest, { user: { type: 'string' }, label: { type: 'string' } });
  if (values.help || !sub) return help(out);
  const dataDir = resolveDataDir(values.data as string | undefined);
  const auth = await AuthStore.open(dataDir);
  switch (sub) {
    case 'create': {
      const user = (values.user as string | undefined) ?? positionals[0];
      if (!user) throw new UsageError('token create 需要 --user NAME / token create needs --user NAME');
      const t = await auth.createToken(user, (values.label as string | undefined) ?? '');
      await logWrite(dataDir, { action: 'token', actor, via: 'cli', detail: `create ${t.id} for ${user}`, outcome: 'ok' });
      // The token alone on stdout, so scripts can capture it: TOKEN=$(npm run -s kg -- token create --user bot)
      process.stderr.write(`已为 ${user} 创建令牌 ${t.id}（只显示这一次）/ token ${t.id} created for ${user} (shown only once); use: Authorization: Bearer <token>\n`);
      out(`${t.token}\n`);
      return 0;
    }
    case 'list': {
      for (const t of await auth.listTokens()) out(`${t.id}\t${t.user}\t${t.created}\t${t.label}\n`);
      return 0;
    }
    case 'revoke': {
      const id = positionals[0];
      if (!id) throw new UsageError('token revoke 需要令牌 ID / token revoke needs a token id');
      await auth.revokeToken(id);
      await logWrite(dataDir, { action: 'token', actor, via: 'cli', detail: `revoke ${id}`, outcome: 'ok' });
      out(`已撤销令牌 / revoked token ${id}\n`);
      return 0;
    }
    default:
      throw new UsageError(`未知子命令 / unknown command "token ${sub}"`);
  }
}

function help(out: (s: string) => void): number {
  out(USAGE + '\n');
  return 0;
}


/** A file written through a stream, waiting when its buffer is full (bounded memory). */
function fileSink(file: string): { write: (s: string) => Promise<void>; close: () => Promise<void> } {
  const ws = createWriteStream(file);
  let failed: Error | null = null;
  ws.on('error', (e) => (failed = e));
  return {
    write: (s) =>
      new Promise<void>((resolve, reject) => {
        if (failed) return reject(failed);
        if (ws.write(s)) resolve();
        else {
          const onError = (e: Error) => reject(e);
          ws.once('error', onError);
          ws.once('drain', () => (ws.off('error', onError), resolve()));
        }
      }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (failed) return reject(failed);
        ws.once('error', reject);
        ws.end(() => resolve());
      }),
  };
}

/**
 * Streams the export (export.ts: the same bytes as toJson / toGraphML / toCsv), a node and an edge
 * at a time from the store's own read path: at 10⁵ nodes the whole-graph path held every edge
 * object, every line and the joined text at once.
 */
async function writeExport(format: ExportFormat, store: OpenedStore, outPath: string | undefined, out: (s: string) => void): Promise<void> {
  const graph = await exportStreamOf(store);
  switch (format) {
    case 'json':
    case 'graphml': {
      const curation = format === 'json' ? await store.readCuration() : [];
      if (outPath) {
        await mkdir(path.dirname(path.resolve(outPath)), { recursive: true });
        const f = fileSink(outPath);
        const n = format === 'json' ? await writeJsonStream(graph, curation, f.write) : await writeGraphMLStream(graph, f.write);
        await f.close();
        process.stderr.write(`已导出 / exported ${n.nodes} nodes, ${n.edges} edges → ${outPath}\n`);
      } else if (format === 'json') await writeJsonStream(graph, curation, out);
      else await writeGraphMLStream(graph, out);
      return;
    }
    case 'csv': {
      const dir = outPath ?? 'export';
      await mkdir(dir, { recursive: true });
      const nodes = fileSink(path.join(dir, 'nodes.csv'));
      const edges = fileSink(path.join(dir, 'edges.csv'));
      try {
        await writeCsvStream(graph, nodes.write, edges.write);
      } finally {
        await Promise.allSettled([nodes.close(), edges.close()]);
      }
      process.stderr.write(`已导出 / exported ${path.join(dir, 'nodes.csv')} and ${path.join(dir, 'edges.csv')}\n`);
      return;
    }
  }
}

const isEntry = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => {
      // `serve` keeps the process alive through its server; other commands exit now.
      if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`错误 / error: ${String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
