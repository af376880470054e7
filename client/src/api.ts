// All GraphQL operations used by the client, with typed results.
// The operations live in client/src/graphql/*.graphql; `npm run codegen` turns each into a typed
// document string in ./types/graphql.ts (result and variable types generated from the schema), and
// gql() infers both from the document. The label and relation lists are the schema's enums.
// Transport: POST /graphql (same origin), JSON body. No server imports here on purpose:
// the client only knows the schema (server/src/graphql/schema.graphql).
import {
  ChainDocument,
  ChainGapCandidatesDocument,
  GapParksDocument,
  RegistrySourcesDocument,
  type ChainGapCandidatesQuery,
  type RegistrySourcesQuery,
  DocumentFullDocument,
  DocumentTextDocument,
  DocumentsDocument,
  EdgeDetailDocument,
  IndustriesDocument,
  Label as LabelEnum,
  NamesDocument,
  NeighborhoodDocument,
  NodeDetailDocument,
  NodeRefByIdDocument,
  PathsDocument,
  RelatedDocument,
  RelType as RelTypeEnum,
  SearchDocument,
  StatsDocument,
  type ChainQuery,
  type DocumentFullQuery,
  type DocumentsQuery,
  type EdgeFullFragment,
  type EdgeLiteFragment,
  type EvidenceItemFragment,
  type IndustriesQuery,
  type NeighborhoodQueryVariables,
  type NodeDetailQuery,
  type NodeLiteFragment,
  type NodeRefFragment,
  type PathsQuery,
  type RelatedQuery,
  type SearchQuery,
  type StatsQuery,
  type TypedDocumentString,
} from './types/graphql.ts';
import type { Json } from './json.ts';

export type { Json };
export type Label = LabelEnum;
export type RelType = RelTypeEnum;

/** Node labels in the schema's order (enum Label). */
export const LABELS: readonly Label[] = Object.values(LabelEnum);
/** Relationship types in the schema's order (enum RelType). */
export const REL_TYPES: readonly RelType[] = Object.values(RelTypeEnum);

export function isLabel(x: string): x is Label {
  return (LABELS as readonly string[]).includes(x);
}

export function isRelType(x: string): x is RelType {
  return (REL_TYPES as readonly string[]).includes(x);
}

/**
 * One object type from a union of generated selection types (one member per concrete node type):
 * the fields every member has, plus the fields only some have, optional. `Flat<SearchHit>` has
 * `jurisdiction?` (Department) and `number?` (Measure) beside id, label, name.
 */
type KeysOfUnion<U> = U extends unknown ? keyof U : never;
export type Flat<U> = { [K in keyof U]: U[K] } & {
  [K in Exclude<KeysOfUnion<U>, keyof U>]?: U extends unknown ? (K extends keyof U ? U[K] : never) : never;
};

/** Omit over each member of a union (Omit on a union keeps only the common keys). */
type OmitEach<U, K extends PropertyKey> = U extends unknown ? Omit<U, K> : never;

/** Minimal node as drawn on the canvas. */
export type NodeRef = NodeRefFragment;

export type GraphNodeLite = NodeLiteFragment;

export type GraphEdgeLite = Omit<EdgeLiteFragment, 'source' | 'target' | 'weak'> & { source: string; target: string; /** below the default threshold (absent: not known, drawn as strong) */ weak?: boolean };

export interface Subgraph {
  nodes: GraphNodeLite[];
  edges: GraphEdgeLite[];
  truncated: boolean;
}

export type SearchHit = Flat<SearchQuery['search'][number]>;

export type EvidenceItem = EvidenceItemFragment;

export type EdgeDetail = Omit<EdgeFullFragment, 'properties'> & { properties: Record<string, Json> };

export type NodeDetail = Flat<OmitEach<NonNullable<NodeDetailQuery['node']>, 'properties' | 'edges'>> & {
  properties: Record<string, Json>;
  edges: EdgeDetail[];
};

export type Stats = StatsQuery['stats'];

/** A JSON object (node and edge properties); anything else reads as empty. */
export function asRecord(v: Json | undefined): Record<string, Json> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
}

export function edgeDetailOf(e: EdgeFullFragment): EdgeDetail {
  return { ...e, properties: asRecord(e.properties) };
}

