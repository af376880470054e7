// Visible edges incident to live nodes; $direction is 'out', 'in' or 'both'; $types null = all.
MATCH (n:KgNode)
WHERE n.id IN $ids AND NOT n:KgGhost
CALL (n) {
  MATCH (n)-[r]->(m)
  WHERE $direction IN ['out', 'both']
  RETURN r, m
  UNION
  MATCH (n)<-[r]-(m)
  WHERE $direction IN ['in', 'both']
  RETURN r, m
}
WITH r, m
WHERE NOT m:KgGhost AND ($types IS NULL OR type(r) IN $types)
WITH DISTINCT r
RETURN r.id AS id, r._value AS value
ORDER BY id
