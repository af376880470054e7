// One source's statements of edges (key = source + U+0000 + edge id); see write-node-contribs.
UNWIND $rows AS row
MERGE (c:EdgeContrib {key: row.key})
SET c.element = row.element, c.source = row.source, c.value = row.value
