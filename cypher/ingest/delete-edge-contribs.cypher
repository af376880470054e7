UNWIND $keys AS key
MATCH (c:EdgeContrib {key: key})
DELETE c
