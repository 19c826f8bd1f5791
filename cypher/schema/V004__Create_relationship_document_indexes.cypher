// A document's relations between named entities, found by the document that states them: a revision deletes its
// own relationships through these seeks instead of scanning every relationship of the store. Neo4j 5 indexes
// relationship properties per type only, hence one index per type. Structure relationships need none: each has an
// end among the document's own structure nodes (node_document).
CREATE INDEX hosts_document IF NOT EXISTS FOR ()-[r:HOSTS]-() ON (r.document);
CREATE INDEX relies_on_document IF NOT EXISTS FOR ()-[r:RELIES_ON]-() ON (r.document);
CREATE INDEX partners_with_document IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() ON (r.document);
CREATE INDEX located_in_document IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.document);
CREATE INDEX cluster_in_document IF NOT EXISTS FOR ()-[r:CLUSTER_IN]-() ON (r.document);
CREATE INDEX leads_document IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.document);
CREATE INDEX focuses_on_document IF NOT EXISTS FOR ()-[r:FOCUSES_ON]-() ON (r.document);
CREATE INDEX part_of_document IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.document);
CREATE INDEX supports_document IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.document);
CREATE INDEX co_participates_document IF NOT EXISTS FOR ()-[r:CO_PARTICIPATES]-() ON (r.document);
