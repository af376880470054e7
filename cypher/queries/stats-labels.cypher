MATCH (n:KgNode)
WHERE NOT n:KgGhost
UNWIND labels(n) AS label
WITH label
WHERE label <> 'KgNode'
RETURN label, count(*) AS count
