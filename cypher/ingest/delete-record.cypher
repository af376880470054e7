MATCH (d:DocumentRecord {documentId: $documentId})
DELETE d
