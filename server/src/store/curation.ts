// The curation log: people's corrections of the graph, kept apart from what documents say
// (ARCHITECTURE "Curation is a layer, not an edit"). Every change is one append-only record:
// who, when, what, why, and the fact before and after. Adapters persist the records as opaque
// JSON (embedded: curation.jsonl in the data dir; Neo4j: :CurationChange nodes); the curated
// layer (store/curated/) folds them over the graph on every read, so re-ingesting documents
// never undoes them.
//
// Records come back from disk, from another store's export and from `kg import-curation`:
// `parseCurationRecord` validates every field before a record is trusted.
import type { GraphEdge, GraphNode, Json, Label, RelType } from '../model.ts';
import { isLabel, isRelType } from '../model.ts';

export const CURATION_FORMAT = 'industry-kg/curation@1';

/**
 * - accept: pin a fact (basis `curated`, confidence 1; it stays when its document goes);
 * - reject: hide a node or an edge (keyed by its deterministic id, so it stays hidden when the
 *   extractor finds it again);
 * - edit: an edge's type, source, target or properties (a new edge replaces the old one when
 *   the first three change); a node's name, aliases or properties;
 * - add: a node or an edge, with a note and optionally a source sentence;
 * - merge: node `target` into node `into` (ids redirected on read);
 * - split: undo of a merge (its own op so the audit trail says so);
 * - undo: undo of any other change (itself a change; undoing an undo redoes).
 */
export const CURATION_OPS = ['accept', 'reject', 'edit', 'add', 'merge', 'split', 'undo'] as const;
export type CurationOp = (typeof CURATION_OPS)[number];

export type FactKind = 'node' | 'edge';

/** What an edge edit sets. Omitted fields stay as they are. */
export interface EdgeEdit {
  type?: RelType;
  source?: string;
  target?: string;
  /** Properties to set (a null value removes the key). */
  properties?: Record<string, Json>;
}

/** What a node edit sets. */
export interface NodeEdit {
  name?: string;
  addAliases?: string[];
  removeAliases?: string[];
  properties?: Record<string, Json>;
}

/** The state of a fact on one side of a change: the node or edge, and an edge's two ends. */
export interface CurationSnapshot {
  node?: GraphNode;
  edge?: GraphEdge;
  ends?: GraphNode[];
}

export interface CurationRecord {
  /** `chg:` + a random UUID: unique across stores, so imports can skip records already present. */
  id: string;
  /** Position in this store's log (1, 2, …), assigned by the adapter on append. */
  seq: number;
  /** ISO 8601 time of the change. */
  at: string;
  author: string;
  op: CurationOp;
  kind: FactKind;
  /**
   * The fact the change is about: the node or edge id (accept, reject, edit, add), the node
   * merged away (merge), the id of the change undone (undo, split).
   */
  target: string;
  /** Nodes the change concerns (the fact's ends, both sides of a merge), sorted: the audit filter by node. */
  nodeIds: string[];
  /** Why (free text; may be empty for accept/reject). */
  note: string;
  edit?: EdgeEdit | NodeEdit;
  /** add node / add edge: the fact as added. */
  node?: GraphNode;
  edge?: GraphEdge;
  /** merge: the node kept. */
  into?: string;
  before: CurationSnapshot | null;
  after: CurationSnapshot | null;
}

/** A record before the log gives it a position. */
export type NewCurationRecord = Omit<CurationRecord, 'seq'>;

export class CurationRecordError extends Error {}

const MAX_TEXT = 2000;

function fail(where: string, msg: string): never {
  throw new CurationRecordError(`${where}: ${msg}`);
}

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function str(x: unknown, where: string, field: string, max = MAX_TEXT): string {
  if (typeof x !== 'string') fail(where, `${field} must be a string`);
  if (x.length > max) fail(where, `${field} longer than ${max} characters`);
  return x;
}

function strList(x: unknown, where: string, field: string): string[] {
  if (!Array.isArray(x)) fail(where, `${field} must be a list of strings`);
  return x.map((v, i) => str(v, where, `${field}[${i}]`));
}

function json(x: unknown, where: string, field: string, depth = 0): Json {
  if (depth > 20) fail(where, `${field} nested too deeply`);
  if (x === null || typeof x === 'string' || typeof x === 'boolean') return x;
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) fail(where, `${field} is not a finite number`);
    return x;
  }
  if (Array.isArray(x)) return x.map((v) => json(v, where, field, depth + 1));
  if (isObj(x)) return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, json(v, where, field, depth + 1)]));
  fail(where, `${field} is not JSON`);
}