/** A failure talking to the API, with a Chinese message fit for the UI. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
    /** The server's error code (extensions.code: TIMEOUT, BUSY, …) when it sent one. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: unknown } }[];
}

export const GRAPHQL_ENDPOINT = '/graphql';

/** Any operation's typed document string (the query text with its fragments). */
export type Operation<R, V> = TypedDocumentString<R, V>;

/** Sends one generated operation; the result and variable types come from the document. */
export async function gql<R, V>(doc: Operation<R, V>, variables: V, signal?: AbortSignal): Promise<R> {
  const query = doc.toString();
  let res: Response;
  try {
    res = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (e) {
    if (isAbort(e)) throw e;
    throw new ApiError('无法连接服务器，请检查服务是否已启动', String(e));
  }
  let body: GraphQLResponse<R>;
  try {
    body = (await res.json()) as GraphQLResponse<R>;
  } catch (e) {
    if (isAbort(e)) throw e;
    if (res.status >= 500) throw new ApiError(`服务器暂时不可用（HTTP ${res.status}），请稍后重试`);
    if (res.status === 404) throw new ApiError('未找到图谱查询接口（/graphql）');
    throw new ApiError(`服务器返回了无法解析的响应（HTTP ${res.status}）`);
  }
  if (body.errors?.length) {
    const detail = body.errors.map((x) => x.message).join('; ');
    const code = body.errors.map((x) => x.extensions?.code).find((c): c is string => typeof c === 'string');
    throw new ApiError('查询失败', detail, code);
  }
  if (!res.ok || body.data == null) {
    throw new ApiError(`查询失败（HTTP ${res.status}）`);
  }
  return body.data;
}

export function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

// ---------------------------------------------------------------------------
// Operations (texts in client/src/graphql/*.graphql)

function flattenSubgraph(s: { nodes: GraphNodeLite[]; edges: EdgeLiteFragment[]; truncated: boolean }): Subgraph {
  return {
    nodes: s.nodes,
    edges: s.edges.map((e) => ({ id: e.id, type: e.type, role: e.role, weak: e.weak, source: e.source.id, target: e.target.id })),
    truncated: s.truncated,
  };
}

export async function search(text: string, signal?: AbortSignal, first = 30, labels?: readonly Label[]): Promise<SearchHit[]> {
  const data = await gql(SearchDocument, { text, first, ...(labels?.length ? { labels: [...labels] } : {}) }, signal);
  return data.search;
}

/** The best match for an exact name (examples and shortcuts name nodes; ids are the server's). */
export async function findByName(name: string, label: Label, signal?: AbortSignal): Promise<SearchHit | null> {
  const hits = await search(name, signal, 5, [label]);
  return hits.find((h) => h.name === name) ?? hits[0] ?? null;
}

export type NeighborhoodArgs = Omit<NeighborhoodQueryVariables, 'ids' | 'types' | 'labels'> & {
  ids: string[];
  types?: RelType[];
  labels?: Label[];
};

export async function neighborhood(args: NeighborhoodArgs, signal?: AbortSignal): Promise<Subgraph> {
  const data = await gql(NeighborhoodDocument, { ...args }, signal);
  return flattenSubgraph(data.neighborhood);
}

/**
 * The first view of a node picked from search. A Document shows its measures and their
 * departments (depth 2 over CONTAINS / RESPONSIBLE_FOR); everything else its direct neighbours.
 */
export function initialNeighborhoodArgs(node: Pick<NodeRef, 'id' | 'label'>): NeighborhoodArgs {
  if (node.label === 'Document') {
    return { ids: [node.id], depth: 2, types: ['CONTAINS', 'RESPONSIBLE_FOR'], limit: 400 };
  }
  return { ids: [node.id], depth: 1, limit: 300 };
}

/** Nodes by id with their labels (neighbourhood of depth 0: one request for up to 100 ids). */
export async function nodesById(ids: string[], signal?: AbortSignal): Promise<GraphNodeLite[]> {
  if (!ids.length) return [];
  const data = await gql(NeighborhoodDocument, { ids, depth: 0, limit: ids.length }, signal);
  return data.neighborhood.nodes;
}

export async function nodeDetail(id: string, signal?: AbortSignal): Promise<NodeDetail | null> {
  const data = await gql(NodeDetailDocument, { id }, signal);
  if (!data.node) return null;
  return { ...data.node, properties: asRecord(data.node.properties), edges: data.node.edges.map(edgeDetailOf) };
}

export async function edgeDetail(id: string, signal?: AbortSignal): Promise<EdgeDetail | null> {
  const data = await gql(EdgeDetailDocument, { id }, signal);
  return data.edge ? edgeDetailOf(data.edge) : null;
}

export async function stats(signal?: AbortSignal): Promise<Stats> {
  const data = await gql(StatsDocument, {}, signal);
  return data.stats;
}

// ---------------------------------------------------------------------------
// Views: chain, paths, related enterprises, documents, name index, upload.

type ChainData = ChainQuery['industryChain'];
type SegmentData = ChainData['segments'][number];

export type MeasureRef = Flat<SegmentData['measures'][number]>;

export type ChainSegment = Omit<SegmentData, 'industry' | 'measures'> & {
  industry: Flat<SegmentData['industry']>;
  measures: MeasureRef[];
};

export type IndustryChain = Omit<ChainData, 'industry' | 'segments'> & {
  industry: Flat<ChainData['industry']>;
  segments: ChainSegment[];
};

export async function industryChain(id: string, signal?: AbortSignal): Promise<IndustryChain> {
  const data = await gql(ChainDocument, { id }, signal);
  return data.industryChain;
}

export type IndustryItem = Flat<IndustriesQuery['nodes']['nodes'][number]> & { segments: { id: string }[] };

export async function industries(signal?: AbortSignal): Promise<IndustryItem[]> {
  const data = await gql(IndustriesDocument, { first: 200 }, signal);
  return data.nodes.nodes.map((n: Flat<IndustriesQuery['nodes']['nodes'][number]>) => ({ ...n, segments: n.segments ?? [] }));
}

export interface PathResult {
  nodes: GraphNodeLite[];
  edges: EdgeDetail[];
}

export async function shortestPaths(from: string, to: string, maxLength = 6, first = 5, signal?: AbortSignal): Promise<PathResult[]> {
  const data = await gql(PathsDocument, { from, to, maxLength, first }, signal);
  return data.shortestPaths.map((p: PathsQuery['shortestPaths'][number]) => ({ nodes: p.nodes, edges: p.edges.map(edgeDetailOf) }));
}

export type RelatedItem = RelatedQuery['relatedEnterprises'][number];

export async function relatedEnterprises(id: string, first = 30, signal?: AbortSignal): Promise<RelatedItem[]> {
  const data = await gql(RelatedDocument, { id, first }, signal);
  return data.relatedEnterprises;
}

export type DocumentSummary = DocumentsQuery['documents'][number];

export async function documents(signal?: AbortSignal): Promise<DocumentSummary[]> {
  return (await documentsPage(DOCUMENTS_PAGE, signal)).items;
}

/** The server's default page of documents, and its maximum (Query.documents, graphql/limits.ts). */
export const DOCUMENTS_PAGE = 500;
export const DOCUMENTS_MAX = 5000;

/** The first `first` documents and how many the store holds (the list is cut when total > items.length). */
export async function documentsPage(first: number, signal?: AbortSignal): Promise<{ items: DocumentSummary[]; total: number }> {
  const data = await gql(DocumentsDocument, { first }, signal);
  return { items: data.documents, total: Math.max(data.stats.documents, data.documents.length) };
}

type DocumentNode = Extract<NonNullable<DocumentFullQuery['node']>, { file: string }>;

export type DocumentMeasure = DocumentNode['measures'][number];

export type DocumentFull = Omit<DocumentNode, 'properties' | 'content'> & {
  properties: Record<string, Json>;
  /** The whole text (paged from Document.content; the offsets of evidence refer to it). */
  text: string;
  /** Entities the document names (Department, Industry, Enterprise, Lab, Park, …). */
  entities: GraphNodeLite[];
};

/** Characters per page of a document's text (the server allows up to 1,000,000); the page size is in views.graphql. */
export const DOCUMENT_PAGE = 500_000;

export async function documentFull(id: string, signal?: AbortSignal): Promise<DocumentFull | null> {
  const data = await gql(DocumentFullDocument, { id }, signal);
  const node = data.node;
  if (!node || node.label !== 'Document' || !('file' in node)) return null;
  const { content, ...doc } = node;
  let text = content.text;
  for (let more = content.hasMore; more; ) {
    const next = await gql(DocumentTextDocument, { id, offset: text.length }, signal);
    const page = next.node && 'content' in next.node ? next.node.content : null;
    if (!page || page.text === '') break;
    text += page.text;
    more = page.hasMore;
  }
  return { ...doc, properties: asRecord(doc.properties), text, entities: data.nodes.nodes };
}

/** Labels indexed for pinyin matching (names that people type in Latin letters). */
export const NAME_INDEX_LABELS: readonly Label[] = ['Industry', 'Enterprise', 'Lab', 'Park', 'Department'];

export async function nameIndex(signal?: AbortSignal): Promise<SearchHit[]> {
  const data = await gql(NamesDocument, {}, signal);
  return [data.industry, data.enterprise, data.lab, data.park, data.department].flatMap((c) => c.nodes);
}

export interface UploadResult {
  documentId: string;
  nodes: number;
  edges: number;
}

export const UPLOAD_ENDPOINT = '/api/documents';
export const UPLOAD_TYPES = ['.txt', '.docx', '.html', '.htm', '.pdf'];

/**
 * Uploads one file's raw bytes (XMLHttpRequest for upload progress). Rejects with an ApiError whose
 * message is the server's Chinese message when it sent one.
 */
export function uploadDocument(file: File, onProgress?: (fraction: number) => void, replace = false): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${UPLOAD_ENDPOINT}?filename=${encodeURIComponent(file.name)}${replace ? '&replace=1' : ''}`);
    // A non-simple request (CSRF defence on the server); the session cookie goes along same-origin.
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('x-requested-with', 'XMLHttpRequest');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError('上传失败：无法连接服务器'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON */
      }
      if (xhr.status === 200 && body && typeof (body as UploadResult).documentId === 'string') {
        resolve(body as UploadResult);
        return;
      }
      const err = (body as { error?: { code?: string; message?: string } | string } | null)?.error;
      const msg = typeof err === 'object' && err?.message ? err.message : typeof err === 'string' ? err : null;
      const code = typeof err === 'object' && err?.code ? err.code : `HTTP ${xhr.status}`;
      // Access and conflict answers get the client's own Chinese message (the server's is bilingual).
      const own = xhr.status === 401 || xhr.status === 403 || xhr.status === 409 || xhr.status === 429;
      reject(new ApiError(own ? uploadStatusMessage(xhr.status) : (msg ?? uploadStatusMessage(xhr.status)), code));
    };
    xhr.send(file);
  });
}

/** Fallback Chinese message per upload status, when the server sent no message. */
export function uploadStatusMessage(status: number): string {
  switch (status) {
    case 400:
      return '上传请求无效（文件名缺失或不合法）';
    case 401:
      return '请先登录：上传文件需要编辑者或管理员账号';
    case 403:
      return '权限不足：上传文件需要编辑者或管理员角色';
    case 409:
      return '已有同名文件';
    case 429:
      return '操作过于频繁，请稍后再试';
    case 404:
      return '服务器尚未提供上传接口（/api/documents）';
    case 413:
      return '文件过大，请拆分后再上传';
    case 415:
      return '不支持的文件类型，请上传 txt、docx、html 或 pdf';
    case 422:
      return '无法从该文件中读取文本（可能是扫描件或编码无法识别）';
    default:
      return status >= 500 ? `服务器处理失败（HTTP ${status}），请稍后重试` : `上传失败（HTTP ${status}）`;
  }
}

export async function nodeRef(id: string, signal?: AbortSignal): Promise<GraphNodeLite | null> {
  const data = await gql(NodeRefByIdDocument, { id }, signal);
  return data.node;
}

// ---------------------------------------------------------------------------
// 补链招商: chain gaps in a park and the enterprises elsewhere that could fill them.

export type ChainGaps = ChainGapCandidatesQuery['chainGapCandidates'];
export type ChainGapSegmentItem = ChainGaps['segments'][number];
export type GapCandidateItem = ChainGapSegmentItem['candidates'][number];

export async function chainGapCandidates(chainId: string, parkId: string | null, first = 10, signal?: AbortSignal): Promise<ChainGaps> {
  const data = await gql(ChainGapCandidatesDocument, { chainId, parkId, perGap: first }, signal);
  return data.chainGapCandidates;
}

export async function parks(signal?: AbortSignal): Promise<(NodeRef & { kind?: string | null })[]> {
  const data = await gql(GapParksDocument, {}, signal);
  return data.nodes.nodes as (NodeRef & { kind?: string | null })[];
}

// ---------------------------------------------------------------------------
// Sign-in (server: POST /api/login, POST /api/logout, GET /api/session).

export type UserRole = 'viewer' | 'editor' | 'admin';

export interface SessionUser {
  name: string;
  role: UserRole;
  via: string;
}

export interface SessionInfo {
  user: SessionUser | null;
  /** False when the server answers queries for signed-in users only. */
  readsOpen: boolean;
}

async function authFetch(path: string, init: RequestInit): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, credentials: 'same-origin', headers: { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest', ...init.headers } });
  } catch (e) {
    throw new ApiError('无法连接服务器，请检查服务是否已启动', String(e));
  }
  const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (!res.ok) {
    const msg = body?.error?.message;
    throw new ApiError(
      res.status === 401 ? '用户名或密码错误' : res.status === 429 ? (msg ?? '尝试次数过多，请稍后再试') : (msg ?? `请求失败（HTTP ${res.status}）`),
      body?.error?.code ?? `HTTP ${res.status}`,
    );
  }
  return body;
}

export async function session(): Promise<SessionInfo> {
  const b = (await authFetch('/api/session', { method: 'GET' })) as SessionInfo;
  return { user: b.user ?? null, readsOpen: b.readsOpen !== false };
}

export async function login(name: string, password: string): Promise<SessionUser> {
  const b = (await authFetch('/api/login', { method: 'POST', body: JSON.stringify({ name, password }) })) as { user: SessionUser };
  return b.user;
}

export async function logout(): Promise<void> {
  await authFetch('/api/logout', { method: 'POST', body: '{}' });
}

export const ROLE_ZH: Record<UserRole, string> = { viewer: '查看者', editor: '编辑者', admin: '管理员' };

// ---------------------------------------------------------------------------
// Enterprise registries (企业名录): POST /api/registries (editor), the imported sources.

export const REGISTRY_ENDPOINT = '/api/registries';
export const REGISTRY_TYPES = ['.csv', '.tsv', '.txt', '.xlsx'];

export interface RegistryIssue {
  line: number;
  sheet?: string;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

export interface RegistryDoubtful {
  line: number;
  legalName: string;
  candidateId: string;
  candidateName: string;
  score: number;
  reasons: string[];
}

export interface RegistryUploadResult {
  source: string;
  sourceId: string;
  file: string;
  rows: number;
  loaded: number;
  rejected: number;
  merged: number;
  stats: { enterprises: number; merged: number; doubtful: number; newEnterprises: number; inIndustry: number; locatedIn: number; newParks: number };
  issues: RegistryIssue[];
  issueCount: number;
  doubtful: RegistryDoubtful[];
  doubtfulCount: number;
  replaced: boolean;
}

/** The source name the server would use for a file: its name without extension, unsafe characters as _. */
export function registrySourceName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N}_.-]+/gu, '_').slice(0, 80) || 'registry';
}

/** Uploads a registry file (XMLHttpRequest for progress). Rejects with an ApiError (code in `detail`). */
export function uploadRegistry(file: File, source: string, onProgress?: (fraction: number) => void, replace = false): Promise<RegistryUploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${REGISTRY_ENDPOINT}?filename=${encodeURIComponent(file.name)}&source=${encodeURIComponent(source)}${replace ? '&replace=1' : ''}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('x-requested-with', 'XMLHttpRequest');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError('上传失败：无法连接服务器'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON */
      }
      if (xhr.status === 200 && body && typeof (body as RegistryUploadResult).sourceId === 'string') {
        resolve(body as RegistryUploadResult);
        return;
      }
      const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
      const code = err?.code ?? `HTTP ${xhr.status}`;
      const own = xhr.status === 401 || xhr.status === 403 || xhr.status === 409 || xhr.status === 429;
      const msg = own ? registryStatusMessage(xhr.status) : (err?.message ?? registryStatusMessage(xhr.status));
      reject(new ApiError(msg, code));
    };
    xhr.send(file);
  });
}

export function registryStatusMessage(status: number): string {
  switch (status) {
    case 401:
      return '请先登录：导入企业名录需要编辑者或管理员账号';
    case 403:
      return '权限不足：导入企业名录需要编辑者或管理员角色';
    case 409:
      return '已有同名企业名录';
    case 415:
      return '不支持的文件类型，请上传 csv 或 xlsx';
    default:
      return uploadStatusMessage(status);
  }
}

export type RegistrySourceItem = RegistrySourcesQuery['registries'][number];

export async function registries(signal?: AbortSignal): Promise<RegistrySourceItem[]> {
  const data = await gql(RegistrySourcesDocument, {}, signal);
  return data.registries;
}
