// Rewrite the merged state of existing edges (type and endpoints unchanged).
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.elementId
SET r = row.props
