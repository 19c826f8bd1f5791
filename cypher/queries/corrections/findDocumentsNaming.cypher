// The loaded documents that state a relationship of any of the given nodes: those a correction of them rewrites.
// @purpose.zh 陈述了所给节点任一关系的已载入文件：更正这些节点时要重写的文件。
// @param $ids List<String> — ids of entities
// @param.zh $ids 实体的 id 列表
// USING INDEX SEEK: the planner, reading the statistics of an index not yet sampled after a large write, may
// otherwise scan the whole index once per row of the list.
UNWIND $ids AS id
MATCH (n:Node {id: id}) USING INDEX SEEK n:Node(id)
MATCH (n)-[r]-()
WHERE r.document IS NOT NULL AND NOT r.document STARTS WITH 'reference:'
RETURN DISTINCT r.document AS document
