MATCH (n:KgNode)
WHERE NOT n:KgGhost
RETURN n.id AS id, n._value AS value
ORDER BY id
