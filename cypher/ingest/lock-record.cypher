// Lock (creating if absent) the record of a document being replaced. The write lock serialises
// concurrent writers of the same document; its contributions are read after this.
MERGE (d:DocumentRecord {documentId: $documentId})
SET d._lock = true
REMOVE d._lock
RETURN d.documentId AS documentId
