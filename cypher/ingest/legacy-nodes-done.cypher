// Migration: the merged value replaces `_contribs` (the contributions are now NodeContrib nodes).
UNWIND $rows AS row
MATCH (n:KgNode {id: row.id})
SET n._value = row.value
REMOVE n._contribs
