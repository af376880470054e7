// Lock (creating if absent) the record of a document being replaced, and read what it
// contributed last time. The write lock serialises concurrent writers of the same document.
MERGE (d:DocumentRecord {documentId: $documentId})
SET d._lock = true
REMOVE d._lock
RETURN d.nodeIds AS nodeIds, d.edgeIds AS edgeIds
