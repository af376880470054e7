MATCH (a:KgNode)-[r]->(b:KgNode)
WHERE NOT a:KgGhost AND NOT b:KgGhost
RETURN type(r) AS type, count(*) AS count
