// Tests: the first quote of every relationship of one type from one node to another (the quotes a summary's
// evidence may show).
// @param $from String — id of the start node
// @param $to String — id of the end node
// @param $type String — relationship type
MATCH (:Node {id: $from})-[r]->(:Node {id: $to})
WHERE type(r) = $type
RETURN coalesce(r.quotes[0], '') AS quote
