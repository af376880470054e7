// The ids of the nodes a document states (listNodes' documentId filter).
MATCH (c:NodeContrib {source: $documentId})
RETURN c.element AS id
