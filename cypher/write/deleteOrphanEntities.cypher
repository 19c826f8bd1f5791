// Delete the given entities when no document names them any more and no relationship touches them.
// @param $ids List<String> — ids of entities a document has just let go of
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE size(n.documents) = 0 AND NOT EXISTS { (n)--() }
WITH n, [l IN labels(n) WHERE l <> 'Node'][0] AS label
DELETE n
RETURN label, count(*) AS deleted
