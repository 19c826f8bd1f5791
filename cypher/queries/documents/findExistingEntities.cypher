// The entities of a document about to be loaded that the graph already holds: loading merges into them.
// @purpose.zh 即将载入的文件中图谱已有的实体：载入时将并入它们。
// @param $ids List<String> — ids of the entities the document would write
// @param.zh $ids 该文件将写入的实体 id 列表
// USING INDEX SEEK: the planner, reading the statistics of an index not yet sampled after a large write, may
// otherwise scan the whole index once per row of the list.
UNWIND $ids AS id
MATCH (n:Node {id: id}) USING INDEX SEEK n:Node(id)
RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Node'][0] AS label
