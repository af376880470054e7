// Relationships touching a ghost placeholder (hidden from reads), per type: few, found from the
// ghosts themselves.
MATCH (g:KgGhost)-[r]-()
WITH DISTINCT r
RETURN type(r) AS type, count(r) AS count
