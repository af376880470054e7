// GraphQL operations of review and curation: the queue, the audit trail, and the changes an
// editor makes. Errors keep their `extensions.code` (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND,
// BAD_USER_INPUT) so the UI can say "sign in" rather than "failed".
import { GRAPHQL_ENDPOINT, isAbort, type EvidenceItem, type Json, type NodeRef, type RelType } from '../api.ts';

export class CurationError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'CurationError';
  }
}

interface Response<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function request<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  let res: globalThis.Response;
  try {
    res = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (e) {
    if (isAbort(e)) throw e;
    throw new CurationError('无法连接服务器，请检查服务是否已启动', 'NETWORK');
  }
  let body: Response<T>;
  try {
    body = (await res.json()) as Response<T>;
  } catch (e) {
    if (isAbort(e)) throw e;
    throw new CurationError(`服务器返回了无法解析的响应（HTTP ${res.status}）`, 'INTERNAL_SERVER_ERROR');
  }
  const err = body.errors?.[0];
  if (err) throw new CurationError(err.message, err.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (!body.data) throw new CurationError(`请求失败（HTTP ${res.status}）`, 'INTERNAL_SERVER_ERROR');
  return body.data;
}

export type ChangeOp = 'ACCEPT' | 'REJECT' | 'EDIT' | 'ADD' | 'MERGE' | 'SPLIT' | 'UNDO';

export interface Change {
  id: string;
  seq: number;
  at: string;
  author: string;
  op: ChangeOp;
  kind: 'NODE' | 'EDGE';
  target: string;
  nodeIds: string[];
  note: string;
  summary: string;
  active: boolean;
  undoneBy: { id: string; author: string; at: string } | null;
}

export interface QueueEdge {
  id: string;
  type: RelType;
  role: string | null;
  properties: Record<string, Json>;
  source: NodeRef & { aliases: string[] };
  target: NodeRef & { aliases: string[] };
  evidence: EvidenceItem[];
}

export interface QueueItem {
  edge: QueueEdge;
  priority: number;
  confidence: number;
  basis: string;
  dependents: number;
  reason: string;
}

export interface QueuePage {
  totalCount: number;
  items: QueueItem[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface QueueFilter {
  document?: string | null;
  types?: RelType[];
  basis?: string[];
  nameContains?: string | null;
  includeCurated?: boolean;
}

const CHANGE = `id seq at author op kind target nodeIds note summary active undoneBy { id author at }`;
const END = `id label name aliases`;
const EDGE = `id type role properties
  source { ${END} } target { ${END} }
  evidence { documentId document { id name date } text start end section }`;

export const REVIEW_QUEUE_QUERY = `query ReviewQueue($document: ID, $types: [RelType!], $basis: [String!], $nameContains: String, $includeCurated: Boolean, $first: Int, $after: String) {
  reviewQueue(document: $document, types: $types, basis: $basis, nameContains: $nameContains, includeCurated: $includeCurated, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    items { priority confidence basis dependents reason edge { ${EDGE} } }
  }
}`;

export async function reviewQueue(filter: QueueFilter, first: number, after: string | null, signal?: AbortSignal): Promise<QueuePage> {
  const data = await request<{ reviewQueue: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; items: QueueItem[] } }>(
    REVIEW_QUEUE_QUERY,
    {
      first,
      ...(after ? { after } : {}),
      ...(filter.document ? { document: filter.document } : {}),
      ...(filter.types?.length ? { types: filter.types } : {}),
      ...(filter.basis?.length ? { basis: filter.basis } : {}),
      ...(filter.nameContains ? { nameContains: filter.nameContains } : {}),
      ...(filter.includeCurated ? { includeCurated: true } : {}),
    },
    signal,
  );
  const q = data.reviewQueue;
  return { totalCount: q.totalCount, items: q.items, endCursor: q.pageInfo.endCursor, hasNextPage: q.pageInfo.hasNextPage };
}

export const CHANGES_QUERY = `query Changes($since: String, $author: String, $nodeId: ID, $factId: ID, $first: Int, $after: String) {
  changes(since: $since, author: $author, nodeId: $nodeId, factId: $factId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ${CHANGE} }
  }
}`;

export interface ChangeFilter {
  since?: string;
  author?: string;
  nodeId?: string;
  factId?: string;
}

export async function changes(filter: ChangeFilter, first: number, after: string | null, signal?: AbortSignal): Promise<{ totalCount: number; nodes: Change[]; endCursor: string | null; hasNextPage: boolean }> {
  const data = await request<{ changes: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Change[] } }>(
    CHANGES_QUERY,
    { ...filter, first, ...(after ? { after } : {}) },
    signal,
  );
  return { totalCount: data.changes.totalCount, nodes: data.changes.nodes, endCursor: data.changes.pageInfo.endCursor, hasNextPage: data.changes.pageInfo.hasNextPage };
}

/** Every change matching the filter (paged 500 at a time), newest first: for the CSV download. */
export async function allChanges(filter: ChangeFilter, signal?: AbortSignal): Promise<Change[]> {
  const out: Change[] = [];
  let after: string | null = null;
  for (let i = 0; i < 200; i++) {
    const page = await changes(filter, 500, after, signal);
    out.push(...page.nodes);
    if (!page.hasNextPage || !page.endCursor) break;
    after = page.endCursor;
  }
  return out;
}

export interface CurationOutcome {
  change: Change;
  edge: QueueEdge | null;
  node: (NodeRef & { aliases: string[] }) | null;
}

const RESULT = `change { ${CHANGE} } edge { ${EDGE} } node { ${END} }`;

export type EdgeEdit = { type?: RelType; source?: string; target?: string; properties?: Record<string, Json> };

export async function acceptEdge(id: string, note: string): Promise<CurationOutcome> {
  return (await request<{ r: CurationOutcome }>(`mutation($id: ID!, $note: String) { r: acceptEdge(id: $id, note: $note) { ${RESULT} } }`, { id, note })).r;
}

export async function rejectEdge(id: string, note: string): Promise<CurationOutcome> {
  return (await request<{ r: CurationOutcome }>(`mutation($id: ID!, $note: String) { r: rejectEdge(id: $id, note: $note) { ${RESULT} } }`, { id, note })).r;
}

export async function editEdge(id: string, set: EdgeEdit, note: string): Promise<CurationOutcome> {
  return (await request<{ r: CurationOutcome }>(`mutation($id: ID!, $set: EdgeEditInput!, $note: String) { r: editEdge(id: $id, set: $set, note: $note) { ${RESULT} } }`, { id, set, note })).r;
}

export async function undoChange(id: string, note = ''): Promise<CurationOutcome> {
  return (await request<{ r: CurationOutcome }>(`mutation($id: ID!, $note: String) { r: undoChange(id: $id, note: $note) { ${RESULT} } }`, { id, note })).r;
}

export async function factChanges(factId: string, signal?: AbortSignal): Promise<Change[]> {
  return (await changes({ factId }, 50, null, signal)).nodes;
}

/** A message for the UI from a curation error: sign in, no rights, or what the server said. */
export function curationErrorMessage(e: unknown): string {
  if (e instanceof CurationError) {
    if (e.code === 'UNAUTHENTICATED') return '请先登录（需要编辑权限）/ Sign in as an editor';
    if (e.code === 'FORBIDDEN') return '当前账号只读，需要编辑权限 / Your account is read-only';
    return e.message;
  }
  return String(e);
}

export async function rejectNode(id: string, note: string): Promise<CurationOutcome> {
  return (await request<{ r: CurationOutcome }>(`mutation($id: ID!, $note: String) { r: rejectNode(id: $id, note: $note) { ${RESULT} } }`, { id, note })).r;
}

export type NodeEdit = { name?: string; addAliases?: string[]; removeAliases?: string[] };

export async function editNode(id: string, set: NodeEdit, note: string): Promise<CurationOutcome> {
  return (await request<{ r: CurationOutcome }>(`mutation($id: ID!, $set: NodeEditInput!, $note: String) { r: editNode(id: $id, set: $set, note: $note) { ${RESULT} } }`, { id, set, note })).r;
}

export async function mergeNodes(from: string, into: string, note: string): Promise<CurationOutcome> {
  return (await request<{ r: CurationOutcome }>(`mutation($from: ID!, $into: ID!, $note: String) { r: mergeNodes(from: $from, into: $into, note: $note) { ${RESULT} } }`, { from, into, note })).r;
}

export async function splitNode(id: string, note: string): Promise<CurationOutcome> {
  return (await request<{ r: CurationOutcome }>(`mutation($id: ID!, $note: String) { r: splitNode(id: $id, note: $note) { ${RESULT} } }`, { id, note })).r;
}
