// The seeds server's query rotation, shared by `npm run bench` (bench/run.ts) and
// `npm run bench:server` (bench/server-load.ts) so the two always measure the same requests.
const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

/** A mix of what the three kinds of users send, as JSON request bodies for POST /graphql. */
export const SEEDS_ROTATION: string[] = [
  body('query($t:String!){search(text:$t){id name label}}', { t: '信创' }),
  body('query($t:String!){search(text:$t,labels:[Enterprise]){id name}}', { t: '飞腾' }),
  body('{neighborhood(ids:["enterprise:飞腾"],depth:2,limit:200){nodes{id name label} edges{id type source{id} target{id}} truncated}}'),
  body('{shortestPaths(from:"enterprise:飞腾",to:"park:海洋片区"){nodes{id name} edges{type}}}'),
  body('{relatedEnterprises(id:"enterprise:飞腾"){score reasons enterprise{name}}}'),
  body('{industryChain(id:"industry:信创"){segments{industry{name} gap enterprises{name}}}}'),
  // Nested lists carry a `first`, as the cost guard asks (without them it refuses the query,
  // and the bench measured the error path for one request in seven before 2026-12-05).
  body('{documents{id title measures(first:100){number departments(first:10){role department{name}}}}}'),
];
