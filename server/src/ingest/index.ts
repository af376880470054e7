// Ingest pipeline: read → structure → responsibilities/departments → extract → GraphBatch.
import { basename, dirname, resolve } from 'node:path';
import { edgeId, type Evidence, type GraphBatch, type GraphEdge, type GraphNode, type Json, type Role } from '../model.ts';
import type { IngestContext } from './context.ts';
import { findEntities } from './entities/index.ts';
import { findRelations } from './relations/index.ts';
import { resolveEntities, type ResolvedEntities } from './resolve/index.ts';
import { documentId, measureId } from './ids.ts';
import { decodeSource, readSource } from './read/index.ts';
import { loadCuratedMeta } from './read/files.ts';
import { assignResponsibilities } from './responsibilities/index.ts';
import { structureDocument } from './structure/index.ts';
import type { DocumentMeta, MeasureUnit, Sentence, SourceDocument, StructuredDoc } from './types.ts';

export interface LowConfidenceItem {
  label: string;
  name: string;
  reason: string;
}

export interface IngestReport {
  file: string;
  documentId: string;
  title: string;
  /** Node counts per label. */
  nodesByLabel: Record<string, number>;
  /** Edge counts per relationship type. */
  edgesByType: Record<string, number>;
  measures: number;
  measuresWithDepartments: number;
  lowConfidence: LowConfidenceItem[];
}

const ROLE_RANK: Record<Role, number> = { lead: 4, responsible: 3, support: 2, city: 1 };
const MEASURE_NAME_MAX = 40;

function evidence(doc: StructuredDoc, start: number, end: number, section?: string): Evidence {
  const ev: Evidence = { documentId: documentId(doc.source.file), text: doc.source.text.slice(start, end), start, end };
  if (section) ev.section = section;
  return ev;
}

const firstSentences = new WeakMap<StructuredDoc, Map<number, Sentence>>();

function firstSentence(doc: StructuredDoc, index: number): Sentence | undefined {
  let map = firstSentences.get(doc);
  if (!map) {
    map = new Map();
    for (const s of doc.sentences) if (s.measureIndex !== undefined && !map.has(s.measureIndex)) map.set(s.measureIndex, s);
    firstSentences.set(doc, map);
  }
  return map.get(index);
}

function measureName(doc: StructuredDoc, m: MeasureUnit, index: number): string {
  if (m.title) return `${m.number} ${m.title}`;
  const s = firstSentence(doc, index);
  let t = doc.source.text.slice(s?.start ?? m.start, s?.end ?? m.end);
  // drop the leading number marker (36-1. / 1． / （一）) before taking the first clause
  t = t.replace(/^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+(?:-\d+)?\s*[.．、]|[一二三四五六七八九十]+[、.．])\s*/, '');
  const clause = t.split(/[，,。；;！？!?]/)[0] ?? t;
  const short = clause.length > MEASURE_NAME_MAX ? clause.slice(0, MEASURE_NAME_MAX) + '…' : clause;
  return `${m.number} ${short}`;
}

function put(nodes: Map<string, GraphNode>, n: GraphNode): void {
  const old = nodes.get(n.id);
  if (!old) {
    nodes.set(n.id, n);
    return;
  }
  for (const a of n.aliases) if (!old.aliases.includes(a) && a !== old.name) old.aliases.push(a);
  for (const [k, v] of Object.entries(n.properties)) if (!(k in old.properties)) old.properties[k] = v;
}

function putEdge(edges: Map<string, GraphEdge>, e: GraphEdge): void {
  const old = edges.get(e.id);
  if (!old) {
    edges.set(e.id, e);
    return;
  }
  for (const ev of e.evidence) {
    if (!old.evidence.some((x) => x.start === ev.start && x.end === ev.end && x.documentId === ev.documentId)) old.evidence.push(ev);
  }
  for (const [k, v] of Object.entries(e.properties)) if (!(k in old.properties)) old.properties[k] = v;
}

