// All GraphQL operations used by the client, with typed results.
// Transport: POST /graphql (same origin), JSON body. No server imports here on purpose:
// the client only knows the schema (server/src/graphql/schema.graphql).

export const LABELS = ['Document', 'Measure', 'Department', 'Industry', 'Enterprise', 'Lab', 'Park'] as const;
export type Label = (typeof LABELS)[number];

export const REL_TYPES = [
  'CONTAINS',
  'RESPONSIBLE_FOR',
  'SUPPORTS',
  'MENTIONS',
  'HOSTS',
  'INNOVATES_FOR',
  'IN_INDUSTRY',
  'LOCATED_IN',
  'PART_OF',
  'UPSTREAM_OF',
  'LEADS',
] as const;
export type RelType = (typeof REL_TYPES)[number];

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Minimal node as drawn on the canvas. */
export interface NodeRef {
  id: string;
  label: Label;
  name: string;
}

export interface GraphNodeLite extends NodeRef {
  aliases: string[];
}

export interface GraphEdgeLite {
  id: string;
  type: RelType;
  role: string | null;
  source: string;
  target: string;
}

export interface Subgraph {
  nodes: GraphNodeLite[];
  edges: GraphEdgeLite[];
  truncated: boolean;
}

export interface SearchHit extends NodeRef {
  aliases: string[];
  /** Department jurisdiction, when the hit is a Department. */
  jurisdiction?: string | null;
  /** Measure number and owning document, when the hit is a Measure. */
  number?: string;
  document?: { id: string; name: string } | null;
}

export interface EvidenceItem {
  documentId: string;
  document: { id: string; name: string; date?: string | null } | null;
  text: string;
  start: number;
  end: number;
  section: string | null;
}

export interface EdgeDetail {
  id: string;
  type: RelType;
  role: string | null;
  source: NodeRef;
  target: NodeRef;
  properties: Record<string, Json>;
  evidence: EvidenceItem[];
}

export interface NodeDetail extends GraphNodeLite {
  properties: Record<string, Json>;
  edges: EdgeDetail[];
  // Document
  file?: string;
  title?: string;
  issuer?: string | null;
  date?: string | null;
  docNumber?: string | null;
  // Document / Department
  jurisdiction?: string | null;
  // Measure (aliased: Document.title is String!, Measure.title is String)
  number?: string;
  measureTitle?: string | null;
  text?: string | null;
  section?: string | null;
  document?: NodeRef | null;
  // Industry
  level?: string | null;
  // Lab / Park
  kind?: string | null;
}

export interface Stats {
  nodes: number;
  edges: number;
  documents: number;
  byLabel: { key: string; count: number }[];
}

/** A failure talking to the API, with a Chinese message fit for the UI. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[] }[];
}

export const GRAPHQL_ENDPOINT = '/graphql';

export async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<T> {
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
  let body: GraphQLResponse<T>;
  try {
    body = (await res.json()) as GraphQLResponse<T>;
  } catch (e) {
    if (isAbort(e)) throw e;
    if (res.status >= 500) throw new ApiError(`服务器暂时不可用（HTTP ${res.status}），请稍后重试`);
    if (res.status === 404) throw new ApiError('未找到图谱查询接口（/graphql）');
    throw new ApiError(`服务器返回了无法解析的响应（HTTP ${res.status}）`);
  }
  if (body.errors?.length) {
    const detail = body.errors.map((x) => x.message).join('; ');
    throw new ApiError('查询失败', detail);
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
// Fragments & operations

const NODE_LITE = `id label name aliases`;
const EDGE_LITE = `id type role source { id } target { id }`;
const EVIDENCE = `documentId document { id name date } text start end section`;
const EDGE_FULL = `id type role properties
  source { id label name } target { id label name }
  evidence { ${EVIDENCE} }`;

interface RawEdgeLite {
  id: string;
  type: RelType;
  role: string | null;
  source: { id: string };
  target: { id: string };
}

interface RawSubgraph {
  nodes: GraphNodeLite[];
  edges: RawEdgeLite[];
  truncated: boolean;
}

function flattenSubgraph(s: RawSubgraph): Subgraph {
  return {
    nodes: s.nodes,
    edges: s.edges.map((e) => ({ id: e.id, type: e.type, role: e.role, source: e.source.id, target: e.target.id })),
    truncated: s.truncated,
  };
}

export const SEARCH_QUERY = `query Search($text: String!, $labels: [Label!], $first: Int) {
  search(text: $text, labels: $labels, first: $first) {
    ${NODE_LITE}
    ... on Department { jurisdiction }
    ... on Measure { number document { id name } }
  }
}`;

export async function search(text: string, signal?: AbortSignal, first = 30, labels?: readonly Label[]): Promise<SearchHit[]> {
  const data = await gql<{ search: SearchHit[] }>(SEARCH_QUERY, { text, first, ...(labels?.length ? { labels } : {}) }, signal);
  return data.search;
}

export const NEIGHBORHOOD_QUERY = `query Neighborhood($ids: [ID!]!, $depth: Int, $types: [RelType!], $labels: [Label!], $limit: Int) {
  neighborhood(ids: $ids, depth: $depth, types: $types, labels: $labels, limit: $limit) {
    nodes { ${NODE_LITE} }
    edges { ${EDGE_LITE} }
    truncated
  }
}`;

export interface NeighborhoodArgs {
  ids: string[];
  depth?: number;
  types?: RelType[];
  labels?: Label[];
  limit?: number;
}

export async function neighborhood(args: NeighborhoodArgs, signal?: AbortSignal): Promise<Subgraph> {
  const data = await gql<{ neighborhood: RawSubgraph }>(NEIGHBORHOOD_QUERY, { ...args }, signal);
  return flattenSubgraph(data.neighborhood);
}

/**
 * The first view of a node picked from search. A Document shows its measures and their
 * departments (depth 2 over CONTAINS / RESPONSIBLE_FOR); everything else its direct neighbours.
 */
