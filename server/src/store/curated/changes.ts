// Building a change record from a person's request: validate it against the graph as it reads
// now (NOT_FOUND for unknown ids, BAD_USER_INPUT for changes the model refuses or that would
// change nothing), and take the "before" snapshot. The curated store adds "after" by folding
// the record and reading the fact again.
import { KgError } from '../../errors.ts';
import type { Evidence, GraphEdge, GraphNode, Json } from '../../model.ts';
import { edgeId } from '../../model.ts';
import type { CurationActor, CurationInput, CurationRecord, CurationSnapshot, EdgeEdit, NewCurationRecord, NodeEdit, SourceInput } from '../curation.ts';
import type { Overlay } from './overlay.ts';
import { ADDABLE_LABELS, MERGEABLE_LABELS, allowedEnds, curatable, fitsModel, nodeIdFor } from './rules.ts';
import { RESERVED_EDGE_PROPERTIES, type CuratedView } from './view.ts';

export const LIMITS = { note: 2000, name: 200, aliases: 50, properties: 30, propertyValue: 2000 } as const;

const bad = (msg: string, field?: string) => new KgError('BAD_USER_INPUT', msg, field ? { details: { field } } : undefined);
const notFound = (kind: string, id: string) => new KgError('NOT_FOUND', `未找到${kind} / no ${kind === '关系' ? 'edge' : kind === '更改' ? 'change' : 'node'} with id "${id}"`, { details: { id } });

const TYPE_ZH: Record<string, string> = {
  CONTAINS: '包含',
  RESPONSIBLE_FOR: '负责',
  SUPPORTS: '支持',
  MENTIONS: '提及',
  HOSTS: '承载',
  INNOVATES_FOR: '创新源头',
  IN_INDUSTRY: '属于',
  LOCATED_IN: '位于',
  PART_OF: '隶属',
  UPSTREAM_OF: '上游',
  LEADS: '牵头',
};

export interface ChangeContext {
  view: CuratedView;
  ov: Overlay;
  actor: CurationActor;
  id: string;
  at: string;
}

export async function buildChange(input: CurationInput, c: ChangeContext): Promise<NewCurationRecord> {
  const base = { id: c.id, at: c.at, author: c.actor.name, note: note(input.note), after: null };
  switch (input.op) {
    case 'accept':
    case 'reject': {
      if (input.kind === 'edge') {
        const e = await edge(c, input.id);
        if (input.op === 'accept' && c.ov.curatedEdges.get(e.id)?.kind === 'pinned') throw bad(`该关系已确认 / edge ${e.id} is already accepted`, 'id');
        const ends = await endsOf(c, e);
        return { ...base, op: input.op, kind: 'edge', target: e.id, nodeIds: sortedIds(e.source, e.target), before: { edge: e, ends } };
      }
      const n = await node(c, input.id);
      if (n.label === 'Document') throw bad('文件节点请用删除文件 / a Document is removed with its document, not rejected', 'id');
      if (input.op === 'accept' && c.ov.pinnedNodes.has(n.id)) throw bad(`该节点已确认 / node ${n.id} is already accepted`, 'id');
      return { ...base, op: input.op, kind: 'node', target: n.id, nodeIds: [n.id], before: { node: n } };
    }
    case 'edit':
      return input.kind === 'edge' ? editEdge(c, base, input.id, input.set) : editNode(c, base, input.id, input.set);
    case 'add':
      if (!base.note.trim()) throw bad('新增须写明理由 / adding a fact needs a note (why)', 'note');
      return input.kind === 'node' ? addNode(c, base, input.node, input.source) : addEdge(c, base, input.edge, input.source);
    case 'merge': {
      const a = await node(c, input.from);
      const b = await node(c, input.into);
      if (a.id === b.id) throw bad(`两者已是同一节点 / ${input.from} and ${input.into} are already one node (${a.id})`, 'into');
      if (a.label !== b.label) throw bad(`只能合并同类节点 / cannot merge a ${a.label} into a ${b.label}`, 'into');
      if (!MERGEABLE_LABELS.includes(a.label)) throw bad(`${a.label} 节点不能合并 / ${a.label} nodes cannot be merged`, 'from');
      return { ...base, op: 'merge', kind: 'node', target: a.id, into: b.id, nodeIds: sortedIds(a.id, b.id), before: { node: a, ends: [b] } };
    }
    case 'split': {
      const merge = c.ov.merges.get(input.id);
      if (!merge) {
        const into = c.ov.resolve(input.id);
        throw bad(into !== input.id ? `${input.id} 是经多次合并并入的，请拆分中间一步 / split the intermediate merge first` : `${input.id} 未被合并 / ${input.id} is not merged into another node`, 'id');
      }
      const into = await c.view.getNodes([merge.into!]);
      return { ...base, op: 'split', kind: 'node', target: merge.id, nodeIds: merge.nodeIds, before: into[0] ? { node: into[0] } : null };
    }
    case 'undo': {
      const t = c.ov.byId.get(input.change);
      if (!t) throw notFound('更改', input.change);
      if (c.ov.undoneBy.has(t.id)) throw bad(`该更改已被撤销（${c.ov.undoneBy.get(t.id)!.id}）/ change ${t.id} is already undone`, 'change');
      if (t.op === 'add' && t.kind === 'node') refuseDependents(c, t);
      return { ...base, op: 'undo', kind: t.kind, target: t.id, nodeIds: t.nodeIds, before: await currentOf(c.view, t) };
    }
  }
}

