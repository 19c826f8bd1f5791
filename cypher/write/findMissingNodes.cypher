// Those of the given node ids that no node has.
// @param $ids List<String> — node ids to look up
UNWIND $ids AS id
OPTIONAL MATCH (n:Node {id: id})
WITH id, n
WHERE n IS NULL
RETURN id
