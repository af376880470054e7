MATCH (a:KgNode)-[r]->(b:KgNode)
WHERE NOT a:KgGhost AND NOT b:KgGhost
RETURN r.id AS id, r._value AS value
ORDER BY id
