// Benchmark baseline, one statement per row: create or update one relationship between two nodes by id.
// @param $type String — relationship type
// @param $from String — id of the start node
// @param $to String — id of the end node
// @param $document String — id of the document stating it
// @param $quotes List<String> — evidence quotes
MATCH (a:Node {id: $from})
MATCH (b:Node {id: $to})
MERGE (a)-[r:$($type)]->(b)
SET r.document = $document, r.quotes = $quotes
