// The server's product version (the adapter needs Neo4j ≥ 5.23 for CALL (x) { … } subqueries).
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
