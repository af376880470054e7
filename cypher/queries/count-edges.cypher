// How many visible edges each node has, by direction ('out', 'in', 'both') and types (null = all),
// a self-loop counted once: edgesOf's answer, counted instead of returned. Rows keep the order
// of $ids (the adapter maps by position).
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (n:KgNode {id: $ids[i]})
WHERE NOT n:KgGhost
WITH i, n
RETURN i,
  CASE WHEN n IS NULL THEN 0 ELSE
    (CASE WHEN $direction IN ['out', 'both'] THEN COUNT { MATCH (n)-[r]->(m) WHERE NOT m:KgGhost AND ($types IS NULL OR type(r) IN $types) } ELSE 0 END)
    + (CASE WHEN $direction IN ['in', 'both'] THEN COUNT { MATCH (n)<-[r]-(m) WHERE NOT m:KgGhost AND ($types IS NULL OR type(r) IN $types) } ELSE 0 END)
    - (CASE WHEN $direction = 'both' THEN COUNT { MATCH (n)-[r]->(n) WHERE $types IS NULL OR type(r) IN $types } ELSE 0 END)
  END AS count
ORDER BY i
