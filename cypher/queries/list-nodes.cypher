// One page of live nodes in id order (keyset: ids after $after), one statement per filter
// combination: the builder keeps only the lines of the filters asked for (//@when), so each
// combination is a plain query the planner can serve from an index (the label in a slot: a
// label scan; $after: a seek on the id index, which also gives the order). $contains is
// normalised (matchKey); $ids are the nodes a document contributed (document-nodes.cypher).
MATCH (n:/*@label*/KgNode)
WHERE NOT n:KgGhost
  AND n.id > $after //@when after
  AND (n._nameKey CONTAINS $contains OR n._aliasText CONTAINS $contains) //@when contains
  AND n.jurisdiction = $jurisdiction AND NOT 'jurisdiction' IN n._jsonKeys //@when jurisdiction
  AND n.id IN $ids //@when documentId
RETURN n.id AS id, n._value AS value
ORDER BY n.id
LIMIT $limit
