// Entity and relation extraction (Industry, Enterprise, Lab, Park and their relations).
// Placeholder until the extraction work lands: the pipeline already calls it.
import type { GraphEdge, GraphNode } from '../../model.ts';
import type { StructuredDoc } from '../types.ts';

export interface Extraction {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Items extracted with low confidence, for `ingest --report`. */
  lowConfidence: { label: string; name: string; reason: string }[];
}

export function extractEntities(_doc: StructuredDoc): Extraction {
  return { nodes: [], edges: [], lowConfidence: [] };
}
