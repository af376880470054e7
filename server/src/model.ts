// The graph data model shared by ingest, stores and the API.
import type { Basis } from './basis.ts';
// Labels, relationship types and the export format are a contract (see README "Data model").

export const LABELS = ['Document', 'Measure', 'Department', 'Industry', 'Enterprise', 'Lab', 'Park'] as const;
export type Label = (typeof LABELS)[number];

export const REL_TYPES = [
  'CONTAINS', // Document → Measure
  'RESPONSIBLE_FOR', // Department → Measure, properties.role
  'SUPPORTS', // Measure → Industry
  'MENTIONS', // Measure → Enterprise | Lab | Park
  'HOSTS', // Park → Industry
  'INNOVATES_FOR', // Lab | Enterprise → Industry
  'IN_INDUSTRY', // Enterprise → Industry
  'LOCATED_IN', // Enterprise | Lab | Park → Park
  'PART_OF', // Industry → Industry, Park → Park
  'UPSTREAM_OF', // Industry → Industry
  'LEADS', // Enterprise → Lab
] as const;
export type RelType = (typeof REL_TYPES)[number];

/** Labels each relation type joins, source → target (ARCHITECTURE "Data model"): extracted, added and edited edges alike. */
export const RELATION_ENDS: Readonly<Record<RelType, readonly (readonly [Label, Label])[]>> = {
  CONTAINS: [['Document', 'Measure']],
  RESPONSIBLE_FOR: [['Department', 'Measure']],
  SUPPORTS: [['Measure', 'Industry']],
  MENTIONS: [
    ['Measure', 'Enterprise'],
    ['Measure', 'Lab'],
    ['Measure', 'Park'],
  ],
  HOSTS: [['Park', 'Industry']],
  INNOVATES_FOR: [
    ['Lab', 'Industry'],
    ['Enterprise', 'Industry'],
  ],
  IN_INDUSTRY: [['Enterprise', 'Industry']],
  LOCATED_IN: [
    ['Enterprise', 'Park'],
    ['Lab', 'Park'],
    ['Park', 'Park'],
  ],
  PART_OF: [
    ['Industry', 'Industry'],
    ['Park', 'Park'],
  ],
  UPSTREAM_OF: [['Industry', 'Industry']],
  LEADS: [['Enterprise', 'Lab']],
};

/**
 * Roles on RESPONSIBLE_FOR.
 * - lead: 牵头部门/牵头单位
 * - support: 责任/配合 listed beside a lead
 * - responsible: listed without a lead (责任部门:A、B / A、B按职责分工负责 / 责任单位：…)
 * - city: bodies above the document's issuer named in a 分工表's own 责任部门 column
 *   (市科技局, 滨海新区政府, 滨海高新区管委会 …), as opposed to the issuer's own departments.
 */
export const ROLES = ['lead', 'support', 'responsible', 'city'] as const;
export type Role = (typeof ROLES)[number];

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface Evidence {
  documentId: string;
  /** Heading path of the sentence, joined with " > " */
  section?: string;
  /** The sentence as it appears in the document text (text.slice(start, end)). */
  text: string;
  start: number;
  end: number;
  /** How this sentence states the relation (inferred edges; see server/src/basis.ts). */
  basis?: Basis;
  /** How sure this sentence alone makes the relation, in [0, 1]. */
  confidence?: number;
}

export interface GraphNode {
  id: string;
  label: Label;
  name: string;
  aliases: string[];
  properties: Record<string, Json>;
}

export interface GraphEdge {
  id: string;
  type: RelType;
  source: string;
  target: string;
  properties: Record<string, Json>;
  evidence: Evidence[];
}

/** Everything one document contributes to the graph, its own Document node included. */
export interface GraphBatch {
  documentId: string;
  /** Content hash of the source bytes; lets `npm start` skip unchanged seeds. */
  sourceHash: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const EXPORT_FORMAT = 'industry-kg/graph@1';

export interface GraphExport {
  format: typeof EXPORT_FORMAT;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function isLabel(x: string): x is Label {
  return (LABELS as readonly string[]).includes(x);
}
export function isRelType(x: string): x is RelType {
  return (REL_TYPES as readonly string[]).includes(x);
}

/** Deterministic edge id: one edge per (type, source, target). */
export function edgeId(type: RelType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}
