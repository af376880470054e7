// One page of live nodes in id order (keyset: ids after $after), with the total count.
// Filters are skipped when their parameter is null. $contains is normalised (matchKey).
// $documentId keeps the nodes that document contributed (its record's nodeIds).
OPTIONAL MATCH (d:DocumentRecord {documentId: $documentId})
WITH CASE WHEN $documentId IS NULL THEN null ELSE coalesce(d.nodeIds, []) END AS docNodeIds
MATCH (n:KgNode)
WHERE NOT n:KgGhost
  AND ($label IS NULL OR $label IN labels(n))
  AND ($contains IS NULL OR n._nameKey CONTAINS $contains OR n._aliasText CONTAINS $contains)
  AND ($jurisdiction IS NULL OR (n.jurisdiction = $jurisdiction AND NOT 'jurisdiction' IN n._jsonKeys))
  AND (docNodeIds IS NULL OR n.id IN docNodeIds)
WITH n
ORDER BY n.id
WITH collect(n) AS matched
WITH size(matched) AS totalCount, [m IN matched WHERE $after IS NULL OR m.id > $after] AS rest
RETURN totalCount,
       size(rest) > $first AS hasNextPage,
       [m IN rest[0..$first] | {id: m.id, contribs: m._contribs}] AS nodes
