// The GraphQL IDE served at GET /graphql (Accept: text/html): GraphiQL bundled by Vite, with its
// Monaco workers, so it works offline (no CDN). Queries go to the same /graphql endpoint.
import 'graphiql/setup-workers/vite';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';

const DEFAULT_QUERY = `# 产业链知识图谱 GraphQL API —— 文档见右侧 Docs / schema docs on the left
query 飞腾相关企业 {
  relatedEnterprises(id: "enterprise:飞腾", first: 5) {
    score
    reasons
    enterprise { id name }
  }
  industryChain(id: "industry:信创") {
    segments { position gap industry { name } }
  }
}
`;

async function fetcher(params: unknown, opts?: { headers?: Record<string, string> }): Promise<unknown> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(opts?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return res.json();
}

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher as never} defaultQuery={DEFAULT_QUERY} />
  </StrictMode>,
);
