// The entities of a document about to be loaded that the graph already holds: loading merges into them.
// @param $ids List<String> — ids of the entities the document would write
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Node'][0] AS label
