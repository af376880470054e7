// Record that a document is stored, with the hash of its source (the record was created by
// lock-record). What it contributed is in NodeContrib / EdgeContrib nodes with its id as source.
MATCH (d:DocumentRecord {documentId: $documentId})
SET d.sourceHash = $sourceHash
