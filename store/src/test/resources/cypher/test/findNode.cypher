// Tests: the node with an id, as labels and properties.
// @param $id String — node id
MATCH (n:Node {id: $id})
RETURN labels(n) AS labels, properties(n) AS properties
