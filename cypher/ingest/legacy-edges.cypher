// Migration: a page of edges still carrying `_contribs`.
MATCH (:KgNode)-[r]->(:KgNode)
WHERE r._contribs IS NOT NULL
RETURN elementId(r) AS elementId, r.id AS id, r._contribs AS contribs
LIMIT $limit
