// Nodes of one model label: answered from the count store (ghosts carry no model label).
MATCH (n:/*@label*/Measure)
RETURN count(n) AS total
