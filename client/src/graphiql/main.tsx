// The GraphQL IDE served at GET /graphql (Accept: text/html): GraphiQL bundled by Vite, with its
// Monaco workers, so it works offline (no CDN). It opens with one tab per saved example query
// (examples.ts: planners, researchers, investment promotion); queries go to the same /graphql.
import 'graphiql/setup-workers/vite';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { EXAMPLES } from './examples.ts';

async function fetcher(params: unknown, opts?: { headers?: Record<string, string> }): Promise<unknown> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(opts?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return res.json();
}

const tabs = EXAMPLES.map((e) => ({ query: e.query, variables: e.variables ? JSON.stringify(e.variables, null, 2) : null }));

// GraphiQL 5 fills the first tab's query editor from defaultTabs but not its variables editor
// (initialVariables falls back to ''), so the first example would run without its variables. On a
// first visit (no saved tabs) hand both in explicitly; later visits restore the saved tabs as they were.
let firstVisit = true;
try {
  firstVisit = !Object.keys(localStorage).some((k) => k.endsWith('tabState'));
} catch {
  /* storage unavailable: GraphiQL keeps tabs in memory */
}
const initial = firstVisit && tabs[0] ? { initialQuery: tabs[0].query, initialVariables: tabs[0].variables ?? '' } : {};

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher as never} defaultTabs={tabs} {...initial} />
  </StrictMode>,
);
