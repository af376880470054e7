// Migration: records no longer list the ids a document contributed.
MATCH (d:DocumentRecord)
WHERE d.nodeIds IS NOT NULL OR d.edgeIds IS NOT NULL
REMOVE d.nodeIds, d.edgeIds
