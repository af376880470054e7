// Relationships per type, each from the count store (stats-ghost-edges subtracts the hidden ones).
MATCH ()-[r:CONTAINS]->()
RETURN 'CONTAINS' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:RESPONSIBLE_FOR]->()
RETURN 'RESPONSIBLE_FOR' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:SUPPORTS]->()
RETURN 'SUPPORTS' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:MENTIONS]->()
RETURN 'MENTIONS' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:HOSTS]->()
RETURN 'HOSTS' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:INNOVATES_FOR]->()
RETURN 'INNOVATES_FOR' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:IN_INDUSTRY]->()
RETURN 'IN_INDUSTRY' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:LOCATED_IN]->()
RETURN 'LOCATED_IN' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:PART_OF]->()
RETURN 'PART_OF' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:UPSTREAM_OF]->()
RETURN 'UPSTREAM_OF' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:LEADS]->()
RETURN 'LEADS' AS type, count(r) AS count
