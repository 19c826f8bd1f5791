// A node's id, name and label, to check what a correction names.
// @param $id String — node id
MATCH (n:Node {id: $id})
RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Node'][0] AS label
