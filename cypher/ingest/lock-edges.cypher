// Lock the edges a write touches (by id, any type) and read where they are.
UNWIND $ids AS eid
CALL (eid) {
  MATCH ()-[r:CONTAINS {id: eid}]->() RETURN r
  UNION ALL
  MATCH ()-[r:RESPONSIBLE_FOR {id: eid}]->() RETURN r
  UNION ALL
  MATCH ()-[r:SUPPORTS {id: eid}]->() RETURN r
  UNION ALL
  MATCH ()-[r:MENTIONS {id: eid}]->() RETURN r
  UNION ALL
  MATCH ()-[r:HOSTS {id: eid}]->() RETURN r
  UNION ALL
  MATCH ()-[r:INNOVATES_FOR {id: eid}]->() RETURN r
  UNION ALL
  MATCH ()-[r:IN_INDUSTRY {id: eid}]->() RETURN r
  UNION ALL
  MATCH ()-[r:LOCATED_IN {id: eid}]->() RETURN r
  UNION ALL
  MATCH ()-[r:PART_OF {id: eid}]->() RETURN r
  UNION ALL
  MATCH ()-[r:UPSTREAM_OF {id: eid}]->() RETURN r
  UNION ALL
  MATCH ()-[r:LEADS {id: eid}]->() RETURN r
}
SET r._lock = true
REMOVE r._lock
RETURN r.id AS id, elementId(r) AS elementId, type(r) AS type,
       startNode(r).id AS source, endNode(r).id AS target
