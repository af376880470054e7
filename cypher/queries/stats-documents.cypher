// Stored documents, from the count store.
MATCH (d:DocumentRecord)
RETURN count(d) AS documents