/** Everything one structured document contributes to the graph. */
export function buildBatch(doc: StructuredDoc, extraction: Extraction): GraphBatch {
  const docId = documentId(doc.source.file);
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const meta = doc.meta;
  const nul = (v: string | undefined): Json => v ?? null;

  put(nodes, {
    id: docId,
    label: 'Document',
    name: meta.title || doc.source.file,
    aliases: [],
    properties: {
      file: doc.source.file,
      title: meta.title || doc.source.file,
      issuer: nul(meta.issuer),
      date: nul(meta.date),
      docNumber: nul(meta.docNumber),
      jurisdiction: nul(meta.jurisdiction),
      city: nul(meta.city),
      format: doc.source.format,
      encoding: nul(doc.source.encoding),
      sourceHash: doc.source.sourceHash,
      text: doc.source.text,
    },
  });

  doc.measures.forEach((m, i) => {
    const mid = measureId(doc, i);
    const section = m.sectionPath.join(' > ');
    put(nodes, {
      id: mid,
      label: 'Measure',
      name: measureName(doc, m, i),
      aliases: [],
      properties: {
        documentId: docId,
        number: m.number,
        title: m.title,
        text: doc.source.text.slice(m.start, m.end),
        section,
        collectives: m.collectives,
        start: m.start,
        end: m.end,
      },
    });
    const first = firstSentence(doc, i);
    putEdge(edges, {
      id: edgeId('CONTAINS', docId, mid),
      type: 'CONTAINS',
      source: docId,
      target: mid,
      properties: {},
      evidence: [evidence(doc, first?.start ?? m.start, first?.end ?? m.end, section)],
    });

    // one edge per (department, measure); the strongest role wins, evidence accumulates
    const perDept = new Map<string, { role: Role; evidence: Evidence[] }>();
    for (const r of m.responsibilities) {
      const d = r.department;
      const aliases = [...new Set([r.name, r.surface, ...(r.aliases ?? [])].filter((a) => a !== d.name))];
      put(nodes, { id: d.id, label: 'Department', name: d.name, aliases, properties: { jurisdiction: d.jurisdiction } });
      const spans = r.evidence?.length ? r.evidence : m.evidenceSpans.length ? m.evidenceSpans : [{ start: r.start, end: r.end }];
      const evs = spans.map((s) => evidence(doc, s.start, s.end, section));
      const cur = perDept.get(d.id);
      if (!cur) perDept.set(d.id, { role: r.role, evidence: evs });
      else {
        if (ROLE_RANK[r.role] > ROLE_RANK[cur.role]) cur.role = r.role;
        for (const ev of evs) if (!cur.evidence.some((x) => x.start === ev.start && x.end === ev.end)) cur.evidence.push(ev);
      }
    }
    for (const [deptId, v] of perDept) {
      putEdge(edges, {
        id: edgeId('RESPONSIBLE_FOR', deptId, mid),
        type: 'RESPONSIBLE_FOR',
        source: deptId,
        target: mid,
        properties: { role: v.role },
        evidence: v.evidence,
      });
    }
  });

  for (const n of extraction.nodes) put(nodes, { ...n, aliases: [...n.aliases], properties: { ...n.properties } });
  for (const e of extraction.edges) putEdge(edges, { ...e, properties: { ...e.properties }, evidence: [...e.evidence] });

  return { documentId: docId, sourceHash: doc.source.sourceHash, nodes: [...nodes.values()], edges: [...edges.values()] };
}

// ---------------------------------------------------------------- files

/** The graph part of one structured document: entities → relations → resolve. */
export type Extraction = ResolvedEntities;
export function extractEntities(doc: StructuredDoc, ctx: IngestContext): Extraction {
  const found = findEntities(doc, ctx);
  return resolveEntities(found, findRelations(doc, found, ctx), ctx);
}

/** Structure and responsibilities of one document. */
export function parseDocument(source: SourceDocument, ctx: IngestContext, curatedMeta?: Partial<DocumentMeta>): StructuredDoc {
  return assignResponsibilities(structureDocument(source, ctx, curatedMeta), ctx);
}

/** One document from its source text: structure, extraction, batch and report, each run once. */
export function documentToBatch(source: SourceDocument, ctx: IngestContext, curatedMeta?: Partial<DocumentMeta>): { doc: StructuredDoc; batch: GraphBatch; report: IngestReport } {
  const doc = parseDocument(source, ctx, curatedMeta);
  const extraction = extractEntities(doc, ctx);
  const batch = buildBatch(doc, extraction);
  return { doc, batch, report: makeReport(doc, batch, extraction.lowConfidence) };
}

/** The pure entry point: file name and bytes in, batch and report out (no store, no GraphQL). */
export async function runPipeline(
  input: { file: string; bytes: Uint8Array; curatedMeta?: Partial<DocumentMeta> },
  ctx: IngestContext,
): Promise<{ batch: GraphBatch; report: IngestReport }> {
  const { batch, report } = documentToBatch(await decodeSource(input.file, input.bytes), ctx, input.curatedMeta);
  return { batch, report };
}

export async function ingestFile(path: string, ctx: IngestContext): Promise<{ doc: StructuredDoc; batch: GraphBatch; report: IngestReport }> {
  const source = await readSource(path);
  const curated = (await loadCuratedMeta(dirname(resolve(path))))[basename(path)];
  return documentToBatch(source, ctx, curated);
}

export function makeReport(doc: StructuredDoc, batch: GraphBatch, extracted: LowConfidenceItem[]): IngestReport {
  const nodes: Record<string, number> = {};
  const edges: Record<string, number> = {};
  for (const n of batch.nodes) nodes[n.label] = (nodes[n.label] ?? 0) + 1;
  for (const e of batch.edges) edges[e.type] = (edges[e.type] ?? 0) + 1;
  const lowConfidence: LowConfidenceItem[] = [];
  for (const w of doc.warnings ?? []) {
    const m = w.measureIndex !== undefined ? doc.measures[w.measureIndex] : undefined;
    lowConfidence.push({ label: 'Measure', name: m ? m.number : doc.source.file, reason: w.message });
  }
  if (!doc.meta.title) lowConfidence.push({ label: 'Document', name: doc.source.file, reason: '未能识别标题 / no title found' });
  if (!doc.meta.jurisdiction) lowConfidence.push({ label: 'Document', name: doc.source.file, reason: '未能识别所属区域，部门无法准确归属 / no jurisdiction found' });
  lowConfidence.push(...extracted);
  return {
    file: doc.source.file,
    documentId: batch.documentId,
    title: doc.meta.title,
    nodesByLabel: nodes,
    edgesByType: edges,
    measures: doc.measures.length,
    measuresWithDepartments: doc.measures.filter((m) => m.responsibilities.some((r) => r.role !== 'city')).length,
    lowConfidence,
  };
}

export { collectInputFiles, loadCuratedMeta } from './read/files.ts';
