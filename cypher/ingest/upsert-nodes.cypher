// Write the merged state of nodes of one label (the label slot is filled from the model's
// closed list by the builder). `SET n = row.props` replaces every property, so properties a
// removed contribution had do not linger. The node exists: lock-nodes created it.
UNWIND $rows AS row
MATCH (n:KgNode {id: row.id})
REMOVE n:KgGhost:Document:Measure:Department:Industry:Enterprise:Lab:Park
SET n = row.props, n:/*@label*/Measure
