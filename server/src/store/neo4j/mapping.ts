// How the model maps onto Neo4j, both ways.
//
// A node is stored as `(:KgNode:<Label> {...})`, an edge as `-[:<TYPE> {...}]->`. Each carries
// `_contribs`: a JSON object `{ documentId: <what that document stated> }` (keys in documentId
// order). That is the source of truth: reads merge it with the embedded store's own merge
// functions (name, label, properties from the smallest documentId, later documents filling
// missing keys; aliases the sorted union; evidence concatenated in documentId order), and
// replacing or removing a document edits exactly its own entry.
//
// The other properties are a projection of the merged value, for Cypher filters, indexes and
// people browsing the graph:
//   nodes: id, name, aliases (LIST<STRING>), each property (rule below),
//          _nameKey / _aliasKeys / _aliasText / _nameLen (search), _jsonKeys
//   edges: id, each property (rule below), evidence (JSON string), _jsonKeys
// Property rule: strings, booleans, finite numbers (safe integers as INTEGER, others FLOAT) and
// non-empty lists of only strings / only booleans / only safe integers are stored as they are;
// anything else (null, objects, empty or mixed lists, nested lists) as a JSON string whose key
// is listed in `_jsonKeys`. Keys that would clash with the projection (`id`, `name`, `aliases`,
// `label`, `evidence`, or starting with `_`) are not projected; they stay in `_contribs` and so
// in every API answer.
import type { Evidence, GraphEdge, GraphNode, Json } from '../../model.ts';
import { isLabel, isRelType } from '../../model.ts';
import { mergeEdges, mergeNodes } from '../merge.ts';
import { matchKey } from '../search-rank.ts';

export type Contribs<T> = Map<string, T>;

const RESERVED_NODE_KEYS = new Set(['id', 'name', 'aliases', 'label']);
const RESERVED_EDGE_KEYS = new Set(['id', 'evidence', 'type', 'source', 'target']);

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Parse a `_contribs` JSON string (null/undefined → empty). */
export function parseContribs<T>(raw: unknown, what: string): Contribs<T> {
  if (raw === null || raw === undefined) return new Map();
  if (typeof raw !== 'string') throw new TypeError(`${what}: _contribs is not a string`);
  const parsed: unknown = JSON.parse(raw);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new TypeError(`${what}: _contribs is not a JSON object`);
  }
  return new Map(Object.entries(parsed as Record<string, T>));
}

/** Canonical JSON of contributions: keys in documentId order. */
export function serialiseContribs<T>(c: Contribs<T>): string {
  const entries = [...c.entries()].sort((a, b) => cmp(a[0], b[0]));
  return JSON.stringify(Object.fromEntries(entries));
}

function sortedValues<T>(c: Contribs<T>): T[] {
  return [...c.entries()].sort((a, b) => cmp(a[0], b[0])).map((e) => e[1]);
}

export function mergeNodeContribs(c: Contribs<GraphNode>): GraphNode {
  if (c.size === 0) throw new Error('mergeNodeContribs: no contributions');
  return mergeNodes(sortedValues(c));
}

export function mergeEdgeContribs(c: Contribs<GraphEdge>): GraphEdge {
  if (c.size === 0) throw new Error('mergeEdgeContribs: no contributions');
  return mergeEdges(sortedValues(c));
}

/** A node row `{id, contribs}` from a query → the merged GraphNode. */
export function nodeFromRow(row: Record<string, unknown>): GraphNode {
  const id = String(row.id);
  const node = mergeNodeContribs(parseContribs<GraphNode>(row.contribs, `node ${id}`));
  if (!isLabel(node.label)) throw new TypeError(`node ${id}: unknown label ${String(node.label)}`);
  return node;
}

/** An edge row `{id, contribs}` from a query → the merged GraphEdge. */
export function edgeFromRow(row: Record<string, unknown>): GraphEdge {
  const id = String(row.id);
  const edge = mergeEdgeContribs(parseContribs<GraphEdge>(row.contribs, `edge ${id}`));
  if (!isRelType(edge.type)) throw new TypeError(`edge ${id}: unknown type ${String(edge.type)}`);
  return edge;
}

type Stored = string | boolean | number | string[] | boolean[] | number[];

/** Encode one property value by the rule above: `[stored, jsonEncoded]`. */
export function encodeProperty(v: Json): [Stored, boolean] {
  if (typeof v === 'string' || typeof v === 'boolean') return [v, false];
  // Numbers go out as JS numbers; the executor sends safe integers as Cypher INTEGER.
  if (typeof v === 'number' && Number.isFinite(v)) return [v, false];
  if (Array.isArray(v) && v.length > 0) {
    if (v.every((x) => typeof x === 'string')) return [v as string[], false];
    if (v.every((x) => typeof x === 'boolean')) return [v as boolean[], false];
    // Integer lists only: the executor sends whole numbers as INTEGER and fractions as FLOAT,
    // and Neo4j refuses a list mixing the two, so any list with a fraction goes as JSON.
    if (v.every((x) => typeof x === 'number' && Number.isSafeInteger(x))) return [v as number[], false];
  }
  return [JSON.stringify(v), true];
}

function projectProperties(
  props: Record<string, Json>,
  reserved: Set<string>,
  out: Record<string, unknown>,
): string[] {
  const jsonKeys: string[] = [];
  for (const [k, v] of Object.entries(props)) {
    if (reserved.has(k) || k.startsWith('_')) continue;
    const [stored, json] = encodeProperty(v);
    out[k] = stored;
    if (json) jsonKeys.push(k);
  }
  return jsonKeys.sort();
}

/** The full property map a node is written with (`SET n = props`). */
export function nodeProps(node: GraphNode, contribsJson: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const jsonKeys = projectProperties(node.properties, RESERVED_NODE_KEYS, out);
  const aliasKeys = node.aliases.map(matchKey);
  return {
    ...out,
    id: node.id,
    name: node.name,
    aliases: node.aliases,
    _nameKey: matchKey(node.name),
    _aliasKeys: aliasKeys,
    // matchKey collapses all whitespace to ' ', so no key contains '\n': a substring of this
    // text is a substring of one alias key exactly when the query has no '\n' (it never does).
    _aliasText: aliasKeys.join('\n'),
    _nameLen: node.name.length,
    _jsonKeys: jsonKeys,
    _contribs: contribsJson,
  };
}

/** The full property map an edge is written with (`SET r = props`). */
export function edgeProps(edge: GraphEdge, contribsJson: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const jsonKeys = projectProperties(edge.properties, RESERVED_EDGE_KEYS, out);
  const evidence: Evidence[] = edge.evidence;
  return {
    ...out,
    id: edge.id,
    evidence: JSON.stringify(evidence),
    _jsonKeys: jsonKeys,
    _contribs: contribsJson,
  };
}
