// Schema for the industry-kg Neo4j store. Every statement is idempotent (IF NOT EXISTS);
// applied by `npm run kg -- migrate` and whenever the store opens.
//
// Every graph node has the internal label KgNode plus its model label (Document, Measure,
// Department, Industry, Enterprise, Lab, Park). A KgNode without a model label is a KgGhost:
// the endpoint of an edge whose node no document states any more (hidden from every read,
// deleted once no edge touches it). DocumentRecord nodes (no relationships) record, per
// ingested document, its source hash. What each source stated about each node and edge is a
// NodeContrib / EdgeContrib node (no relationships either), keyed by source and element id.
// CurationChange nodes hold the curation log (see store/curation.ts).

// One id space across labels: lookups by id do not know the label.
CREATE CONSTRAINT kg_node_id IF NOT EXISTS FOR (n:KgNode) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT measure_id IF NOT EXISTS FOR (n:Measure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT department_id IF NOT EXISTS FOR (n:Department) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industry_id IF NOT EXISTS FOR (n:Industry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT enterprise_id IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT lab_id IF NOT EXISTS FOR (n:Lab) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT park_id IF NOT EXISTS FOR (n:Park) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_record_id IF NOT EXISTS FOR (d:DocumentRecord) REQUIRE d.documentId IS UNIQUE;
// The curation log: CurationChange nodes (no relationships, never KgNode) and one CurationLog counter.
CREATE CONSTRAINT curation_change_id IF NOT EXISTS FOR (c:CurationChange) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT curation_log_id IF NOT EXISTS FOR (l:CurationLog) REQUIRE l.id IS UNIQUE;
CREATE INDEX curation_change_seq IF NOT EXISTS FOR (c:CurationChange) ON (c.seq);

// Contributions: found by source (replace or remove a document) and by element (merge).
CREATE CONSTRAINT node_contrib_key IF NOT EXISTS FOR (c:NodeContrib) REQUIRE c.key IS UNIQUE;
CREATE CONSTRAINT edge_contrib_key IF NOT EXISTS FOR (c:EdgeContrib) REQUIRE c.key IS UNIQUE;
CREATE INDEX node_contrib_element IF NOT EXISTS FOR (c:NodeContrib) ON (c.element);
CREATE INDEX node_contrib_source IF NOT EXISTS FOR (c:NodeContrib) ON (c.source);
CREATE INDEX edge_contrib_element IF NOT EXISTS FOR (c:EdgeContrib) ON (c.element);
CREATE INDEX edge_contrib_source IF NOT EXISTS FOR (c:EdgeContrib) ON (c.source);

// Edge lookup by id (getEdges, and the write path), one range index per relationship type.
CREATE INDEX contains_id IF NOT EXISTS FOR ()-[r:CONTAINS]-() ON (r.id);
CREATE INDEX responsible_for_id IF NOT EXISTS FOR ()-[r:RESPONSIBLE_FOR]-() ON (r.id);
CREATE INDEX supports_id IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.id);
CREATE INDEX mentions_id IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.id);
CREATE INDEX hosts_id IF NOT EXISTS FOR ()-[r:HOSTS]-() ON (r.id);
CREATE INDEX innovates_for_id IF NOT EXISTS FOR ()-[r:INNOVATES_FOR]-() ON (r.id);
CREATE INDEX in_industry_id IF NOT EXISTS FOR ()-[r:IN_INDUSTRY]-() ON (r.id);
CREATE INDEX located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
CREATE INDEX part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
CREATE INDEX upstream_of_id IF NOT EXISTS FOR ()-[r:UPSTREAM_OF]-() ON (r.id);
CREATE INDEX leads_id IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.id);

// search / listNodes(nameContains): substring match on the normalised name and the normalised
// aliases joined by newlines (text indexes serve CONTAINS and STARTS WITH).
CREATE TEXT INDEX kg_node_name_key IF NOT EXISTS FOR (n:KgNode) ON (n._nameKey);
CREATE TEXT INDEX kg_node_alias_text IF NOT EXISTS FOR (n:KgNode) ON (n._aliasText);
// listNodes(jurisdiction)
CREATE INDEX kg_node_jurisdiction IF NOT EXISTS FOR (n:KgNode) ON (n.jurisdiction);

// Full-text search over names and aliases for ad-hoc Cypher (Browser, Bloom):
//   CALL db.index.fulltext.queryNodes('kg_name_fulltext', '芯片') YIELD node, score
// The cjk analyzer indexes Chinese as overlapping bigrams. The app's own search does not rank
// by Lucene score: it uses the exact substring tiers of search-rank.ts (see docs/neo4j.md).
CREATE FULLTEXT INDEX kg_name_fulltext IF NOT EXISTS
FOR (n:Document|Measure|Department|Industry|Enterprise|Lab|Park) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };

// Wait (up to 300 s) until every index is online before the first query uses it.
CALL db.awaitIndexes(300);
