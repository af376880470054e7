// Visible edges by id (both endpoints live), any type.
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
WITH r
WHERE NOT startNode(r):KgGhost AND NOT endNode(r):KgGhost
RETURN r.id AS id, r._value AS value
