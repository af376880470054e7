MATCH (d:DocumentRecord)
WHERE d.sourceHash IS NOT NULL
RETURN count(d) AS documents
