// Live nodes per model label, each from the count store (ghosts carry no model label).
MATCH (n:Document)
RETURN 'Document' AS label, count(n) AS count
UNION ALL
MATCH (n:Measure)
RETURN 'Measure' AS label, count(n) AS count
UNION ALL
MATCH (n:Department)
RETURN 'Department' AS label, count(n) AS count
UNION ALL
MATCH (n:Industry)
RETURN 'Industry' AS label, count(n) AS count
UNION ALL
MATCH (n:Enterprise)
RETURN 'Enterprise' AS label, count(n) AS count
UNION ALL
MATCH (n:Lab)
RETURN 'Lab' AS label, count(n) AS count
UNION ALL
MATCH (n:Park)
RETURN 'Park' AS label, count(n) AS count
