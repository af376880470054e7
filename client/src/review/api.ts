// GraphQL operations of review and curation (texts in client/src/graphql/review.graphql, typed by
// codegen): the queue, the audit trail, who is signed in, and the changes an editor makes. Errors
// keep their `extensions.code` (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT) so the UI can
// say "sign in" rather than "failed".
import { asRecord, GRAPHQL_ENDPOINT, isAbort, type Json, type Operation, type RelType } from '../api.ts';
import {
  AcceptEdgeDocument,
  ChangesDocument,
  EditEdgeDocument,
  EditNodeDocument,
  MeRoleDocument,
  MergeNodesDocument,
  RejectEdgeDocument,
  RegistryMatchesDocument,
  RejectNodeDocument,
  ReviewQueueDocument,
  SplitNodeDocument,
  UndoChangeDocument,
  type ChangeFieldsFragment,
  type CurationOutcomeFragment,
  type EdgeEditInput,
  type MeRoleQuery,
  type NodeEditInput,
  type QueueEdgeFragment,
  type RegistryMatchesQuery,
  type ReviewQueueQuery,
} from '../types/graphql.ts';

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

/** Sends one generated operation; keeps the first error's code. */
async function request<R, V>(doc: Operation<R, V>, variables: V, signal?: AbortSignal): Promise<R> {
  let res: globalThis.Response;
  try {
    res = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: doc.toString(), variables }),
      signal,
    });
  } catch (e) {
    if (isAbort(e)) throw e;
    throw new CurationError('无法连接服务器，请检查服务是否已启动', 'NETWORK');
  }
  let body: Response<R>;
  try {
    body = (await res.json()) as Response<R>;
  } catch (e) {
    if (isAbort(e)) throw e;
    throw new CurationError(`服务器返回了无法解析的响应（HTTP ${res.status}）`, 'INTERNAL_SERVER_ERROR');
  }
  const err = body.errors?.[0];
  if (err) throw new CurationError(err.message, err.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (!body.data) throw new CurationError(`请求失败（HTTP ${res.status}）`, 'INTERNAL_SERVER_ERROR');
  return body.data;
}

export type Change = ChangeFieldsFragment;
export type ChangeOp = Change['op'];

/** A fact of the queue: its properties as a JSON object. */
export type QueueEdge = Omit<QueueEdgeFragment, 'properties'> & { properties: Record<string, Json> };

export type QueueItem = Omit<ReviewQueueQuery['reviewQueue']['items'][number], 'edge'> & { edge: QueueEdge };

export interface QueuePage {
  totalCount: number;
  /** Answered from the previous queue while the server rebuilds it after a change (队列更新中). */
  stale: boolean;
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

function queueEdge(e: QueueEdgeFragment): QueueEdge {
  return { ...e, properties: asRecord(e.properties) };
}

export async function reviewQueue(filter: QueueFilter, first: number, after: string | null, signal?: AbortSignal): Promise<QueuePage> {
  const data = await request(
    ReviewQueueDocument,
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
  return { totalCount: q.totalCount, stale: q.stale, items: q.items.map((i) => ({ ...i, edge: queueEdge(i.edge) })), endCursor: q.pageInfo.endCursor, hasNextPage: q.pageInfo.hasNextPage };
}

/** A doubtful registry match: the registry's firm (its own node) and the document's firm it may be. */
export type RegistryMatch = Omit<RegistryMatchesQuery['registryReview'][number], 'enterprise'> & {
  enterprise: Omit<RegistryMatchesQuery['registryReview'][number]['enterprise'], 'properties'> & { properties: Record<string, Json> };
};

export async function registryMatches(first: number, signal?: AbortSignal): Promise<RegistryMatch[]> {
  const data = await request(RegistryMatchesDocument, { first }, signal);
  return data.registryReview.map((m) => ({ ...m, enterprise: { ...m.enterprise, properties: asRecord(m.enterprise.properties) } }));
}

/** 是同一家: the registry's node merges into the document's (its legal name becomes an alias). */
export async function confirmMatch(m: RegistryMatch, note: string): Promise<CurationOutcome> {
  if (!m.candidate) throw new Error('no candidate');
  return mergeNodes(m.enterprise.id, m.candidate.id, note || '名录存疑匹配：确认为同一家');
}

/** 不是同一家: the possible match is dropped from the registry's node and the pair remembered as distinct. */
export async function rejectMatch(m: RegistryMatch, note: string): Promise<CurationOutcome> {
  const properties: Record<string, Json> = { possibleMatch: null, possibleMatchScore: null };
  if (m.candidate) properties.notSameAs = m.candidate.id;
  return editNode(m.enterprise.id, { properties }, note || '名录存疑匹配：不是同一家');
}

export interface ChangeFilter {
  since?: string;
  author?: string;
  nodeId?: string;
  factId?: string;
}

export async function changes(filter: ChangeFilter, first: number, after: string | null, signal?: AbortSignal): Promise<{ totalCount: number; nodes: Change[]; endCursor: string | null; hasNextPage: boolean }> {
  const data = await request(ChangesDocument, { ...filter, first, ...(after ? { after } : {}) }, signal);
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

export async function meRole(): Promise<MeRoleQuery['me']> {
  return (await request(MeRoleDocument, {})).me;
}

export interface CurationOutcome {
  change: Change;
  edge: QueueEdge | null;
  node: CurationOutcomeFragment['node'];
}

function outcome(r: CurationOutcomeFragment): CurationOutcome {
  return { change: r.change, edge: r.edge ? queueEdge(r.edge) : null, node: r.node };
}

export type EdgeEdit = EdgeEditInput;
export type NodeEdit = NodeEditInput;

export async function acceptEdge(id: string, note: string): Promise<CurationOutcome> {
  return outcome((await request(AcceptEdgeDocument, { id, note })).r);
}

export async function rejectEdge(id: string, note: string): Promise<CurationOutcome> {
  return outcome((await request(RejectEdgeDocument, { id, note })).r);
}

export async function editEdge(id: string, set: EdgeEdit, note: string): Promise<CurationOutcome> {
  return outcome((await request(EditEdgeDocument, { id, set, note })).r);
}

export async function undoChange(id: string, note = ''): Promise<CurationOutcome> {
  return outcome((await request(UndoChangeDocument, { id, note })).r);
}

export async function rejectNode(id: string, note: string): Promise<CurationOutcome> {
  return outcome((await request(RejectNodeDocument, { id, note })).r);
}

export async function editNode(id: string, set: NodeEdit, note: string): Promise<CurationOutcome> {
  return outcome((await request(EditNodeDocument, { id, set, note })).r);
}

export async function mergeNodes(from: string, into: string, note: string): Promise<CurationOutcome> {
  return outcome((await request(MergeNodesDocument, { from, into, note })).r);
}

export async function splitNode(id: string, note: string): Promise<CurationOutcome> {
  return outcome((await request(SplitNodeDocument, { id, note })).r);
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
