// How the model maps onto Neo4j, both ways.
//
// A node is stored as `(:KgNode:<Label> {...})`, an edge as `-[:<TYPE> {...}]->`. What each
// source (document) stated about it is a separate small node, `(:NodeContrib {key, element,
// source, value})` / `(:EdgeContrib …)`, `value` being the canonical JSON of the statement: that
// is the source of truth. The element carries `_value`, the JSON of the merged result (merge
// rule in ../merge.ts, shared with the embedded store: name, label and properties from the
// smallest source id, later sources filling missing keys; aliases the sorted union; evidence
// concatenated in source order), which reads return as it is. Replacing or removing a document
// rewrites its own contributions and re-merges only the elements whose statement changed, so a
// hub named by every document keeps one merged value instead of every document's copy.
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
// `label`, `evidence`, or starting with `_`) are not projected; they stay in `_value` and so
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

/** Canonical JSON of one source's statement of a node (aliases sorted and unique). */
export function nodeValueJson(n: GraphNode): string {
  const aliases = [...new Set(n.aliases)].sort(cmp);
  return JSON.stringify({ label: n.label, name: n.name, aliases, properties: n.properties });
}

/** Canonical JSON of one source's statement of an edge. */
export function edgeValueJson(e: GraphEdge): string {
  return JSON.stringify({ type: e.type, source: e.source, target: e.target, properties: e.properties, evidence: e.evidence });
}

function parseValue(raw: unknown, what: string): Record<string, unknown> {
  if (typeof raw !== 'string') throw new TypeError(`${what}: no stored value`);
  const v: unknown = JSON.parse(raw);
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new TypeError(`${what}: stored value is not a JSON object`);
  return v as Record<string, unknown>;
}

export function nodeFromValue(id: string, raw: unknown): GraphNode {
  const v = parseValue(raw, `node ${id}`);
  if (typeof v.label !== 'string' || !isLabel(v.label)) throw new TypeError(`node ${id}: unknown label ${String(v.label)}`);
  return { id, label: v.label, name: String(v.name), aliases: (v.aliases as string[]) ?? [], properties: (v.properties as Record<string, Json>) ?? {} };
}

export function edgeFromValue(id: string, raw: unknown): GraphEdge {
  const v = parseValue(raw, `edge ${id}`);
  if (typeof v.type !== 'string' || !isRelType(v.type)) throw new TypeError(`edge ${id}: unknown type ${String(v.type)}`);
  return {
    id,
    type: v.type,
    source: String(v.source),
    target: String(v.target),
    properties: (v.properties as Record<string, Json>) ?? {},
    evidence: (v.evidence as Evidence[]) ?? [],
  };
}

/** Merge a node's statements (JSON values, in source order) into its value. */
export function mergeNodeValues(id: string, values: unknown[]): GraphNode {
  if (values.length === 0) throw new Error(`mergeNodeValues: node ${id} has no statement`);
  return mergeNodes(values.map((v) => nodeFromValue(id, v)));
}

/** Merge an edge's statements (JSON values, in source order) into its value. */
export function mergeEdgeValues(id: string, values: unknown[]): GraphEdge {
  if (values.length === 0) throw new Error(`mergeEdgeValues: edge ${id} has no statement`);
  return mergeEdges(values.map((v) => edgeFromValue(id, v)));
}

/** The JSON kept in `_value` (the merged element, without its id). */
export function mergedNodeJson(n: GraphNode): string {
  return JSON.stringify({ label: n.label, name: n.name, aliases: n.aliases, properties: n.properties });
}

export function mergedEdgeJson(e: GraphEdge): string {
  return edgeValueJson(e);
}

/** The first layout's `_contribs` JSON (a map source → statement), read by the migration. */
export function parseContribs<T>(raw: unknown, what: string): Contribs<T> {
  if (raw === null || raw === undefined) return new Map();
  if (typeof raw !== 'string') throw new TypeError(`${what}: _contribs is not a string`);
  const parsed: unknown = JSON.parse(raw);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new TypeError(`${what}: _contribs is not a JSON object`);
  }
  return new Map(Object.entries(parsed as Record<string, T>));
}

/** A node row `{id, value}` from a query → the merged GraphNode. */
export function nodeFromRow(row: Record<string, unknown>): GraphNode {
  return nodeFromValue(String(row.id), row.value);
}

/** An edge row `{id, value}` from a query → the merged GraphEdge. */
export function edgeFromRow(row: Record<string, unknown>): GraphEdge {
  return edgeFromValue(String(row.id), row.value);
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
export function nodeProps(node: GraphNode): Record<string, unknown> {
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
    _value: mergedNodeJson(node),
  };
}

/** The full property map an edge is written with (`SET r = props`). */
export function edgeProps(edge: GraphEdge): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const jsonKeys = projectProperties(edge.properties, RESERVED_EDGE_KEYS, out);
  const evidence: Evidence[] = edge.evidence;
  return {
    ...out,
    id: edge.id,
    evidence: JSON.stringify(evidence),
    _jsonKeys: jsonKeys,
    _value: mergedEdgeJson(edge),
  };
}
