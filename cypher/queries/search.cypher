// Ranked search. $q is the normalised query (search-rank.ts matchKey); _nameKey/_aliasKeys
// hold the normalised name/aliases and _aliasText the alias keys joined by newlines (a key
// never contains a newline), so the CONTAINS tests are exact and served by text indexes.
// Tiers as rankMatch: 0 exact name, 1 name prefix, 2 name substring, 3 alias exact, 4 alias
// substring; ties by the name's UTF-16 length (_nameLen, as JS String.length), then id.
MATCH (n:KgNode)
WHERE (n._nameKey CONTAINS $q OR n._aliasText CONTAINS $q)
  AND NOT n:KgGhost
  AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
WITH n,
     CASE
       WHEN n._nameKey = $q THEN 0
       WHEN n._nameKey STARTS WITH $q THEN 1
       WHEN n._nameKey CONTAINS $q THEN 2
       WHEN $q IN n._aliasKeys THEN 3
       ELSE 4
     END AS rank
RETURN n.id AS id, n._value AS value, rank
ORDER BY rank, n._nameLen, id
LIMIT $first
