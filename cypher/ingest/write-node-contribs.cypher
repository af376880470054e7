// One source's statements of nodes, one small node each (key = source + U+0000 + node id), so a
// hub named by every document keeps none of them on itself: an ingest writes its own
// contribution and re-merges, and the hub's properties do not grow with the corpus.
UNWIND $rows AS row
MERGE (c:NodeContrib {key: row.key})
SET c.element = row.element, c.source = row.source, c.value = row.value
