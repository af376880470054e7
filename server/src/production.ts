// Imported first by the entry points (cli.ts, main.ts), before anything loads graphql: graphql-js
// picks its `instanceof` checks when its module is evaluated, and outside production it runs a
// cross-realm check on every type test (13% of a depth-2 neighbourhood request's CPU, profiled).
// An explicit NODE_ENV (tests set `test`) is kept. Apollo's NODE_ENV-dependent options are all set
// explicitly in graphql/handler.ts, so nothing else changes with it.
process.env.NODE_ENV ??= 'production';
