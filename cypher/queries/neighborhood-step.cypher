// One breadth-first step: visible edges (either direction) from frontier nodes, with the
// other endpoint and its model label. The adapter walks these in the embedded store's order.
UNWIND $ids AS id
MATCH (n:KgNode {id: id})-[r]-(m:KgNode)
WHERE NOT m:KgGhost AND ($types IS NULL OR type(r) IN $types)
RETURN n.id AS id, r.id AS edgeId, m.id AS otherId,
       [l IN labels(m) WHERE l <> 'KgNode'][0] AS otherLabel
