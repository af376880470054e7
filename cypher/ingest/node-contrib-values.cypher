// The distinct statements of each node, in the order of the first source stating each
// (the merge rule takes name, label and properties from the smallest source id, then fills
// from later ones; equal statements add nothing). A hub stated alike by 10,000 documents
// returns one value.
UNWIND $ids AS id
MATCH (c:NodeContrib {element: id})
WITH id, c.value AS value, min(c.source) AS first
ORDER BY id, first
RETURN id, collect(value) AS values
