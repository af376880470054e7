// Create edges of one relationship type (the type slot is filled from the model's closed list
// by the builder). Both endpoints exist: lock-nodes created any missing one as a KgGhost.
UNWIND $rows AS row
MATCH (a:KgNode)
WHERE a.id = row.source
MATCH (b:KgNode)
WHERE b.id = row.target
CREATE (a)-[r:/*@type*/CONTAINS]->(b)
SET r = row.props
