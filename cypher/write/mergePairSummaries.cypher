// Add one document's share to the pair summaries: one LINK per entity pair and relation type, however many documents
// state it, counting its relationships (one per document and set of properties), their documents and their quotes.
// @param $rows List<Map> — one per pair the document states: {type, from, to, relationships, quoteCount}, sorted
// A summary is a count, never a fact: it carries no quote; the evidence stays on the per-document relationships.
// It lets a node's details, neighbours and paths read one row per partner instead of one per document. Rows are
// sorted by (from, to, type) so that concurrent writers take the summaries' locks in one order.
// USING INDEX SEEK: the planner, reading the statistics of an index not yet sampled after a large write, may
// otherwise scan the whole index once per row.
UNWIND $rows AS row
MATCH (a:Node {id: row.from}) USING INDEX SEEK a:Node(id)
MATCH (b:Node {id: row.to}) USING INDEX SEEK b:Node(id)
MERGE (a)-[s:LINK {type: row.type}]->(b)
  ON CREATE SET s.documents = 0, s.relationships = 0, s.quoteCount = 0
SET s.documents = s.documents + 1, s.relationships = s.relationships + row.relationships,
    s.quoteCount = s.quoteCount + row.quoteCount
RETURN count(s) AS pairs
