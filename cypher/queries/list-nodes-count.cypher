// totalCount for list-nodes with filters (same optional lines, without the cursor).
MATCH (n:/*@label*/KgNode)
WHERE NOT n:KgGhost
  AND (n._nameKey CONTAINS $contains OR n._aliasText CONTAINS $contains) //@when contains
  AND n.jurisdiction = $jurisdiction AND NOT 'jurisdiction' IN n._jsonKeys //@when jurisdiction
  AND n.id IN $ids //@when documentId
RETURN count(n) AS total