function note(n: string | undefined): string {
  const s = (n ?? '').trim();
  if (s.length > LIMITS.note) throw bad(`理由过长（最多 ${LIMITS.note} 字）/ note too long`, 'note');
  return s;
}

function sortedIds(...ids: string[]): string[] {
  return [...new Set(ids)].sort();
}

async function edge(c: ChangeContext, id: string): Promise<GraphEdge> {
  const [e] = await c.view.getEdges([id]);
  if (!e) throw notFound('关系', id);
  if (!curatable(e.type)) throw bad(`${e.type}（文件结构）不能人工修改 / ${e.type} edges are document structure and cannot be curated`, 'id');
  return e;
}

async function node(c: ChangeContext, id: string): Promise<GraphNode> {
  const [n] = await c.view.getNodes([id]);
  if (!n) throw notFound('节点', id);
  return n;
}

async function endsOf(c: ChangeContext, e: GraphEdge): Promise<GraphNode[]> {
  return (await c.view.getNodes([e.source, e.target])).filter((n): n is GraphNode => n !== null);
}

function checkProperties(props: Record<string, Json> | undefined, reserved: readonly string[]): Record<string, Json> | undefined {
  if (props === undefined) return undefined;
  const keys = Object.keys(props);
  if (keys.length > LIMITS.properties) throw bad(`属性过多（最多 ${LIMITS.properties} 个）/ too many properties`, 'properties');
  for (const k of keys) {
    if (reserved.includes(k)) throw bad(`属性 ${k} 由系统设置 / property ${k} is set by the system`, 'properties');
    if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(k)) throw bad(`属性名无效 / bad property name ${JSON.stringify(k)}`, 'properties');
    if (JSON.stringify(props[k]).length > LIMITS.propertyValue) throw bad(`属性 ${k} 过长 / property ${k} too long`, 'properties');
  }
  return props;
}

function checkModel(type: GraphEdge['type'], s: GraphNode, t: GraphNode): void {
  if (!curatable(type)) throw bad(`${type}（文件结构）不能人工添加 / ${type} edges come from documents only`, 'type');
  if (!fitsModel(type, s.label, t.label)) {
    const ok = allowedEnds(type)
      .map(([a, b]) => `${a}→${b}`)
      .join(', ');
    throw bad(`「${TYPE_ZH[type] ?? type}」关系不能连接 ${s.label}→${t.label}（允许 ${ok}）/ ${type} cannot join ${s.label} to ${t.label} (allowed: ${ok})`, 'type');
  }
  if (s.id === t.id) throw bad('关系两端不能是同一节点 / an edge cannot join a node to itself', 'target');
}

