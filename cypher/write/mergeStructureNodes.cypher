// Create or replace the structure nodes (Document, Section, Task …) of one document; reports what each node was before.
// @param $documentId String — id of the document that owns the nodes
// @param $rows List<Map> — one per node: {id, label, name, aliases, properties}, properties already storable
// USING INDEX SEEK: the planner, reading the statistics of an index not yet sampled after a large write, may
// otherwise scan the whole index once per row.
UNWIND $rows AS row
OPTIONAL MATCH (old:Node {id: row.id}) USING INDEX SEEK old:Node(id)
// a fresh node is the placeholder lockDocumentRevision made in this transaction: the document is new
WITH row, old IS NOT NULL AND old.fresh IS NULL AS existed, old.document AS previousOwner
MERGE (n:Node {id: row.id})
SET n = row.properties, n.id = row.id, n.name = row.name, n.aliases = row.aliases, n.document = $documentId
SET n:$(row.label)
RETURN row.id AS id, row.label AS label, existed, previousOwner, labels(n) AS labels
