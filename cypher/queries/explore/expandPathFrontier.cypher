// One level of the bounded path search (PathSearch) over every relationship a path walks: the neighbours a path may
// step to from the nodes of $ids, each once, with the nodes of $ids it neighbours (a node twice when two relations
// join them) and its degree, all of it and in pair summaries (from the degree store, so that the search can expand
// the cheaper side first). Relations
// between named entities are walked through their pair summaries (LINK). A neighbour is kept when it is one of the
// path's ends or carries one of the labels in $through; documents and sections never. (expandPathLinks: the same over
// pair summaries alone, for a search among entities.)
// @purpose.zh 有界路径搜索（PathSearch）的一层：沿路径可经过的全部关系扩展一步。
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
MATCH (n)-[:LINK|HAS_TASK|HAS_INDICATOR|HAS_TARGET|DETAILS|RESPONSIBLE_FOR|MENTIONS]-(m)
WHERE NOT (m:Document OR m:Section) AND (m.id IN $ends OR any(l IN labels(m) WHERE l IN $through))
WITH m, collect(id) AS froms
RETURN m.id AS to, froms, COUNT { (m)--() } AS degree, COUNT { (m)-[:LINK]-() } AS links