function checkRole(type: GraphEdge['type'], props: Record<string, Json>): void {
  if (type === 'RESPONSIBLE_FOR' && !['lead', 'support', 'responsible', 'city'].includes(String(props.role))) {
    throw bad('RESPONSIBLE_FOR 须有 role：lead / support / responsible / city', 'properties');
  }
}

async function editEdge(c: ChangeContext, base: Base, id: string, set: EdgeEdit): Promise<NewCurationRecord> {
  const e = await edge(c, id);
  const props = checkProperties(set.properties, RESERVED_EDGE_PROPERTIES);
  const [s, t] = await c.view.getNodes([set.source ?? e.source, set.target ?? e.target]);
  if (!s) throw notFound('节点', set.source ?? e.source);
  if (!t) throw notFound('节点', set.target ?? e.target);
  const type = set.type ?? e.type;
  const ends = await endsOf(c, e);
  const moved = type !== e.type || s.id !== e.source || t.id !== e.target;
  const changedProps = props && Object.entries(props).some(([k, v]) => JSON.stringify(e.properties[k] ?? null) !== JSON.stringify(v));
  if (!moved && !changedProps) throw bad('没有要修改的内容 / the edit changes nothing', 'set');
  const edit: EdgeEdit = { ...(set.type ? { type } : {}), ...(set.source ? { source: s.id } : {}), ...(set.target ? { target: t.id } : {}), ...(props ? { properties: props } : {}) };
  if (!moved) {
    checkRole(type, { ...e.properties, ...props });
    return { ...base, op: 'edit', kind: 'edge', target: e.id, nodeIds: sortedIds(e.source, e.target), edit, before: { edge: e, ends } };
  }
  checkModel(type, s, t);
  const newId = edgeId(type, s.id, t.id);
  const [existing] = await c.view.getEdges([newId]);
  if (existing) throw bad(`改后的关系已存在：${newId}（请拒绝本条、确认那条）/ the corrected edge already exists: reject this one and accept that one`, 'set');
  const properties: Record<string, Json> = { ...e.properties };
  for (const k of RESERVED_EDGE_PROPERTIES) delete properties[k];
  Object.assign(properties, props ?? {});
  for (const [k, v] of Object.entries(properties)) if (v === null) delete properties[k];
  if (type !== 'RESPONSIBLE_FOR') delete properties.role;
  checkRole(type, properties);
  const replacement: GraphEdge = {
    id: newId,
    type,
    source: s.id,
    target: t.id,
    properties: { ...properties, basis: 'curated', confidence: 1, replaces: e.id },
    evidence: e.evidence,
  };
  return {
    ...base,
    op: 'edit',
    kind: 'edge',
    target: e.id,
    nodeIds: sortedIds(e.source, e.target, s.id, t.id),
    edit,
    before: { edge: e, ends },
    // The replacement is folded from `after.edge`; the store re-reads it after the fold.
    after: { edge: replacement, ends: [s, t] },
  };
}

async function editNode(c: ChangeContext, base: Base, id: string, set: NodeEdit): Promise<NewCurationRecord> {
  const n = await node(c, id);
  if (n.label === 'Document' || n.label === 'Measure') throw bad(`${n.label} 节点来自文件，不能改名 / ${n.label} nodes come from their document and are not edited`, 'id');
  const edit: NodeEdit = {};
  if (set.name !== undefined) {
    const name = set.name.trim();
    if (!name || name.length > LIMITS.name) throw bad(`名称须为 1 到 ${LIMITS.name} 字 / name must be 1..${LIMITS.name} characters`, 'name');
    if (name !== n.name) edit.name = name;
  }
  const aliasList = (xs: string[] | undefined, field: string) => {
    if (!xs) return undefined;
    if (xs.length > LIMITS.aliases) throw bad(`别名过多（最多 ${LIMITS.aliases} 个）/ too many aliases`, field);
    const out = [...new Set(xs.map((a) => a.trim()))];
    if (out.some((a) => !a || a.length > LIMITS.name)) throw bad(`别名须为 1 到 ${LIMITS.name} 字 / aliases must be 1..${LIMITS.name} characters`, field);
    return out;
  };
  const add = aliasList(set.addAliases, 'addAliases')?.filter((a) => !n.aliases.includes(a));
  const remove = aliasList(set.removeAliases, 'removeAliases');
  const missing = remove?.filter((a) => !n.aliases.includes(a)) ?? [];
  if (missing.length > 0) throw bad(`没有这个别名 / no such alias: ${missing.join('、')}`, 'removeAliases');
  if (add?.length) edit.addAliases = add;
  if (remove?.length) edit.removeAliases = remove;
  const props = checkProperties(set.properties, ['sourceRemoved', 'basis']);
  if (props && Object.keys(props).length > 0) edit.properties = props;
  if (Object.keys(edit).length === 0) throw bad('没有要修改的内容 / the edit changes nothing', 'set');
  return { ...base, op: 'edit', kind: 'node', target: n.id, nodeIds: [n.id], edit, before: { node: n } };
}