export function initialNeighborhoodArgs(node: NodeRef): NeighborhoodArgs {
  if (node.label === 'Document') {
    return { ids: [node.id], depth: 2, types: ['CONTAINS', 'RESPONSIBLE_FOR'], limit: 400 };
  }
  return { ids: [node.id], depth: 1, limit: 300 };
}

export const NODE_QUERY = `query NodeDetail($id: ID!) {
  node(id: $id) {
    ${NODE_LITE} properties
    ... on Document { file title issuer date docNumber jurisdiction }
    ... on Measure { number measureTitle: title text section document { id label name } }
    ... on Department { jurisdiction }
    ... on Industry { level }
    ... on Lab { kind }
    ... on Park { kind }
    edges { ${EDGE_FULL} }
  }
}`;

export async function nodeDetail(id: string, signal?: AbortSignal): Promise<NodeDetail | null> {
  const data = await gql<{ node: NodeDetail | null }>(NODE_QUERY, { id }, signal);
  return data.node;
}

export const EDGE_QUERY = `query EdgeDetail($id: ID!) {
  edge(id: $id) { ${EDGE_FULL} }
}`;

export async function edgeDetail(id: string, signal?: AbortSignal): Promise<EdgeDetail | null> {
  const data = await gql<{ edge: EdgeDetail | null }>(EDGE_QUERY, { id }, signal);
  return data.edge;
}

export const STATS_QUERY = `query Stats { stats { nodes edges documents byLabel { key count } } }`;

export async function stats(signal?: AbortSignal): Promise<Stats> {
  const data = await gql<{ stats: Stats }>(STATS_QUERY, {}, signal);
  return data.stats;
}

// ---------------------------------------------------------------------------
// Views: chain, paths, related enterprises, documents, name index, upload.

const REF = `id label name`;

export interface MeasureRef extends NodeRef {
  number?: string;
  document?: { id: string; name: string } | null;
}

export interface ChainSegment {
  position: number;
  gap: boolean;
  industry: NodeRef & { level?: string | null };
  upstream: NodeRef[];
  downstream: NodeRef[];
  enterprises: NodeRef[];
  labs: NodeRef[];
  parks: NodeRef[];
  measures: MeasureRef[];
}

export interface IndustryChain {
  industry: NodeRef & { level?: string | null };
  parent: NodeRef | null;
  segments: ChainSegment[];
  gaps: { id: string }[];
}

export const CHAIN_QUERY = `query Chain($id: ID!) {
  industryChain(id: $id) {
    industry { ${REF} ... on Industry { level } }
    parent { ${REF} }
    gaps { id }
    segments {
      position gap
      industry { ${REF} ... on Industry { level } }
      upstream { ${REF} } downstream { ${REF} }
      enterprises { ${REF} } labs { ${REF} } parks { ${REF} }
      measures { ${REF} number document { id name } }
    }
  }
}`;

