MATCH (n:KgNode)
WHERE NOT n:KgGhost
RETURN n.id AS id, n._contribs AS contribs
ORDER BY id
