// Bulk load: placeholders for edge endpoints no source states (hidden from every read).
UNWIND $ids AS id
MERGE (n:KgNode {id: id})
  ON CREATE SET n:KgGhost
