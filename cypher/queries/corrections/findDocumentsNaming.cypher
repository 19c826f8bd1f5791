// The loaded documents that state a relationship of any of the given nodes: those a correction of them rewrites.
// @purpose.zh 陈述了所给节点任一关系的已载入文件：更正这些节点时要重写的文件。
// @param $ids List<String> — ids of entities
// @param.zh $ids 实体的 id 列表
UNWIND $ids AS id
MATCH (:Node {id: id})-[r]-()
WHERE r.document IS NOT NULL AND NOT r.document STARTS WITH 'reference:'
RETURN DISTINCT r.document AS document
