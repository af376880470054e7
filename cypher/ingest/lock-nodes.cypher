// Lock the nodes a write touches. Nodes not yet in the graph are created as KgGhost
// placeholders, so that a concurrent writer of the same id blocks here until we commit and then
// reads what we wrote (no lost update).
UNWIND $ids AS id
MERGE (n:KgNode {id: id})
  ON CREATE SET n:KgGhost
SET n._lock = true
REMOVE n._lock
RETURN n.id AS id, n:KgGhost AS ghost
