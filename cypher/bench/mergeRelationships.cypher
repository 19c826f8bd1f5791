// Benchmark baseline, bare batched: create or update a batch of relationships between nodes by id.
// @param $rows List<Map> — one per relationship: {type, from, to, document, quotes}
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r.document = row.document, r.quotes = row.quotes
