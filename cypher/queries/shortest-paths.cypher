// Shortest undirected paths between two live nodes, at most maxLength hops, avoiding ghost
// placeholders, as distinct node sequences in the embedded store's order (read backwards from
// the target, by id), the first $first of them. allShortestPaths yields one path per
// combination of parallel edges; at most $scan of them are read (the adapter's bound, see
// docs/neo4j.md), then the hops are resolved to edges by edges-between.cypher. The length
// bound cannot be a parameter in Cypher: the builder fills the slot with a validated integer.
MATCH (a:KgNode {id: $from})
WHERE NOT a:KgGhost
MATCH (b:KgNode {id: $to})
WHERE NOT b:KgGhost
MATCH p = allShortestPaths((a)-[*../*@maxLength*/6]-(b))
WHERE all(x IN nodes(p) WHERE NOT x:KgGhost)
WITH [x IN nodes(p) | x.id] AS nodeIds
LIMIT $scan
WITH DISTINCT nodeIds
RETURN nodeIds
ORDER BY reverse(nodeIds)
LIMIT $first
