// Those of the given node ids that no node has.
// @param $ids List<String> — node ids to look up
// USING INDEX SEEK: the planner, reading the statistics of an index not yet sampled after a large write, may
// otherwise scan the whole index once per row.
UNWIND $ids AS id
OPTIONAL MATCH (n:Node {id: id}) USING INDEX SEEK n:Node(id)
WITH id, n
WHERE n IS NULL
RETURN id