export async function industryChain(id: string, signal?: AbortSignal): Promise<IndustryChain> {
  const data = await gql<{ industryChain: IndustryChain }>(CHAIN_QUERY, { id }, signal);
  return data.industryChain;
}

export interface IndustryItem extends NodeRef {
  level?: string | null;
  aliases: string[];
}

export const INDUSTRIES_QUERY = `query Industries($first: Int) {
  nodes(label: Industry, first: $first) { totalCount nodes { ${NODE_LITE} ... on Industry { level segments { id } } } }
}`;

export async function industries(signal?: AbortSignal): Promise<(IndustryItem & { segments: { id: string }[] })[]> {
  const data = await gql<{ nodes: { nodes: (IndustryItem & { segments: { id: string }[] })[] } }>(INDUSTRIES_QUERY, { first: 200 }, signal);
  return data.nodes.nodes;
}

export interface PathResult {
  nodes: GraphNodeLite[];
  edges: EdgeDetail[];
}

export const PATHS_QUERY = `query Paths($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {
  shortestPaths(from: $from, to: $to, maxLength: $maxLength, first: $first) {
    nodes { ${NODE_LITE} }
    edges { ${EDGE_FULL} }
  }
}`;

export async function shortestPaths(from: string, to: string, maxLength = 6, first = 5, signal?: AbortSignal): Promise<PathResult[]> {
  const data = await gql<{ shortestPaths: PathResult[] }>(PATHS_QUERY, { from, to, maxLength, first }, signal);
  return data.shortestPaths;
}

export interface RelatedItem {
  enterprise: GraphNodeLite;
  score: number;
  reasons: string[];
  via: { id: string; type: RelType; role: string | null; source: NodeRef; target: NodeRef }[];
}

export const RELATED_QUERY = `query Related($id: ID!, $first: Int) {
  relatedEnterprises(id: $id, first: $first) {
    score reasons
    enterprise { ${NODE_LITE} }
    via { id type role source { ${REF} } target { ${REF} } }
  }
}`;

export async function relatedEnterprises(id: string, first = 30, signal?: AbortSignal): Promise<RelatedItem[]> {
  const data = await gql<{ relatedEnterprises: RelatedItem[] }>(RELATED_QUERY, { id, first }, signal);
  return data.relatedEnterprises;
}

export interface DocumentSummary {
  id: string;
  name: string;
  title: string;
  issuer: string | null;
  date: string | null;
  docNumber: string | null;
  file: string;
  jurisdiction: string | null;
}

export const DOCUMENTS_QUERY = `query Documents {
  documents { id name title issuer date docNumber file jurisdiction }
}`;

export async function documents(signal?: AbortSignal): Promise<DocumentSummary[]> {
  const data = await gql<{ documents: DocumentSummary[] }>(DOCUMENTS_QUERY, {}, signal);
  return data.documents;
}

export interface DocumentMeasure {
  id: string;
  name: string;
  number: string;
  title: string | null;
  section: string | null;
  departments: { role: string; department: { id: string; name: string } }[];
}

export interface DocumentFull extends DocumentSummary {
  label: 'Document';
  properties: Record<string, Json>;
  /** The whole text (paged from Document.content; the offsets of evidence refer to it). */
  text: string;
  measures: DocumentMeasure[];
  /** Entities the document names (Department, Industry, Enterprise, Lab, Park, …). */
  entities: GraphNodeLite[];
}

/** Characters per page of a document's text (the server allows up to 1,000,000). */
const DOCUMENT_PAGE = 500_000;

export const DOCUMENT_QUERY = `query DocumentFull($id: ID!) {
  node(id: $id) {
    id label name properties
    ... on Document {
      title issuer date docNumber file jurisdiction
      measures { id name number title section departments { role department { id name } } }
      content(length: ${DOCUMENT_PAGE}) { text hasMore }
    }
  }
  nodes(document: $id, first: 200) { totalCount nodes { ${NODE_LITE} } }
}`;

export const DOCUMENT_TEXT_QUERY = `query DocumentText($id: ID!, $offset: Int!) {
  node(id: $id) { ... on Document { content(offset: $offset, length: ${DOCUMENT_PAGE}) { text hasMore } } }
}`;

type Page = { text: string; hasMore: boolean };

