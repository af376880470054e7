// The document's own nodes: the Document (metadata and text), its Measures (number, title, text,
// section), each CONTAINS edge quoting the measure's first sentence.
import { edgeId, type Evidence, type GraphEdge, type GraphNode, type Json } from '../../model.ts';
import { documentId, measureId } from '../ids.ts';
import type { MeasureUnit, Sentence, StructuredDoc } from '../types.ts';

const MEASURE_NAME_MAX = 40;

/** A span of the document as evidence. */
export function evidence(doc: StructuredDoc, start: number, end: number, section?: string): Evidence {
  const ev: Evidence = { documentId: documentId(doc.source.file), text: doc.source.text.slice(start, end), start, end };
  if (section) ev.section = section;
  return ev;
}

export function documentNode(doc: StructuredDoc): GraphNode {
  const { meta, source } = doc;
  const nul = (v: string | undefined): Json => v ?? null;
  return {
    id: documentId(source.file),
    label: 'Document',
    name: meta.title || source.file,
    aliases: [],
    properties: {
      file: source.file,
      title: meta.title || source.file,
      issuer: nul(meta.issuer),
      date: nul(meta.date),
      docNumber: nul(meta.docNumber),
      jurisdiction: nul(meta.jurisdiction),
      city: nul(meta.city),
      format: source.format,
      encoding: nul(source.encoding),
      sourceHash: source.sourceHash,
      text: source.text,
    },
  };
}

/** The first sentence of each measure, by measure index. */
export function firstSentences(doc: StructuredDoc): Map<number, Sentence> {
  const map = new Map<number, Sentence>();
  for (const s of doc.sentences) if (s.measureIndex !== undefined && !map.has(s.measureIndex)) map.set(s.measureIndex, s);
  return map;
}

/** Measure `i` as a node and the document's CONTAINS edge to it. */
export function measureNode(doc: StructuredDoc, m: MeasureUnit, i: number, first: Sentence | undefined): { node: GraphNode; contains: GraphEdge } {
  const docId = documentId(doc.source.file);
  const mid = measureId(doc, i);
  const section = m.sectionPath.join(' > ');
  const node: GraphNode = {
    id: mid,
    label: 'Measure',
    name: measureName(doc, m, first),
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
  };
  const contains: GraphEdge = {
    id: edgeId('CONTAINS', docId, mid),
    type: 'CONTAINS',
    source: docId,
    target: mid,
    properties: {},
    evidence: [evidence(doc, first?.start ?? m.start, first?.end ?? m.end, section)],
  };
  return { node, contains };
}

/** "15 信创产业" — the number with the title, or with the first clause of an untitled measure. */
function measureName(doc: StructuredDoc, m: MeasureUnit, first: Sentence | undefined): string {
  if (m.title) return `${m.number} ${m.title}`;
  let t = doc.source.text.slice(first?.start ?? m.start, first?.end ?? m.end);
  // drop the leading number marker (36-1. / 1． / （一）) before taking the first clause
  t = t.replace(/^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+(?:-\d+)?\s*[.．、]|[一二三四五六七八九十]+[、.．])\s*/, '');
  const clause = t.split(/[，,。；;！？!?]/)[0] ?? t;
  const short = clause.length > MEASURE_NAME_MAX ? clause.slice(0, MEASURE_NAME_MAX) + '…' : clause;
  return `${m.number} ${short}`;
}
