// Bulk load: one record per copied document.
UNWIND $rows AS row
MERGE (d:DocumentRecord {documentId: row.documentId})
SET d.sourceHash = row.sourceHash
