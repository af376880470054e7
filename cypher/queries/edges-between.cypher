// For each pair of adjacent nodes, the smallest id of the edges between them (either direction).
UNWIND $pairs AS pair
MATCH (a:KgNode {id: pair[0]})-[r]-(b:KgNode {id: pair[1]})
RETURN pair[0] AS a, pair[1] AS b, min(r.id) AS edgeId
