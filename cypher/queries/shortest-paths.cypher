// All shortest undirected paths between two live nodes, at most maxLength hops, avoiding
// ghost placeholders. The bound cannot be a parameter in Cypher: the builder fills the slot
// with a validated integer (boundedInt, 1..12). The adapter orders and picks the paths.
MATCH (a:KgNode {id: $from})
WHERE NOT a:KgGhost
MATCH (b:KgNode {id: $to})
WHERE NOT b:KgGhost
MATCH p = allShortestPaths((a)-[*../*@maxLength*/6]-(b))
WHERE all(x IN nodes(p) WHERE NOT x:KgGhost)
RETURN [x IN nodes(p) | x.id] AS nodeIds, [r IN relationships(p) | r.id] AS edgeIds