export async function documentFull(id: string, signal?: AbortSignal): Promise<DocumentFull | null> {
  const data = await gql<{ node: (Omit<DocumentFull, 'entities' | 'text'> & { label: Label; content?: Page }) | null; nodes: { nodes: GraphNodeLite[] } }>(
    DOCUMENT_QUERY,
    { id },
    signal,
  );
  if (!data.node || data.node.label !== 'Document') return null;
  const { content, ...doc } = data.node;
  let text = content?.text ?? '';
  for (let more = content?.hasMore ?? false; more; ) {
    const next = await gql<{ node: { content?: Page } | null }>(DOCUMENT_TEXT_QUERY, { id, offset: text.length }, signal);
    const page = next.node?.content;
    if (!page || page.text === '') break;
    text += page.text;
    more = page.hasMore;
  }
  return { ...(doc as Omit<DocumentFull, 'entities' | 'text'>), text, entities: data.nodes.nodes };
}

/** Labels indexed for pinyin matching (names that people type in Latin letters). */
export const NAME_INDEX_LABELS: readonly Label[] = ['Industry', 'Enterprise', 'Lab', 'Park', 'Department'];

export const NAMES_QUERY = `query Names {
  industry: nodes(label: Industry, first: 200) { nodes { ${NODE_LITE} } }
  enterprise: nodes(label: Enterprise, first: 200) { nodes { ${NODE_LITE} } }
  lab: nodes(label: Lab, first: 200) { nodes { ${NODE_LITE} } }
  park: nodes(label: Park, first: 200) { nodes { ${NODE_LITE} } }
  department: nodes(label: Department, first: 200) { nodes { ${NODE_LITE} ... on Department { jurisdiction } } }
}`;

export async function nameIndex(signal?: AbortSignal): Promise<SearchHit[]> {
  const data = await gql<Record<string, { nodes: SearchHit[] }>>(NAMES_QUERY, {}, signal);
  return Object.values(data).flatMap((c) => c.nodes);
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

export const NODE_REF_QUERY = `query NodeRef($id: ID!) { node(id: $id) { ${NODE_LITE} } }`;

export async function nodeRef(id: string, signal?: AbortSignal): Promise<GraphNodeLite | null> {
  const data = await gql<{ node: GraphNodeLite | null }>(NODE_REF_QUERY, { id }, signal);
  return data.node;
}

// ---------------------------------------------------------------------------
// 补链招商: chain gaps in a park and the enterprises elsewhere that could fill them.

export interface GapCandidateItem {
  enterprise: NodeRef & { properties: Record<string, Json> };
  score: number;
  confidence: number;
  reasons: string[];
  parks: NodeRef[];
}

export interface ChainGapSegmentItem {
  segment: NodeRef;
  stage: NodeRef | null;
  gap: boolean;
  local: NodeRef[];
  candidates: GapCandidateItem[];
  candidateCount: number;
}

export interface ChainGaps {
  chain: NodeRef;
  park: NodeRef | null;
  scope: NodeRef[];
  segments: ChainGapSegmentItem[];
}

export const CHAIN_GAPS_QUERY = `query ChainGaps($chainId: ID!, $parkId: ID, $perGap: Int) {
  chainGapCandidates(chainId: $chainId, parkId: $parkId, first: $perGap) {
    chain { ${REF} } park { ${REF} } scope { ${REF} }
    segments {
      segment { ${REF} } stage { ${REF} } gap candidateCount local { ${REF} }
      candidates { score confidence reasons enterprise { ${REF} properties } parks { ${REF} } }
    }
  }
}`;

export async function chainGapCandidates(chainId: string, parkId: string | null, first = 10, signal?: AbortSignal): Promise<ChainGaps> {
  const data = await gql<{ chainGapCandidates: ChainGaps }>(CHAIN_GAPS_QUERY, { chainId, parkId, perGap: first }, signal);
  return data.chainGapCandidates;
}

export const PARKS_QUERY = `query Parks { nodes(label: Park, first: 200) { nodes { ${REF} ... on Park { kind } } } }`;

export async function parks(signal?: AbortSignal): Promise<(NodeRef & { kind?: string | null })[]> {
  const data = await gql<{ nodes: { nodes: (NodeRef & { kind?: string | null })[] } }>(PARKS_QUERY, {}, signal);
  return data.nodes.nodes;
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

export interface RegistrySourceItem {
  source: string;
  sourceId: string;
  enterprises: number;
}

export const REGISTRIES_QUERY = `query Registries { registries { source sourceId enterprises } }`;

export async function registries(signal?: AbortSignal): Promise<RegistrySourceItem[]> {
  const data = await gql<{ registries: RegistrySourceItem[] }>(REGISTRIES_QUERY, {}, signal);
  return data.registries;
}
