MATCH (d:DocumentRecord)
WHERE d.sourceHash IS NOT NULL
RETURN d.documentId AS documentId, d.sourceHash AS sourceHash
ORDER BY documentId
