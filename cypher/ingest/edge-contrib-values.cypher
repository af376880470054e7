// Every statement of each edge, in source order (the merged evidence concatenates them).
UNWIND $ids AS id
MATCH (c:EdgeContrib {element: id})
WITH id, c.source AS source, c.value AS value
ORDER BY id, source
RETURN id, collect(value) AS values
