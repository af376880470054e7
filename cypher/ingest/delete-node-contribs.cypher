UNWIND $keys AS key
MATCH (c:NodeContrib {key: key})
DELETE c
