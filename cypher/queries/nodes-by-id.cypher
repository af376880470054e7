// Live nodes by id; unknown ids and ghosts give no row (the adapter maps them to null).
UNWIND $ids AS id
MATCH (n:KgNode {id: id})
WHERE NOT n:KgGhost
RETURN n.id AS id, n._value AS value
