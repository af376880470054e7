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
  document: { id: string; name: string } | null;
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
const EVIDENCE = `documentId document { id name } text start end section`;
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

export async function search(text: string, signal?: AbortSignal, first = 30): Promise<SearchHit[]> {
  const data = await gql<{ search: SearchHit[] }>(SEARCH_QUERY, { text, first }, signal);
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
