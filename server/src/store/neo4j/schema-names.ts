// Names the Neo4j schema uses beyond the model's labels and relationship types: what
// cypher/*.cypher may mention. The Cypher lint test checks every file against exactly these,
// so a misspelt label or property is a test failure, not a silent empty result.
import { LABELS, REL_TYPES } from '../../model.ts';

/** On every graph node; a KgNode without a model label is a ghost (see mapping.ts). */
export const INTERNAL_LABELS = ['KgNode', 'KgGhost', 'DocumentRecord', 'NodeContrib', 'EdgeContrib', 'CurationChange', 'CurationLog'] as const;

export const SCHEMA_LABELS: readonly string[] = [...LABELS, ...INTERNAL_LABELS];
export const SCHEMA_REL_TYPES: readonly string[] = [...REL_TYPES];

/** Property keys queries read. (User properties are projected too, but queries read only these.) */
export const SCHEMA_PROPERTY_KEYS: readonly string[] = [
  // nodes and edges
  'id',
  'name',
  'aliases',
  'jurisdiction',
  'evidence',
  '_value',
  '_contribs', // the first layout's contributions (read only by the migration)
  '_jsonKeys',
  '_nameKey',
  '_aliasKeys',
  '_aliasText',
  '_nameLen',
  // DocumentRecord
  'documentId',
  'sourceHash',
  'nodeIds', // the first layout (removed by the migration)
  'edgeIds',
  // NodeContrib / EdgeContrib
  'key',
  'element',
  'source',
  'value',
  // CurationChange, CurationLog
  'seq',
  'record',
];
