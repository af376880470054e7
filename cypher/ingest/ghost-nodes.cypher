// Nodes no document states any more: strip them to a KgGhost placeholder. Edges other
// documents still state keep them as an endpoint; prune-ghosts deletes the unattached ones.
UNWIND $ids AS id
MATCH (n:KgNode {id: id})
REMOVE n:Document:Measure:Department:Industry:Enterprise:Lab:Park
SET n = {id: id}, n:KgGhost
