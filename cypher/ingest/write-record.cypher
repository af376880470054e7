// Record what a document contributed (the record was created by lock-record).
MATCH (d:DocumentRecord {documentId: $documentId})
SET d.sourceHash = $sourceHash, d.nodeIds = $nodeIds, d.edgeIds = $edgeIds
