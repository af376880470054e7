// One breadth-first step, bounded: for each frontier node, its first $cap not-yet-seen
// neighbours of the wanted labels, each neighbour once, ordered by the smallest id of the
// visible edges (of the wanted types, either direction) that join them. That is the order in
// which the embedded store's walk meets them, so the adapter's walk over these rows is exact;
// a hub with 50,000 edges ships at most $cap rows instead of every edge.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:KgNode {id: id})-[r]-(m:KgNode)
  WHERE NOT m:KgGhost
    AND ($types IS NULL OR type(r) IN $types)
    AND NOT m.id IN $seen
  WITH m, [l IN labels(m) WHERE l <> 'KgNode'][0] AS otherLabel, min(r.id) AS edgeId
  WHERE $labels IS NULL OR otherLabel IN $labels
  RETURN m.id AS otherId, otherLabel, edgeId
  ORDER BY edgeId
  LIMIT $cap
}
RETURN id, edgeId, otherId, otherLabel
