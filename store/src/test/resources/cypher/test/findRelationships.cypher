// Tests: the relationships from one node to another, as type and properties.
// @param $from String — id of the start node
// @param $to String — id of the end node
MATCH (:Node {id: $from})-[r]->(:Node {id: $to})
RETURN type(r) AS type, properties(r) AS properties
