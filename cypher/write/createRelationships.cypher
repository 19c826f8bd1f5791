// Create the relationships stated by one document, with their evidence as parallel lists.
// @param $documentId String — id of the document stating them
// @param $rows List<Map> — one per relationship: {type, from, to, properties, quotes, starts, ends, rules}
// CREATE, not MERGE: the document's previous relationships were deleted in this transaction and the rows
// are unique, so MERGE would only add a search of every existing pair. quoteCount repeats size(quotes) as a
// number: a node's details add it up over thousands of relationships, and reading each quotes list cost 4×.
// USING INDEX SEEK: the planner, reading the statistics of an index not yet sampled after a large write, may
// otherwise scan the whole index once per row.
UNWIND $rows AS row
MATCH (a:Node {id: row.from}) USING INDEX SEEK a:Node(id)
MATCH (b:Node {id: row.to}) USING INDEX SEEK b:Node(id)
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties,
    r.document = $documentId,
    r.quotes = row.quotes,
    r.starts = row.starts,
    r.ends = row.ends,
    r.rules = row.rules,
    r.quoteCount = size(row.quotes)
RETURN row.type AS type, count(r) AS created