function props(x: unknown, where: string, field: string): Record<string, Json> {
  if (!isObj(x)) fail(where, `${field} must be an object`);
  return json(x, where, field) as Record<string, Json>;
}

export function parseNode(x: unknown, where: string): GraphNode {
  if (!isObj(x)) fail(where, 'node must be an object');
  const label = str(x.label, where, 'node.label');
  if (!isLabel(label)) fail(where, `unknown label ${label}`);
  return {
    id: str(x.id, where, 'node.id'),
    label: label as Label,
    name: str(x.name, where, 'node.name'),
    aliases: strList(x.aliases, where, 'node.aliases'),
    properties: props(x.properties, where, 'node.properties'),
  };
}

export function parseEdge(x: unknown, where: string): GraphEdge {
  if (!isObj(x)) fail(where, 'edge must be an object');
  const type = str(x.type, where, 'edge.type');
  if (!isRelType(type)) fail(where, `unknown relationship type ${type}`);
  if (!Array.isArray(x.evidence)) fail(where, 'edge.evidence must be a list');
  return {
    id: str(x.id, where, 'edge.id'),
    type: type as RelType,
    source: str(x.source, where, 'edge.source'),
    target: str(x.target, where, 'edge.target'),
    properties: props(x.properties, where, 'edge.properties'),
    evidence: x.evidence.map((ev, i) => {
      if (!isObj(ev)) fail(where, `edge.evidence[${i}] must be an object`);
      const start = ev.start;
      const end = ev.end;
      if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end)) {
        fail(where, `edge.evidence[${i}] needs integer start and end`);
      }
      return {
        documentId: str(ev.documentId, where, 'evidence.documentId'),
        text: str(ev.text, where, 'evidence.text', 100_000),
        start,
        end,
        ...(ev.section !== undefined ? { section: str(ev.section, where, 'evidence.section') } : {}),
      };
    }),
  };
}

function snapshot(x: unknown, where: string): CurationSnapshot | null {
  if (x === null || x === undefined) return null;
  if (!isObj(x)) fail(where, 'snapshot must be an object or null');
  const out: CurationSnapshot = {};
  if (x.node !== undefined) out.node = parseNode(x.node, where);
  if (x.edge !== undefined) out.edge = parseEdge(x.edge, where);
  if (x.ends !== undefined) {
    if (!Array.isArray(x.ends)) fail(where, 'snapshot.ends must be a list');
    out.ends = x.ends.map((n) => parseNode(n, where));
  }
  return out;
}

function edit(x: unknown, kind: FactKind, where: string): EdgeEdit | NodeEdit {
  if (!isObj(x)) fail(where, 'edit must be an object');
  if (kind === 'edge') {
    const out: EdgeEdit = {};
    if (x.type !== undefined) {
      const t = str(x.type, where, 'edit.type');
      if (!isRelType(t)) fail(where, `unknown relationship type ${t}`);
      out.type = t as RelType;
    }
    if (x.source !== undefined) out.source = str(x.source, where, 'edit.source');
    if (x.target !== undefined) out.target = str(x.target, where, 'edit.target');
    if (x.properties !== undefined) out.properties = props(x.properties, where, 'edit.properties');
    return out;
  }
  const out: NodeEdit = {};
  if (x.name !== undefined) out.name = str(x.name, where, 'edit.name');
  if (x.addAliases !== undefined) out.addAliases = strList(x.addAliases, where, 'edit.addAliases');
  if (x.removeAliases !== undefined) out.removeAliases = strList(x.removeAliases, where, 'edit.removeAliases');
  if (x.properties !== undefined) out.properties = props(x.properties, where, 'edit.properties');
  return out;
}

