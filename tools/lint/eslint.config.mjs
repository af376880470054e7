// Lint for the project's layer rules (see docs/architecture.md): the import boundaries that
// ARCHITECTURE.md states, checked on every `npm test` instead of kept by memory.
// Run from the repository root: `npm run lint`.
import tseslint from 'typescript-eslint';

/** An import-boundary rule: files in `from` may not import modules matching any of `deny`. */
function boundary(files, deny) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: deny.map(([regex, message]) => ({ regex, message })) },
      ],
    },
  };
}

const GRAPHQL = ['(^|/)graphql/', '只有 http/ 可以依赖 graphql/ / only http/ may depend on graphql/'];
const HTTP = ['(^|/)http/', 'http/ 是最外层 / http/ is the outermost layer: nothing imports it'];
const INGEST = ['(^|/)ingest/', 'graphql/ 与 store/ 不依赖抽取流程 / the API and the stores never import the ingest pipeline'];
const INGEST_WORKER = ['(^|/)ingest-worker/', '只有 http/ 与命令行启动导入进程 / only http/ and the command line start the ingest worker'];
const AUTH = ['(^|/)auth/users', '账号存储只给 http/ 与命令行用 / the account store is for http/ and the command line'];
const STORE_ANY = ['(^|/)store/', '不依赖存储 / must not touch a store'];
const ANALYSIS = ['(^|/)analysis/', '不依赖分析 / must not import analysis'];
const STORE_IMPL = ['(^|/)store/(embedded|neo4j)/', '通过 store/port.ts 使用存储 / use the GraphStore port, not an adapter'];
const NEO4J_DRIVER = ['^neo4j-driver', '只有 store/neo4j 使用 neo4j-driver / only store/neo4j imports neo4j-driver'];
const SERVER = ['(^|/)server/', '前端只通过 GraphQL 与服务端通信 / the client knows only GraphQL, never server code'];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'client/src/types/graphql.ts', 'server/src/graphql/generated/**', 'data/**', 'test/.artifacts/**'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  boundary(['client/src/**'], [SERVER, NEO4J_DRIVER]),
  boundary(['server/src/ingest/**'], [GRAPHQL, HTTP, INGEST_WORKER, ['(^|/)store/', '抽取流程不依赖存储 / ingest produces batches, it never touches a store'], ['(^|/)analysis/', '抽取流程不依赖分析 / ingest never imports analysis'], ['(^|/)auth/', '抽取流程不依赖账号 / ingest knows no users'], NEO4J_DRIVER]),
  boundary(['server/src/graphql/**'], [INGEST, INGEST_WORKER, HTTP, AUTH, STORE_IMPL, NEO4J_DRIVER]),
  boundary(['server/src/analysis/**'], [GRAPHQL, HTTP, INGEST, INGEST_WORKER, STORE_IMPL, NEO4J_DRIVER]),
  boundary(['server/src/store/**'], [GRAPHQL, HTTP, INGEST, INGEST_WORKER, ['(^|/)auth/', '存储不依赖账号 / stores know no users'], ['(^|/)analysis/', '存储不依赖分析 / stores never import analysis']]),
  // The HTTP host reaches ingest only through the worker (off the event loop), stores only through the port.
  boundary(['server/src/http/**'], [INGEST, STORE_IMPL, NEO4J_DRIVER]),
  boundary(['server/src/ingest-worker/**'], [GRAPHQL, HTTP, STORE_ANY, ANALYSIS, NEO4J_DRIVER]),
  boundary(['server/src/auth/**'], [GRAPHQL, HTTP, INGEST, INGEST_WORKER, STORE_ANY, ANALYSIS, NEO4J_DRIVER]),
  // The registry import reads files and the lexicon and writes batches through the store port.
  boundary(['server/src/registry/**'], [GRAPHQL, HTTP, STORE_IMPL, NEO4J_DRIVER, ANALYSIS, ['(^|/)auth/', '名录导入不依赖账号 / the registry import knows no users']]),
  boundary(['server/src/store/neo4j/**'], [GRAPHQL, HTTP, INGEST, ['(^|/)embedded/', 'neo4j 适配器不依赖嵌入式适配器 / adapters never import each other']]),
  boundary(['server/src/store/embedded/**'], [GRAPHQL, HTTP, INGEST, ['(^|/)neo4j/', '嵌入式适配器不依赖 neo4j 适配器 / adapters never import each other'], NEO4J_DRIVER]),
);
