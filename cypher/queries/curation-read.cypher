// The curation log (store/curation.ts): records after a position, in log order. Each record is
// kept as its JSON text; the curated layer validates and applies it.
MATCH (c:CurationChange)
WHERE c.seq > $afterSeq
RETURN c.seq AS seq, c.record AS record
ORDER BY seq