type Base = { id: string; at: string; author: string; note: string; after: CurationSnapshot | null };

async function evidenceFrom(c: ChangeContext, source: SourceInput | undefined): Promise<Evidence[]> {
  if (!source) return [];
  const text = source.text.trim();
  if (!text || text.length > LIMITS.note) throw bad(`原文句子须为 1 到 ${LIMITS.note} 字 / the source sentence must be 1..${LIMITS.note} characters`, 'source');
  const [doc] = await c.view.getNodes([source.documentId]);
  if (!doc || doc.label !== 'Document') throw notFound('文件', source.documentId);
  const full = doc.properties.text;
  if (typeof full !== 'string') return [{ documentId: doc.id, text, start: 0, end: 0 }];
  const start = full.indexOf(text);
  if (start < 0) throw bad(`文件「${doc.name}」中找不到这句话 / the sentence is not in ${doc.id}`, 'source');
  return [{ documentId: doc.id, text, start, end: start + text.length }];
}

async function addNode(c: ChangeContext, base: Base, input: Extract<CurationInput, { op: 'add'; kind: 'node' }>['node'], source: SourceInput | undefined): Promise<NewCurationRecord> {
  if (!ADDABLE_LABELS.includes(input.label)) throw bad(`不能人工新增 ${input.label} 节点 / ${input.label} nodes come from documents`, 'label');
  const name = input.name.trim();
  if (!name || name.length > LIMITS.name) throw bad(`名称须为 1 到 ${LIMITS.name} 字 / name must be 1..${LIMITS.name} characters`, 'name');
  const props = checkProperties(input.properties, ['sourceRemoved', 'basis', 'source']) ?? {};
  const jurisdiction = typeof props.jurisdiction === 'string' ? props.jurisdiction.trim() : undefined;
  const id = nodeIdFor(input.label, name, jurisdiction);
  if (!id) throw bad('部门须有辖区（properties.jurisdiction）/ a Department needs properties.jurisdiction', 'properties');
  const [existing] = await c.view.getNodes([id]);
  if (existing) throw bad(`节点已存在：${existing.id}（${existing.name}）/ the node already exists`, 'name');
  const hidden = c.ov.hiddenNodes.get(id);
  if (hidden) throw bad(`该节点已被拒绝（${hidden.id}），请撤销那次拒绝 / this node was rejected: undo that change instead`, 'name');
  const aliases = [...new Set([name, ...(input.aliases ?? []).map((a) => a.trim()).filter(Boolean)])].sort();
  if (aliases.length > LIMITS.aliases) throw bad(`别名过多 / too many aliases`, 'aliases');
  const ev = await evidenceFrom(c, source);
  const properties: Record<string, Json> = { ...props, basis: 'curated' };
  if (ev[0]) properties.source = { documentId: ev[0].documentId, text: ev[0].text, start: ev[0].start, end: ev[0].end };
  const n: GraphNode = { id, label: input.label, name, aliases, properties };
  return { ...base, op: 'add', kind: 'node', target: id, nodeIds: [id], node: n, before: null };
}

