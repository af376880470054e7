// Edges whose two endpoints are both in $ids (all live), of $types (null = all).
UNWIND $ids AS id
MATCH (a:KgNode {id: id})-[r]->(b:KgNode)
WHERE b.id IN $ids AND ($types IS NULL OR type(r) IN $types)
RETURN r.id AS id, r._value AS value
