// Whether the database already holds a graph (kg copy refuses to bulk-load into one).
MATCH (n:KgNode)
RETURN count(n) AS nodes
