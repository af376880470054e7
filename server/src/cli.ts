// Command line (contract):
//   npm run kg -- ingest <file|dir>... [--data DIR] [--report]
//   npm run kg -- remove <document-id|file>... [--data DIR]
//   npm run kg -- export --format json|graphml|csv [--out FILE|DIR] [--data DIR]
//   npm run kg -- serve [--port 4000] [--host HOST] [--data DIR]
//   npm run kg -- migrate            (Neo4j: apply cypher/schema.cypher)
//   npm run kg -- copy --to neo4j [--data DIR] [--merge]   (embedded store → Neo4j at NEO4J_URI)
// Exit codes: 0 ok, 1 failure, 2 bad usage. Errors name the file and the reason.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, toCsv, toGraphML, toJson, type ExportFormat } from './export.ts';
import { documentId } from './ingest/ids.ts';
import { DEFAULT_DATA_DIR, openStore, type OpenedStore } from './store/index.ts';
import { ingestPaths, printReport } from './ingest-command.ts';
import { copyEmbeddedToNeo4j } from './store/copy.ts';
import { serve } from './serve.ts';

export class UsageError extends Error {}

const USAGE = `用法 / usage:
  npm run kg -- ingest <文件或目录 file|dir>... [--data DIR] [--report]
  npm run kg -- remove <文件ID或文件名 document-id|file>... [--data DIR]
  npm run kg -- export --format json|graphml|csv [--out FILE|DIR] [--data DIR]
  npm run kg -- serve [--port 4000] [--host 127.0.0.1] [--data DIR]
  npm run kg -- migrate
  npm run kg -- copy --to neo4j [--data DIR] [--merge]
数据目录默认为 ./${DEFAULT_DATA_DIR}；设置 NEO4J_URI 时使用 Neo4j。
The data directory defaults to ./${DEFAULT_DATA_DIR}; NEO4J_URI selects Neo4j.`;

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;
type Parsed = { values: Record<string, string | boolean | undefined>; positionals: string[] };

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
    store = await openStore({ dataDir: dataDir ?? DEFAULT_DATA_DIR });
    for (const w of store.warnings?.() ?? []) process.stderr.write(`警告 / warning: ${w}\n`);
    return store;
  };
  try {
    switch (command) {
      case 'ingest': {
        const { values, positionals } = parse(rest, { report: { type: 'boolean' } });
        if (values.help) return help(out);
        if (positionals.length === 0) throw new UsageError('ingest 需要至少一个文件或目录 / ingest needs at least one file or directory');
        const s = await open(values.data as string | undefined);
        const result = await ingestPaths(s, positionals, { log: (m) => process.stderr.write(m + '\n') });
        if (values.report) printReport(result.reports, out);
        const st = await s.stats();
        out(`已导入 ${result.ok} 个文件，失败 ${result.failed} 个；图中共 ${st.nodes} 个节点、${st.edges} 条关系 (${s.describe()})\n` +
          `ingested ${result.ok} document(s), ${result.failed} failed; graph has ${st.nodes} nodes, ${st.edges} edges\n`);
        return result.failed > 0 ? 1 : 0;
      }
      case 'remove': {
        const { values, positionals } = parse(rest, {});
        if (values.help) return help(out);
        if (positionals.length === 0) throw new UsageError('remove 需要文件 ID 或文件名 / remove needs a document id or file name');
        const s = await open(values.data as string | undefined);
        let failed = 0;
        for (const p of positionals) {
          const id = p.startsWith('doc:') ? p : documentId(p);
          if (await s.removeDocument(id)) out(`已删除 / removed ${id}\n`);
          else {
            failed++;
            process.stderr.write(`错误 / error: 未找到文件 / no such document in the store: ${p} (${id})\n`);
          }
        }
        return failed > 0 ? 1 : 0;
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
        const graph = await s.exportGraph();
        await writeExport(format as ExportFormat, graph, values.out as string | undefined, out);
        return 0;
      }
      case 'serve': {
        const { values, positionals } = parse(rest, { port: { type: 'string' }, host: { type: 'string' } });
        if (values.help) return help(out);
        if (positionals.length > 0) throw new UsageError(`serve 不接受位置参数 / unexpected argument: ${positionals[0]}`);
        const port = parsePort((values.port as string | undefined) ?? process.env.PORT ?? '4000');
        const s = await open(values.data as string | undefined);
        store = undefined; // owned by the server from here on
        await serve({ store: s, port, host: values.host as string | undefined, out });
        return 0;
      }
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
          dataDir: (values.data as string | undefined) ?? DEFAULT_DATA_DIR,
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
    if (err instanceof UsageError) {
      process.stderr.write(`错误 / error: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    const e = err as Error & { code?: string };
    process.stderr.write(`错误 / error${e.code ? ` [${e.code}]` : ''}: ${e.message}\n`);
    return 1;
  } finally {
    await store?.close();
  }
}

function help(out: (s: string) => void): number {
  out(USAGE + '\n');
  return 0;
}

function parsePort(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`端口无效 / invalid port "${s}"`);
  return n;
}

async function writeExport(format: ExportFormat, graph: Awaited<ReturnType<OpenedStore['exportGraph']>>, outPath: string | undefined, out: (s: string) => void): Promise<void> {
  switch (format) {
    case 'json':
    case 'graphml': {
      const text = format === 'json' ? toJson(graph) : toGraphML(graph);
      if (outPath) {
        await mkdir(path.dirname(path.resolve(outPath)), { recursive: true });
        await writeFile(outPath, text);
        process.stderr.write(`已导出 / exported ${graph.nodes.length} nodes, ${graph.edges.length} edges → ${outPath}\n`);
      } else out(text);
      return;
    }
    case 'csv': {
      const dir = outPath ?? 'export';
      await mkdir(dir, { recursive: true });
      const csv = toCsv(graph);
      await writeFile(path.join(dir, 'nodes.csv'), csv.nodes);
      await writeFile(path.join(dir, 'edges.csv'), csv.edges);
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
