// Lock the record of a document being removed; no row when the document is unknown.
MATCH (d:DocumentRecord {documentId: $documentId})
SET d._lock = true
REMOVE d._lock
RETURN d.documentId AS documentId
