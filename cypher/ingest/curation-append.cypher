// Append one curation record. The single CurationLog node is the log's counter: setting its seq
// takes its write lock, so concurrent appends (from several servers) get distinct, gap-free
// positions in commit order.
MERGE (l:CurationLog {id: 'log'})
SET l.seq = coalesce(l.seq, 0) + 1
WITH l
CREATE (c:CurationChange {id: $id, seq: l.seq, record: $record})
RETURN c.seq AS seq
