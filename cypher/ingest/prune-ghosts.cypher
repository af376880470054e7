// Delete placeholders no edge touches any more.
UNWIND $ids AS id
MATCH (n:KgNode {id: id})
WHERE n:KgGhost AND NOT EXISTS { (n)--() }
DELETE n
