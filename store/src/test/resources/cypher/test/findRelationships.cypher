// Tests: the relationships from one node to another, as type and properties (the per-document relationships; pair
// summaries: listPairSummaries).
// @param $from String — id of the start node
// @param $to String — id of the end node
MATCH (:Node {id: $from})-[r]->(:Node {id: $to})
WHERE type(r) <> 'LINK'
RETURN type(r) AS type, properties(r) AS properties
