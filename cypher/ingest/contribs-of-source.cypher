// What one source (a document) contributed: one row per node and per edge, with the canonical
// JSON of its statement. Served by the indexes on NodeContrib.source and EdgeContrib.source.
MATCH (c:NodeContrib {source: $source})
RETURN 'node' AS kind, c.element AS element, c.value AS value
UNION ALL
MATCH (c:EdgeContrib {source: $source})
RETURN 'edge' AS kind, c.element AS element, c.value AS value