/** Validate an untrusted record (from disk, an export or an import file). Throws CurationRecordError. */
export function parseCurationRecord(x: unknown, where: string, options: { requireSeq?: boolean } = {}): CurationRecord {
  if (!isObj(x)) fail(where, 'record must be an object');
  const id = str(x.id, where, 'id', 200);
  if (!/^chg:[A-Za-z0-9-]{1,100}$/.test(id)) fail(where, `bad change id ${JSON.stringify(id)}`);
  const op = str(x.op, where, 'op') as CurationOp;
  if (!(CURATION_OPS as readonly string[]).includes(op)) fail(where, `unknown op ${op}`);
  const kind = str(x.kind, where, 'kind');
  if (kind !== 'node' && kind !== 'edge') fail(where, `kind must be node or edge`);
  const at = str(x.at, where, 'at', 40);
  if (Number.isNaN(Date.parse(at))) fail(where, `at is not a date: ${at}`);
  let seq = 0;
  if (x.seq !== undefined || options.requireSeq) {
    if (typeof x.seq !== 'number' || !Number.isInteger(x.seq) || x.seq < 1) fail(where, 'seq must be a positive integer');
    seq = x.seq;
  }
  const rec: CurationRecord = {
    id,
    seq,
    at,
    author: str(x.author, where, 'author', 200),
    op,
    kind,
    target: str(x.target, where, 'target'),
    nodeIds: strList(x.nodeIds, where, 'nodeIds'),
    note: str(x.note ?? '', where, 'note'),
    before: snapshot(x.before, where),
    after: snapshot(x.after, where),
  };
  if (x.edit !== undefined) rec.edit = edit(x.edit, kind, where);
  if (x.node !== undefined) rec.node = parseNode(x.node, where);
  if (x.edge !== undefined) rec.edge = parseEdge(x.edge, where);
  if (x.into !== undefined) rec.into = str(x.into, where, 'into');
  // What each op needs to be folded.
  if (op === 'edit' && !rec.edit) fail(where, 'edit without edit');
  if (op === 'add' && kind === 'node' && !rec.node) fail(where, 'add node without node');
  if (op === 'add' && kind === 'edge' && !rec.edge) fail(where, 'add edge without edge');
  if (op === 'merge' && (!rec.into || kind !== 'node')) fail(where, 'merge needs kind node and into');
  if ((op === 'undo' || op === 'split') && !rec.target.startsWith('chg:')) fail(where, `${op} must target a change id`);
  if (op === 'accept' && kind === 'edge' && !rec.before?.edge) fail(where, 'accept edge without the edge it pins');
  if (op === 'accept' && kind === 'node' && !rec.before?.node) fail(where, 'accept node without the node it pins');
  return rec;
}

// ---- the curation service (implemented by the curated layer; used by GraphQL and the CLI) ------

/** Who makes a change. Roles are checked by the caller (GraphQL); the log records the name. */
export interface CurationActor {
  name: string;
}

/** A sentence a person points at as the source of a fact they add. */
export interface SourceInput {
  documentId: string;
  /** The sentence as written in the document (located in its text when the text is stored). */
  text: string;
}

export type CurationInput =
  | { op: 'accept' | 'reject'; kind: FactKind; id: string; note?: string }
  | { op: 'edit'; kind: 'edge'; id: string; set: EdgeEdit; note?: string }
  | { op: 'edit'; kind: 'node'; id: string; set: NodeEdit; note?: string }
  | {
      op: 'add';
      kind: 'node';
      node: { label: Label; name: string; aliases?: string[]; properties?: Record<string, Json> };
      note: string;
      source?: SourceInput;
    }
  | {
      op: 'add';
      kind: 'edge';
      edge: { type: RelType; source: string; target: string; properties?: Record<string, Json> };
      note: string;
      source?: SourceInput;
    }
  | { op: 'merge'; from: string; into: string; note?: string }
  /** Undo the active merge that folded node `id` into another. */
  | { op: 'split'; id: string; note?: string }
  | { op: 'undo'; change: string; note?: string };

export interface CurationResult {
  record: CurationRecord;
  /** The node the change is about, as it reads now (null when hidden). */
  node: GraphNode | null;
  /** The edge the change is about, as it reads now (null when hidden). */
  edge: GraphEdge | null;
}

export interface ChangeFilter {
  /** Only changes at or after this ISO time. */
  since?: string;
  author?: string;
  /** Only changes that concern this node (as a fact, an end of an edge, or a side of a merge). */
  nodeId?: string;
  /** Only changes about this node or edge id. */
  factId?: string;
  /** Page size (newest first). */
  first?: number;
  /** Cursor: the id of the last change of the previous page. */
  after?: string;
}

export interface ChangePage {
  records: CurationRecord[];
  totalCount: number;
  hasNextPage: boolean;
}

export interface CurationService {
  curate(input: CurationInput, actor: CurationActor): Promise<CurationResult>;
  /** The audit trail, newest first. */
  changes(filter: ChangeFilter): Promise<ChangePage>;
  changesById(ids: string[]): Promise<(CurationRecord | null)[]>;
  /** The active undo (or split) that undid a change, if any. */
  undoneBy(id: string): Promise<CurationRecord | null>;
  /** Append records exported from another store, skipping ids already present. */
  importCuration(records: CurationRecord[]): Promise<{ added: number; skipped: number }>;
  /**
   * Changes whenever what the store reads may have changed (a document written through it, a
   * curation change, another process's changes seen): a key for caches of whole-graph answers.
   */
  graphVersion(): Promise<string>;
}

export function isCurationService(x: unknown): x is CurationService {
  return isObj(x) && typeof x.curate === 'function' && typeof x.changes === 'function';
}
