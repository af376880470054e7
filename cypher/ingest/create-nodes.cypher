// Bulk load into an empty database (`kg copy --to neo4j`): create nodes of one label (the label
// slot is filled from the model's closed list by the builder).
UNWIND $rows AS row
CREATE (n:KgNode:/*@label*/Measure)
SET n = row.props
