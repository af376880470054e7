// Migration from the adapter's first layout, which kept every document's statement of a node
// in one `_contribs` JSON property on the node: a page of nodes still in that layout.
MATCH (n:KgNode)
WHERE n._contribs IS NOT NULL
RETURN n.id AS id, n._contribs AS contribs
LIMIT $limit
