// Delete edges (located by the element ids lock-edges returned in this transaction).
UNWIND $elementIds AS eid
MATCH ()-[r]->()
WHERE elementId(r) = eid
DELETE r