async function addEdge(c: ChangeContext, base: Base, input: Extract<CurationInput, { op: 'add'; kind: 'edge' }>['edge'], source: SourceInput | undefined): Promise<NewCurationRecord> {
  const [s, t] = await c.view.getNodes([input.source, input.target]);
  if (!s) throw notFound('节点', input.source);
  if (!t) throw notFound('节点', input.target);
  checkModel(input.type, s, t);
  const props = checkProperties(input.properties, RESERVED_EDGE_PROPERTIES) ?? {};
  checkRole(input.type, props);
  const id = edgeId(input.type, s.id, t.id);
  const [existing] = await c.view.getEdges([id]);
  if (existing) throw bad(`关系已存在：${id}（可直接确认）/ the edge already exists: accept it instead`, 'edge');
  const hidden = c.ov.hiddenEdges.get(id);
  if (hidden) throw bad(`该关系已被拒绝（${hidden.id}），请撤销那次拒绝 / this edge was rejected: undo that change instead`, 'edge');
  const e: GraphEdge = {
    id,
    type: input.type,
    source: s.id,
    target: t.id,
    properties: { ...props, basis: 'curated', confidence: 1 },
    evidence: await evidenceFrom(c, source),
  };
  return { ...base, op: 'add', kind: 'edge', target: id, nodeIds: sortedIds(s.id, t.id), edge: e, before: null, after: { edge: e, ends: [s, t] } };
}

/** Undoing an added node that later changes build on (edges to it, edits of it) would leave them dangling. */
function refuseDependents(c: ChangeContext, t: CurationRecord): void {
  const later = c.ov.records.filter((r) => r.seq > t.seq && c.ov.isActive(r.id) && r.op !== 'reject' && r.nodeIds.includes(t.target));
  if (later.length > 0) {
    throw bad(`先撤销依赖它的更改 / undo the changes that build on it first: ${later.map((r) => r.id).join(', ')}`, 'change');
  }
}

/** The fact a change is about, as it reads now (for an undo's "before"). */
export async function currentOf(view: CuratedView, t: CurationRecord): Promise<CurationSnapshot | null> {
  if (t.op === 'merge') {
    const [n] = await view.getNodes([t.into!]);
    return n ? { node: n } : null;
  }
  if (t.kind === 'edge') {
    const id = t.after?.edge?.id ?? t.edge?.id ?? t.target;
    const [e] = await view.getEdges([id]);
    if (e) return { edge: e, ends: (await view.getNodes([e.source, e.target])).filter((n): n is GraphNode => n !== null) };
    const [old] = id !== t.target ? await view.getEdges([t.target]) : [null];
    return old ? { edge: old } : null;
  }
  const [n] = await view.getNodes([t.node?.id ?? t.target]);
  return n ? { node: n } : null;
}

/** The fact after a change was folded, read through the new overlay. */
export async function afterOf(view: CuratedView, r: NewCurationRecord, undone: CurationRecord | undefined): Promise<CurationSnapshot | null> {
  const edgeSnap = async (id: string): Promise<CurationSnapshot | null> => {
    const [e] = await view.getEdges([id]);
    return e ? { edge: e, ends: (await view.getNodes([e.source, e.target])).filter((n): n is GraphNode => n !== null) } : null;
  };
  const nodeSnap = async (id: string): Promise<CurationSnapshot | null> => {
    const [n] = await view.getNodes([id]);
    return n ? { node: n } : null;
  };
  switch (r.op) {
    case 'accept':
    case 'reject':
      return r.kind === 'edge' ? edgeSnap(r.target) : nodeSnap(r.target);
    case 'edit':
      return r.kind === 'edge' ? edgeSnap(r.after?.edge?.id ?? r.target) : nodeSnap(r.target);
    case 'add':
      return r.kind === 'edge' ? edgeSnap(r.edge!.id) : nodeSnap(r.node!.id);
    case 'merge':
      return nodeSnap(r.into!);
    case 'split':
    case 'undo': {
      if (!undone) return null;
      if (undone.op === 'merge') {
        const [a, b] = await view.getNodes([undone.target, undone.into!]);
        return a ? { node: a, ends: b ? [b] : [] } : null;
      }
      if (undone.kind === 'edge') return (await edgeSnap(undone.target)) ?? (await edgeSnap(undone.after?.edge?.id ?? undone.edge?.id ?? undone.target));
      return nodeSnap(undone.node?.id ?? undone.target);
    }
  }
}
