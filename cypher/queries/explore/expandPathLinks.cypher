// One level of the bounded path search (PathSearch) among named entities: as expandPathFrontier, over the pair
// summaries (LINK) alone, so that a busy entity's thousands of tasks are not read when no task may lie on the path;
// the degree is in summaries only.
// @purpose.zh 有界路径搜索（PathSearch）在命名实体之间的一层：同上，但只走实体两两之间的汇总关系。
// @param $ids List<String> — ids of the nodes to expand
// @param.zh $ids 要扩展的节点 id
// @param $through List<String> — labels an intermediate node may carry
// @param.zh $through 中间节点可带的类型
// @param $ends List<String> — ids of the path's two ends (kept whatever their labels)
// @param.zh $ends 路径两端的 id（不论其类型都保留）
// USING INDEX SEEK: the planner, reading the statistics of an index not yet sampled after a large write, may
// otherwise scan the whole index once per row of the list.
UNWIND $ids AS id
MATCH (n:Node {id: id}) USING INDEX SEEK n:Node(id)
MATCH (n)-[:LINK]-(m)
WHERE m.id IN $ends OR any(l IN labels(m) WHERE l IN $through)
WITH m, collect(id) AS froms
RETURN m.id AS to, froms, COUNT { (m)-[:LINK]-() } AS links
